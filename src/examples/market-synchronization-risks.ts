import {
  correlationStress,
  crossVenueSpread,
  futuresBasis,
  type CorrelationStressInput,
  type CrossVenueSpreadInput,
  type FuturesBasisInput,
} from '../risk/index.ts';
import { formatNumber } from '../lib/format.ts';
import { defineExample } from './define.ts';
import { dailyFromAnnualVol } from './volatility.ts';


const MONEY = { digits: 0, unit: 'USD' } as const;
const position = ({ value, dailyVol }: { value: number; dailyVol: number }) =>
  `${formatNumber(value, MONEY)} at ${formatNumber(dailyVol, { percent: true, digits: 0 })} a day`;

/**
 * Hull's Microsoft/AT&T example at ρ = 0.3 and stressed to ρ = 1. Published: 10-day 99 % VaR
 * 1,622,657 at ρ = 0.3; 1,473,621 + 368,405 = 1,842,026 at ρ = 1 (z = 2.33).
 */
export const hullStressExample = /* @__PURE__ */ defineExample({
  id: 'hull-microsoft-att-rho-1',
  title: 'Hull’s two-stock portfolio when the correlation goes to 1',
  fn: 'correlationStress',
  input: {
    first: { value: 10_000_000, dailyVol: 0.02 },
    second: { value: 5_000_000, dailyVol: 0.01 },
    correlation: 0.3,
    stressCorrelation: 1,
    days: 10,
    confidence: 0.99,
    z: 2.33,
  } satisfies CorrelationStressInput,
  compute: correlationStress,
  inputs: {
    first: ['Microsoft position, daily volatility', (i) => position(i.first)],
    second: ['AT&T position, daily volatility', (i) => position(i.second)],
    correlation: ['Correlation now ρ', (i) => i.correlation, { digits: 1 }],
    stress: ['Stressed correlation', (i) => i.stressCorrelation, { digits: 0 }],
    horizon: ['Horizon, confidence', (i) => `${i.days} days, 99 % (z = ${i.z})`],
  },
  outputs: {
    firstVar: ['Microsoft stand-alone VaR', (r) => r.current.firstVar, MONEY],
    secondVar: ['AT&T stand-alone VaR', (r) => r.current.secondVar, MONEY],
    current: ['VaR at ρ = 0.3', (r) => r.current.var, MONEY],
    stressed: ['VaR at ρ = 1', (r) => r.stressed.var, { digits: 2, unit: 'USD' }],
    increase: ['VaR increase', (r) => r.varIncrease, MONEY],
  },
});

/** The crypto portfolio of the calculator: long BTC and ETH, annualised volatilities, one-day 99 % VaR. */
export const CRYPTO_BOOK = {
  btcValue: 600_000,
  btcVol: 0.6,
  ethValue: 400_000,
  ethVol: 0.8,
  correlation: 0.7,
  stressCorrelation: 1,
  confidence: 0.99,
  days: 1,
} as const;

/** A long BTC and ETH book whose 0.7 correlation goes to 1 in a sell-off. */
export const cryptoStressExample = /* @__PURE__ */ defineExample({
  id: 'btc-eth-rho-1',
  title: 'Long BTC and ETH when the correlation goes to 1',
  fn: 'correlationStress',
  input: {
    first: { value: CRYPTO_BOOK.btcValue, dailyVol: dailyFromAnnualVol(CRYPTO_BOOK.btcVol) },
    second: { value: CRYPTO_BOOK.ethValue, dailyVol: dailyFromAnnualVol(CRYPTO_BOOK.ethVol) },
    correlation: CRYPTO_BOOK.correlation,
    stressCorrelation: CRYPTO_BOOK.stressCorrelation,
    days: CRYPTO_BOOK.days,
    confidence: CRYPTO_BOOK.confidence,
  } satisfies CorrelationStressInput,
  compute: correlationStress,
  inputs: {
    btc: ['BTC position', () => CRYPTO_BOOK.btcValue, MONEY],
    btcVol: ['BTC volatility (annualised)', () => CRYPTO_BOOK.btcVol, { percent: true, digits: 0 }],
    eth: ['ETH position', () => CRYPTO_BOOK.ethValue, MONEY],
    ethVol: ['ETH volatility (annualised)', () => CRYPTO_BOOK.ethVol, { percent: true, digits: 0 }],
    correlation: ['Correlation now ρ', (i) => i.correlation, { digits: 1 }],
    stress: ['Stressed correlation', (i) => i.stressCorrelation, { digits: 0 }],
    horizon: ['Horizon, confidence', () => '1 day, 99 %'],
  },
  outputs: {
    current: ['VaR now', (r) => r.current.var, MONEY],
    stressed: ['VaR at ρ = 1', (r) => r.stressed.var, MONEY],
    increase: ['VaR increase', (r) => r.varIncrease, MONEY],
    increaseRate: ['Increase, share of VaR now', (r) => r.varIncrease / r.current.var, { percent: true, digits: 1 }],
    benefit: ['Diversification benefit now', (r) => r.current.diversificationBenefit, MONEY],
  },
});

/** BTC spot 60,000 against a 90-day future at 61,200 (the calculator's defaults). */
export const BASIS_INPUT = { spot: 60_000, futuresPrice: 61_200, days: 90 } satisfies FuturesBasisInput;

/** Quarterly BTC future against spot (reference vector 24.3). */
export const basisExample = /* @__PURE__ */ defineExample({
  id: 'btc-quarterly-basis',
  title: 'Basis of a 90-day BTC future',
  fn: 'futuresBasis',
  input: BASIS_INPUT,
  compute: futuresBasis,
  inputs: {
    spot: ['Spot (index) S', (i) => i.spot, MONEY],
    futuresPrice: ['Futures price F', (i) => i.futuresPrice, MONEY],
    days: ['Days to expiry τ', (i) => i.days, { digits: 0, unit: 'days' }],
  },
  outputs: {
    basis: ['Basis F − S', (r) => r.basis, MONEY],
    basisRate: ['Basis, share of spot', (r) => r.basisRate, { percent: true, digits: 3 }],
    annualizedSimple: ['Annualised, simple', (r) => r.annualizedSimple, { percent: true, digits: 2 }],
    annualizedLog: ['Annualised, continuous', (r) => r.annualizedLog, { percent: true, digits: 2 }],
  },
});

/** BTC at 60,000 on one venue and 60,150 on another (the calculator's defaults). */
export const SPREAD_INPUT = { priceA: 60_000, priceB: 60_150 } satisfies CrossVenueSpreadInput;

/** BTC on two venues (reference vector 24.4). */
export const spreadExample = /* @__PURE__ */ defineExample({
  id: 'btc-two-venues',
  title: 'BTC on two venues',
  fn: 'crossVenueSpread',
  input: SPREAD_INPUT,
  compute: crossVenueSpread,
  inputs: {
    priceA: ['Venue A price', (i) => i.priceA, MONEY],
    priceB: ['Venue B price', (i) => i.priceB, MONEY],
  },
  outputs: {
    spread: ['Spread B − A', (r) => r.spread, MONEY],
    spreadBps: ['Spread, basis points of the mid', (r) => r.spreadBps, { digits: 2, unit: 'bps' }],
  },
});
