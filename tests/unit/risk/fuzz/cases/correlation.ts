/** Fuzz schemas of src/risk/correlation.ts. */
import fc from 'fast-check';
import { finite, fraction, object, positive, scalar, type Case } from '../spec.ts';

const correlation = fc.oneof(fc.double({ min: -1, max: 1, noNaN: true }), fc.constantFrom(-1, 1, 0, -0));
const everydayValue = fc.double({ min: -1e9, max: 1e9, noNaN: true });
const everydayDailyVol = fc.double({ min: 1e-4, max: 0.3, noNaN: true });
const position = object({ value: scalar(fc.oneof(everydayValue, finite)), dailyVol: scalar(fc.oneof(everydayDailyVol, positive)) });
const everydayPrice = fc.double({ min: 0.01, max: 1e6, noNaN: true });

export const cases = {
  correlationStress: {
    input: object({
      first: position,
      second: position,
      correlation: scalar(correlation),
      stressCorrelation: scalar(correlation, { optional: true }),
      days: scalar(fc.oneof(fc.double({ min: 1, max: 365, noNaN: true }), positive), { optional: true }),
      confidence: scalar(fraction({ minExcluded: true, maxExcluded: true }), { optional: true }),
      z: scalar(finite, { optional: true }),
    }),
  },
  futuresBasis: {
    input: object({
      spot: scalar(fc.oneof(everydayPrice, positive)),
      futuresPrice: scalar(fc.oneof(everydayPrice, positive)),
      days: scalar(fc.oneof(fc.double({ min: 1, max: 720, noNaN: true }), positive)),
    }),
  },
  crossVenueSpread: {
    input: object({
      priceA: scalar(fc.oneof(everydayPrice, positive)),
      priceB: scalar(fc.oneof(everydayPrice, positive)),
    }),
  },
} as const satisfies Readonly<Record<string, Case>>;
