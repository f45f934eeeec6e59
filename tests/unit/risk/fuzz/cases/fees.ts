/** Fuzz schema of src/risk/fees.ts. */
import fc from 'fast-check';
import { fraction, integerFrom, nonNegative, object, scalar, type Case } from '../spec.ts';

export const cases = {
  feeDrag: {
    input: object({
      principal: scalar(nonNegative),
      grossReturn: scalar(
        fc.oneof(
          fc.double({ min: -0.5, max: 0.5, noNaN: true }),
          fc.double({ min: -1, minExcluded: true, noNaN: true, noDefaultInfinity: true }),
          fc.constantFrom(-1 + 2 ** -53, 0, 1e308),
        ),
      ),
      feeRate: scalar(fraction({ maxExcluded: true })),
      holdingYears: scalar(integerFrom(0, 200)),
    }),
  },
} as const satisfies Readonly<Record<string, Case>>;
