/**
 * Fuzzing of every function exported from `src/risk/index.ts` (issue "Trustworthy and fast", §3).
 *
 * For each export, fast-check generates inputs in three modes:
 * - `valid`: every field inside its documented domain (extremes such as 5e-324 and 1e308 included),
 *   so the computation itself runs on odd but legal numbers;
 * - `mixed`: mostly valid fields, a few replaced by edge numbers (NaN, ±Infinity, −0, …), wrong types,
 *   missing keys, or list inputs of the wrong shape (empty, sparse, nested, garbage elements);
 * - `garbage`: anything in every field, and arguments that are not objects at all.
 * A deterministic sweep then sets every field (list elements and their fields included) of a few
 * valid inputs to every edge number and wrong type in turn, or removes it; and valid lists of
 * thousands of elements get a short run of their own.
 * `RISK_FUZZ_SCALE=40 npx vitest run --project unit tests/unit/risk/fuzz.test.ts` multiplies the
 * run counts for a deep search (the default run takes a few seconds).
 *
 * The property (contract in risk-api.md and each function's JSDoc): a call either returns a result
 * whose every leaf is a finite number — or `Infinity`, `null` or a string only where that function
 * documents it — or throws `RiskInputError` whose `field` is a path that exists in the input's schema.
 * Never NaN, never another exception (TypeError, RangeError, stack overflow).
 *
 * The list of exports is read at test time: a new export without a case below fails the suite
 * (and fails `tsc`, through the `satisfies` on `CASES`).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as risk from '../../../src/risk/index.ts';
import { RiskInputError } from '../../../src/risk/index.ts';
import { expectInputError } from './helpers.ts';

type Arbitrary = fc.Arbitrary<unknown>;
type Input = Readonly<Record<string, unknown>>;

/** Marker produced by a field generator to mean "leave the key out" (distinct from an explicit undefined). */
const ABSENT: unique symbol = Symbol('absent');

function withoutAbsent(record: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) if (value !== ABSENT) result[key] = value;
  return result;
}

// ---------------------------------------------------------------------------------------------
// Value generators
// ---------------------------------------------------------------------------------------------

/** Numbers that break naive code: non-finite, signed zero, subnormal, overflow-prone, just off a boundary. */
const EDGE_NUMBERS: readonly number[] = [
  NaN, Infinity, -Infinity, 0, -0, 1, -1, 0.5, 2, -2, 1e308, -1e308, Number.MAX_VALUE, -Number.MAX_VALUE,
  5e-324, -5e-324, 2.2250738585072014e-308, 1e-300, 1e300, 1e-12, 1e12, Number.EPSILON, 1 - 2 ** -53,
  1 + 2 ** -52, Number.MAX_SAFE_INTEGER, 2 ** 53 + 2, 2 ** 32, 2 ** 32 - 1, -(2 ** 31), 0.1, 100, 1000.5,
];
const edgeNumber: Arbitrary = fc.oneof(
  fc.constantFrom(...EDGE_NUMBERS),
  fc.double(), // whole double range, NaN, ±Infinity and −0 included
  fc.integer({ min: -1000, max: 1000 }),
);

/** Values of the wrong type for a numeric, enumerated, list or object field. */
const WRONG_TYPES: readonly unknown[] = [
  '', '1', '0.5', 'NaN', 'Infinity', '-1', 'long', 'short', 'call', 'put', 'underlying', null, undefined, true,
  false, {}, [], [1], [[]], [null], { valueOf: () => 1 }, { toString: () => '1' }, Object(1), Object('call'),
  10n, Symbol('x'), () => 1, Object.create(null), new Map([[0, 1]]),
];
const wrongType: Arbitrary = fc.oneof(
  fc.constantFrom(...WRONG_TYPES),
  fc.string({ maxLength: 8 }),
  fc.anything({ maxDepth: 2, maxKeys: 3 }),
);

/** Anything at all: used for every field in `garbage` mode. */
const anyValue: Arbitrary = fc.oneof(edgeNumber, wrongType);

const positive = fc.oneof(
  fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
  fc.double({ min: Number.MIN_VALUE, max: Number.MAX_VALUE, noNaN: true }),
  fc.constantFrom(1, 100, Number.MIN_VALUE, Number.MAX_VALUE, 1e-300, 1e300),
);
const nonNegative = fc.oneof({ weight: 6, arbitrary: positive }, { weight: 1, arbitrary: fc.constantFrom(0, -0) });
const finite = fc.oneof(
  fc.double({ min: -1, max: 1, noNaN: true }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE),
);
/** Decimal fraction in [0, 1], with either end excluded on request. */
function fraction(options: { minExcluded?: boolean; maxExcluded?: boolean } = {}): Arbitrary {
  const { minExcluded = false, maxExcluded = false } = options;
  const ends = [
    ...(minExcluded ? [Number.MIN_VALUE, 1e-300] : [0, -0]),
    ...(maxExcluded ? [1 - 2 ** -53] : [1]),
    0.5,
  ];
  return fc.oneof(fc.double({ min: 0, max: 1, minExcluded, maxExcluded, noNaN: true }), fc.constantFrom(...ends));
}
/** Whole number ≥ min: mostly small (cheap to compute), sometimes the largest safe integer. */
function integerFrom(min: number, typicalMax: number): Arbitrary {
  return fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min, max: typicalMax }) },
    { weight: 1, arbitrary: fc.constantFrom(min, Number.MAX_SAFE_INTEGER) },
  );
}

// ---------------------------------------------------------------------------------------------
// Input schemas: each field knows its valid values, and how to be mixed up or replaced by garbage
// ---------------------------------------------------------------------------------------------

interface Spec {
  /** Inside the documented domain. */
  readonly valid: Arbitrary;
  /** Mostly valid, sometimes an edge number, a wrong type, or (for lists) a wrong shape. */
  readonly mixed: Arbitrary;
  /** Anything. */
  readonly garbage: Arbitrary;
  /** Object specs: their fields (also used to check `RiskInputError.field`). */
  readonly fields?: Readonly<Record<string, Spec>>;
  /** List specs: their element. */
  readonly element?: Spec;
  /** List specs: valid lists with thousands of elements. */
  readonly long?: Arbitrary;
  /** May be left out. */
  readonly optional?: boolean;
}

function scalar(valid: Arbitrary, options: { optional?: boolean } = {}): Spec {
  return {
    valid,
    mixed: fc.oneof(
      { weight: 30, arbitrary: valid },
      { weight: 3, arbitrary: edgeNumber },
      { weight: 1, arbitrary: wrongType },
    ),
    garbage: anyValue,
    optional: options.optional ?? false,
  };
}

const enumeration = (...values: string[]): Spec => scalar(fc.constantFrom(...values));

function object(
  fields: Readonly<Record<string, Spec>>,
  options: { valid?: Arbitrary; optional?: boolean } = {},
): Spec {
  const keys = Object.keys(fields);
  const record = (pick: (spec: Spec) => Arbitrary, absentWeight: (spec: Spec) => number): Arbitrary =>
    fc
      .record(
        Object.fromEntries(
          keys.map((key) => {
            const spec = fields[key]!;
            const weight = absentWeight(spec);
            const value = weight === 0
              ? pick(spec)
              : fc.oneof({ weight: 32, arbitrary: pick(spec) }, { weight, arbitrary: fc.constant(ABSENT) });
            return [key, value];
          }),
        ),
      )
      .map(withoutAbsent);
  return {
    valid: options.valid ?? record((s) => s.valid, (s) => (s.optional === true ? 16 : 0)),
    // Any field may go missing, optional ones more often.
    mixed: record((s) => s.mixed, (s) => (s.optional === true ? 16 : 1)),
    garbage: fc.oneof(
      { weight: 4, arbitrary: record((s) => s.garbage, () => 12) },
      { weight: 1, arbitrary: anyValue },
    ),
    fields,
    optional: options.optional ?? false,
  };
}

/**
 * A list field. `valid` overrides the valid lists (e.g. a bracket table must be ascending);
 * `long` gives valid lists of thousands of elements, with values of everyday size so that the
 * computation runs instead of overflowing at once.
 */
function list(element: Spec, options: { allowEmpty?: boolean; valid?: Arbitrary; long: Arbitrary }): Spec {
  const minLength = options.allowEmpty === true ? 0 : 1;
  const valid = options.valid ?? fc.array(element.valid, { minLength, maxLength: 6 });
  // A valid list in which one element is swapped for a mixed one.
  const oneMixedElement = fc.tuple(valid, element.mixed, fc.nat()).map(([items, swapped, at]) => {
    const copy = [...(items as unknown[])];
    copy[at % Math.max(copy.length, 1)] = swapped;
    return copy;
  });
  return {
    valid,
    mixed: fc.oneof(
      { weight: 12, arbitrary: oneMixedElement },
      { weight: 12, arbitrary: fc.array(element.mixed, { minLength, maxLength: 6 }) },
      { weight: 1, arbitrary: fc.constant([]) },
      { weight: 1, arbitrary: fc.array(anyValue, { minLength: 1, maxLength: 4 }) }, // a list of garbage
      { weight: 1, arbitrary: fc.sparseArray(element.valid, { maxLength: 5, noTrailingHole: false }) }, // holes
      { weight: 1, arbitrary: fc.array(valid, { minLength: 1, maxLength: 3 }) }, // lists nested in the list
      { weight: 1, arbitrary: element.valid }, // one element, not wrapped in a list
      { weight: 1, arbitrary: element.valid.map((item) => ({ 0: item, length: 1 })) }, // array-like object
      { weight: 1, arbitrary: wrongType },
    ),
    garbage: fc.oneof(
      fc.array(element.garbage, { maxLength: 5 }),
      fc.sparseArray(element.garbage, { maxLength: 5, noTrailingHole: false }),
      anyValue,
    ),
    element,
    long: options.long,
  };
}

// ---------------------------------------------------------------------------------------------
// Result rules: where a leaf may be something other than a finite number
// ---------------------------------------------------------------------------------------------

/** Leaf path (object keys joined by '.', list indices written '[]') → is this non-finite leaf documented for this input? */
type Allowances = Readonly<Record<string, (value: unknown, input: Input) => boolean>>;

const isPositiveInfinity = (value: unknown): boolean => value === Infinity;
const isNull = (value: unknown): boolean => value === null;
const isString = (value: unknown): boolean => typeof value === 'string';

/** A short, never-throwing description of any value (String() throws on Object.create(null) and symbols). */
function show(value: unknown): string {
  if (value === ABSENT) return '(absent)';
  if (typeof value === 'symbol' || typeof value === 'function') return typeof value;
  if (typeof value === 'bigint') return `${value.toString()}n`;
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** Walks the result and returns a description of every leaf that breaks the rules. */
function resultViolations(result: unknown, input: Input, allow: Allowances): string[] {
  const violations: string[] = [];
  const visit = (value: unknown, path: string, shown: string): void => {
    if (typeof value === 'number' && Number.isFinite(value)) return;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i += 1) {
        if (!(i in value)) violations.push(`${shown}[${String(i)}] is a hole`);
        else visit(value[i], `${path}[]`, `${shown}[${String(i)}]`);
      }
      return;
    }
    if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) {
        visit(child, path === '' ? key : `${path}.${key}`, shown === '' ? key : `${shown}.${key}`);
      }
      return;
    }
    const rule = allow[path];
    if (rule === undefined || !rule(value, input)) {
      violations.push(`${shown === '' ? 'result' : shown} = ${show(value)}`);
    }
  };
  visit(result, '', '');
  return violations;
}

// ---------------------------------------------------------------------------------------------
// Error rules: RiskInputError with a `field` that names a field of the input
// ---------------------------------------------------------------------------------------------

const isPlainObjectLike = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Why `field` does not name a field of `input` under `spec` (or null when it does): the path must parse
 * as `key(.key|[i])*`, its keys must be fields of the schema at that level, its indices must be inside
 * the list given, and every step but the last must exist in the input. `'input'` is only for an argument
 * that is not an object.
 */
function fieldProblem(field: unknown, input: unknown, spec: Spec): string | null {
  if (typeof field !== 'string' || field === '') return `field is ${show(field)}`;
  if (field === 'input') return isPlainObjectLike(input) ? 'field "input" for an object argument' : null;
  if (!/^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*|\[\d+\])*$/.test(field)) return `malformed path "${field}"`;
  const steps = field.match(/[A-Za-z_$][\w$]*|\[\d+\]/g) ?? [];
  let currentSpec: Spec | undefined = spec;
  let current: unknown = input;
  for (const [i, step] of steps.entries()) {
    if (i > 0 && current === undefined) return `"${field}": an earlier step is missing from the input`;
    if (step.startsWith('[')) {
      const index = Number(step.slice(1, -1));
      if (currentSpec?.element === undefined || !Array.isArray(current)) return `"${field}": ${step} on a non-list`;
      if (index >= current.length) return `"${field}": index ${step} beyond the list's length ${String(current.length)}`;
      currentSpec = currentSpec.element;
      current = current[index];
    } else {
      const child: Spec | undefined = currentSpec?.fields?.[step];
      if (child === undefined || !isPlainObjectLike(current)) return `"${field}": "${step}" is not a field here`;
      currentSpec = child;
      current = (current as Input)[step];
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Schemas of every export
// ---------------------------------------------------------------------------------------------

const side = enumeration('long', 'short');
const mmr = scalar(fraction({ maxExcluded: true }));

/** A valid bracket table: first floor 0, floors strictly increasing, mmr non-decreasing in [0, 1). */
function bracketTable(length: { minLength: number; maxLength: number }, gap: Arbitrary): Arbitrary {
  return fc
    .array(fc.record({ gap, rate: fraction({ maxExcluded: true }) }), length)
    .map((rows) => {
      const rates = rows.map((row) => row.rate as number).sort((x, y) => x - y);
      let floor = 0;
      return rows.map((row, i) => {
        if (i > 0) floor += row.gap as number;
        return { floor, mmr: rates[i]! };
      });
    });
}
const everydayGap = fc.double({ min: 1, max: 1e6, noNaN: true });
const validBrackets = bracketTable({ minLength: 1, maxLength: 6 }, fc.oneof(everydayGap, positive));
const brackets = list(object({ floor: scalar(nonNegative), mmr }), {
  valid: validBrackets,
  long: bracketTable({ minLength: 1000, maxLength: 3000 }, everydayGap),
});

/** Strikes on a small grid so that legs share strikes and breakevens fall on kinks. */
const everydayStrike = fc.integer({ min: 1, max: 200 });
const everydayPremium = fc.integer({ min: 0, max: 40 }).map((quarters) => quarters / 4);
const everydayQuantity = fc.integer({ min: 1, max: 5 });
/** A consistent leg: options carry a strike, the underlying must not. */
function strategyLeg(values: { strike: Arbitrary; premium: Arbitrary; quantity: Arbitrary }): Arbitrary {
  return fc
    .record({
      kind: fc.constantFrom('call', 'put', 'underlying'),
      side: fc.constantFrom('long', 'short'),
      quantity: values.quantity,
      strike: values.strike,
      premium: fc.oneof(values.premium, fc.constant(ABSENT)),
    })
    .map((leg) => withoutAbsent(leg.kind === 'underlying' ? { ...leg, strike: ABSENT } : leg));
}
const everydayLeg = strategyLeg({ strike: everydayStrike, premium: everydayPremium, quantity: everydayQuantity });
const legSpec = object(
  {
    kind: enumeration('call', 'put', 'underlying'),
    side,
    quantity: scalar(fc.oneof(everydayQuantity, positive)),
    strike: scalar(fc.oneof(everydayStrike, positive), { optional: true }),
    premium: scalar(fc.oneof(everydayPremium, nonNegative), { optional: true }),
  },
  {
    valid: fc.oneof(
      { weight: 3, arbitrary: everydayLeg },
      { weight: 1, arbitrary: strategyLeg({ strike: positive, premium: nonNegative, quantity: positive }) },
    ),
  },
);
const legs = list(legSpec, { long: fc.array(everydayLeg, { minLength: 1000, maxLength: 1500 }) });

/** Valid perpetual inputs: exactly one of leverage/margin, a stop on the losing side of entry. */
const validPerpetual: Arbitrary = fc
  .record({
    side: fc.constantFrom('long', 'short'),
    size: positive,
    entry: positive,
    sizing: fc.oneof(
      fc.record({ leverage: fc.oneof(fc.double({ min: 1, max: 125, noNaN: true }), positive) }),
      fc.record({ margin: positive }),
    ),
    // Fraction of entry between entry and stop (tiny ones round the stop onto entry: a RiskInputError).
    stopDistance: fc.oneof(
      fc.double({ min: 0.001, max: 0.5, noNaN: true }),
      fc.double({ min: 0, max: 1, minExcluded: true, maxExcluded: true, noNaN: true }),
      fc.constant(ABSENT),
    ),
    mmr: fraction({ maxExcluded: true }),
    maintenanceAmount: fc.oneof(nonNegative, fc.constant(ABSENT)),
    takerFee: fc.oneof(fraction({ maxExcluded: true }), fc.constant(ABSENT)),
  })
  .map(({ sizing, stopDistance, ...rest }) => {
    const entry = rest.entry as number;
    const stopPrice = stopDistance === ABSENT
      ? ABSENT
      : entry * (rest.side === 'long' ? 1 - (stopDistance as number) : 1 + (stopDistance as number));
    return withoutAbsent({ ...rest, ...sizing, stopPrice });
  });

/** Valid liquidation inputs: either mmr (with an optional maintenance amount) or a bracket table. */
const validLiquidation: Arbitrary = fc
  .record({
    side: fc.constantFrom('long', 'short'),
    size: positive,
    entry: positive,
    walletBalance: nonNegative,
    margin: fc.oneof(
      fc.record({ mmr: fraction({ maxExcluded: true }), maintenanceAmount: fc.oneof(nonNegative, fc.constant(ABSENT)) }),
      fc.record({ brackets: validBrackets }),
    ),
  })
  .map(({ margin, ...rest }) => withoutAbsent({ ...rest, ...margin }));

const everydayAmount = fc.double({ min: 0, max: 1e6, noNaN: true });
const claimName = fc.string({ maxLength: 6 });
const everydayClass = fc.record({
  name: claimName,
  claims: fc.array(fc.record({ name: claimName, amount: everydayAmount }), { maxLength: 3 }),
});
const claimSpec = object({ name: scalar(claimName), amount: scalar(fc.oneof(everydayAmount, nonNegative)) });
const classSpec = object({
  name: scalar(claimName),
  claims: list(claimSpec, { allowEmpty: true, long: fc.array(claimSpec.valid, { minLength: 1000, maxLength: 2000 }) }),
});
const everydayReturn = fc.double({ min: -0.2, max: 0.2, noNaN: true });
const everydayCollateral = fc.record({
  value: fc.double({ min: 1, max: 1e6, noNaN: true }),
  liquidationThreshold: fraction({ minExcluded: true }),
});

/** The result rules of one export. */
interface Case {
  readonly input: Spec;
  readonly allow?: Allowances;
}

/** Exported names whose value is a plain function (the class `RiskInputError` is not callable). */
type ExportedFunctionName = {
  [K in keyof typeof risk]: (typeof risk)[K] extends (input: never) => unknown ? K : never;
}[keyof typeof risk];

const CASES = {
  normalCdf: { input: object({ x: scalar(finite) }) },
  normalPdf: { input: object({ x: scalar(finite) }) },
  normalQuantile: { input: object({ p: scalar(fraction({ minExcluded: true, maxExcluded: true })) }) },
  blackScholes: {
    input: object({
      spot: scalar(positive),
      strike: scalar(positive),
      years: scalar(fc.oneof(nonNegative, fc.double({ min: 0, max: 5, noNaN: true }))),
      vol: scalar(fc.oneof(positive, fc.double({ min: 0.01, max: 3, noNaN: true }))),
      rate: scalar(finite, { optional: true }),
      dividendYield: scalar(finite, { optional: true }),
      type: enumeration('call', 'put'),
    }),
    // d1 = d2 = ±Infinity is the documented limit at expiry, and only there.
    allow: {
      d1: (_value, input) => input['years'] === 0,
      d2: (_value, input) => input['years'] === 0,
    },
  },
  optionStrategy: {
    input: object({ legs }),
    allow: { maxLoss: isPositiveInfinity, maxProfit: isPositiveInfinity },
  },
  strategyProfitAt: {
    input: object({ legs, price: scalar(fc.oneof(nonNegative, fc.integer({ min: 0, max: 250 }))) }),
  },
  maintenanceBracket: { input: object({ notional: scalar(positive), brackets }) },
  liquidationPrice: {
    input: object(
      {
        side,
        size: scalar(positive),
        entry: scalar(positive),
        walletBalance: scalar(nonNegative),
        mmr: { ...mmr, optional: true },
        maintenanceAmount: scalar(nonNegative, { optional: true }),
        brackets: { ...brackets, optional: true },
      },
      { valid: validLiquidation },
    ),
    allow: { '': isNull },
  },
  perpetualPositionRisk: {
    input: object(
      {
        side,
        size: scalar(positive),
        entry: scalar(positive),
        leverage: scalar(positive, { optional: true }),
        margin: scalar(positive, { optional: true }),
        stopPrice: scalar(positive, { optional: true }),
        mmr,
        maintenanceAmount: scalar(nonNegative, { optional: true }),
        takerFee: scalar(fraction({ maxExcluded: true }), { optional: true }),
      },
      { valid: validPerpetual },
    ),
    allow: {
      liquidationPrice: isNull,
      bankruptcyPrice: isNull,
      lossAtStop: (value, input) => value === null && input['stopPrice'] === undefined,
      firstExit: (value) => value === 'stop' || value === 'liquidation' || value === 'none',
    },
  },
  bybitLinearLiquidationPrice: {
    input: object({
      side,
      size: scalar(positive),
      entry: scalar(positive),
      leverage: scalar(fc.oneof(fc.double({ min: 1, max: 125, noNaN: true }), positive)),
      mmr,
      extraMargin: scalar(nonNegative, { optional: true }),
    }),
    allow: { '': isNull },
  },
  almgrenChriss: {
    input: object({
      shares: scalar(positive),
      periods: scalar(fc.integer({ min: 1, max: 200 })),
      horizon: scalar(positive),
      vol: scalar(nonNegative),
      eta: scalar(positive),
      gamma: scalar(fc.oneof(nonNegative, fc.double({ min: 0, max: 1e-6, noNaN: true }))),
      epsilon: scalar(nonNegative, { optional: true }),
      riskAversion: scalar(fc.oneof(nonNegative, fc.double({ min: 0, max: 1e-3, noNaN: true }))),
    }),
  },
  creditorWaterfall: {
    input: object({
      assets: scalar(nonNegative),
      classes: list(classSpec, { long: fc.array(everydayClass, { minLength: 1000, maxLength: 2000 }) }),
    }),
    allow: { 'classes[].name': isString, 'classes[].claims[].name': isString },
  },
  cdsParSpread: {
    input: object({
      hazardRate: scalar(fc.oneof(nonNegative, fc.double({ min: 0, max: 0.5, noNaN: true }))),
      recovery: scalar(fraction({ maxExcluded: true })),
      rate: scalar(finite),
      years: scalar(fc.oneof(nonNegative, fc.double({ min: 0, max: 30, noNaN: true }))),
      paymentsPerYear: scalar(integerFrom(1, 365), { optional: true }),
    }),
  },
  hazardFromSpread: {
    input: object({ spread: scalar(nonNegative), recovery: scalar(fraction({ maxExcluded: true })) }),
  },
  parametricVar: {
    input: object({
      value: scalar(positive),
      dailyVol: scalar(positive),
      days: scalar(positive, { optional: true }),
      confidence: scalar(fraction({ minExcluded: true, maxExcluded: true }), { optional: true }),
      z: scalar(finite, { optional: true }),
    }),
  },
  ewmaVolatility: {
    input: object({
      lambda: scalar(fraction({ minExcluded: true, maxExcluded: true })),
      initialVariance: scalar(nonNegative),
      returns: list(scalar(fc.oneof(everydayReturn, finite)), {
        long: fc.array(everydayReturn, { minLength: 1000, maxLength: 20_000 }),
      }),
    }),
  },
  healthFactor: {
    input: object({
      collateral: list(object({ value: scalar(positive), liquidationThreshold: scalar(fraction({ minExcluded: true })) }), {
        long: fc.array(everydayCollateral, { minLength: 1000, maxLength: 4000 }),
      }),
      debt: scalar(nonNegative),
    }),
    // Documented: Infinity when the debt is 0 (and only then).
    allow: { '': (value, input) => value === Infinity && input['debt'] === 0 },
  },
  loopLeverage: {
    input: object({ ltv: scalar(fraction({ maxExcluded: true })), loops: scalar(integerFrom(0, 1000)) }),
  },
  attackerSuccessProbability: {
    input: object({ attackerShare: scalar(fraction()), confirmations: scalar(integerFrom(0, 10_000)) }),
  },
  durationGap: {
    input: object({
      assets: scalar(positive),
      assetDuration: scalar(nonNegative),
      liabilities: scalar(nonNegative),
      liabilityDuration: scalar(nonNegative),
      yieldLevel: scalar(fc.oneof(fc.double({ min: -1, minExcluded: true, noNaN: true, noDefaultInfinity: true }), fc.constantFrom(-1 + 2 ** -53, 0))),
      yieldChange: scalar(finite),
    }),
  },
  kellyFraction: {
    input: object({ winProbability: scalar(fraction()), winLossRatio: scalar(positive) }),
  },
} as const satisfies Record<ExportedFunctionName, Case>;

// ---------------------------------------------------------------------------------------------
// The property
// ---------------------------------------------------------------------------------------------

function isClass(value: unknown): boolean {
  return typeof value === 'function' && /^class\b/.test(Function.prototype.toString.call(value));
}

/** Names of the exported plain functions, read from the module at run time. */
const exportedFunctionNames = Object.entries(risk)
  .filter(([, value]) => typeof value === 'function' && !isClass(value))
  .map(([name]) => name)
  .sort();

function caseFor(name: string): Case {
  const found = (CASES as Readonly<Record<string, Case>>)[name];
  if (found === undefined) throw new Error(`No fuzz case for the export "${name}": add one to CASES.`);
  return found;
}

/**
 * Calls `name` with `input` and checks the contract; returns a description of the violation, or null.
 * (Returning a string instead of asserting keeps fast-check's shrinking fast and its report readable.)
 */
function violation(name: string, input: unknown): string | null {
  const { input: spec, allow = {} } = caseFor(name);
  const fn = (risk as unknown as Readonly<Record<string, (input: unknown) => unknown>>)[name]!;
  let result: unknown;
  try {
    result = fn(input);
  } catch (error) {
    if (!(error instanceof RiskInputError)) {
      return `threw ${error instanceof Error ? `${error.name}: ${error.message}` : show(error)}`;
    }
    const problem = fieldProblem(error.field, input, spec);
    if (problem !== null) return `RiskInputError with a bad field: ${problem} (message: ${error.message})`;
    if (error.name !== 'RiskInputError') return `error.name is ${error.name}`;
    if (!/^\S.{10,}\.$/s.test(error.message)) return `unhelpful message: "${error.message}"`;
    if (/\[object |is not a function|Cannot read|undefined is not/.test(error.message)) {
      return `message leaks an internal error: "${error.message}"`;
    }
    return null;
  }
  if (!isPlainObjectLike(input)) return `accepted a non-object argument and returned ${show(result)}`;
  const violations = resultViolations(result, input as Input, allow);
  return violations.length === 0 ? null : `result breaks the contract: ${violations.join('; ')}`;
}

/** Multiplies every run count (see the file comment). */
const RUN_SCALE = Number(process.env['RISK_FUZZ_SCALE'] ?? '1');

function assertContract(name: string, arbitrary: Arbitrary, numRuns: number): void {
  fc.assert(
    fc.property(arbitrary, (input) => {
      const problem = violation(name, input);
      if (problem !== null) throw new Error(`${name}: ${problem}`);
    }),
    { numRuns: Math.max(1, Math.round(numRuns * RUN_SCALE)) },
  );
}

/**
 * For each top-level list field of the spec, valid inputs whose list is thousands of elements long
 * (the other optional fields are left out, so that e.g. `brackets` is not combined with `mmr`).
 */
function longListInputs(spec: Spec): Arbitrary[] {
  const fields = Object.entries(spec.fields ?? {});
  return fields
    .filter(([, field]) => field.long !== undefined)
    .map(([listKey, listField]) =>
      fc.record(
        Object.fromEntries(
          fields
            .filter(([key, field]) => key === listKey || field.optional !== true)
            .map(([key, field]) => [key, key === listKey ? listField.long! : field.valid]),
        ),
      ),
    );
}

/** Every field path of a spec, lists entered at index 0: `legs`, `legs[0]`, `legs[0].kind`, … */
function fieldPaths(spec: Spec, prefix: (string | number)[] = []): (string | number)[][] {
  const paths: (string | number)[][] = [];
  for (const [key, child] of Object.entries(spec.fields ?? {})) {
    paths.push([...prefix, key]);
    if (child.fields !== undefined) paths.push(...fieldPaths(child, [...prefix, key]));
    if (child.element !== undefined) {
      paths.push([...prefix, key, 0]);
      paths.push(...fieldPaths(child.element, [...prefix, key, 0]));
    }
  }
  return paths;
}

/** A path written as the library writes fields: `legs[0].strike`. */
function pathText(path: readonly (string | number)[]): string {
  return path.map((step, i) => (typeof step === 'number' ? `[${String(step)}]` : i === 0 ? step : `.${step}`)).join('');
}

/** A deep copy of `input` with the value at `path` replaced (or removed for ABSENT); null when the path's parent is absent. */
function withValueAt(input: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const copy: unknown = structuredClone(input);
  let parent: unknown = copy;
  for (const step of path.slice(0, -1)) {
    if (typeof parent !== 'object' || parent === null) return null;
    parent = (parent as Record<string | number, unknown>)[step];
  }
  if (typeof parent !== 'object' || parent === null) return null;
  const last = path[path.length - 1]!;
  if (value === ABSENT) delete (parent as Record<string | number, unknown>)[last];
  else (parent as Record<string | number, unknown>)[last] = value;
  return copy;
}

/** Every edge number, every wrong type, and a missing key. */
const SWEEP_VALUES: readonly unknown[] = [...EDGE_NUMBERS, ...WRONG_TYPES, ABSENT];

const TIMEOUT_MS = 20_000 * Math.max(1, RUN_SCALE);

describe('fuzz: every export of src/risk/index.ts keeps the contract on arbitrary input', () => {
  it('every exported function has a fuzz case, and every case is an export', () => {
    expect(exportedFunctionNames.length).toBeGreaterThanOrEqual(21);
    expect(exportedFunctionNames).toEqual(Object.keys(CASES).sort());
  });

  describe.each(exportedFunctionNames)('%s', (name) => {
    it('valid inputs, extremes included: finite results (or documented Infinity/null)', () => {
      assertContract(name, caseFor(name).input.valid, 2000);
    }, TIMEOUT_MS);
    it('mixed inputs (edge numbers, wrong types, missing fields, odd list shapes)', () => {
      assertContract(name, caseFor(name).input.mixed, 2000);
    }, TIMEOUT_MS);
    it('garbage in every field, and arguments that are not objects', () => {
      assertContract(name, caseFor(name).input.garbage, 800);
    }, TIMEOUT_MS);
    it('every field, nested ones included, set to every edge number and wrong type, or left out', () => {
      const spec = caseFor(name).input;
      const paths = fieldPaths(spec);
      expect(paths.length).toBeGreaterThan(0);
      const bases = fc.sample(spec.valid, { numRuns: 3, seed: 20_240_601 });
      const problems: string[] = [];
      for (const base of bases) {
        for (const path of paths) {
          for (const value of SWEEP_VALUES) {
            const input = withValueAt(base, path, value);
            if (input === null) continue;
            const problem = violation(name, input);
            if (problem !== null) problems.push(`${pathText(path)} = ${show(value)}: ${problem}`);
          }
        }
      }
      expect(problems.slice(0, 5)).toEqual([]);
    }, TIMEOUT_MS);
    const longLists = longListInputs(caseFor(name).input);
    if (longLists.length > 0) {
      it('long lists (thousands of elements)', () => {
        for (const arbitrary of longLists) assertContract(name, arbitrary, 4);
      }, TIMEOUT_MS);
    }
  });
});

// Bugs the fuzzer found, pinned with the shrunk counterexamples.
describe('fuzz regressions', () => {
  /** A list of `length` with only the given indices set: the others are holes (as in `[a, , b]`). */
  function sparse<T>(length: number, entries: Readonly<Record<number, T>>): T[] {
    const list = Object.assign(new Array<T>(length), entries);
    expect(Object.keys(list)).toHaveLength(Object.keys(entries).length);
    return list;
  }

  it('a sparse list is a list with a missing element, not a TypeError or a silently skipped entry', () => {
    const bracket = { floor: 0, mmr: 0.01 };
    const leg = { kind: 'call', side: 'long', quantity: 1, strike: 100 } as const;
    expectInputError(() => risk.optionStrategy({ legs: sparse(1, {}) }), 'legs[0]'); // was TypeError (reading 'kind')
    expectInputError(() => risk.strategyProfitAt({ legs: sparse(2, { 0: leg }), price: 0 }), 'legs[1]'); // was TypeError
    expectInputError(() => risk.maintenanceBracket({ notional: 1, brackets: sparse(1, {}) }), 'brackets[0]'); // was TypeError (reading 'mmr')
    // [bracket, <hole>] was accepted as a one-tier table (90.909…).
    expectInputError(
      () => risk.liquidationPrice({ side: 'long', size: 1, entry: 100, walletBalance: 10, brackets: sparse(2, { 0: bracket }) }),
      'brackets[1]',
    );
    // [<hole>] gave a result whose classes list had a hole.
    expectInputError(() => risk.creditorWaterfall({ assets: 1, classes: sparse(1, {}) }), 'classes[0]');
    expectInputError(
      () => risk.creditorWaterfall({ assets: 1, classes: [{ name: 'A', claims: sparse(2, { 0: { name: 'x', amount: 1 } }) }] }),
      'classes[0].claims[1]', // was "Inputs too large" on classes[0].claims
    );
    expectInputError(() => risk.healthFactor({ collateral: sparse(1, {}), debt: 1 }), 'collateral[0]'); // was "Inputs too large" on collateral
    // [0.01, <hole>, 0.02]: the hole was skipped, giving the variance after two returns instead of an error.
    expectInputError(
      () => risk.ewmaVolatility({ lambda: 0.9, initialVariance: 1e-4, returns: sparse(3, { 0: 0.01, 2: 0.02 }) }),
      'returns[1]',
    );
  });

  it('almgrenChriss: more periods than can be allocated is a RiskInputError on periods, not a RangeError', () => {
    const input = { shares: 1, horizon: 1, vol: 0, eta: 1, gamma: 0, riskAversion: 0 };
    expectInputError(() => risk.almgrenChriss({ ...input, periods: 2 ** 32 }), 'periods'); // was RangeError: Invalid array length
    expectInputError(() => risk.almgrenChriss({ ...input, periods: 1_000_001 }), 'periods');
    const longest = risk.almgrenChriss({ ...input, periods: 1_000_000 });
    expect(longest.holdings).toHaveLength(1_000_001);
    expect(longest.holdings[500_000]).toBe(0.5);
  });

  it('optionStrategy: terms near ±1e308 that cancel are not snapped to 0, and an overflowing tail slope throws', () => {
    // Long and short put at 1e308 cancel at price 0; the long underlying bought at 1e300 loses 1e300 there.
    // Σ|terms| overflowed to Infinity, so every total was "rounding noise" and snapped to 0.
    const legs = [
      { kind: 'put', side: 'long', quantity: 1, strike: 1e308 },
      { kind: 'put', side: 'short', quantity: 1, strike: 1e308 },
      { kind: 'underlying', side: 'long', quantity: 1, premium: 1e300 },
    ] as const;
    expect(risk.strategyProfitAt({ legs, price: 0 })).toBe(-1e300); // was 0
    expect(risk.optionStrategy({ legs })).toEqual({ maxLoss: 1e300, maxProfit: Infinity, breakevens: [1e300] }); // was maxLoss 0, breakevens [0]
    // Two long calls of 1e308 each: the slope 2e308 became NaN and maxProfit 0 instead of unbounded.
    const call = { kind: 'call', side: 'long', quantity: 1e308, strike: 1 } as const;
    expectInputError(() => risk.optionStrategy({ legs: [call, call] }), 'legs');
    expect(risk.optionStrategy({ legs: [call] }).maxProfit).toBe(Infinity);
  });

  it('perpetualPositionRisk: overflowing bankruptcy price or loss at liquidation throws instead of returning Infinity', () => {
    // Short 0.5 at 1e308 with 5e307 margin: liquidation price 1.33e308 is finite, bankruptcy E + M/q = 2e308 is not.
    expectInputError(
      () => risk.perpetualPositionRisk({ side: 'short', size: 0.5, entry: 1e308, margin: 5e307, mmr: 0.5 }),
      'margin', // was bankruptcyPrice: Infinity
    );
    // Loss at liquidation M + f·q·E = 1.5e308 + 5e307 overflows (maxLoss itself, 1.5e308, does not).
    expectInputError(
      () => risk.perpetualPositionRisk({ side: 'long', size: 1, entry: 1e308, margin: 1.5e308, takerFee: 0.5, mmr: 0 }),
      'margin', // was lossAtLiquidation: Infinity
    );
    // Just inside the range both are finite.
    const result = risk.perpetualPositionRisk({ side: 'short', size: 0.5, entry: 5e307, margin: 2.5e307, mmr: 0.5 });
    expect(result.bankruptcyPrice).toBe(1e308);
  });
});
