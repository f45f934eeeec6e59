import { expect } from 'vitest';
import { RiskInputError } from '../../../src/risk/index.ts';

/**
 * Asserts that `fn` throws a RiskInputError whose `field` is `field`, and that
 * the message is a sentence that names the requirement (not an empty string).
 */
export function expectInputError(fn: () => unknown, field: string): RiskInputError {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught, `expected a RiskInputError on "${field}"`).toBeInstanceOf(RiskInputError);
  const error = caught as RiskInputError;
  expect(error.name).toBe('RiskInputError');
  expect(error.field).toBe(field);
  expect(error.message.length).toBeGreaterThan(20);
  expect(error.message).toMatch(/\.$/);
  expect(error.message).not.toMatch(/NaN is not|undefined is not|Cannot read/);
  return error;
}

/** |actual − expected| ≤ tolerance, with a readable failure message. */
export function expectWithin(actual: number, expected: number, tolerance: number, label = ''): void {
  const ok = Math.abs(actual - expected) <= tolerance;
  expect(ok, `${label} ${String(actual)} is not within ${String(tolerance)} of ${String(expected)}`).toBe(true);
}

/** Relative tolerance, falling back to an absolute floor near zero. */
export function expectClose(actual: number, expected: number, relative: number, absolute = 0, label = ''): void {
  const tolerance = Math.max(relative * Math.abs(expected), absolute);
  expectWithin(actual, expected, tolerance, label);
}

/** ½ unit of the last printed digit of a published figure, e.g. "4.76" → 0.005. */
export function halfUnit(printed: string): number {
  const decimals = printed.includes('.') ? printed.split('.')[1]!.length : 0;
  return 0.5 * 10 ** -decimals;
}

/** Checks a published figure at ½ unit of its last printed digit (commas allowed: "1,473,621"). */
export function expectPublished(actual: number, printed: string, label = ''): void {
  const clean = printed.replace(/,/g, '');
  expectWithin(actual, Number(clean), halfUnit(clean) * (1 + 1e-12), label || `published ${printed}`);
}

/** Values that are not finite numbers, by type. */
export const NOT_FINITE_NUMBERS: readonly unknown[] = [NaN, Infinity, -Infinity, '1', null, true, {}, [1], 10n];
