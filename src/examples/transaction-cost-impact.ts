import { almgren2005Impact, breakEvenPrice, squareRootImpact, transactionCost, type Almgren2005ImpactInput, type Side } from '../risk/index.ts';
import { defineExample } from './define.ts';

/** Basis points per unit: 1 bp = 0.0001 of notional. */
export const BP_PER_UNIT = 10_000;
/** Hours in the day of volume the impact models use (crypto trades around the clock). */
export const HOURS_PER_DAY = 24;
export const QUOTE = 'USDT';

/** How the market impact of the order is estimated. */
export type ImpactModel = 'sqrt' | 'atthl';

/** A trade and its market, as the page and the calculator enter it. */
export interface TradeCostInput {
  side: Side;
  /** Entry price E, quote currency. */
  entry: number;
  /** Order notional N, quote currency. */
  notional: number;
  /** Taker fee per side, decimal of notional. */
  feeRate: number;
  /** Full bid–ask spread, decimal of mid. */
  spread: number;
  /** Daily volatility of the price, decimal. */
  dailyVol: number;
  /** Daily traded volume, quote currency. */
  dailyVolume: number;
  model: ImpactModel;
  /** Square-root law prefactor Y. */
  coefficient: number;
  /** Almgren et al.: market capitalisation (Θ in notional terms), quote currency. */
  marketCap: number;
  /** Almgren et al.: execution time in hours. */
  durationHours: number;
}

/** The impact of the order under the chosen model (decimal fraction of the price) and its share of daily volume. */
export function impactOf(input: Pick<TradeCostInput, 'notional' | 'dailyVolume' | 'dailyVol' | 'model' | 'coefficient' | 'marketCap' | 'durationHours'>) {
  const order = { size: input.notional, dailyVolume: input.dailyVolume, dailyVol: input.dailyVol };
  if (input.model === 'sqrt') return squareRootImpact({ ...order, coefficient: input.coefficient });
  const { realized, participation } = almgren2005Impact({ ...order, outstanding: input.marketCap, durationDays: input.durationHours / HOURS_PER_DAY });
  return { impact: realized, participation };
}

/** Impact, fees and spread of the order, and the exit price that covers entering and leaving the same way. */
export function tradeCost(input: TradeCostInput) {
  const { impact, participation } = impactOf(input);
  const cost = transactionCost({ notional: input.notional, feeRate: input.feeRate, spread: input.spread, impact });
  const breakEven = breakEvenPrice({ side: input.side, entry: input.entry, entryCostRate: cost.oneWayRate, exitCostRate: cost.oneWayRate });
  return { impact, participation, cost, breakEven };
}

const bp = (rate: number) => rate * BP_PER_UNIT;

/**
 * Reference vector 3.3 on a BTC perpetual: 1,000,000 USDT bought at 60,000 on a market trading
 * 10 billion USDT a day at 3 % daily volatility, 5 bp taker fee, 1 bp spread, square-root law with
 * Y = 1. Expected: impact 3.0 bp, one way 8.5 bp = 850 USDT, round trip 17 bp. The calculator's defaults.
 */
export const BTC_TRADE_INPUT: TradeCostInput = {
  side: 'long',
  entry: 60_000,
  notional: 1_000_000,
  feeRate: 0.0005,
  spread: 0.0001,
  dailyVol: 0.03,
  dailyVolume: 10_000_000_000,
  model: 'sqrt',
  coefficient: 1,
  // Used by the Almgren et al. model only (the calculator's defaults when it is chosen).
  marketCap: 1_200_000_000_000,
  durationHours: 1,
};

/** The worked example on {@link BTC_TRADE_INPUT}. */
export const btcTradeExample = /* @__PURE__ */ defineExample({
  id: 'btc-perp-1m',
  title: 'Buying 1,000,000 USDT of a BTC perpetual',
  fn: 'squareRootImpact, transactionCost, breakEvenPrice',
  input: BTC_TRADE_INPUT,
  compute: tradeCost,
  inputs: {
    notional: ['Order notional N (buy)', (i) => i.notional, { digits: 0, unit: QUOTE }],
    entry: ['Entry price E', (i) => i.entry, { digits: 0, unit: QUOTE }],
    feeRate: ['Taker fee f (each side)', (i) => bp(i.feeRate), { digits: 1, unit: 'bp' }],
    spread: ['Bid–ask spread s', (i) => bp(i.spread), { digits: 1, unit: 'bp' }],
    dailyVol: ['Daily volatility σ_D', (i) => i.dailyVol, { percent: true, digits: 1 }],
    dailyVolume: ['Daily volume V_D', (i) => i.dailyVolume / 1e9, { digits: 0, unit: `billion ${QUOTE}` }],
    coefficient: ['Square-root prefactor Y', (i) => i.coefficient, { digits: 1 }],
  },
  outputs: {
    participation: ['Order as a share of daily volume', (r) => r.participation, { percent: true, digits: 2 }],
    impact: ['Market impact I', (r) => bp(r.impact), { digits: 2, unit: 'bp' }],
    feeCost: ['Fee', (r) => r.cost.feeCost, { digits: 2, unit: QUOTE }],
    spreadCost: ['Half spread', (r) => r.cost.spreadCost, { digits: 2, unit: QUOTE }],
    impactCost: ['Impact', (r) => r.cost.impactCost, { digits: 2, unit: QUOTE }],
    oneWayRate: ['One-way cost (of notional)', (r) => bp(r.cost.oneWayRate), { digits: 2, unit: 'bp' }],
    oneWayCost: ['One-way cost', (r) => r.cost.oneWayCost, { digits: 2, unit: QUOTE }],
    roundTripRate: ['Round-trip cost (of notional)', (r) => bp(r.cost.roundTripRate), { digits: 2, unit: 'bp' }],
    roundTripCost: ['Round-trip cost', (r) => r.cost.roundTripCost, { digits: 2, unit: QUOTE }],
    breakEvenPrice: ['Break-even exit price', (r) => r.breakEven.price, { digits: 2, unit: QUOTE }],
    breakEvenMove: ['Break-even move (of entry price)', (r) => r.breakEven.move, { percent: true, digits: 3 }],
  },
});

/**
 * Almgren, Thum, Hauptmann & Li (2005), the paper's example for IBM: σ = 1.57 % a day, shares outstanding
 * 263 times the daily volume, buying 10 % of a day's volume over T days (0.1 day is about 40 minutes of a
 * 6.5-hour US trading day). Published (reference 3.1): permanent 20 bp; temporary 22 / 15 / 8 bp and realised
 * cost 32 / 25 / 18 bp for T = 0.1 / 0.2 / 0.5 day.
 */
function ibmExample(durationDays: number) {
  return defineExample({
    id: `atthl-ibm-${String(durationDays).replace('.', '-')}`,
    title: `IBM, 10 % of daily volume over ${durationDays} day (Almgren et al. 2005)`,
    fn: 'almgren2005Impact',
    input: { size: 0.1, dailyVolume: 1, dailyVol: 0.0157, outstanding: 263, durationDays } satisfies Almgren2005ImpactInput,
    compute: almgren2005Impact,
    inputs: {
      durationDays: ['Execution time T', (i) => i.durationDays, { digits: 1, unit: 'day' }],
    },
    outputs: {
      permanent: ['Permanent impact I', (r) => bp(r.permanent), { digits: 2, unit: 'bp' }],
      temporary: ['Temporary impact K', (r) => bp(r.temporary), { digits: 2, unit: 'bp' }],
      realized: ['Realised cost J = I/2 + K', (r) => bp(r.realized), { digits: 2, unit: 'bp' }],
    },
  });
}
export const ibmFast = /* @__PURE__ */ ibmExample(0.1);
const ibmMedium = /* @__PURE__ */ ibmExample(0.2);
export const ibmSlow = /* @__PURE__ */ ibmExample(0.5);
export const ibmExamples = [ibmFast, ibmMedium, ibmSlow];
