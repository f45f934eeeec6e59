import type { Side } from '../risk/index.ts';

export interface ChoiceFieldProps<T extends string> {
  id: string;
  label: string;
  value: T;
  options: ReadonlyArray<{ value: T; label: string }>;
  onChange: (value: T) => void;
}

/** A small set of exclusive choices (side, option type, mode) as a native select. */
export function ChoiceField<T extends string>({ id, label, value, options, onChange }: ChoiceFieldProps<T>) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <div class="field__control">
        <select
          id={id}
          name={id}
          value={value}
          onChange={(event) => onChange(event.currentTarget.value as T)}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

/** The two position sides, for a ChoiceField. */
export const SIDE_OPTIONS: ReadonlyArray<{ value: Side; label: string }> = [
  { value: 'long', label: 'Long' },
  { value: 'short', label: 'Short' },
];
