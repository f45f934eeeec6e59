/** Fuzz schemas of src/risk/liquidity.ts. */
import fc from 'fast-check';
import { enumeration, finite, integerFrom, isNull, list, nonNegative, object, positive, scalar, side, type Case } from '../spec.ts';

const everydayFlow = fc.double({ min: -1e6, max: 1e6, noNaN: true });

export const cases = {
  liquidityCoverageRatio: {
    input: object({ liquidAssets: scalar(nonNegative), outflows: scalar(nonNegative), inflows: scalar(nonNegative) }),
    // Documented: Infinity when net cash outflows are 0 (no outflows, or outflows too small to survive rounding).
    allow: { ratio: (value, input) => value === Infinity && (input['outflows'] as number) < 1e-300 },
  },
  survivalHorizon: {
    input: object({
      liquidAssets: scalar(nonNegative),
      flows: list(object({ days: scalar(integerFrom(1, 400)), netFlowPerDay: scalar(fc.oneof(everydayFlow, finite)) }), {
        long: fc.array(fc.record({ days: fc.constant(1), netFlowPerDay: everydayFlow }), { minLength: 1000, maxLength: 20_000 }),
      }),
    }),
    // Documented: null when no day ends below 0.
    allow: { shortfallDay: isNull },
  },
  perpetualFunding: {
    input: object({
      contract: { ...enumeration('linear', 'inverse'), optional: true },
      side,
      size: scalar(positive),
      markPrice: scalar(positive),
      fundingRate: scalar(fc.oneof(fc.double({ min: -1, max: 1, minExcluded: true, maxExcluded: true, noNaN: true }), fc.constantFrom(0, -0, 0.0001, -0.0075))),
      intervals: scalar(integerFrom(0, 10_000), { optional: true }),
    }),
  },
} as const satisfies Readonly<Record<string, Case>>;
