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
