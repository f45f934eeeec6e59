import type { Side } from '../../risk/index.ts';
import { binanceBtcusdt2021, binanceUsdmConvention } from './binance-btcusdt-2021.ts';
import { bybitUsdtPerpetualConvention } from './bybit-usdt-perpetual.ts';
import { krakenMarginConvention } from './kraken-margin.ts';

/** The venues of the side-by-side comparison, in display order. */
export const COMPARED_VENUES = [binanceUsdmConvention, bybitUsdtPerpetualConvention, krakenMarginConvention] as const;

/** Each venue's parameters as `venueLiquidationPrices` takes them, from the venues' data files. */
export const VENUE_PARAMETERS = {
  binanceBrackets: binanceBtcusdt2021.brackets,
  bybitMmr: bybitUsdtPerpetualConvention.mmr,
  krakenLiquidationLevel: krakenMarginConvention.liquidationLevel,
} as const;

/**
 * The comparison's default position, shown as a worked example on the leverage page: long 1 BTC at
 * 50,000 USDT with 5× leverage (10,000 USDT of margin), within the first tier on every venue and
 * within Kraken's 5:1 limit for BTC/USD.
 */
export const VENUE_EXAMPLE_POSITION: { side: Side; size: number; entry: number; leverage: number } = {
  side: 'long',
  size: 1,
  entry: 50_000,
  leverage: 5,
};
