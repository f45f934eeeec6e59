/** Fuzz schemas of src/risk/sustainability.ts. */
import fc from 'fast-check';
import { fraction, nonNegative, object, positive, scalar, type Case } from '../spec.ts';

const everydayMoney = fc.oneof(fc.double({ min: 0, max: 1e10, noNaN: true }), nonNegative);

export const cases = {
  realYield: {
    input: object(
      {
        fees: scalar(nonNegative),
        supplySideFees: scalar(nonNegative, { optional: true }),
        tokensEmitted: scalar(nonNegative),
        tokenPrice: scalar(positive),
      },
      {
        valid: fc
          .record({ fees: everydayMoney, supplyShare: fc.oneof(fraction(), fc.constant(undefined)), tokensEmitted: everydayMoney, tokenPrice: positive })
          .map(({ supplyShare, ...rest }) => (supplyShare === undefined ? rest : { ...rest, supplySideFees: (rest.fees as number) * (supplyShare as number) })),
      },
    ),
    allow: { emissionsToRevenue: (value: unknown, input: Readonly<Record<string, unknown>>) => value === Infinity && input['fees'] === (input['supplySideFees'] ?? 0) },
  },
  treasuryRunway: {
    input: object({
      liquidTreasury: scalar(everydayMoney),
      nativeTokenTreasury: scalar(everydayMoney, { optional: true }),
      nativeTokenHaircut: scalar(fraction(), { optional: true }),
      monthlyExpenses: scalar(everydayMoney),
      monthlyRevenue: scalar(everydayMoney, { optional: true }),
    }),
    allow: {
      runwayMonths: (value: unknown, input: Readonly<Record<string, unknown>>) =>
        value === Infinity && (input['monthlyExpenses'] as number) <= ((input['monthlyRevenue'] as number | undefined) ?? 0),
    },
  },
} as const satisfies Readonly<Record<string, Case>>;
