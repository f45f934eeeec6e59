import {
  binanceMarginRatioPrice,
  krakenFuturesInverseLiquidation,
  krakenMarginLevel,
  type KrakenFuturesInverseInput,
  type KrakenMarginLevelInput,
  type Side,
} from '../risk/index.ts';
import { MARGIN_CALL_EXAMPLE_INPUT, marginCallThresholds } from '../data/margin-call.ts';
import { formatNumber } from '../lib/format.ts';
import { defineExample } from './define.ts';

const USD = { digits: 2, unit: 'USD' } as const;
const PERCENT = { percent: true, digits: 2 } as const;
const LEVEL = { percent: true, digits: 0 } as const;
const sideWords = (side: Side) => (side === 'long' ? 'Long' : 'Short');

/** Reference 14.1 (Kraken, PUBLISHED): used margin 4,000, level 250 % at entry, margin call at 13,200; liquidation level 40 % at 11,600 (14.2). */
export const thresholdsExample = /* @__PURE__ */ defineExample({
  id: 'kraken-binance-thresholds',
  title: 'Long 1 BTC at 20,000 USD with 10,000 USD of collateral: Kraken’s levels and Binance’s ratio',
  fn: 'krakenMarginLevel, krakenMarginLevelPrice, binanceMarginRatio, binanceMarginRatioPrice',
  input: MARGIN_CALL_EXAMPLE_INPUT,
  compute: marginCallThresholds,
  inputs: {
    side: ['Side', (i) => sideWords(i.side)],
    size: ['Size Q', (i) => i.size, { digits: 0, unit: 'BTC' }],
    entry: ['Entry price', (i) => i.entry, USD],
    collateral: ['Collateral (Kraken trade balance, Binance wallet balance)', (i) => i.collateral, USD],
    leverage: ['Kraken leverage', (i) => i.leverage, { digits: 0, unit: '×' }],
    levels: ['Kraken margin-call / liquidation level', (i) => `${formatNumber(i.callLevel, LEVEL)} / ${formatNumber(i.liquidationLevel, LEVEL)}`],
    mmr: ['Binance maintenance margin rate (of notional)', (i) => i.mmr, PERCENT],
    warning: ['Binance warning at margin ratio', (i) => i.warningRatio, { percent: true, digits: 0 }],
  },
  outputs: {
    usedMargin: ['Kraken used margin', (r) => r.krakenNow.usedMargin, USD],
    levelNow: ['Kraken margin level at entry', (r) => r.krakenNow.marginLevel, { percent: true, digits: 0 }],
    callPrice: ['Kraken margin-call price (level 80 %)', (r) => r.krakenCallPrice, { ...USD, nullText: 'Never reached' }],
    krakenLiquidation: ['Kraken liquidation price (level 40 %)', (r) => r.krakenLiquidationPrice, { ...USD, nullText: 'Never reached' }],
    ratioNow: ['Binance margin ratio at entry', (r) => r.binanceNow.marginRatio, PERCENT],
    warningPrice: ['Binance warning price (ratio 80 %)', (r) => r.binanceWarningPrice, { ...USD, nullText: 'Never reached' }],
    binanceLiquidation: ['Binance liquidation price (ratio 100 %)', (r) => r.binanceLiquidationPrice, { ...USD, nullText: 'Never reached' }],
  },
});

/** Reference 14.4 (Kraken "Margin trading examples", PUBLISHED): at 65,200 equity 1,960, used margin 2,608, level 75 %. */
export const krakenShortExample = /* @__PURE__ */ defineExample({
  id: 'kraken-short-margin-level',
  title: 'Kraken’s short: 0.2 BTC sold at 50,000 USD with 5× on a 5,000 USD account, price now 65,200',
  fn: 'krakenMarginLevel',
  input: { side: 'short', size: 0.2, entry: 50_000, markPrice: 65_200, tradeBalance: 5_000, leverage: 5 } satisfies KrakenMarginLevelInput,
  compute: krakenMarginLevel,
  inputs: {
    side: ['Side', (i) => sideWords(i.side)],
    size: ['Size Q', (i) => i.size, { digits: 1, unit: 'BTC' }],
    entry: ['Entry price', (i) => i.entry, USD],
    markPrice: ['Price now', (i) => i.markPrice, USD],
    tradeBalance: ['Trade balance', (i) => i.tradeBalance, USD],
    leverage: ['Leverage', (i) => i.leverage, { digits: 0, unit: '×' }],
  },
  outputs: {
    unrealisedPnl: ['Unrealised P/L', (r) => r.unrealisedPnl, USD],
    equity: ['Equity', (r) => r.equity, USD],
    usedMargin: ['Used margin (0.04 BTC at the price now)', (r) => r.usedMargin, USD],
    marginLevel: ['Margin level', (r) => r.marginLevel, PERCENT],
  },
});

/** Binance warnings before liquidation (reference 14.7, SELF): 45,362.9032 / 45,226.1307 / 45,180.7229. */
export const binanceWarningExample = /* @__PURE__ */ defineExample({
  id: 'binance-margin-ratio-warnings',
  title: 'Binance margin-ratio warnings: long 1 BTC at 50,000 USDT with 5,000 USDT isolated',
  fn: 'binanceMarginRatioPrice',
  input: { side: 'long', size: 1, entry: 50_000, walletBalance: 5_000, mmr: 0.004, ratios: [0.5, 0.8, 1] } as const,
  compute: ({ ratios, ...position }) => ratios.map((marginRatio) => binanceMarginRatioPrice({ ...position, marginRatio })),
  inputs: {
    size: ['Size Q', (i) => i.size, { digits: 0, unit: 'BTC' }],
    entry: ['Entry price', (i) => i.entry, { digits: 2, unit: 'USDT' }],
    walletBalance: ['Isolated wallet balance', (i) => i.walletBalance, { digits: 2, unit: 'USDT' }],
    mmr: ['Maintenance margin rate (of notional)', (i) => i.mmr, PERCENT],
  },
  outputs: {
    half: ['Mark price at margin ratio 50 %', (r) => r[0] ?? null, { digits: 2, unit: 'USDT' }],
    warning: ['Mark price at margin ratio 80 %', (r) => r[1] ?? null, { digits: 2, unit: 'USDT' }],
    liquidation: ['Liquidation (margin ratio 100 %)', (r) => r[2] ?? null, { digits: 2, unit: 'USDT' }],
  },
});

/** Reference 14.5 (Kraken Futures "Equity Protection Process", PUBLISHED): liquidation 7,481.48, bankruptcy 7,407.41. */
export const krakenFuturesExample = /* @__PURE__ */ defineExample({
  id: 'kraken-futures-inverse',
  title: 'Kraken Futures inverse contract: long 1,000 contracts at 8,000 USD with 0.01 BTC of margin',
  fn: 'krakenFuturesInverseLiquidation',
  input: { side: 'long', contracts: 1_000, entry: 8_000, margin: 0.01, mmr: 0.01 } satisfies KrakenFuturesInverseInput,
  compute: krakenFuturesInverseLiquidation,
  inputs: {
    contracts: ['Contracts (1 USD each)', (i) => i.contracts, { digits: 0 }],
    entry: ['Entry price', (i) => i.entry, USD],
    margin: ['Margin', (i) => i.margin, { digits: 2, unit: 'BTC' }],
    mmr: ['Maintenance margin (of position value)', (i) => i.mmr, { percent: true, digits: 0 }],
  },
  outputs: {
    liquidationPrice: ['Liquidation price', (r) => r.liquidationPrice, { ...USD, nullText: 'None' }],
    bankruptcyPrice: ['Bankruptcy price', (r) => r.bankruptcyPrice, { ...USD, nullText: 'None' }],
  },
});

// The venue comparison of the leverage page, shown here too (the interactive one is on the maintenance
// margin page); re-exported so that glossary.json lists it under this term as well.
export { venueComparisonExample } from './leverage-multiplier-calculation.ts';
