import { ewmaDecay, ewmaVolatility, ewmaVolatilityPath, initialMargin, type EwmaVolatilityPathInput } from '../risk/index.ts';
import { defineExample } from './define.ts';
import { annualFromDailyVol } from './volatility.ts';

/**
 * Thirty daily BTC returns in %, oldest first: three calm weeks, then a 9.2 % fall and a rebound.
 * Illustrative figures, fixed here so the page and the calculator agree.
 */
export const BTC_RETURNS_PERCENT: readonly number[] = [
  0.0, -1.1, -0.2, 0.3, 1.1, 0.5, -1.0, -1.8, -0.5, -1.0, -1.5, -0.1, -0.6, 0.2, 0.8, -0.5, 3.3, -0.4, 1.6, 0.2, 1.6,
  -9.2, -3.0, 1.0, 2.5, 9.4, 1.3, 5.2, 3.1, 3.8,
];

/** Inputs of the vol-scaled margin example (the calculator's defaults). */
export const volScaledInput = {
  lambda: 0.94,
  returns: BTC_RETURNS_PERCENT.map((percent) => percent / 100),
  notional: 1_000_000,
  days: 1,
  confidence: 0.99,
} as const;

/**
 * EWMA (λ = 0.94, seeded with the mean squared return of the month) after the 30 returns, and the margin
 * rate z·σ·√MPOR at 99 % with a 1-day close-out, against the same rate from the seed volatility.
 */
export const volScaledMarginExample = /* @__PURE__ */ defineExample({
  id: 'vol-scaled-margin',
  title: 'EWMA volatility of a month of BTC returns and the margin it sets',
  fn: 'ewmaVolatilityPath, ewmaDecay, initialMargin',
  input: volScaledInput,
  compute: (input) => {
    const path = ewmaVolatilityPath({ lambda: input.lambda, returns: input.returns } satisfies EwmaVolatilityPathInput);
    const seedVol = Math.sqrt(path.initialVariance);
    const calm = ewmaVolatilityPath({ lambda: input.lambda, returns: input.returns.slice(0, 21), initialVariance: path.initialVariance });
    const margin = (dailyVol: number) => initialMargin({ notional: input.notional, dailyVol, days: input.days, confidence: input.confidence });
    return { path, seedVol, calmVol: calm.volatility, decay: ewmaDecay({ lambda: input.lambda }), scaled: margin(path.volatility), flat: margin(seedVol), calm: margin(calm.volatility) };
  },
  inputs: {
    returns: ['Daily BTC returns', (i) => i.returns.length, { digits: 0, unit: 'days' }],
    lambda: ['Decay factor λ', (i) => i.lambda, { digits: 2 }],
    seed: ['Seed σ₀²', () => 'mean of the squared returns'],
    notional: ['Position notional', (i) => i.notional, { digits: 0, unit: 'USDT' }],
    confidence: ['Confidence (one-tailed)', (i) => i.confidence, { percent: true, digits: 0 }],
    days: ['Margin period of risk', (i) => i.days, { digits: 0, unit: 'day' }],
  },
  outputs: {
    seedVol: ['Seed volatility σ₀ (per day)', (r) => r.seedVol, { percent: true, digits: 2 }],
    calmVol: ['EWMA σ after the 21 calm days (per day)', (r) => r.calmVol, { percent: true, digits: 2 }],
    vol: ['EWMA σ after all 30 days (per day)', (r) => r.path.volatility, { percent: true, digits: 2 }],
    annualVol: ['The same, annualised (× √365)', (r) => annualFromDailyVol(r.path.volatility), { percent: true, digits: 1 }],
    halfLife: ['Half-life of the weights', (r) => r.decay.halfLife, { digits: 1, unit: 'days' }],
    calmRate: ['Margin rate after the calm days', (r) => r.calm.rate, { percent: true, digits: 2 }],
    rate: ['Vol-scaled margin rate now', (r) => r.scaled.rate, { percent: true, digits: 2 }],
    margin: ['Vol-scaled margin now', (r) => r.scaled.margin, { digits: 0, unit: 'USDT' }],
    maxLeverage: ['Maximum leverage it allows', (r) => r.scaled.maxLeverage, { digits: 1, unit: '×' }],
    flatRate: ['Margin rate from the seed σ₀ (no scaling)', (r) => r.flat.rate, { percent: true, digits: 2 }],
  },
});

/** Hull, Risk Management and Financial Institutions, Example 5.2: σ 1 %, u 2 %, λ 0.90 → σ² 0.00013, σ 1.14 % (published). */
export const hullEwmaExample = /* @__PURE__ */ defineExample({
  id: 'hull-ewma',
  title: 'Hull’s one-step EWMA update (Example 5.2)',
  fn: 'ewmaVolatility',
  input: { lambda: 0.9, initialVariance: 0.0001, returns: [0.02] },
  compute: ewmaVolatility,
  inputs: {
    lambda: ['Decay factor λ', (i) => i.lambda, { digits: 2 }],
    vol: ['Yesterday’s volatility σₙ₋₁ (per day)', (i) => Math.sqrt(i.initialVariance), { percent: true, digits: 0 }],
    move: ['Yesterday’s return uₙ₋₁', (i) => i.returns[0] ?? null, { percent: true, digits: 0 }],
  },
  outputs: {
    variance: ['New variance σₙ²', (r) => r.variance, { digits: 5 }],
    volatility: ['New volatility σₙ (per day)', (r) => r.volatility, { percent: true, digits: 2 }],
  },
});
