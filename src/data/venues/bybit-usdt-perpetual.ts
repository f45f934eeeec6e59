import type { VenueConvention } from './convention.ts';

/** Bybit's isolated-margin convention for USDT perpetuals, with the maintenance rate it is read at. */
export interface BybitLinearConvention extends VenueConvention {
  /** Maintenance margin rate of the position's risk-limit tier, decimal of the position value at entry. */
  mmr: number;
}

/**
 * Bybit USDT perpetual, isolated margin: LP = entry ∓ (initial margin − maintenance margin)/size,
 * both margins measured at the entry price (help page "Liquidation Price (USDT Contract)", Example 1:
 * long 1 BTC at 20,000 USDT, 50×, MMR 0.5 % → 19,700). 0.5 % is the rate of that example and Bybit's
 * lowest BTC maintenance rate; larger positions fall in higher risk-limit tiers with a higher rate and
 * a maintenance-margin deduction, and Bybit's estimated fee to close is left out. The page carries
 * no effective date.
 */
export const bybitUsdtPerpetualConvention: BybitLinearConvention = {
  id: 'bybit',
  venue: 'Bybit USDT perpetual',
  formula: 'Isolated margin; initial and maintenance margin measured at the entry price, lowest risk-limit tier',
  source: {
    title: 'Bybit, “Liquidation Price (USDT Contract)”',
    url: 'https://testnet.bybit.com/en-US/help-center/s/article/Liquidation-Price-USDT-Contract',
  },
  effectiveDate: null,
  asOf: '2026-11-24',
  mmr: 0.005,
};
