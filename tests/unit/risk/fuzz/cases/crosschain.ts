/** Fuzz schemas of src/risk/crosschain.ts. */
import fc from 'fast-check';
import { fraction, integerFrom, list, nonNegative, object, scalar, type Case } from '../spec.ts';

const hop = object({ failureProbability: scalar(fraction()), lossGivenFailure: scalar(fraction()) });
const everydayHop = fc.record({
  failureProbability: fc.double({ min: 0, max: 0.05, noNaN: true }),
  lossGivenFailure: fc.double({ min: 0, max: 1, noNaN: true }),
});

export const cases = {
  bridgePathLoss: {
    input: object({
      exposure: scalar(fc.oneof(fc.double({ min: 0, max: 1e9, noNaN: true }), nonNegative)),
      hops: list(hop, { long: fc.array(everydayHop, { minLength: 1000, maxLength: 3000 }) }),
      transfers: scalar(integerFrom(1, 1000), { optional: true }),
    }),
  },
} as const satisfies Readonly<Record<string, Case>>;
