import {
  bybitLinearLiquidationPrice,
  DAYS_PER_YEAR,
  priceTouchProbability,
  venueLiquidationPrices,
  type VenueLiquidationPricesInput,
} from '../risk/index.ts';
import { binanceBtcusdt2021 } from '../data/venues/binance-btcusdt-2021.ts';
import { LEVERAGE_EXAMPLE_INPUT, leverageRisk } from '../data/leverage.ts';
import { bybitUsdtPerpetualConvention } from '../data/venues/bybit-usdt-perpetual.ts';
import { VENUE_EXAMPLE_POSITION, VENUE_PARAMETERS } from '../data/venues/comparison.ts';
import { formatNumber } from '../lib/format.ts';
import { defineExample } from './define.ts';

const USDT = { digits: 2, unit: 'USDT' } as const;
const PERCENT = { percent: true, digits: 2 } as const;
const TIMES = { digits: 2, unit: '×' } as const;

/** Reference 27.3 (SELF): 10× at entry, 12.25× after a 2 % fall; Binance LP 45,180.7229 (reference 14.7). */
export const leverageExample = /* @__PURE__ */ defineExample({
  id: 'btc-long-10x-after-fall',
  title: 'Long 1 BTC at 50,000 USDT on 5,000 USDT of margin, marked at 49,000',
  fn: 'positionLeverage, liquidationPrice, priceTouchProbability',
  input: LEVERAGE_EXAMPLE_INPUT,
  compute: leverageRisk,
  inputs: {
    side: ['Side', (i) => (i.side === 'long' ? 'Long' : 'Short')],
    size: ['Size Q', (i) => i.size, { digits: 0, unit: 'BTC' }],
    entry: ['Entry price', (i) => i.entry, USDT],
    margin: ['Isolated margin M', (i) => i.margin, USDT],
    markPrice: ['Mark price now', (i) => i.markPrice, USDT],
    mmr: ['Maintenance margin rate (of notional)', (i) => i.mmr, PERCENT],
    vol: ['Volatility σ (per year)', (i) => i.vol, { percent: true, digits: 0 }],
    days: ['Horizon', (i) => i.days, { digits: 0, unit: 'days' }],
    drift: ['Drift μ of the price (per year)', (i) => i.drift, { percent: true, digits: 0 }],
  },
  outputs: {
    leverage: ['Nominal leverage at entry', (r) => r.leverage, TIMES],
    unrealisedPnl: ['Unrealised P&L', (r) => r.unrealisedPnl, USDT],
    equity: ['Equity (margin + P&L)', (r) => r.equity, USDT],
    effectiveLeverage: ['Effective leverage now', (r) => r.effectiveLeverage, { ...TIMES, nullText: 'None (margin used up)' }],
    liquidationPrice: ['Liquidation price (Binance, isolated)', (r) => r.liquidationPrice, { ...USDT, nullText: 'No liquidation' }],
    distance: ['Distance from the mark price to liquidation', (r) => r.touch?.distance ?? null, PERCENT],
    driftless: ['Probability of touching it within the horizon, driftless log-price', (r) => r.touch?.driftlessProbability ?? null, { percent: true, digits: 1 }],
    withDrift: ['The same with the price drift μ (log drift μ − σ²/2)', (r) => r.touch?.probability ?? null, { percent: true, digits: 1 }],
  },
});

/** Leverages of the ladder: Bybit's own example is 50× (reference 27.1: 19,700, 1.5 % below entry). */
const LADDER = [10, 20, 50, 100] as const;

/**
 * Distance to liquidation at entry under Bybit's linear formula (≈ 1/L − MMR) and the chance of a
 * touch within one day at 60 % a year, for 1 BTC at 20,000 USDT with MMR 0.5 %.
 */
export const leverageLadderExample = /* @__PURE__ */ defineExample({
  id: 'leverage-ladder',
  title: 'Distance to liquidation and a one-day touch, 10× to 100× (BTC at 20,000 USDT, MMR 0.5 %)',
  fn: 'bybitLinearLiquidationPrice, priceTouchProbability',
  input: { side: 'long', size: 1, entry: 20_000, mmr: bybitUsdtPerpetualConvention.mmr, vol: 0.6, days: 1, leverages: LADDER } as const,
  compute: ({ leverages, vol, days, ...position }) =>
    leverages.map((leverage) => {
      const barrier = bybitLinearLiquidationPrice({ ...position, leverage })!;
      return { leverage, barrier, ...priceTouchProbability({ spot: position.entry, barrier, direction: 'down', vol, years: days / DAYS_PER_YEAR }) };
    }),
  inputs: {
    position: ['Position', (i) => `Long ${formatNumber(i.size, { digits: 0 })} BTC at ${formatNumber(i.entry, USDT)}`],
    mmr: ['Maintenance margin rate (Bybit)', (i) => i.mmr, PERCENT],
    vol: ['Volatility σ (per year)', (i) => i.vol, { percent: true, digits: 0 }],
    days: ['Horizon', (i) => i.days, { digits: 0, unit: 'day' }],
  },
  outputs: /* @__PURE__ */ Object.fromEntries(
    LADDER.flatMap((leverage, k) => [
      [`lp${leverage}`, [`${leverage}×: liquidation price`, (r: { barrier: number }[]) => r[k]?.barrier ?? null, USDT]],
      [`d${leverage}`, [`${leverage}×: distance below entry`, (r: { distance: number }[]) => r[k]?.distance ?? null, PERCENT]],
      [`p${leverage}`, [`${leverage}×: touched within a day`, (r: { driftlessProbability: number }[]) => r[k]?.driftlessProbability ?? null, { percent: true, digits: 1 }]],
    ]),
  ),
});

/** The same position under Binance, Bybit and Kraken (SELF: 40,160.64 / 40,250 / 44,000). */
export const venueComparisonExample = /* @__PURE__ */ defineExample({
  id: 'same-position-three-venues',
  title: 'One position, three venues: long 1 BTC at 50,000 USDT with 5× leverage',
  fn: 'venueLiquidationPrices',
  input: { ...VENUE_EXAMPLE_POSITION, ...VENUE_PARAMETERS } satisfies VenueLiquidationPricesInput,
  compute: venueLiquidationPrices,
  inputs: {
    position: ['Position', (i) => `Long ${formatNumber(i.size, { digits: 0 })} BTC at ${formatNumber(i.entry, USDT)}`],
    leverage: ['Leverage', (i) => i.leverage, { digits: 0, unit: '×' }],
    binance: ['Binance brackets', () => `${binanceBtcusdt2021.symbol}, effective ${binanceBtcusdt2021.effectiveDate}`],
    bybit: ['Bybit maintenance margin rate', (i) => i.bybitMmr, PERCENT],
    kraken: ['Kraken liquidation margin level', (i) => i.krakenLiquidationLevel, { percent: true, digits: 0 }],
  },
  outputs: {
    margin: ['Margin (collateral) on each venue', (r) => r.margin, USDT],
    binance: ['Binance USDⓈ-M liquidation price', (r) => r.binance, { ...USDT, nullText: 'No liquidation' }],
    bybit: ['Bybit USDT perpetual liquidation price', (r) => r.bybit, { ...USDT, nullText: 'No liquidation' }],
    kraken: ['Kraken margin liquidation price', (r) => r.kraken, { ...USDT, nullText: 'No liquidation' }],
  },
});
