/** Fuzz schemas of src/risk/mean-reversion.ts. */
import fc from 'fast-check';
import { finite, fraction, isNull, list, nonNegative, object, positive, scalar, type Case } from '../spec.ts';

/** A noisy mean-reverting walk of everyday size, so long lists reach the fit. */
const everydayPrice = fc.double({ min: 90, max: 110, noNaN: true });

export const cases = {
  ouFromRegression: {
    input: object({
      slope: scalar(fc.oneof(fc.double({ min: -1, max: 0, minExcluded: true, maxExcluded: true, noNaN: true }), fc.constantFrom(-1e-300, -5e-324, -1 + 2 ** -53))),
      intercept: scalar(finite, { optional: true }),
      residualSd: scalar(nonNegative, { optional: true }),
      timeStep: scalar(positive, { optional: true }),
    }),
  },
  meanReversionFit: {
    input: object({
      series: list(scalar(fc.oneof(everydayPrice, finite)), {
        valid: fc.array(fc.oneof(everydayPrice, finite), { minLength: 4, maxLength: 12 }),
        long: fc.array(everydayPrice, { minLength: 1000, maxLength: 20_000 }),
      }),
      timeStep: scalar(positive, { optional: true }),
    }),
    allow: {
      meanReverting: (value) => typeof value === 'boolean',
      ou: isNull,
      zScore: isNull,
    },
  },
  ouExpectedValue: {
    input: object({
      current: scalar(finite),
      mean: scalar(finite),
      theta: scalar(nonNegative),
      days: scalar(nonNegative),
    }),
  },
  tradeExpectancy: {
    input: object({
      winProbability: scalar(fraction()),
      averageWin: scalar(nonNegative),
      averageLoss: scalar(positive),
    }),
  },
} as const satisfies Readonly<Record<string, Case>>;
