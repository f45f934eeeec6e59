/** Fuzz schemas of src/risk/ewma.ts. */
import fc from 'fast-check';
import { finite, fraction, list, nonNegative, object, positive, scalar, type Case } from '../spec.ts';

const everydayReturn = fc.double({ min: -0.2, max: 0.2, noNaN: true });
const lambda = scalar(fraction({ minExcluded: true, maxExcluded: true }));

export const cases = {
  ewmaVolatilityPath: {
    input: object({
      lambda,
      returns: list(scalar(fc.oneof(everydayReturn, finite)), {
        long: fc.array(everydayReturn, { minLength: 1000, maxLength: 20_000 }),
      }),
      initialVariance: scalar(nonNegative, { optional: true }),
      initialVolatility: scalar(nonNegative, { optional: true }),
    }),
  },
  ewmaDecay: {
    input: object({ lambda }),
  },
  periodReturns: {
    input: object({
      prices: list(scalar(positive), {
        long: fc.array(fc.double({ min: 1, max: 1e5, noNaN: true }), { minLength: 1000, maxLength: 20_000 }),
      }),
      kind: scalar(fc.constantFrom('simple', 'log'), { optional: true }),
    }),
  },
} as const satisfies Readonly<Record<string, Case>>;
