/**
 * Parses what people type into a number field: "1,000", "1 000", "20000.5", "5%", "0.5 %", "−3".
 * The site's one input parser; domain checks (sign, range) are the risk library's job.
 */

/** `value` is undefined only for an empty optional field. */
export type ParsedNumber = { ok: true; value: number | undefined } | { ok: false; message: string };

export interface ParseOptions {
  /** The field asks for a percentage: "5" and "5%" both mean 0.05. */
  percent?: boolean;
  /** An empty field is allowed and means "not given". */
  optional?: boolean;
}

const MAX_INPUT_LENGTH = 40;

export function parseNumberInput(text: string, options: ParseOptions = {}): ParsedNumber {
  const trimmed = text.trim();
  if (trimmed === '') {
    return options.optional ? { ok: true, value: undefined } : { ok: false, message: 'Enter a number.' };
  }
  if (trimmed.length > MAX_INPUT_LENGTH) return { ok: false, message: 'That is too long to be a number.' };
  let cleaned = trimmed
    .replace(/[\u2212\u2012\u2013]/g, '-') // typographic minus signs
    .replace(/[\s\u00a0\u202f_]/g, '') // spaces and thousands spaces
    .replace(/,(?=\d{3}(\D|$))/g, ''); // thousands commas
  let percentSign = false;
  if (cleaned.endsWith('%')) {
    percentSign = true;
    cleaned = cleaned.slice(0, -1);
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(cleaned)) {
    return { ok: false, message: 'Enter a number, such as 1,000 or 0.5.' };
  }
  if (percentSign && !options.percent) {
    return { ok: false, message: 'This field takes a plain number, not a percentage.' };
  }
  const value = Number(cleaned);
  if (!Number.isFinite(value)) return { ok: false, message: 'That number is too large.' };
  return { ok: true, value: options.percent ? value / 100 : value };
}

/** A pasted series: its numbers in order, or a message naming the first entry that is not one. */
export type ParsedSeries = { ok: true; values: number[] } | { ok: false; message: string };

export interface SeriesOptions {
  /** Entries are percentages: "1.5" and "1.5%" both mean 0.015. */
  percent?: boolean;
  /** Fewest entries the series must hold (default 1). */
  minLength?: number;
}

/** Most entries a pasted series may hold, so a runaway paste cannot freeze the page. */
export const MAX_SERIES_ENTRIES = 10_000;
/** Characters read at most (10,000 entries of up to 40 characters, with separators). */
const MAX_SERIES_TEXT_LENGTH = MAX_SERIES_ENTRIES * 41;
/** Longest piece of a bad entry quoted back in a message. */
const MAX_QUOTED_LENGTH = 20;

/**
 * Parses a pasted column of numbers: "0.5, -1.2; 3" or one per line as copied from a spreadsheet.
 * Entries are separated by commas, semicolons, spaces, tabs or line breaks, so commas never group
 * thousands here ("1,000" is two entries: 1 and 0). Each entry is read like a number field
 * (typographic minus, exponent, "%" in a percent series; "0.5 %" stays one entry).
 * The first bad entry is named by position: `Entry 4 ("abc") is not a number.`
 */
export function parseSeriesInput(text: string, options: SeriesOptions = {}): ParsedSeries {
  const percent = options.percent ?? false;
  const minLength = options.minLength ?? 1;
  if (text.length > MAX_SERIES_TEXT_LENGTH) {
    return { ok: false, message: `That is too long: paste at most ${MAX_SERIES_ENTRIES.toLocaleString('en-US')} numbers.` };
  }
  const entries = text.replace(/\s+%/g, '%').split(/[\s,;]+/).filter((entry) => entry !== '');
  if (entries.length > MAX_SERIES_ENTRIES) {
    return { ok: false, message: `That is ${entries.length.toLocaleString('en-US')} entries: paste at most ${MAX_SERIES_ENTRIES.toLocaleString('en-US')}.` };
  }
  const values: number[] = [];
  for (const [index, entry] of entries.entries()) {
    const parsed = parseNumberInput(entry, { percent });
    if (parsed.ok && parsed.value !== undefined) {
      values.push(parsed.value);
      continue;
    }
    const plain = entry.replace(/%$/, '');
    const quoted = entry.length > MAX_QUOTED_LENGTH ? `${entry.slice(0, MAX_QUOTED_LENGTH)}…` : entry;
    // Number() reads only plain ASCII digits as ±Infinity ("1e309"); "Infinity" itself is not a number here.
    const reason = /^[+-]?[\d.]/.test(plain) && Math.abs(Number(plain)) === Infinity
      ? 'is too large.'
      : entry.endsWith('%') && !percent && parseNumberInput(plain).ok
        ? 'is a percentage; this field takes plain numbers.'
        : 'is not a number.';
    return { ok: false, message: `Entry ${index + 1} ("${quoted}") ${reason}` };
  }
  if (values.length < minLength) {
    const wanted = minLength === 1 ? 'at least one number' : `at least ${minLength} numbers`;
    return { ok: false, message: values.length === 0 ? `Enter ${wanted}.` : `Enter ${wanted} (this has ${values.length}).` };
  }
  return { ok: true, values };
}
