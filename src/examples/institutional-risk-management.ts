import { historicalVar, twoAssetVar, type HistoricalVarInput, type TwoAssetVarInput } from '../risk/index.ts';
import { defineExample } from './define.ts';

/**
 * A crypto desk's book: 6,000,000 USDT of BTC (σ 3 % a day) and 4,000,000 USDT of ETH (σ 4 % a day),
 * correlation 0.8, one-day 99 % VaR. Inputs chosen for illustration; every figure is computed.
 */
export const deskInput = {
  first: { value: 6_000_000, dailyVol: 0.03 },
  second: { value: 4_000_000, dailyVol: 0.04 },
  correlation: 0.8,
  days: 1,
  confidence: 0.99,
} as const satisfies TwoAssetVarInput;

/** Horizon of the second figure quoted in prose (Basel's 10-day horizon). */
export const LONG_HORIZON_DAYS = 10;

export const deskVarExample = /* @__PURE__ */ defineExample({
  id: 'desk-var',
  title: 'One-day 99 % VaR of a BTC and ETH book',
  fn: 'twoAssetVar',
  input: deskInput,
  compute: (input) => ({ ...twoAssetVar(input), longVar: twoAssetVar({ ...input, days: LONG_HORIZON_DAYS }).var }),
  inputs: {
    btc: ['BTC position', (i) => i.first.value, { digits: 0, unit: 'USDT' }],
    btcVol: ['BTC daily volatility', (i) => i.first.dailyVol, { percent: true, digits: 1 }],
    eth: ['ETH position', (i) => i.second.value, { digits: 0, unit: 'USDT' }],
    ethVol: ['ETH daily volatility', (i) => i.second.dailyVol, { percent: true, digits: 1 }],
    correlation: ['Correlation ρ of daily returns', (i) => i.correlation, { digits: 2 }],
    confidence: ['Confidence', (i) => i.confidence, { percent: true, digits: 0 }],
    days: ['Horizon', (i) => i.days, { digits: 0, unit: 'day' }],
  },
  outputs: {
    dailySd: ['Standard deviation of the book’s daily P&L', (r) => r.dailySd, { digits: 0, unit: 'USDT' }],
    firstVar: ['VaR of the BTC position alone', (r) => r.firstVar, { digits: 0, unit: 'USDT' }],
    secondVar: ['VaR of the ETH position alone', (r) => r.secondVar, { digits: 0, unit: 'USDT' }],
    undiversifiedVar: ['Sum of the stand-alone VaRs', (r) => r.undiversifiedVar, { digits: 0, unit: 'USDT' }],
    var: ['VaR of the book', (r) => r.var, { digits: 0, unit: 'USDT' }],
    es: ['Expected shortfall of the book', (r) => r.es, { digits: 0, unit: 'USDT' }],
    benefit: ['Diversification benefit', (r) => r.diversificationBenefit, { digits: 0, unit: 'USDT' }],
    longVar: [`VaR of the book over ${LONG_HORIZON_DAYS} days (√10 scaling)`, (r) => r.longVar, { digits: 0, unit: 'USDT' }],
  },
});

/**
 * Hull's Microsoft/AT&T portfolio (Risk Management and Financial Institutions, VaR chapter):
 * published σ_P = 220,227 a day, 10-day 99 % VaR 1,622,657 with z = 2.33, benefit 219,369.
 */
export const hullPortfolioExample = /* @__PURE__ */ defineExample({
  id: 'hull-msft-att',
  title: 'Hull’s two-stock portfolio (z = 2.33)',
  fn: 'twoAssetVar',
  input: { first: { value: 10_000_000, dailyVol: 0.02 }, second: { value: 5_000_000, dailyVol: 0.01 }, correlation: 0.3, days: 10, z: 2.33 } satisfies TwoAssetVarInput,
  compute: twoAssetVar,
  inputs: {
    first: ['Microsoft position (σ 2 % a day)', (i) => i.first.value, { digits: 0, unit: 'USD' }],
    second: ['AT&T position (σ 1 % a day)', (i) => i.second.value, { digits: 0, unit: 'USD' }],
    correlation: ['Correlation ρ', (i) => i.correlation, { digits: 1 }],
    days: ['Horizon', (i) => i.days, { digits: 0, unit: 'days' }],
    z: ['Quantile z (99 %, rounded)', (i) => i.z, { digits: 2 }],
  },
  outputs: {
    dailySd: ['Standard deviation of the daily P&L', (r) => r.dailySd, { digits: 0, unit: 'USD' }],
    firstVar: ['Microsoft VaR alone', (r) => r.firstVar, { digits: 0, unit: 'USD' }],
    secondVar: ['AT&T VaR alone', (r) => r.secondVar, { digits: 0, unit: 'USD' }],
    var: ['Portfolio VaR', (r) => r.var, { digits: 0, unit: 'USD' }],
  },
});

/**
 * One hundred daily P&Ls of a 10,000,000 USDT BTC book, in USDT, oldest first. Illustrative figures
 * (drawn once from a fat-tailed distribution with a 3 % daily standard deviation, rounded to 1,000),
 * kept fixed here so the page and the calculator agree.
 */
export const BOOK_PNL: readonly number[] = [
  -96000, -57000, 86000, 80000, 147000, 74000, -254000, 62000, -218000, 252000, 116000, 203000, 148000, -80000, 190000,
  -168000, 57000, 101000, -398000, 201000, 93000, -106000, 425000, -51000, -210000, 89000, 109000, 127000, -42000,
  114000, 47000, -15000, 247000, 337000, 140000, -514000, 181000, -40000, 31000, -301000, 283000, -192000, 172000,
  -135000, 218000, 296000, -467000, -165000, -10000, 120000, -839000, 47000, -35000, -168000, 31000, -124000, -201000,
  -327000, 91000, 53000, 158000, -274000, 571000, -42000, -334000, -91000, 146000, 95000, 234000, 30000, -169000,
  140000, -25000, 147000, 20000, 52000, 144000, -183000, -141000, -546000, 332000, 247000, -82000, 374000, -83000,
  56000, 575000, 152000, -82000, -10000, 213000, 149000, -414000, 50000, -349000, 1000, -78000, 53000, -273000, -676000,
];

export const historicalInput = { profitAndLoss: BOOK_PNL, confidence: 0.95, days: 1 } as const satisfies HistoricalVarInput;

export const historicalVarExample = /* @__PURE__ */ defineExample({
  id: 'historical-var',
  title: '95 % historical VaR from 100 days of P&L',
  fn: 'historicalVar',
  input: historicalInput,
  compute: historicalVar,
  inputs: {
    scenarios: ['Daily P&Ls of the book', (i) => i.profitAndLoss.length, { digits: 0, unit: 'days' }],
    confidence: ['Confidence', (i) => i.confidence, { percent: true, digits: 0 }],
    days: ['Horizon', (i) => i.days, { digits: 0, unit: 'day' }],
  },
  outputs: {
    tailCount: ['Days in the tail k = ⌊n(1 − α)⌋', (r) => r.tailCount, { digits: 0 }],
    var: ['VaR: the k-th largest loss', (r) => r.var, { digits: 0, unit: 'USDT' }],
    es: ['Expected shortfall: mean of the k largest losses', (r) => r.es, { digits: 0, unit: 'USDT' }],
    worstLoss: ['Largest loss in the sample', (r) => r.worstLoss, { digits: 0, unit: 'USDT' }],
  },
});
