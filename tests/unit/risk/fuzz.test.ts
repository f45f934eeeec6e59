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
 * The schemas of the exports are in ./fuzz/cases/<module>.ts (building blocks in ./fuzz/spec.ts).
 * The list of exports is read at test time: a new export without a case fails the suite.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as risk from '../../../src/risk/index.ts';
import { RiskInputError } from '../../../src/risk/index.ts';
import { expectInputError } from './helpers.ts';
import { ABSENT, EDGE_NUMBERS, WRONG_TYPES, fieldProblem, isPlainObjectLike, resultViolations, show, type Arbitrary, type Case, type Input, type Spec } from './fuzz/spec.ts';

/** Every module's schemas: tests/unit/risk/fuzz/cases/<module>.ts, each exporting `cases`. */
const CASE_MODULES = import.meta.glob<{ cases: Readonly<Record<string, Case>> }>('./fuzz/cases/*.ts', { eager: true });
const CASES: Readonly<Record<string, Case>> = Object.assign({}, ...Object.values(CASE_MODULES).map((module) => module.cases));

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
  const found = CASES[name];
  if (found === undefined) throw new Error(`No fuzz case for the export "${name}": add one to tests/unit/risk/fuzz/cases/<module>.ts.`);
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
