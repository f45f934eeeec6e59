import { binanceBtcusdt2021 as venue } from '../data/venues/binance-btcusdt-2021.ts';
import { initialMargin, leverageTier, marginCoverage, type InitialMarginInput } from '../risk/index.ts';
import { defineExample } from './define.ts';
import { dailyFromAnnualVol } from './volatility.ts';

/** Inputs as the calculator takes them (annual volatility); the library takes daily volatility. */
export interface MarginCalibrationInput {
  notional: number;
  /** Annualised volatility, decimal. */
  annualVol: number;
  /** Margin period of risk, days. */
  days: number;
  confidence: number;
}

export const calibrationInput = { notional: 1_000_000, annualVol: 0.8, days: 1, confidence: 0.99 } as const satisfies MarginCalibrationInput;


/** The stored table's leverage tiers: each bracket's floor with its maximum leverage. */
export const VENUE_TIERS = venue.brackets.map(({ floor }, i) => ({ floor, maxLeverage: venue.maxLeverage[i] ?? 1 }));

/** The venue's tier for a notional on the stored table, or null above the table's notional cap. */
export function venueTier(notional: number) {
  return notional > venue.notionalCap ? null : leverageTier({ notional, tiers: VENUE_TIERS });
}

/** Model margin for the inputs, and what the venue's tier for the same notional covers under the same volatility. */
export function calibrate(input: MarginCalibrationInput) {
  const dailyVol = dailyFromAnnualVol(input.annualVol);
  const model = initialMargin({ notional: input.notional, dailyVol, days: input.days, confidence: input.confidence } satisfies InitialMarginInput);
  const tier = venueTier(input.notional);
  const coverage = tier ? marginCoverage({ maxLeverage: tier.maxLeverage, dailyVol, days: input.days }) : null;
  return { dailyVol, model, tier, coverage };
}

/**
 * BTC at 80 % annual volatility, 1-day margin period of risk, 99 % one-tailed, 1,000,000 USDT notional
 * (reference vector 26.2: IM 97,413.29, IMR 9.741329 %, L_max 10.26554), against the Binance BTCUSDT
 * tier for that notional (2021-03-18 table: up to 1,000,000 USDT, 50×).
 */
export const calibrationExample = /* @__PURE__ */ defineExample({
  id: 'btc-initial-margin',
  title: 'Initial margin for 1,000,000 USDT of BTC, and the exchange tier beside it',
  fn: 'initialMargin, marginCoverage',
  input: calibrationInput,
  compute: calibrate,
  inputs: {
    notional: ['Notional', (i) => i.notional, { digits: 0, unit: 'USDT' }],
    annualVol: ['Volatility (annualised, 365 days)', (i) => i.annualVol, { percent: true, digits: 0 }],
    dailyVol: ['Volatility per day (÷ √365)', (i) => dailyFromAnnualVol(i.annualVol), { percent: true, digits: 2 }],
    days: ['Margin period of risk', (i) => i.days, { digits: 0, unit: 'day' }],
    confidence: ['Confidence (one-tailed)', (i) => i.confidence, { percent: true, digits: 0 }],
  },
  outputs: {
    rate: ['Initial margin rate IMR', (r) => r.model.rate, { percent: true, digits: 2 }],
    margin: ['Initial margin IM', (r) => r.model.margin, { digits: 2, unit: 'USDT' }],
    maxLeverage: ['Maximum leverage 1/IMR', (r) => r.model.maxLeverage, { digits: 2, unit: '×' }],
    venueTier: [`${venue.symbol} tier for this notional`, (r) => r.tier?.tier ?? null, { digits: 0 }],
    venueLeverage: ['Its maximum leverage', (r) => r.tier?.maxLeverage ?? null, { digits: 0, unit: '×' }],
    venueRate: ['Its initial margin rate 1/L', (r) => r.coverage?.marginRate ?? null, { percent: true, digits: 2 }],
    venueZ: ['Standard deviations of a 1-day move it covers', (r) => r.coverage?.z ?? null, { digits: 2 }],
    venueConfidence: ['Probability a 1-day move stays within it', (r) => r.coverage?.confidence ?? null, { percent: true, digits: 1 }],
  },
});

/** The same position under the uncleared-derivatives standard: 99 % over 10 days. */
export const tenDayExample = /* @__PURE__ */ defineExample({
  id: 'btc-initial-margin-10d',
  title: 'The same position at the 10-day uncleared standard',
  fn: 'initialMargin',
  input: { ...calibrationInput, days: 10 } satisfies MarginCalibrationInput,
  compute: calibrate,
  inputs: {
    days: ['Margin period of risk', (i) => i.days, { digits: 0, unit: 'days' }],
  },
  outputs: {
    rate: ['Initial margin rate IMR', (r) => r.model.rate, { percent: true, digits: 2 }],
    margin: ['Initial margin IM', (r) => r.model.margin, { digits: 0, unit: 'USDT' }],
    maxLeverage: ['Maximum leverage', (r) => r.model.maxLeverage, { digits: 2, unit: '×' }],
  },
});
