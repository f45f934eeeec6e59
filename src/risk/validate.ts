/**
 * The single set of input checks used by every function of the risk library.
 *
 * Each helper takes the field path first (as reported in
 * {@link RiskInputError.field}), then the raw value typed as `unknown` (callers
 * may be plain JavaScript), and either returns the value narrowed to its type or
 * throws `RiskInputError` with a message that says what the field must be and
 * what was received. Nothing is coerced: the string `"5"` is not the number 5.
 */
import { RiskInputError } from './errors.ts';

/** Position direction: `'long'` profits when the price rises, `'short'` when it falls. */
export type Side = 'long' | 'short';

/** The allowed values of {@link Side}, in display order. */
export const SIDES: readonly Side[] = ['long', 'short'];

// Human names for the fields of the public API, so messages read as sentences: only those that
// `humanize` would not produce from the field name itself (`walletBalance` → "Wallet balance").
const LABELS: Readonly<Record<string, string>> = {
  input: 'The input',
  spot: 'Spot price',
  years: 'Time to expiry in years',
  vol: 'Volatility',
  rate: 'Interest rate',
  type: 'Option type',
  legs: 'The list of legs',
  kind: 'Leg kind',
  price: 'Underlying price',
  brackets: 'The bracket table',
  floor: 'Bracket floor',
  mmr: 'Maintenance margin rate (mmr)',
  size: 'Position size',
  entry: 'Entry price',
  margin: 'Isolated margin',
  shares: 'Number of shares',
  periods: 'Number of periods',
  eta: 'Temporary impact (eta)',
  gamma: 'Permanent impact (gamma)',
  epsilon: 'Fixed cost (epsilon)',
  classes: 'The list of classes',
  claims: 'The list of claims',
  amount: 'Claim amount',
  recovery: 'Recovery rate',
  dailyVol: 'Daily volatility',
  days: 'Number of days',
  confidence: 'Confidence level',
  z: 'z-score',
  lambda: 'Decay factor (lambda)',
  returns: 'The list of returns',
  collateral: 'The list of collateral',
  ltv: 'Loan-to-value ratio (ltv)',
  loops: 'Number of loops',
  attackerShare: "Attacker's share of hash power",
  confirmations: 'Number of confirmations',
  winLossRatio: 'Win/loss ratio',
  x: 'x',
  p: 'Probability p',
};

// Names for one element of a list field: 'returns[3]' → 'Return (returns[3])'.
const ELEMENT_LABELS: Readonly<Record<string, string>> = {
  legs: 'Leg',
  brackets: 'Bracket',
  classes: 'Class',
  claims: 'Claim',
  collateral: 'Collateral entry',
  returns: 'Return',
};

function humanize(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Human-readable name of a field path, used at the start of error messages.
 * A top-level field gets its name ("Strike"); a nested one also gets its path
 * ("Strike (legs[1].strike)").
 */
export function describeField(field: string): string {
  const match = /([A-Za-z_$][\w$]*)(\[\d+\])?$/.exec(field);
  const key = match?.[1] ?? field;
  const indexed = match?.[2] !== undefined;
  const base = (indexed ? ELEMENT_LABELS[key] : LABELS[key]) ?? humanize(key);
  return field === key ? base : `${base} (${field})`;
}

function describeValue(value: unknown): string {
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `the text ${JSON.stringify(shown)}`;
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'boolean') return `the boolean ${String(value)}`;
  if (typeof value === 'object') return 'an object';
  return `a value of type ${typeof value}`;
}

/** Throws the standard "must be …; got …" error for `field`. */
export function fail(field: string, requirement: string, value: unknown): never {
  const label = describeField(field);
  if (value === undefined) {
    throw new RiskInputError(field, `${label} is required: it must be ${requirement}.`);
  }
  throw new RiskInputError(field, `${label} must be ${requirement}; got ${describeValue(value)}.`);
}

/** Bounds for {@link requireInRange}. Omitted bounds are open (±∞ excluded). */
export interface RangeOptions {
  /** Lower bound. */
  min?: number | undefined;
  /** Upper bound. */
  max?: number | undefined;
  /** Whether `min` itself is allowed (default `true`). */
  minInclusive?: boolean | undefined;
  /** Whether `max` itself is allowed (default `true`). */
  maxInclusive?: boolean | undefined;
  /** Extra words appended to the requirement, e.g. a unit hint. */
  hint?: string | undefined;
}

function rangeText(options: RangeOptions): string {
  const { min, max, minInclusive = true, maxInclusive = true } = options;
  let text: string;
  if (min !== undefined && max !== undefined) {
    text = `a number from ${String(min)} (${minInclusive ? 'allowed' : 'not allowed'}) to ${String(max)} (${maxInclusive ? 'allowed' : 'not allowed'})`;
  } else if (min !== undefined) {
    text = `a finite number ${minInclusive ? 'greater than or equal to' : 'greater than'} ${String(min)}`;
  } else if (max !== undefined) {
    text = `a finite number ${maxInclusive ? 'less than or equal to' : 'less than'} ${String(max)}`;
  } else {
    text = 'a finite number';
  }
  return options.hint === undefined ? text : `${text} ${options.hint}`;
}

/**
 * The core numeric check: `value` must be a number (type checked, no
 * coercion), finite, and inside the optional bounds. Returns the number.
 */
export function requireInRange(field: string, value: unknown, options: RangeOptions = {}): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(field, rangeText(options), value);
  const { min, max, minInclusive = true, maxInclusive = true } = options;
  const belowMin = min !== undefined && (minInclusive ? value < min : value <= min);
  const aboveMax = max !== undefined && (maxInclusive ? value > max : value >= max);
  if (belowMin || aboveMax) fail(field, rangeText(options), value);
  return value;
}

/** `value` must be a finite number (any sign). */
export function requireFinite(field: string, value: unknown): number {
  return requireInRange(field, value);
}

/** `value` must be a finite number greater than 0. */
export function requirePositive(field: string, value: unknown): number {
  return requireInRange(field, value, { min: 0, minInclusive: false });
}

/** `value` must be a finite number greater than or equal to 0. */
export function requireNonNegative(field: string, value: unknown): number {
  return requireInRange(field, value, { min: 0 });
}

/**
 * `value` must be a decimal fraction within `[min, max]` (defaults 0 and 1,
 * both inclusive unless told otherwise). The message reminds the reader that
 * 0.05 means 5 %, the usual mistake being to type 5.
 */
export function requireFraction(field: string, value: unknown, options: RangeOptions = {}): number {
  return requireInRange(field, value, {
    min: 0,
    max: 1,
    ...options,
    hint: options.hint ?? '(a decimal fraction: 0.05 means 5 %)',
  });
}

/** `value` must be a whole number of at least `min` and at most `max` (default `Number.MAX_SAFE_INTEGER`). */
export function requireInteger(field: string, value: unknown, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const requirement =
    max === Number.MAX_SAFE_INTEGER
      ? `a whole number greater than or equal to ${String(min)}`
      : `a whole number from ${String(min)} to ${String(max)}`;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
    fail(field, requirement, value);
  }
  return value;
}

/** `value` must be one of the listed strings. */
export function requireOneOf<T extends string>(field: string, value: unknown, options: readonly T[]): T {
  const found = options.find((option) => option === value);
  if (found === undefined) fail(field, `one of ${options.map((o) => `'${o}'`).join(', ')}`, value);
  return found;
}

/**
 * A dense copy of a list: holes of a sparse list (`[, x]`) become `undefined`,
 * so the element checks see them (as a missing element) instead of
 * `map`/`forEach` silently skipping them.
 */
function denseCopy(list: readonly unknown[]): unknown[] {
  return Array.from({ length: list.length }, (_, i) => list[i]);
}

/** `value` must be a list with at least one element. Returns a dense copy (holes become `undefined`). */
export function requireNonEmptyArray(field: string, value: unknown): readonly unknown[] {
  if (!Array.isArray(value) || value.length === 0) fail(field, 'a non-empty list', value);
  return denseCopy(value);
}

/** `value` must be a list (possibly empty). Returns a dense copy (holes become `undefined`). */
export function requireArray(field: string, value: unknown): readonly unknown[] {
  if (!Array.isArray(value)) fail(field, 'a list', value);
  return denseCopy(value);
}

/** `value` must be a plain object with named fields (not null, not a list). */
export function requireObject(field: string, value: unknown): Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(field, 'an object with named fields', value);
  }
  return value as Readonly<Record<string, unknown>>;
}

/** `value` must be a string. */
export function requireString(field: string, value: unknown): string {
  if (typeof value !== 'string') fail(field, 'a text string', value);
  return value;
}

/** `value` must be `'long'` or `'short'`. */
export function requireSide(field: string, value: unknown): Side {
  return requireOneOf(field, value, SIDES);
}

/**
 * Optional field: `undefined` (absent) gives `fallback`; anything else must
 * pass `check`. `null` is not "absent": it fails the check.
 */
export function optional<T>(value: unknown, fallback: T, check: (value: unknown) => T): T {
  return value === undefined ? fallback : check(value);
}

/**
 * Guards a computed result against overflow: if `value` is not a finite
 * number, throws on `field` (the input that drives the size of the result).
 */
export function requireFiniteResult(field: string, value: number): number {
  if (!Number.isFinite(value)) {
    throw new RiskInputError(
      field,
      `Inputs too large to compute a finite result; reduce ${describeField(field)}.`,
    );
  }
  return value;
}

/** 2²⁵⁶ − 1, the largest value of a Solidity `uint256`. */
export const MAX_UINT256 = (1n << 256n) - 1n;

/**
 * An on-chain token amount: a whole number of the token's smallest unit (wei), given as a
 * `number` that is a safe integer, a `bigint`, or a string of decimal digits (for amounts above
 * 2⁵³ − 1, such as 10¹⁸ wei, which a `number` cannot hold exactly). Must lie in [min, 2²⁵⁶ − 1].
 * Returns the value as a `bigint`.
 */
export function requireUint256(field: string, value: unknown, min = 0n): bigint {
  const requirement = `a whole number of token units from ${min.toString()} to 2^256 − 1 (a safe integer, a bigint, or a string of digits such as "1000000000000000000")`;
  let parsed: bigint | undefined;
  if (typeof value === 'bigint') parsed = value;
  else if (typeof value === 'number' && Number.isSafeInteger(value)) parsed = BigInt(value);
  else if (typeof value === 'string' && /^\d{1,78}$/.test(value)) parsed = BigInt(value);
  if (parsed === undefined || parsed < min || parsed > MAX_UINT256) {
    fail(field, requirement, typeof value === 'bigint' ? Number(value) : value);
  }
  return parsed;
}
