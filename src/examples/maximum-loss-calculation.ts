import {
  bybitLinearLiquidationPrice,
  optionStrategy,
  perpetualPositionRisk,
  type StrategyLeg,
} from '../risk/index.ts';
import { formatNumber } from '../lib/format.ts';
import { FIRST_EXIT_WORDS, PERPETUAL_EXAMPLE_INPUT, breakevenWords, strategyPreset } from '../data/strategy-presets.ts';
import { defineExample } from './define.ts';

export { breakevenWords };

export type PerpetualInput = Parameters<typeof perpetualPositionRisk>[0];
export type PerpetualRisk = ReturnType<typeof perpetualPositionRisk>;
export type FirstExit = PerpetualRisk['firstExit'];

const USDT = { digits: 2, unit: 'USDT' } as const;

/** Which exit a leveraged position reaches first, in words. */
export function firstExitWords(firstExit: FirstExit): string {
  return FIRST_EXIT_WORDS[firstExit];
}

/** "Long" / "Short". */
export function sideWords(side: PerpetualInput['side']): string {
  return side === 'long' ? 'Long' : 'Short';
}

/** One option-strategy leg in words: "Long 1 call, strike 30.00, premium 3.00". */
export function legWords(leg: StrategyLeg): string {
  const quantity = formatNumber(leg.quantity, { digits: Number.isInteger(leg.quantity) ? 0 : 2 });
  if (leg.kind === 'underlying') {
    return `${sideWords(leg.side)} ${quantity} underlying, entry ${formatNumber(leg.premium ?? 0)}`;
  }
  const kind = leg.quantity === 1 ? leg.kind : `${leg.kind}s`;
  return `${sideWords(leg.side)} ${quantity} ${kind}, strike ${formatNumber(leg.strike ?? null)}, premium ${formatNumber(leg.premium ?? 0)}`;
}

const perpetualRows = {
  notional: ['Notional at entry', (r: PerpetualRisk) => r.notional, USDT],
  initialMargin: ['Initial (isolated) margin M', (r: PerpetualRisk) => r.initialMargin, USDT],
  entryFee: ['Taker fee paid at entry', (r: PerpetualRisk) => r.entryFee, USDT],
  lossAtStop: ['Loss at the stop, fees included', (r: PerpetualRisk) => r.lossAtStop, { ...USDT, nullText: 'No stop set' }],
  liquidationPrice: ['Liquidation price', (r: PerpetualRisk) => r.liquidationPrice, { ...USDT, nullText: 'No liquidation' }],
  bankruptcyPrice: ['Bankruptcy price', (r: PerpetualRisk) => r.bankruptcyPrice, { ...USDT, nullText: 'None (at or below 0)' }],
  lossAtLiquidation: ['Loss at liquidation (margin + entry fee)', (r: PerpetualRisk) => r.lossAtLiquidation, USDT],
  firstExit: ['Reached first', (r: PerpetualRisk) => firstExitWords(r.firstExit)],
  maxLoss: ['Maximum loss (at the first exit)', (r: PerpetualRisk) => r.maxLoss, USDT],
  maxLossShareOfMargin: ['Maximum loss as a share of margin M', (r: PerpetualRisk) => r.maxLossShareOfMargin, { percent: true, digits: 2 }],
} as const;

/**
 * A long BTC perpetual with isolated margin and a stop (reference vectors 2.5 and 2.6):
 * 0.5 BTC at 60,000 USDT, 3,000 USDT margin, taker fee 0.05 % of notional, stop 57,000, MMR 0.5 %.
 * Expected: loss at stop 1,529.25 (the stop comes first, so this is the maximum loss); liquidation
 * 54,271.3568; bankruptcy 54,000; loss at liquidation 3,015 (margin + entry fee).
 */
export const perpetualExample = defineExample({
  id: 'btc-long-isolated',
  title: 'Long 0.5 BTC perpetual, isolated margin, stop at 57,000 USDT',
  fn: 'perpetualPositionRisk',
  input: { ...PERPETUAL_EXAMPLE_INPUT } satisfies PerpetualInput,
  compute: perpetualPositionRisk,
  inputs: {
    side: ['Side', (i) => sideWords(i.side)],
    size: ['Size Q', (i) => i.size, { digits: 1, unit: 'BTC' }],
    entry: ['Entry price', (i) => i.entry, USDT],
    margin: ['Isolated margin M', (i) => i.margin, USDT],
    stopPrice: ['Stop price', (i) => i.stopPrice, USDT],
    mmr: ['Maintenance margin rate MMR (of notional)', (i) => i.mmr, { percent: true, digits: 2 }],
    takerFee: ['Taker fee f (of notional)', (i) => i.takerFee, { percent: true, digits: 2 }],
  },
  outputs: perpetualRows,
});

/** The same position when the stop is filled at 56,500 USDT after a gap (reference vector 2.5: 1,779.125). */
export const gapFillExample = defineExample({
  id: 'btc-long-gap-fill',
  title: 'The same stop, filled at 56,500 USDT after a gap',
  fn: 'perpetualPositionRisk',
  input: { ...perpetualExample.input, stopPrice: 56500 } satisfies PerpetualInput,
  compute: perpetualPositionRisk,
  inputs: {
    fill: ['Fill price', (i) => i.stopPrice, USDT],
  },
  outputs: {
    lossAtStop: ['Loss at the fill, fees included', (r) => r.lossAtStop, { ...USDT, nullText: 'No stop set' }],
  },
});

interface BybitComparison {
  bybit: ReturnType<typeof bybitLinearLiquidationPrice>;
  binance: PerpetualRisk;
}

/**
 * Bybit's published USDT-contract example: long 1 BTC at 20,000 USDT, 50×, MMR 0.5 % → liquidation
 * price 19,700 (Bybit). The Binance isolated formula on the same inputs, for comparison.
 */
export const bybitExample = defineExample({
  id: 'bybit-linear-liquidation',
  title: 'Bybit’s published example: long 1 BTC at 20,000 USDT, 50×',
  fn: 'bybitLinearLiquidationPrice',
  input: { side: 'long', size: 1, entry: 20000, leverage: 50, mmr: 0.005 } satisfies Parameters<
    typeof bybitLinearLiquidationPrice
  >[0],
  compute: (input): BybitComparison => ({
    bybit: bybitLinearLiquidationPrice(input),
    binance: perpetualPositionRisk({
      side: input.side,
      size: input.size,
      entry: input.entry,
      leverage: input.leverage,
      mmr: input.mmr,
    }),
  }),
  inputs: {
    side: ['Side', (i) => sideWords(i.side)],
    size: ['Size Q', (i) => i.size, { digits: 0, unit: 'BTC' }],
    entry: ['Entry price', (i) => i.entry, USDT],
    leverage: ['Leverage', (i) => i.leverage, { digits: 0, unit: '×' }],
    mmr: ['Maintenance margin rate MMR (of notional)', (i) => i.mmr, { percent: true, digits: 2 }],
  },
  outputs: {
    initialMargin: ['Initial margin', (r) => r.binance.initialMargin, USDT],
    bybit: ['Liquidation price, Bybit linear formula', (r) => r.bybit, { ...USDT, nullText: 'No liquidation' }],
    binance: ['Liquidation price, Binance isolated formula', (r) => r.binance.liquidationPrice, { ...USDT, nullText: 'No liquidation' }],
    bankruptcyPrice: ['Bankruptcy price', (r) => r.binance.bankruptcyPrice, { ...USDT, nullText: 'None (at or below 0)' }],
  },
});

type StrategyInput = Parameters<typeof optionStrategy>[0];
type StrategyResult = ReturnType<typeof optionStrategy>;

function strategyExample(id: string, title: string, presetId: string) {
  const legs = strategyPreset(presetId).legs;
  return defineExample({
    id,
    title,
    fn: 'optionStrategy',
    input: { legs } satisfies StrategyInput,
    compute: optionStrategy,
    inputs: Object.fromEntries(
      legs.map((leg, index) => [`leg${index + 1}`, [`Leg ${index + 1}`, () => legWords(leg)] as const]),
    ),
    outputs: {
      maxLoss: ['Maximum loss', (r: StrategyResult) => r.maxLoss],
      maxProfit: ['Maximum profit', (r: StrategyResult) => r.maxProfit],
      breakevens: ['Breakeven prices at expiry', (r: StrategyResult) => breakevenWords(r.breakevens)],
    },
  });
}

/** Hull, OFOD Example 12.2: bull call spread, buy the 30 call at 3, sell the 35 call at 1 → max loss 2, max profit 3, breakeven 32. */
export const bullCallExample = strategyExample('hull-12-2-bull-call', 'Hull’s bull call spread (Example 12.2)', 'bull-call-spread');

/** Hull's butterfly (reference 2.4): +1 × 55 call at 10, −2 × 60 calls at 7, +1 × 65 call at 5 → max loss 1, max profit 4, breakevens 56 and 64. */
export const butterflyExample = strategyExample('hull-butterfly', 'Hull’s butterfly spread with calls', 'butterfly');

// The venue comparison of the leverage page, shown here too (the interactive one is on the maintenance
// margin page); re-exported so that glossary.json lists it under this term as well.
export { venueComparisonExample } from './leverage-multiplier-calculation.ts';
