/**
 * The one number formatter of the site: every figure a page or calculator shows goes through here.
 * Fixed locale so the build output does not depend on the machine that built it.
 */
export const LOCALE = 'en-US';

export interface FormatSpec {
  /** Decimal places shown (fixed). Default 2. */
  digits?: number;
  /** Unit written after the number, e.g. "USDT", "BTC", "days". */
  unit?: string;
  /** The value is a decimal fraction shown as a percentage (0.005 → "0.50 %"). */
  percent?: boolean;
  /** Show a leading "+" on positive values (changes, P&L). */
  signed?: boolean;
  /** Words shown when the value is +Infinity (a really unbounded quantity). Default "Unbounded". */
  unboundedText?: string;
  /** Words shown when the value is null (e.g. "No liquidation"). Default "Not computed". */
  nullText?: string;
}

const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(digits: number, signed: boolean): Intl.NumberFormat {
  const key = `${digits}:${signed}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(LOCALE, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      signDisplay: signed ? 'exceptZero' : 'auto',
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * Formats a number for display. Never returns "NaN" or "Infinity": null and NaN read as
 * "Not computed", +Infinity as "Unbounded" (the caller only passes Infinity for quantities
 * that really are unbounded).
 */
export function formatNumber(value: number | null | undefined, spec: FormatSpec = {}): string {
  if (value === null || value === undefined || Number.isNaN(value)) return spec.nullText ?? 'Not computed';
  if (value === Number.POSITIVE_INFINITY) return spec.unboundedText ?? 'Unbounded';
  if (value === Number.NEGATIVE_INFINITY) return spec.unboundedText ?? 'Unbounded';
  const digits = spec.digits ?? 2;
  const scaled = spec.percent ? value * 100 : value;
  // Avoid "-0.00": a value that rounds to zero is shown as zero.
  const rounded = Math.abs(scaled) < 0.5 * 10 ** -digits ? 0 : scaled;
  const text = numberFormat(digits, spec.signed ?? false).format(rounded);
  // A no-break space keeps the number and its unit on one line.
  if (spec.percent) return `${text}\u00a0%`;
  return spec.unit ? `${text}\u00a0${spec.unit}` : text;
}

/** Compact tick labels for charts: 12,000 → "12k", 1,500,000 → "1.5M". */
export function formatCompact(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e9) return `${trim(value / 1e9)}B`;
  if (abs >= 1e6) return `${trim(value / 1e6)}M`;
  if (abs >= 1e4) return `${trim(value / 1e3)}k`;
  if (abs >= 100 || abs === 0) return numberFormat(0, false).format(value);
  if (abs >= 1) return trim(value);
  return String(Number(value.toPrecision(2)));
}

function trim(value: number): string {
  return String(Number(value.toFixed(value % 1 === 0 ? 0 : 1)));
}

/**
 * A decimal fraction as the text of a percent input field: 0.022 → "2.2%". Rounded to 12 significant
 * digits so that float noise (0.022 × 100 = 2.1999999999999997) never reaches the field. For
 * prefilling inputs only; results are shown with `formatNumber(value, { percent: true })`.
 */
export function percentInputText(fraction: number): string {
  return `${Number((fraction * 100).toPrecision(12))}%`;
}
