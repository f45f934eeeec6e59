/** Fuzz schemas of src/risk/portfolio.ts. */
import fc from 'fast-check';
import { ABSENT, enumeration, finite, list, nonNegative, object, positive, scalar, side, withoutAbsent, type Arbitrary, type Case } from '../spec.ts';

/** Everyday sizes, so that most runs price real options instead of overflowing at once. */
const everydaySpot = fc.double({ min: 1, max: 200_000, noNaN: true });
const everydayQuantity = fc.double({ min: 0.01, max: 1_000, noNaN: true });
const everydayYears = fc.double({ min: 0, max: 3, noNaN: true });
const everydayVol = fc.double({ min: 0.05, max: 3, noNaN: true });
const everydayGreek = fc.double({ min: -1e5, max: 1e5, noNaN: true });

/** A consistent position: options carry strike, years and vol; the underlying carries none of them. */
function position(values: { quantity: Arbitrary; strike: Arbitrary; years: Arbitrary; vol: Arbitrary }): Arbitrary {
  return fc
    .record({ kind: fc.constantFrom('call', 'put', 'underlying'), side: fc.constantFrom('long', 'short'), ...values })
    .map((row) => withoutAbsent(row.kind === 'underlying' ? { ...row, strike: ABSENT, years: ABSENT, vol: ABSENT } : row));
}
const everydayPosition = position({ quantity: everydayQuantity, strike: everydaySpot, years: everydayYears, vol: everydayVol });
const positionSpec = object(
  {
    kind: enumeration('call', 'put', 'underlying'),
    side,
    quantity: scalar(fc.oneof(everydayQuantity, positive)),
    strike: scalar(fc.oneof(everydaySpot, positive), { optional: true }),
    years: scalar(fc.oneof(everydayYears, nonNegative), { optional: true }),
    vol: scalar(fc.oneof(everydayVol, positive), { optional: true }),
  },
  {
    valid: fc.oneof(
      { weight: 3, arbitrary: everydayPosition },
      { weight: 1, arbitrary: position({ quantity: positive, strike: positive, years: nonNegative, vol: positive }) },
    ),
  },
);
const positions = list(positionSpec, { long: fc.array(everydayPosition, { minLength: 1000, maxLength: 2000 }) });
const book = {
  spot: scalar(fc.oneof(everydaySpot, positive)),
  rate: scalar(fc.oneof(fc.double({ min: -0.05, max: 0.2, noNaN: true }), finite), { optional: true }),
  dividendYield: scalar(fc.oneof(fc.double({ min: -0.05, max: 0.2, noNaN: true }), finite), { optional: true }),
  positions,
};

const greek = scalar(fc.oneof(everydayGreek, finite));
const greeksRow = object({ side, quantity: scalar(fc.oneof(everydayQuantity, positive)), delta: greek, gamma: greek, vega: greek, theta: greek });
const everydayGreeksRow = fc.record({
  side: fc.constantFrom('long', 'short'),
  quantity: everydayQuantity,
  delta: everydayGreek,
  gamma: everydayGreek,
  vega: everydayGreek,
  theta: everydayGreek,
});
const hedge = object({ delta: greek, gamma: greek, vega: greek });
const everydayHedge = fc.record({ delta: everydayGreek, gamma: everydayGreek, vega: everydayGreek });

export const cases = {
  aggregateGreeks: {
    input: object({ positions: list(greeksRow, { long: fc.array(everydayGreeksRow, { minLength: 1000, maxLength: 3000 }) }) }),
  },
  portfolioGreeks: { input: object(book) },
  greeksPnl: {
    input: object({
      delta: greek,
      gamma: scalar(fc.oneof(everydayGreek, finite), { optional: true }),
      vega: scalar(fc.oneof(everydayGreek, finite), { optional: true }),
      theta: scalar(fc.oneof(everydayGreek, finite), { optional: true }),
      spotChange: scalar(fc.oneof(fc.double({ min: -1e4, max: 1e4, noNaN: true }), finite)),
      volChange: scalar(fc.oneof(fc.double({ min: -0.5, max: 0.5, noNaN: true }), finite), { optional: true }),
      elapsedYears: scalar(fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), nonNegative), { optional: true }),
    }),
  },
  portfolioPnl: {
    input: object({
      ...book,
      spotChange: scalar(fc.oneof(fc.double({ min: -0.5, max: 1, noNaN: true }), finite)),
      volChange: scalar(fc.oneof(fc.double({ min: -0.04, max: 0.5, noNaN: true }), finite), { optional: true }),
      elapsedYears: scalar(fc.oneof(fc.double({ min: 0, max: 0.01, noNaN: true }), nonNegative), { optional: true }),
    }),
  },
  neutralizingHedge: {
    input: object({
      delta: greek,
      gamma: greek,
      vega: greek,
      hedges: list(hedge, {
        valid: fc.array(fc.oneof(everydayHedge, hedge.valid), { minLength: 1, maxLength: 2 }),
        long: fc.array(everydayHedge, { minLength: 1000, maxLength: 1200 }),
      }),
      neutralize: scalar(fc.constantFrom('gamma', 'vega'), { optional: true }),
    }),
  },
} as const satisfies Readonly<Record<string, Case>>;
