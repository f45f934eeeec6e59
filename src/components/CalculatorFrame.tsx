import type { ComponentChildren } from 'preact';

export interface CalculatorFrameProps {
  id: string;
  title: string;
  /** Which convention the numbers follow ("Binance USDⓈ-M, isolated margin"). */
  convention?: string;
  inputs: ComponentChildren;
  results: ComponentChildren;
  /** A library error that names no field of the form. */
  formError?: string | null;
  children?: ComponentChildren;
}

/** Layout shared by every calculator: inputs, then results, then any chart or table. */
export function CalculatorFrame({ id, title, convention, inputs, results, formError, children }: CalculatorFrameProps) {
  return (
    <section class="calculator" aria-labelledby={`${id}-title`} data-calculator={id}>
      <h3 id={`${id}-title`} class="calculator__title">
        {title}
      </h3>
      {convention ? <p class="calculator__convention">{convention}</p> : null}
      <form class="calculator__body" onSubmit={(event) => event.preventDefault()} noValidate>
        <fieldset class="calculator__inputs">
          <legend class="visually-hidden">Inputs</legend>
          {inputs}
        </fieldset>
        <div class="calculator__results">
          <h4 class="calculator__subtitle">Results</h4>
          {formError ? (
            <p class="calculator__form-error" role="alert">
              {formError}
            </p>
          ) : null}
          {results}
        </div>
      </form>
      {children}
    </section>
  );
}
