/** Fuzz schemas of the CDS functions added to src/risk/credit.ts (cdsParSpread and hazardFromSpread are in core.ts). */
import fc from 'fast-check';
import { finite, fraction, integerFrom, nonNegative, object, positive, scalar, type Case } from '../spec.ts';

const everydaySpread = fc.double({ min: 0, max: 0.5, noNaN: true });
const everydayHazard = fc.double({ min: 0, max: 0.5, noNaN: true });
const everydayYears = fc.double({ min: 0, max: 30, noNaN: true });
const everydayRate = fc.double({ min: -0.05, max: 0.2, noNaN: true });

const legFields = {
  recovery: scalar(fraction({ maxExcluded: true })),
  rate: scalar(fc.oneof(everydayRate, finite)),
  years: scalar(fc.oneof(everydayYears, nonNegative)),
  paymentsPerYear: scalar(integerFrom(1, 365), { optional: true }),
};

export const cases = {
  cdsImpliedHazard: {
    input: object({ spread: scalar(fc.oneof(everydaySpread, nonNegative)), ...legFields }),
  },
  cdsMarkToMarket: {
    input: object({
      contractSpread: scalar(fc.oneof(everydaySpread, nonNegative)),
      hazardRate: scalar(fc.oneof(everydayHazard, nonNegative)),
      ...legFields,
      notional: scalar(positive, { optional: true }),
    }),
  },
} as const satisfies Readonly<Record<string, Case>>;
