/** Fuzz schemas of src/risk/value-at-risk.ts. */
import fc from 'fast-check';
import { finite, fraction, list, object, positive, scalar, type Case } from '../spec.ts';

const everydayPnl = fc.double({ min: -1e6, max: 1e6, noNaN: true });
const confidence = scalar(fraction({ minExcluded: true, maxExcluded: true }), { optional: true });
const position = object({ value: scalar(finite), dailyVol: scalar(positive) });

export const cases = {
  twoAssetVar: {
    input: object({
      first: position,
      second: position,
      correlation: scalar(fc.oneof(fc.double({ min: -1, max: 1, noNaN: true }), fc.constantFrom(-1, 1, 0, -0))),
      days: scalar(positive, { optional: true }),
      confidence,
      z: scalar(finite, { optional: true }),
    }),
  },
  historicalVar: {
    input: object({
      profitAndLoss: list(scalar(fc.oneof(everydayPnl, finite)), {
        long: fc.array(everydayPnl, { minLength: 1000, maxLength: 20_000 }),
      }),
      // Low confidence levels too, so that short lists reach the computation.
      confidence: scalar(fc.oneof(fraction({ minExcluded: true, maxExcluded: true }), fc.double({ min: 0.01, max: 0.7, noNaN: true })), { optional: true }),
      days: scalar(positive, { optional: true }),
    }),
  },
} as const satisfies Readonly<Record<string, Case>>;
