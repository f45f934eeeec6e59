/**
 * One venue's published rule for when a position is liquidated, stored as data with where it was
 * read and when, so that a venue changing its formula or parameters is one reviewed edit of its
 * file in src/data/venues/ (see the venue comparison on the margin pages).
 */
export interface VenueConvention {
  /** Stable id, also the key of the venue's row in the comparison: 'binance', 'bybit', 'kraken'. */
  id: 'binance' | 'bybit' | 'kraken';
  /** Exchange and product, e.g. "Binance USDⓈ-M Futures". */
  venue: string;
  /** The rule in a few words, e.g. "isolated margin, maintenance margin at the liquidation price". */
  formula: string;
  /** The venue's own page that publishes the formula. */
  source: { title: string; url: string };
  /**
   * Date (ISO 8601, UTC) from which the parameters applied, as the source states it; null when the
   * source gives none (help pages are edited in place without a date or changelog).
   */
  effectiveDate: string | null;
  /** Date (ISO 8601) on which the formula and parameters were last read from the source. */
  asOf: string;
}
