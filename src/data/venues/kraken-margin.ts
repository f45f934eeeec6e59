import type { VenueConvention } from './convention.ts';

/** Kraken's margin-level thresholds. */
export interface KrakenMarginConvention extends VenueConvention {
  /** Margin level (equity / used margin) at which Kraken may call or close positions, decimal. */
  marginCallLevel: number;
  /** Margin level at which Kraken liquidates automatically, decimal. */
  liquidationLevel: number;
}

/**
 * Kraken margin trading (spot positions on margin): margin level = equity / used margin; a margin
 * call at about 80 % and automatic liquidation at about 40 %. Kraken says both thresholds vary with
 * market volatility, so these are its stated approximate values, not fixed rules. The help page
 * carries no effective date. Kraken's derivatives (Kraken Futures) use other rules.
 */
export const krakenMarginConvention: KrakenMarginConvention = {
  id: 'kraken',
  venue: 'Kraken margin (spot on margin)',
  formula: 'Margin level = equity ÷ used margin; automatic liquidation at about 40 %',
  source: {
    title: 'Kraken, “Margin call level and margin liquidation level”',
    url: 'https://support.kraken.com/hc/en-us/articles/203325763-Margin-call-level-and-margin-liquidation-level',
  },
  effectiveDate: null,
  asOf: '2026-11-24',
  marginCallLevel: 0.8,
  liquidationLevel: 0.4,
};
