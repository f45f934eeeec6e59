import type { TargetedEvent } from 'preact';
import { FieldFrame } from './FieldFrame.tsx';

export interface NumberFieldProps {
  /** Unique id on the page; the label, hint and error hang off it. */
  id: string;
  label: string;
  /** The label is for screen readers only (a field in a table, named by its headers). */
  labelHidden?: boolean;
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
export function NumberField({ id, label, labelHidden, unit, hint, value, error, onInput, decimal = true }: NumberFieldProps) {
  const handleInput = (event: TargetedEvent<HTMLInputElement>) => onInput(event.currentTarget.value);
  return (
    <FieldFrame id={id} label={label} labelHidden={labelHidden} unit={unit} hint={hint} error={error}>
      {(describedBy) => (
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
      )}
    </FieldFrame>
  );
}
