/** Fuzz schemas of src/risk/costs.ts (transaction costs and market impact). */
import fc from 'fast-check';
import { fraction, nonNegative, object, positive, scalar, side, type Case } from '../spec.ts';

const spread = scalar(fc.oneof(fc.double({ min: 0, max: 2, maxExcluded: true, noNaN: true }), fc.constantFrom(0, 2 - 2 ** -52, 1e-4)));
const costRate = scalar(fraction({ maxExcluded: true }));

export const cases = {
  squareRootImpact: {
    input: object({
      size: scalar(nonNegative),
      dailyVolume: scalar(positive),
      dailyVol: scalar(nonNegative),
      coefficient: scalar(nonNegative, { optional: true }),
    }),
  },
  almgren2005Impact: {
    input: object({
      size: scalar(nonNegative),
      dailyVolume: scalar(positive),
      dailyVol: scalar(nonNegative),
      outstanding: scalar(positive),
      durationDays: scalar(positive),
      permanentCoefficient: scalar(nonNegative, { optional: true }),
      temporaryCoefficient: scalar(nonNegative, { optional: true }),
    }),
  },
  transactionCost: {
    input: object({ notional: scalar(positive), feeRate: costRate, spread, impact: scalar(nonNegative) }),
  },
  breakEvenPrice: {
    input: object({ side, entry: scalar(positive), entryCostRate: costRate, exitCostRate: costRate }),
  },
} as const satisfies Readonly<Record<string, Case>>;
