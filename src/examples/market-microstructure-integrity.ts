import { formatNumber } from '../lib/format.ts';
import {
  kyleLambda,
  rollSpreadFromPrices,
  walkTheBook,
  type BookLevel,
  type KyleLambdaInput,
  type RollSpreadFromPricesInput,
  type WalkTheBookInput,
} from '../risk/index.ts';
import { defineExample } from './define.ts';

export const QUOTE = 'USDT';
export const BASE = 'ETH';
/** Basis points per unit: 1 bp = 0.0001. */
export const BP_PER_UNIT = 10_000;

/** A side of the book as a line of text: "20 @ 3,000.50; 35 @ 3,001.00". */
export function bookText(levels: readonly BookLevel[]): string {
  return levels.map((level) => `${formatNumber(level.size, { digits: 0 })} @ ${formatNumber(level.price)}`).join('; ');
}

/**
 * An ETH-USDT perpetual's ask side a few ticks deep (illustrative figures): best bid 3,000.00, asks
 * 20 ETH at 3,000.50, 35 at 3,001.00, 60 at 3,002.50 and 120 at 3,005.00. A market buy of 100 ETH
 * takes the first two levels and 45 ETH of the third.
 */
export const ETH_BOOK_INPUT: WalkTheBookInput = {
  direction: 'buy',
  quantity: 100,
  levels: [
    { price: 3_000.5, size: 20 },
    { price: 3_001, size: 35 },
    { price: 3_002.5, size: 60 },
    { price: 3_005, size: 120 },
  ],
  oppositeBest: 3_000,
};

/** The worked example on {@link ETH_BOOK_INPUT}. */
export const ethBookExample = /* @__PURE__ */ defineExample({
  id: 'eth-book-buy-100',
  title: 'A market buy of 100 ETH against the ask side',
  fn: 'walkTheBook',
  input: ETH_BOOK_INPUT,
  compute: walkTheBook,
  inputs: {
    quantity: ['Market buy Q', (i) => i.quantity, { digits: 0, unit: BASE }],
    levels: [`Asks (size ${BASE} @ price ${QUOTE})`, (i) => bookText(i.levels)],
    oppositeBest: ['Best bid', (i) => i.oppositeBest, { digits: 2, unit: QUOTE }],
  },
  outputs: {
    vwap: ['Average fill price (VWAP)', (r) => r.vwap, { digits: 3, unit: QUOTE }],
    notional: ['Paid', (r) => r.notional, { digits: 2, unit: QUOTE }],
    levelsUsed: ['Levels reached', (r) => r.levelsUsed, { digits: 0 }],
    worstPrice: ['Worst price reached', (r) => r.worstPrice, { digits: 2, unit: QUOTE }],
    mid: ['Mid price', (r) => r.mid, { digits: 2, unit: QUOTE }],
    quotedSpread: ['Quoted spread (of mid)', (r) => r.quotedSpread * BP_PER_UNIT, { digits: 2, unit: 'bp' }],
    slippageVsBest: ['Slippage against the best ask', (r) => r.slippageVsBest * BP_PER_UNIT, { digits: 2, unit: 'bp' }],
    slippageVsMid: ['Slippage against the mid', (r) => r.slippageVsMid * BP_PER_UNIT, { digits: 2, unit: 'bp' }],
    costVsMid: ['Cost against the mid', (r) => r.costVsMid, { digits: 2, unit: QUOTE }],
    depth: ['Depth on the listed levels', (r) => r.depth, { digits: 0, unit: BASE }],
  },
});

/** The bid side the calculator loads when the order is a sell (illustrative, the mirror of the asks above). */
export const ETH_BIDS: readonly BookLevel[] = [
  { price: 3_000, size: 25 },
  { price: 2_999.5, size: 40 },
  { price: 2_998, size: 70 },
  { price: 2_995, size: 150 },
];

/**
 * Sixteen successive ETH-USDT trades (illustrative) printing at the bid or the ask while the quote
 * steps from 3,000.00 / 3,000.50 up by one tick of 0.50: Roll's estimator reads the spread from the
 * bounce alone.
 */
export const ROLL_INPUT: RollSpreadFromPricesInput = {
  prices: [3000.5, 3000, 3000.5, 3000, 3000, 3000.5, 3001, 3000.5, 3001, 3001, 3000.5, 3001, 3000.5, 3000.5, 3001, 3000.5],
};

/** The worked example on {@link ROLL_INPUT}. */
export const rollExample = /* @__PURE__ */ defineExample({
  id: 'roll-eth-trades',
  title: 'Roll’s spread from sixteen trade prices',
  fn: 'rollSpreadFromPrices',
  input: ROLL_INPUT,
  compute: rollSpreadFromPrices,
  inputs: {
    prices: [`Trade prices (${QUOTE}, in order)`, (i) => i.prices.map((price) => formatNumber(price, { digits: 1 })).join(', ')],
  },
  outputs: {
    serialCovariance: ['Serial covariance of price changes', (r) => r.serialCovariance, { digits: 4, unit: `${QUOTE}²` }],
    spread: ['Roll spread S', (r) => r.spread, { digits: 3, unit: QUOTE, nullText: 'Not defined (covariance ≥ 0)' }],
    relativeSpread: ['Roll spread (of mean price)', (r) => (r.relativeSpread === null ? null : r.relativeSpread * BP_PER_UNIT), { digits: 2, unit: 'bp', nullText: 'Not defined' }],
    pairs: ['Pairs of successive changes', (r) => r.pairs, { digits: 0 }],
  },
});

/**
 * Kyle's single auction with figures of the same order as the book above: the informed trader's
 * knowledge is worth ±30 USDT (one standard deviation, so Σ₀ = 900 USDT²), noise traders' net flow
 * has a standard deviation of 2,000 ETH, and 100 ETH of net buying arrives.
 */
export const KYLE_INPUT: KyleLambdaInput = { valueVariance: 900, noiseStdDev: 2_000, orderFlow: 100 };

/** The worked example on {@link KYLE_INPUT}. */
export const kyleExample = /* @__PURE__ */ defineExample({
  id: 'kyle-eth',
  title: 'Kyle’s λ for an ETH market',
  fn: 'kyleLambda',
  input: KYLE_INPUT,
  compute: kyleLambda,
  inputs: {
    valueStdDev: ['Value uncertainty √Σ₀', (i) => Math.sqrt(i.valueVariance), { digits: 2, unit: QUOTE }],
    noiseStdDev: ['Noise order flow σᵤ', (i) => i.noiseStdDev, { digits: 0, unit: BASE }],
    orderFlow: ['Net order flow y', (i) => i.orderFlow ?? 0, { digits: 0, unit: BASE }],
  },
  outputs: {
    lambda: ['Kyle’s λ', (r) => r.lambda, { digits: 4, unit: `${QUOTE} per ${BASE}` }],
    priceImpact: ['Price move λy', (r) => r.priceImpact, { digits: 2, unit: QUOTE }],
    beta: ['Informed trading intensity β', (r) => r.beta, { digits: 2, unit: `${BASE} per ${QUOTE}` }],
    expectedInsiderProfit: ['Informed trader’s expected profit', (r) => r.expectedInsiderProfit, { digits: 0, unit: QUOTE }],
    posteriorStdDev: ['Uncertainty left after trading √Σ₁', (r) => Math.sqrt(r.posteriorVariance), { digits: 2, unit: QUOTE }],
  },
});
