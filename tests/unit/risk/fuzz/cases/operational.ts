/** Fuzz schemas of src/risk/operational.ts. */
import fc from 'fast-check';
import { fraction, integerFrom, nonNegative, object, positive, scalar, type Case } from '../spec.ts';

export const cases = {
  priceMoveOverWindow: {
    input: object({
      notional: scalar(positive),
      vol: scalar(fc.oneof(fc.double({ min: 0, max: 3, noNaN: true }), nonNegative)),
      years: scalar(fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), nonNegative)),
      confidence: scalar(fc.oneof(fc.double({ min: 0.5, max: 1, maxExcluded: true, noNaN: true }), fc.constantFrom(0.5, 0.99, 1 - 2 ** -53)), { optional: true }),
    }),
  },
  connectionAvailability: {
    input: object({
      linkAvailability: scalar(fraction()),
      links: scalar(integerFrom(1, 10)),
      venueAvailability: scalar(fraction(), { optional: true }),
    }),
  },
} as const satisfies Readonly<Record<string, Case>>;
