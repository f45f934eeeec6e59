/**
 * Building blocks of the fuzz test (tests/unit/risk/fuzz.test.ts): value generators, input schemas
 * (`Spec`: valid, mixed and garbage values of a field) and the rules a result or an error must keep.
 * The schemas of the exports live in ./cases/<module>.ts, one file per library module, each exporting
 * `cases`; the fuzz test collects them all.
 */
import fc from 'fast-check';

export type Arbitrary = fc.Arbitrary<unknown>;
export type Input = Readonly<Record<string, unknown>>;

/** Marker produced by a field generator to mean "leave the key out" (distinct from an explicit undefined). */
export const ABSENT: unique symbol = Symbol('absent');

export function withoutAbsent(record: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) if (value !== ABSENT) result[key] = value;
  return result;
}

// ---------------------------------------------------------------------------------------------
// Value generators
// ---------------------------------------------------------------------------------------------

/** Numbers that break naive code: non-finite, signed zero, subnormal, overflow-prone, just off a boundary. */
export const EDGE_NUMBERS: readonly number[] = [
  NaN, Infinity, -Infinity, 0, -0, 1, -1, 0.5, 2, -2, 1e308, -1e308, Number.MAX_VALUE, -Number.MAX_VALUE,
  5e-324, -5e-324, 2.2250738585072014e-308, 1e-300, 1e300, 1e-12, 1e12, Number.EPSILON, 1 - 2 ** -53,
  1 + 2 ** -52, Number.MAX_SAFE_INTEGER, 2 ** 53 + 2, 2 ** 32, 2 ** 32 - 1, -(2 ** 31), 0.1, 100, 1000.5,
];
export const edgeNumber: Arbitrary = fc.oneof(
  fc.constantFrom(...EDGE_NUMBERS),
  fc.double(), // whole double range, NaN, ±Infinity and −0 included
  fc.integer({ min: -1000, max: 1000 }),
);

/** Values of the wrong type for a numeric, enumerated, list or object field. */
export const WRONG_TYPES: readonly unknown[] = [
  '', '1', '0.5', 'NaN', 'Infinity', '-1', 'long', 'short', 'call', 'put', 'underlying', null, undefined, true,
  false, {}, [], [1], [[]], [null], { valueOf: () => 1 }, { toString: () => '1' }, Object(1), Object('call'),
  10n, Symbol('x'), () => 1, Object.create(null), new Map([[0, 1]]),
];
export const wrongType: Arbitrary = fc.oneof(
  fc.constantFrom(...WRONG_TYPES),
  fc.string({ maxLength: 8 }),
  fc.anything({ maxDepth: 2, maxKeys: 3 }),
);

/** Anything at all: used for every field in `garbage` mode. */
export const anyValue: Arbitrary = fc.oneof(edgeNumber, wrongType);

export const positive = fc.oneof(
  fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
  fc.double({ min: Number.MIN_VALUE, max: Number.MAX_VALUE, noNaN: true }),
  fc.constantFrom(1, 100, Number.MIN_VALUE, Number.MAX_VALUE, 1e-300, 1e300),
);
export const nonNegative = fc.oneof({ weight: 6, arbitrary: positive }, { weight: 1, arbitrary: fc.constantFrom(0, -0) });
export const finite = fc.oneof(
  fc.double({ min: -1, max: 1, noNaN: true }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE),
);
/** Decimal fraction in [0, 1], with either end excluded on request. */
export function fraction(options: { minExcluded?: boolean; maxExcluded?: boolean } = {}): Arbitrary {
  const { minExcluded = false, maxExcluded = false } = options;
  const ends = [
    ...(minExcluded ? [Number.MIN_VALUE, 1e-300] : [0, -0]),
    ...(maxExcluded ? [1 - 2 ** -53] : [1]),
    0.5,
  ];
  return fc.oneof(fc.double({ min: 0, max: 1, minExcluded, maxExcluded, noNaN: true }), fc.constantFrom(...ends));
}
/** Whole number ≥ min: mostly small (cheap to compute), sometimes the largest safe integer. */
export function integerFrom(min: number, typicalMax: number): Arbitrary {
  return fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min, max: typicalMax }) },
    { weight: 1, arbitrary: fc.constantFrom(min, Number.MAX_SAFE_INTEGER) },
  );
}

// ---------------------------------------------------------------------------------------------
// Input schemas: each field knows its valid values, and how to be mixed up or replaced by garbage
// ---------------------------------------------------------------------------------------------

export interface Spec {
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

export function scalar(valid: Arbitrary, options: { optional?: boolean } = {}): Spec {
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

export const enumeration = (...values: string[]): Spec => scalar(fc.constantFrom(...values));

export function object(
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
export function list(element: Spec, options: { allowEmpty?: boolean; valid?: Arbitrary; long: Arbitrary }): Spec {
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
export type Allowances = Readonly<Record<string, (value: unknown, input: Input) => boolean>>;

export const isPositiveInfinity = (value: unknown): boolean => value === Infinity;
export const isNull = (value: unknown): boolean => value === null;
export const isString = (value: unknown): boolean => typeof value === 'string';

/** A short, never-throwing description of any value (String() throws on Object.create(null) and symbols). */
export function show(value: unknown): string {
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
export function resultViolations(result: unknown, input: Input, allow: Allowances): string[] {
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

export const isPlainObjectLike = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Why `field` does not name a field of `input` under `spec` (or null when it does): the path must parse
 * as `key(.key|[i])*`, its keys must be fields of the schema at that level, its indices must be inside
 * the list given, and every step but the last must exist in the input. `'input'` is only for an argument
 * that is not an object.
 */
export function fieldProblem(field: unknown, input: unknown, spec: Spec): string | null {
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


/** The input schema and result rules of one export. */
export interface Case {
  readonly input: Spec;
  readonly allow?: Allowances;
}

/** Valid values shared by several modules' schemas. */
export const side = enumeration('long', 'short');
