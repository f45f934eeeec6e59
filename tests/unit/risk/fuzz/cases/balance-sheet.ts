/** Fuzz schema of balanceSheetRateShock (src/risk/balance-sheet.ts; durationGap is in core.ts). */
import fc from 'fast-check';
import { finite, isNull, nonNegative, object, positive, scalar, type Case } from '../spec.ts';

export const cases = {
  balanceSheetRateShock: {
    input: object({
      assets: scalar(positive),
      assetDuration: scalar(nonNegative),
      liabilities: scalar(nonNegative),
      liabilityDuration: scalar(nonNegative),
      yieldLevel: scalar(fc.oneof(fc.double({ min: -1, minExcluded: true, noNaN: true, noDefaultInfinity: true }), fc.constantFrom(-1 + 2 ** -53, 0))),
      yieldChange: scalar(finite),
    }),
    // Documented: null when equity A − L is not positive.
    allow: {
      equityChangeOfEquity: (value, input) => isNull(value) && (input['assets'] as number) <= (input['liabilities'] as number),
      equityDuration: (value, input) => isNull(value) && (input['assets'] as number) <= (input['liabilities'] as number),
    },
  },
} as const satisfies Readonly<Record<string, Case>>;
