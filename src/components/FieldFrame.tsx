import type { ComponentChildren } from 'preact';

export interface FieldFrameProps {
  /** Id of the control; the hint and error ids hang off it (`<id>-hint`, `<id>-error`). */
  id: string;
  label: string;
  /** The label is for screen readers only: in a table, the row and column headers already name the field. */
  labelHidden?: boolean | undefined;
  unit?: string | undefined;
  hint?: string | undefined;
  error?: string | undefined;
  /** Extra class on the wrapper (`field--series`). */
  modifier?: string;
  /** Renders the control, given the ids it must list in `aria-describedby`. */
  children: (describedBy: string | undefined) => ComponentChildren;
}

/**
 * The markup every input field shares: label, the control with its unit, the hint, and the error
 * message that `aria-describedby` and `aria-invalid` point at. NumberField and SeriesField differ
 * only in the control they put inside.
 */
export function FieldFrame({ id, label, labelHidden, unit, hint, error, modifier, children }: FieldFrameProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`field${modifier ? ` ${modifier}` : ''}${error ? ' field--invalid' : ''}`}>
      <label for={id} class={labelHidden ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <div class="field__control">
        {children(describedBy)}
        {unit ? <span class="field__unit" aria-hidden="true">{unit}</span> : null}
      </div>
      {hint ? <p class="field__hint" id={hintId}>{hint}{unit ? ` (${unit})` : ''}</p> : null}
      {error ? (
        <p class="field__error" id={errorId} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
