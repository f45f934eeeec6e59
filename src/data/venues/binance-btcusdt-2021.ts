import type { MarginBracket as Bracket } from '../../risk/index.ts';
import type { VenueConvention } from './convention.ts';

/** An exchange's maintenance-margin bracket table for one contract, stored as data with its source. */
export interface VenueBracketTable {
  /** Exchange and product line, e.g. "Binance USDⓈ-M Futures". */
  venue: string;
  /** Contract symbol as the exchange writes it. */
  symbol: string;
  /** The document the table was read from. */
  source: { title: string; url: string };
  /** The date (UTC, ISO 8601) from which the table applied. Exchanges change these tables. */
  effectiveDate: string;
  /** The date (ISO 8601) on which the table was read from the source. */
  asOf: string;
  /**
   * Ascending brackets: `floor` is the notional (USDT) above which the tier applies (the first is 0),
   * `mmr` the maintenance margin rate of that tier as a decimal fraction of notional.
   */
  brackets: Bracket[];
  /** Maximum leverage of each tier, in the same order as `brackets` (part of the published table). */
  maxLeverage: number[];
  /** Largest position notional (USDT) the table allows: the ceiling of the last tier. */
  notionalCap: number;
}

/**
 * Binance USDⓈ-M BTCUSDT perpetual ("BTCUSDT 125x"), leverage and margin tiers as published in
 * the announcement of 2021-03-18, effective 2021-03-18 09:00 UTC. A tier covers notionals in
 * (floor, next floor]; e.g. "250,000 < Position ≤ 1,000,000: 50x, maintenance margin 1.00 %".
 *
 * The maintenance amounts ("cum") are not stored: the risk library derives them from floors and
 * rates (cum_n = cum_{n−1} + floor_n · (mmr_n − mmr_{n−1})), which reproduces Binance's own
 * published figure of 1,300 USDT for the 250,000 floor.
 *
 * Later tables differ (the announcement of 2021-06-22 moved the 20x tier's ceiling from
 * 10,000,000 to 5,000,000 USDT), so this table is a dated example, not the current one.
 */
export const binanceBtcusdt2021: VenueBracketTable = {
  venue: 'Binance USDⓈ-M Futures',
  symbol: 'BTCUSDT',
  source: {
    title: 'Updates to Leverage and Margin Tiers of Binance Futures Contracts (2021-03-18)',
    url: 'https://www.binance.com/en/support/announcement/86cf9aa472574b8cb2e05bb751c2a9a6',
  },
  effectiveDate: '2021-03-18',
  asOf: '2026-11-24',
  brackets: [
    { floor: 0, mmr: 0.004 },
    { floor: 50_000, mmr: 0.005 },
    { floor: 250_000, mmr: 0.01 },
    { floor: 1_000_000, mmr: 0.025 },
    { floor: 10_000_000, mmr: 0.05 },
    { floor: 20_000_000, mmr: 0.1 },
    { floor: 50_000_000, mmr: 0.125 },
    { floor: 100_000_000, mmr: 0.15 },
    { floor: 200_000_000, mmr: 0.25 },
    { floor: 300_000_000, mmr: 0.5 },
  ],
  maxLeverage: [125, 100, 50, 20, 10, 5, 4, 3, 2, 1],
  notionalCap: 500_000_000,
};

/**
 * Binance USDⓈ-M isolated margin as a venue convention: liquidation when the margin balance equals the
 * maintenance margin measured at the liquidation price, with the bracket of the notional there
 * (FAQ "How to Calculate Liquidation Price of USDⓈ-M Futures Contracts"; the formula is published
 * without a date), on the BTCUSDT brackets above, effective 2021-03-18.
 */
export const binanceUsdmConvention: VenueConvention = {
  id: 'binance',
  venue: 'Binance USDⓈ-M Futures',
  formula: 'Isolated margin; maintenance margin measured at the liquidation price, BTCUSDT brackets',
  source: {
    title: 'Binance, “How to Calculate Liquidation Price of USDⓈ-M Futures Contracts”',
    url: 'https://www.binance.com/en/support/faq/b3c689c1f50a44cabb3a84e663b81d93',
  },
  effectiveDate: binanceBtcusdt2021.effectiveDate,
  asOf: binanceBtcusdt2021.asOf,
};
