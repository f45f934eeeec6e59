import { blackScholes, type BlackScholesInput } from '../risk/index.ts';
import { defineExample } from './define.ts';

/** Time to expiry is entered in days or hours on the page; the library takes years (ACT/365). */
export const DAYS_PER_YEAR = 365;
export const HOURS_PER_YEAR = 24 * DAYS_PER_YEAR;

/**
 * Hull's Black–Scholes example (OFOD Example 15.6): S = 42, K = 40, r = 10 %, σ = 20 %, T = 0.5.
 * Published: c = 4.76, p = 0.81.
 */
export const hullExample = defineExample({
  id: 'hull-15-6',
  title: 'Hull’s six-month call (Example 15.6)',
  fn: 'blackScholes',
  input: { spot: 42, strike: 40, years: 0.5, vol: 0.2, rate: 0.1, type: 'call' } satisfies BlackScholesInput,
  compute: blackScholes,
  inputs: {
    spot: ['Spot S', (i) => i.spot, { digits: 2 }],
    strike: ['Strike K', (i) => i.strike, { digits: 2 }],
    years: ['Time to expiry T', (i) => i.years * DAYS_PER_YEAR, { digits: 1, unit: 'days' }],
    vol: ['Volatility σ', (i) => i.vol, { percent: true, digits: 0 }],
    rate: ['Risk-free rate r', (i) => i.rate ?? 0, { percent: true, digits: 0 }],
  },
  outputs: {
    price: ['Call price', (r) => r.price, { digits: 4 }],
    delta: ['Delta', (r) => r.delta, { digits: 4 }],
    gamma: ['Gamma', (r) => r.gamma, { digits: 4 }],
    thetaPerDay: ['Theta per calendar day', (r) => r.theta / DAYS_PER_YEAR, { digits: 4 }],
    probItm: ['Probability of finishing in the money', (r) => r.probItm, { percent: true, digits: 1 }],
  },
});
