import type { TargetedEvent } from 'preact';

export interface NumberFieldProps {
  /** Unique id on the page; the label, hint and error hang off it. */
  id: string;
  label: string;
  /** Unit shown after the input ("USDT", "%", "days"). */
  unit?: string;
  /** One line of help under the field. */
  hint?: string;
  value: string;
  /** Message shown beside the field; marks the input invalid. */
  error?: string | undefined;
  onInput: (text: string) => void;
  /** The field asks for a percentage (changes the on-screen keyboard hint only). */
  decimal?: boolean;
}

/**
 * The site's one number input. A text input (not type=number) so people can type "1,000" or
 * "5%"; parsing and validation happen in `evaluate`, and the message comes back as `error`.
 */
export function NumberField({ id, label, unit, hint, value, error, onInput, decimal = true }: NumberFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const handleInput = (event: TargetedEvent<HTMLInputElement>) => onInput(event.currentTarget.value);
  return (
    <div class={`field${error ? ' field--invalid' : ''}`}>
      <label for={id}>{label}</label>
      <div class="field__control">
        <input
          id={id}
          name={id}
          type="text"
          inputMode={decimal ? 'decimal' : 'numeric'}
          autoComplete="off"
          spellcheck={false}
          value={value}
          onInput={handleInput}
          aria-invalid={error ? 'true' : 'false'}
          aria-describedby={describedBy}
        />
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
