import {
  calendarWeightDrift,
  DAYS_PER_YEAR,
  discreteHedgingError,
  HOURS_PER_YEAR,
  lelandOptionPrice,
  rebalancingBandExitTime,
  type DiscreteHedgingErrorInput,
  type OptionType,
  type RebalancingBandExitTimeInput,
  type Side,
} from '../risk/index.ts';
import { formatNumber } from '../lib/format.ts';
import { defineExample } from './define.ts';

export const QUOTE = 'USDT';

/** An option position and how its delta hedge is rebalanced, as the page and the calculator enter it. */
export interface DeltaHedgeInput {
  type: OptionType;
  /** The option position: `'short'` (written) or `'long'`. */
  side: Side;
  spot: number;
  strike: number;
  /** Time to expiry in days. */
  days: number;
  /** Annualised volatility, decimal. */
  vol: number;
  /** Risk-free rate, decimal per year. */
  rate: number;
  /** Hours between rebalances of the hedge. */
  intervalHours: number;
  /** Round-trip cost of trading the hedge (fees + spread, both ways), decimal of the value traded. */
  roundTripCost: number;
}

/** Hedging error of the discrete hedge and Leland's cost of rebalancing it. */
export function deltaHedge(input: DeltaHedgeInput) {
  const option = { spot: input.spot, strike: input.strike, years: input.days / DAYS_PER_YEAR, vol: input.vol, rate: input.rate, type: input.type };
  const intervalYears = input.intervalHours / HOURS_PER_YEAR;
  return {
    error: discreteHedgingError({ ...option, intervalYears }),
    leland: lelandOptionPrice({ ...option, side: input.side, roundTripCost: input.roundTripCost, intervalYears }),
  };
}

/**
 * A written 30-day at-the-money ETH call (spot = strike = 3,000 USDT, 70 % volatility, zero rate), hedged
 * with the perpetual every 8 hours at 0.1 % round trip (5 bp of taker fee each way). Illustrative figures;
 * the calculator's defaults.
 */
export const ETH_HEDGE_INPUT: DeltaHedgeInput = {
  type: 'call',
  side: 'short',
  spot: 3_000,
  strike: 3_000,
  days: 30,
  vol: 0.7,
  rate: 0,
  intervalHours: 8,
  roundTripCost: 0.001,
};

/** The worked example on {@link ETH_HEDGE_INPUT}. */
export const ethHedgeExample = /* @__PURE__ */ defineExample({
  id: 'eth-call-8h',
  title: 'A written 30-day ETH call, hedged every 8 hours',
  fn: 'discreteHedgingError, lelandOptionPrice',
  input: ETH_HEDGE_INPUT,
  compute: deltaHedge,
  inputs: {
    position: ['Position', (i) => `${i.side === 'short' ? 'Short' : 'Long'} 1 ${i.type}`],
    spot: ['Spot S', (i) => i.spot, { digits: 0, unit: QUOTE }],
    strike: ['Strike K', (i) => i.strike, { digits: 0, unit: QUOTE }],
    days: ['Time to expiry T', (i) => i.days, { digits: 0, unit: 'days' }],
    vol: ['Volatility σ', (i) => i.vol, { percent: true, digits: 0 }],
    rate: ['Rate r', (i) => i.rate, { percent: true, digits: 0 }],
    intervalHours: ['Rebalancing interval Δt', (i) => i.intervalHours, { digits: 0, unit: 'hours' }],
    roundTripCost: ['Round-trip cost k', (i) => i.roundTripCost, { percent: true, digits: 2 }],
  },
  outputs: {
    rebalances: ['Rebalances to expiry N', (r) => r.error.rebalances, { digits: 0 }],
    price: ['Option premium (Black–Scholes)', (r) => r.error.price, { digits: 2, unit: QUOTE }],
    stdDev: ['Hedging error, one standard deviation', (r) => r.error.stdDev, { digits: 2, unit: QUOTE }],
    relativeStdDev: ['Hedging error (of premium)', (r) => r.error.relativeStdDev, { percent: true, digits: 1 }],
    lelandNumber: ['Leland number A', (r) => r.leland.lelandNumber, { digits: 4 }],
    adjustedVol: ['Leland volatility σ̂', (r) => r.leland.adjustedVol, { percent: true, digits: 2 }],
    adjustedPrice: ['Premium at σ̂', (r) => r.leland.adjustedPrice, { digits: 2, unit: QUOTE }],
    hedgingCost: ['Expected cost of rebalancing', (r) => r.leland.hedgingCost, { digits: 2, unit: QUOTE }],
  },
});

/** The same option hedged at another interval: the error falls as the cost rises. */
function intervalExample(id: string, hours: number, words: string) {
  return defineExample({
    id,
    title: `The 30-day ETH call hedged every ${words}`,
    fn: 'discreteHedgingError, lelandOptionPrice',
    input: { ...ETH_HEDGE_INPUT, intervalHours: hours } satisfies DeltaHedgeInput,
    compute: deltaHedge,
    inputs: { interval: ['Rebalancing interval', () => words] },
    outputs: {
      rebalances: ['Rebalances N', (r) => r.error.rebalances, { digits: 1 }],
      stdDev: [`Hedging error (1 sd, ${QUOTE})`, (r) => r.error.stdDev, { digits: 2 }],
      hedgingCost: [`Expected rebalancing cost (${QUOTE})`, (r) => r.leland.hedgingCost, { digits: 2 }],
    },
  });
}
export const hourlyRow = /* @__PURE__ */ intervalExample('eth-call-1h', 1, '1 hour');
export const weeklyRow = /* @__PURE__ */ intervalExample('eth-call-1w', 7 * 24, '1 week');
export const intervalExamples = [
  hourlyRow,
  /* @__PURE__ */ intervalExample('eth-call-8h-row', 8, '8 hours'),
  /* @__PURE__ */ intervalExample('eth-call-1d', 24, '1 day'),
  weeklyRow,
];

/**
 * Hull's Table 19.4: the standard deviation of the cost of writing and delta-hedging his Example 19.1
 * call (S = 49, K = 50, r = 5 %, σ = 20 %, 20 weeks), as a share of its Black–Scholes price, from a
 * simulation, for rebalancing every 5, 4, 2, 1, ½ and ¼ weeks (published figures, copied as printed).
 */
export const HULL_TABLE_19_4 = [
  { weeks: 5, published: 0.42 },
  { weeks: 4, published: 0.38 },
  { weeks: 2, published: 0.28 },
  { weeks: 1, published: 0.21 },
  { weeks: 0.5, published: 0.16 },
  { weeks: 0.25, published: 0.13 },
] as const;
const HULL_19_1 = { spot: 49, strike: 50, years: 20 / 52, vol: 0.2, rate: 0.05, type: 'call' } as const;

/** The approximation next to Hull's simulated figure, one row per rebalancing interval. */
export const hullRows = /* @__PURE__ */ HULL_TABLE_19_4.map(({ weeks, published }) =>
  defineExample({
    id: `hull-19-4-${String(weeks).replace('.', '-')}w`,
    title: `Hull’s Example 19.1 call rebalanced every ${weeks} weeks`,
    fn: 'discreteHedgingError',
    input: { ...HULL_19_1, intervalYears: weeks / 52 } satisfies DiscreteHedgingErrorInput,
    compute: discreteHedgingError,
    inputs: {
      weeks: ['Rebalancing interval (weeks)', () => String(weeks)],
      hull: ['Hull’s simulation (Table 19.4)', () => formatNumber(published)],
    },
    outputs: {
      rebalances: ['Rebalances N', (r) => r.rebalances, { digits: 0 }],
      ratio: ['Approximation √(π/4)·𝒱σ/√N, over the price', (r) => r.relativeStdDev, { digits: 3 }],
    },
  }),
);

/** A two-asset portfolio left alone between rebalances, and the calendar rule it is compared with. */
export interface PortfolioBandInput extends RebalancingBandExitTimeInput {
  /** Calendar rebalancing interval for the comparison, days. */
  calendarDays: number;
}

/** Expected time for the weight to leave the band, and the typical drift over one calendar interval. */
export function portfolioBand(input: PortfolioBandInput) {
  const { calendarDays, ...band } = input;
  return {
    band: rebalancingBandExitTime(band),
    calendar: calendarWeightDrift({ ...band, intervalYears: calendarDays / DAYS_PER_YEAR }),
  };
}

/**
 * 60 % BTC and 40 % USDC, rebalanced when BTC leaves 55–65 %: BTC at 60 % volatility, the stablecoin at 0,
 * no expected return on either (illustrative). Compared with rebalancing once every 30 days. The calculator's defaults.
 */
export const BTC_BAND_INPUT: PortfolioBandInput = {
  weight: 0.6,
  lowerWeight: 0.55,
  upperWeight: 0.65,
  vol1: 0.6,
  vol2: 0,
  correlation: 0,
  drift1: 0,
  drift2: 0,
  calendarDays: 30,
};

/** The worked example on {@link BTC_BAND_INPUT}. */
export const btcBandExample = /* @__PURE__ */ defineExample({
  id: 'btc-usdc-band',
  title: '60/40 BTC and USDC, rebalanced at 55 % and 65 %',
  fn: 'rebalancingBandExitTime, calendarWeightDrift',
  input: BTC_BAND_INPUT,
  compute: portfolioBand,
  inputs: {
    weight: ['Target weight of BTC w₀', (i) => i.weight, { percent: true, digits: 0 }],
    band: ['Band', (i) => `${formatNumber(i.lowerWeight, { percent: true, digits: 0 })} to ${formatNumber(i.upperWeight, { percent: true, digits: 0 })}`],
    vol1: ['BTC volatility σ₁', (i) => i.vol1, { percent: true, digits: 0 }],
    vol2: ['USDC volatility σ₂', (i) => i.vol2, { percent: true, digits: 0 }],
    drift: ['Expected returns μ₁, μ₂', () => '0 % and 0 %'],
  },
  outputs: {
    expectedDays: ['Expected time to leave the band', (r) => r.band.expectedYears * DAYS_PER_YEAR, { digits: 1, unit: 'days' }],
    upperFirst: ['Probability of leaving through 65 % first', (r) => r.band.probabilityUpperFirst, { percent: true, digits: 1 }],
    relativeVol: ['Relative volatility σ_rel', (r) => r.band.relativeVol, { percent: true, digits: 1 }],
    logDrift: ['Drift m of ln(w/(1 − w)), per year', (r) => r.band.logDrift, { percent: true, digits: 1 }],
    calendarDrift: ['Typical drift after 30 days without rebalancing', (r) => r.calendar.rmsDrift, { percent: true, digits: 2 }],
  },
});
