import type { TargetedEvent } from 'preact';
import { FieldFrame } from './FieldFrame.tsx';

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
 * `<textarea>` in the same FieldFrame as NumberField. Parsing happens in `evaluate` (a field with
 * `series: true`, read by `parseSeriesInput`), and the message comes back as `error`. No
 * `inputmode`: a numeric keypad would hide the separators.
 */
export function SeriesField({ id, label, unit, hint, value, error, onInput, rows = 4 }: SeriesFieldProps) {
  const handleInput = (event: TargetedEvent<HTMLTextAreaElement>) => onInput(event.currentTarget.value);
  return (
    <FieldFrame id={id} label={label} unit={unit} hint={hint} error={error} modifier="field--series">
      {(describedBy) => (
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
      )}
    </FieldFrame>
  );
}
