/**
 * Fuzz schemas of the margin-level, margin-ratio, leverage and venue-comparison exports of
 * src/risk/margin.ts (the module's first exports are in ./core.ts).
 */
import fc from 'fast-check';
import { ABSENT, fraction, list, nonNegative, object, positive, scalar, side, withoutAbsent, type Arbitrary, type Case } from '../spec.ts';

const mmr = scalar(fraction({ maxExcluded: true }));
const everydayLeverage = fc.double({ min: 1, max: 125, noNaN: true });
const leverage = scalar(fc.oneof(everydayLeverage, positive));
const level = scalar(fc.oneof(fc.double({ min: 0.05, max: 3, noNaN: true }), positive));

/** A valid bracket table: first floor 0, floors strictly increasing, rates non-decreasing in [0, 1). */
const validBrackets: Arbitrary = fc
  .array(fc.record({ gap: fc.oneof(fc.double({ min: 1, max: 1e6, noNaN: true }), positive), rate: fraction({ maxExcluded: true }) }), { minLength: 1, maxLength: 6 })
  .map((rows) => {
    const rates = rows.map((row) => row.rate as number).sort((x, y) => x - y);
    let floor = 0;
    return rows.map((row, i) => {
      if (i > 0) floor += row.gap as number;
      return { floor, mmr: rates[i]! };
    });
  })
  .filter((rows) => rows.every((row, i) => i === 0 || row.floor > rows[i - 1]!.floor));
const brackets = list(object({ floor: scalar(nonNegative), mmr }), {
  valid: validBrackets,
  long: fc.integer({ min: 1000, max: 3000 }).map((n) => Array.from({ length: n }, (_, i) => ({ floor: i * 1000, mmr: Math.min(0.5, i / (2 * n)) }))),
});

const position = { side, size: scalar(positive), entry: scalar(positive) };
const nullable = { '': (value: unknown) => value === null };

/** Valid venue-comparison inputs: exactly one of leverage and margin. */
const validVenueInput: Arbitrary = fc
  .record({
    side: fc.constantFrom('long', 'short'),
    size: positive,
    entry: positive,
    sizing: fc.oneof(fc.record({ leverage: fc.oneof(everydayLeverage, positive) }), fc.record({ margin: positive })),
    binanceBrackets: validBrackets,
    bybitMmr: fraction({ maxExcluded: true }),
    krakenLiquidationLevel: level.valid,
  })
  .map(({ sizing, ...rest }) => withoutAbsent({ ...rest, ...(sizing as object) }));

export const cases = {
  krakenMarginLevel: {
    input: object({ ...position, markPrice: scalar(positive), tradeBalance: scalar(nonNegative), leverage }),
  },
  krakenMarginLevelPrice: {
    input: object({ ...position, tradeBalance: scalar(nonNegative), leverage, marginLevel: level }),
    allow: nullable,
  },
  krakenFuturesInverseLiquidation: {
    input: object({ side, contracts: scalar(positive), entry: scalar(positive), margin: scalar(positive), mmr }),
    allow: { liquidationPrice: (value) => value === null, bankruptcyPrice: (value) => value === null },
  },
  binanceMarginRatio: {
    input: object({
      ...position,
      walletBalance: scalar(nonNegative),
      mmr,
      maintenanceAmount: scalar(fc.oneof(nonNegative, fc.constant(ABSENT)), { optional: true }),
      markPrice: scalar(positive),
    }),
    allow: { marginRatio: (value) => value === null },
  },
  binanceMarginRatioPrice: {
    input: object({
      ...position,
      walletBalance: scalar(nonNegative),
      mmr,
      maintenanceAmount: scalar(nonNegative, { optional: true }),
      marginRatio: scalar(fraction({ minExcluded: true })),
    }),
    allow: nullable,
  },
  positionLeverage: {
    input: object({ ...position, margin: scalar(positive), markPrice: scalar(positive) }),
    allow: { effectiveLeverage: (value) => value === null },
  },
  venueLiquidationPrices: {
    input: object(
      {
        ...position,
        leverage: { ...leverage, optional: true },
        margin: scalar(positive, { optional: true }),
        binanceBrackets: brackets,
        bybitMmr: mmr,
        krakenLiquidationLevel: level,
      },
      { valid: validVenueInput },
    ),
    allow: { binance: (value) => value === null, bybit: (value) => value === null, kraken: (value) => value === null },
  },
} as const satisfies Readonly<Record<string, Case>>;
