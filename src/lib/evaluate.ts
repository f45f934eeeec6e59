import { RiskInputError } from '../risk/index.ts';
import { parseNumberInput, parseSeriesInput, type ParseOptions } from './parse-number.ts';

/** What a calculator holds for one numeric field: the text as typed and how to read it. */
export interface FieldText extends ParseOptions {
  text: string;
  /** A pasted series of numbers (SeriesField), read with `list(key)`; `optional` allows it empty. */
  series?: boolean;
  /** For a series: the fewest numbers it must hold (default 1). */
  minLength?: number;
}

export interface Evaluation<R> {
  /** The library's result, or null when an input is invalid. */
  result: R | null;
  /** Messages to show beside fields, keyed by field name. */
  errors: Record<string, string>;
  /** A library error that names no field of this form (shown beside the results). */
  formError: string | null;
}

/** Typed access to parsed values inside `compute`. */
export interface Values<K extends string> {
  /** A required number (throws internally if the field was optional and empty). */
  num(key: K): number;
  /** An optional number: undefined when the field is empty. */
  opt(key: K): number | undefined;
  /** The numbers of a series field, in order (throws a plain Error for a field not marked `series`: a bug). */
  list(key: K): number[];
}

/**
 * Parses every field, then runs `compute` (which calls the risk library). Parse errors and
 * `RiskInputError`s come back as messages keyed by field, so the calculator shows them beside
 * the right input; anything else is a bug and is rethrown.
 *
 * `fieldOf` maps a library field path (e.g. "walletBalance") to the form's field name
 * (e.g. "margin") where they differ.
 */
export function evaluate<K extends string, R>(
  fields: Record<K, FieldText>,
  compute: (values: Values<K>) => R,
  fieldOf: (libraryField: string) => string = (field) => field,
): Evaluation<R> {
  const parsed = {} as Record<K, number | undefined>;
  const lists = {} as Partial<Record<K, number[]>>;
  const errors: Record<string, string> = {};
  for (const key of Object.keys(fields) as K[]) {
    const field = fields[key];
    const percent = field.percent ?? false;
    if (field.series) {
      const empty = field.optional && field.text.trim() === '';
      const outcome = parseSeriesInput(field.text, { percent, minLength: empty ? 0 : (field.minLength ?? 1) });
      if (outcome.ok) lists[key] = outcome.values;
      else errors[key] = outcome.message;
      continue;
    }
    const outcome = parseNumberInput(field.text, { percent, optional: field.optional ?? false });
    if (outcome.ok) parsed[key] = outcome.value;
    else errors[key] = outcome.message;
  }
  if (Object.keys(errors).length > 0) return { result: null, errors, formError: null };

  const values: Values<K> = {
    num(key) {
      const value = parsed[key];
      if (value === undefined) throw new RiskInputError(key, 'Enter a number.');
      return value;
    },
    opt: (key) => parsed[key],
    list(key) {
      const list = lists[key];
      if (list === undefined) throw new Error(`Field "${key}" is not a series field.`);
      return list;
    },
  };
  try {
    return { result: compute(values), errors, formError: null };
  } catch (error) {
    if (!(error instanceof RiskInputError)) throw error;
    const field = fieldOf(error.field);
    if (field in fields) return { result: null, errors: { [field]: error.message }, formError: null };
    return { result: null, errors, formError: error.message };
  }
}
