import type { TargetedEvent } from 'preact';

export interface SeriesFieldProps {
  /** Unique id on the page; the label, hint and error hang off it. */
  id: string;
  label: string;
  /** Unit of every entry ("USDT", "%"). */
  unit?: string | undefined;
  /** One line of help under the field (say how to separate the numbers). */
  hint?: string | undefined;
  value: string;
  /** Message shown beside the field (parseSeriesInput names the bad entry); marks the field invalid. */
  error?: string | undefined;
  onInput: (text: string) => void;
  /** Visible lines (default 4; the reader can resize it). */
  rows?: number;
}

/**
 * The site's one input for a pasted series of numbers (returns, prices, daily P&L): a labelled
 * `<textarea>` with NumberField's markup and classes. Parsing happens in `evaluate` (a field with
 * `series: true`, read by `parseSeriesInput`), and the message comes back as `error`. No
 * `inputmode`: a numeric keypad would hide the separators.
 */
export function SeriesField({ id, label, unit, hint, value, error, onInput, rows = 4 }: SeriesFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const handleInput = (event: TargetedEvent<HTMLTextAreaElement>) => onInput(event.currentTarget.value);
  return (
    <div class={`field field--series${error ? ' field--invalid' : ''}`}>
      <label for={id}>{label}</label>
      <div class="field__control">
        <textarea
          id={id}
          name={id}
          rows={rows}
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
