/**
 * Worked examples of the area page /areas/quantitative-risk-modeling/ (not a term page: the glossary
 * export reads only files named after a term's slug, so these stay on the area page).
 */
import {
  DAYS_PER_YEAR,
  neutralizingHedge,
  portfolioGreeks,
  portfolioPnl,
  type NeutralizingHedgeInput,
  type PortfolioPosition,
} from '../risk/index.ts';
import { formatNumber } from '../lib/format.ts';
import { defineExample } from './define.ts';

/** Hull's book and hedge options (OFOD ch. 19): book Δ 0, Γ −5,000, vega −8,000. Published: +400, +6,000, −3,240. */
export const hullHedgeExample = /* @__PURE__ */ defineExample({
  id: 'hull-delta-gamma-vega',
  title: 'Hull’s delta-, gamma- and vega-neutral hedge',
  fn: 'neutralizingHedge',
  input: {
    delta: 0,
    gamma: -5_000,
    vega: -8_000,
    hedges: [
      { delta: 0.6, gamma: 0.5, vega: 2.0 },
      { delta: 0.5, gamma: 0.8, vega: 1.2 },
    ],
  } satisfies NeutralizingHedgeInput,
  compute: neutralizingHedge,
  inputs: {
    book: ['Book: delta, gamma, vega', (i) => `${i.delta}, ${i.gamma.toLocaleString('en-US')}, ${i.vega.toLocaleString('en-US')}`],
    first: ['Option 1: delta, gamma, vega', (i) => `${i.hedges[0]!.delta}, ${i.hedges[0]!.gamma}, ${i.hedges[0]!.vega.toFixed(1)}`],
    second: ['Option 2: delta, gamma, vega', (i) => `${i.hedges[1]!.delta}, ${i.hedges[1]!.gamma}, ${i.hedges[1]!.vega.toFixed(1)}`],
  },
  outputs: {
    first: ['Buy option 1', (r) => r.hedgeQuantities[0]!, { digits: 0 }],
    second: ['Buy option 2', (r) => r.hedgeQuantities[1]!, { digits: 0 }],
    underlying: ['Underlying (negative: sell)', (r) => r.underlyingQuantity, { digits: 0 }],
  },
});

/**
 * Hull's same book hedged with option 1 alone: delta-gamma neutral (published: +10,000 options,
 * −6,000 of the asset) and delta-vega neutral (published: +4,000 options, −2,400 of the asset).
 */
function hullSingleOption(target: 'gamma' | 'vega') {
  return defineExample({
    id: `hull-delta-${target}`,
    title: `Hull’s book made delta- and ${target}-neutral with option 1`,
    fn: 'neutralizingHedge',
    input: { ...hullHedgeExample.input, hedges: [hullHedgeExample.input.hedges[0]!], neutralize: target } satisfies NeutralizingHedgeInput,
    compute: neutralizingHedge,
    inputs: {
      target: ['Neutralise', () => `delta and ${target}`],
    },
    outputs: {
      option: ['Buy option 1', (r) => r.hedgeQuantities[0]!, { digits: 0 }],
      underlying: ['Underlying (negative: sell)', (r) => r.underlyingQuantity, { digits: 0 }],
      left: [target === 'gamma' ? 'Vega left' : 'Gamma left', (r) => (target === 'gamma' ? r.residual.vega : r.residual.gamma), { digits: 0 }],
    },
  });
}
export const hullSingleOptionExamples = [/* @__PURE__ */ hullSingleOption('gamma'), /* @__PURE__ */ hullSingleOption('vega')];

/** One option or underlying position with its time to expiry in days, as the calculator takes it. */
export interface BookRow {
  kind: PortfolioPosition['kind'];
  side: PortfolioPosition['side'];
  quantity: number;
  strike?: number;
  days?: number;
  vol?: number;
}

/** A hedge option, time to expiry in days. */
export interface HedgeOptionRow {
  kind: 'call' | 'put';
  strike: number;
  days: number;
  vol: number;
}

/** The short BTC strangle of the second example, in the calculator's units (days, decimal vol). */
export const STRANGLE = {
  spot: 60_000,
  rate: 0,
  positions: [
    { kind: 'call', side: 'short', quantity: 25, strike: 66_000, days: 30, vol: 0.55 },
    { kind: 'put', side: 'short', quantity: 25, strike: 54_000, days: 30, vol: 0.6 },
    { kind: 'underlying', side: 'long', quantity: 1.4 },
  ] satisfies readonly BookRow[],
  move: { spotChange: -6_000, volChange: 0.1, days: 1 },
  hedges: [
    { kind: 'call', strike: 60_000, days: 7, vol: 0.5 },
    { kind: 'call', strike: 60_000, days: 90, vol: 0.55 },
  ] satisfies readonly [HedgeOptionRow, HedgeOptionRow],
} as const;

/** An option row in words: "25 BTC, strike 66,000, 30 days, σ 55 %". */
function optionWords(row: { quantity?: number; strike?: number; days?: number; vol?: number } | undefined): string {
  if (row === undefined) return '';
  const quantity = row.quantity === undefined ? '' : `${formatNumber(row.quantity, { digits: 0, unit: 'BTC' })}, `;
  return `${quantity}strike ${formatNumber(row.strike, { digits: 0 })}, ${formatNumber(row.days, { digits: 0, unit: 'days' })}, σ ${formatNumber(row.vol, { percent: true, digits: 0 })}`;
}

/** A calculator row as a library position: days → years. */
export function bookPosition(row: BookRow): PortfolioPosition {
  const { days, ...rest } = row;
  return row.kind === 'underlying'
    ? { kind: row.kind, side: row.side, quantity: row.quantity }
    : { ...rest, years: (days ?? 0) / DAYS_PER_YEAR };
}

/** A hedge option as a position of one long option, to price it with the book's market. */
export function hedgePosition(row: HedgeOptionRow): PortfolioPosition {
  return { kind: row.kind, side: 'long', quantity: 1, strike: row.strike, years: row.days / DAYS_PER_YEAR, vol: row.vol };
}

/**
 * The strangle book: its Greeks, the profit for a 10 % fall with volatility up 10 points a day
 * later (Taylor estimate and full repricing), and the two-option hedge that neutralises it.
 */
export const strangleExample = /* @__PURE__ */ defineExample({
  id: 'btc-short-strangle',
  title: 'Short BTC strangle: Greeks, a sell-off, and the hedge',
  fn: 'portfolioGreeks, portfolioPnl, neutralizingHedge',
  input: STRANGLE,
  compute: (input) => {
    const market = { spot: input.spot, rate: input.rate };
    const positions = input.positions.map(bookPosition);
    const greeks = portfolioGreeks({ ...market, positions });
    const pnl = portfolioPnl({
      ...market,
      positions,
      spotChange: input.move.spotChange,
      volChange: input.move.volChange,
      elapsedYears: input.move.days / DAYS_PER_YEAR,
    });
    const hedgeGreeks = portfolioGreeks({ ...market, positions: input.hedges.map(hedgePosition) }).positions;
    const hedge = neutralizingHedge({ delta: greeks.delta, gamma: greeks.gamma, vega: greeks.vega, hedges: hedgeGreeks });
    return { greeks, pnl, hedge };
  },
  inputs: {
    spot: ['Spot S', (i) => i.spot, { digits: 0, unit: 'USD' }],
    call: ['Short calls', (i) => optionWords(i.positions[0])],
    put: ['Short puts', (i) => optionWords(i.positions[1])],
    underlying: ['Long BTC (perpetual)', (i) => i.positions[2]?.quantity ?? null, { digits: 1, unit: 'BTC' }],
    spotMove: ['Spot move δS', (i) => i.move.spotChange, { digits: 0, unit: 'USD', signed: true }],
    volMove: ['Volatility move δσ (every option)', (i) => i.move.volChange * 100, { digits: 0, unit: 'vol points', signed: true }],
    elapsed: ['Time passed δt', (i) => i.move.days, { digits: 0, unit: 'day' }],
    hedgeA: ['Hedge call A', (i) => optionWords(i.hedges[0])],
    hedgeB: ['Hedge call B', (i) => optionWords(i.hedges[1])],
  },
  outputs: {
    value: ['Book value', (r) => r.greeks.value, { digits: 0, unit: 'USD' }],
    delta: ['Delta', (r) => r.greeks.delta, { digits: 3, unit: 'BTC' }],
    gamma: ['Gamma', (r) => r.greeks.gamma, { digits: 6, unit: 'BTC per USD' }],
    vega: ['Vega per vol point', (r) => r.greeks.vega / 100, { digits: 0, unit: 'USD' }],
    theta: ['Theta per day', (r) => r.greeks.theta / DAYS_PER_YEAR, { digits: 0, unit: 'USD' }],
    deltaPnl: ['Delta term Δ·δS', (r) => r.pnl.estimate.deltaPnl, { digits: 0, unit: 'USD' }],
    gammaPnl: ['Gamma term ½Γ·δS²', (r) => r.pnl.estimate.gammaPnl, { digits: 0, unit: 'USD' }],
    vegaPnl: ['Vega term V·δσ', (r) => r.pnl.estimate.vegaPnl, { digits: 0, unit: 'USD' }],
    thetaPnl: ['Theta term Θ·δt', (r) => r.pnl.estimate.thetaPnl, { digits: 0, unit: 'USD' }],
    estimate: ['Estimated profit', (r) => r.pnl.estimate.total, { digits: 0, unit: 'USD' }],
    repriced: ['Profit by full repricing', (r) => r.pnl.repriced, { digits: 0, unit: 'USD' }],
    difference: ['Repricing minus estimate', (r) => r.pnl.difference, { digits: 0, unit: 'USD' }],
    hedgeA: ['Buy calls A (7 days)', (r) => r.hedge.hedgeQuantities[0]!, { digits: 2 }],
    hedgeB: ['Buy calls B (90 days)', (r) => r.hedge.hedgeQuantities[1]!, { digits: 2 }],
    underlyingHedge: ['Underlying (negative: sell)', (r) => r.hedge.underlyingQuantity, { digits: 2, unit: 'BTC' }],
  },
});
