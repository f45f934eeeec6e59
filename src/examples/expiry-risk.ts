import { blackScholes, DAYS_PER_YEAR, HOURS_PER_YEAR, type BlackScholesInput } from '../risk/index.ts';
import { defineExample } from './define.ts';

/** Hull's call: S 42, K 40, six months, σ 20 %, r 10 % (the calculator's defaults). */
export const HULL_CALL_INPUT = { spot: 42, strike: 40, years: 0.5, vol: 0.2, rate: 0.1, type: 'call' } satisfies BlackScholesInput;

/**
 * Hull's Black–Scholes example (OFOD Example 15.6): S = 42, K = 40, r = 10 %, σ = 20 %, T = 0.5.
 * Published: c = 4.76, p = 0.81.
 */
export const hullExample = defineExample({
  id: 'hull-15-6',
  title: 'Hull’s six-month call (Example 15.6)',
  fn: 'blackScholes',
  input: HULL_CALL_INPUT,
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

/** The at-the-money crypto option of reference vector 21.3 (S = K = 100, σ = 80 %, r = 0) at four times to expiry. */
const ATM_TIMES = [
  { id: 'atm-30d', title: '30 days', hours: 30 * 24 },
  { id: 'atm-7d', title: '7 days', hours: 7 * 24 },
  { id: 'atm-1d', title: '1 day', hours: 24 },
  { id: 'atm-1h', title: '1 hour', hours: 1 },
] as const;

/**
 * Reference vector 21.3, one worked example per time to expiry. Expected call prices 9.129841, 4.417541,
 * 1.670405, 0.340994; gamma 0.017280, 0.035954, 0.095251, 0.466733; theta per year −55.2968, −115.0539,
 * −304.8044, −1493.5444; N(d2) 0.454351, 0.477912, 0.491648, 0.498295.
 */
export const atmExamples = /* @__PURE__ */ ATM_TIMES.map(({ id, title, hours }) =>
  defineExample({
    id,
    title: `At-the-money call, ${title} to expiry`,
    fn: 'blackScholes',
    input: { spot: 100, strike: 100, years: hours / HOURS_PER_YEAR, vol: 0.8, rate: 0, type: 'call' } satisfies BlackScholesInput,
    compute: blackScholes,
    inputs: {
      time: ['Time to expiry', () => title],
    },
    outputs: {
      price: ['Call price', (r) => r.price, { digits: 4 }],
      gamma: ['Gamma', (r) => r.gamma, { digits: 6 }],
      thetaPerYear: ['Theta per year', (r) => r.theta, { digits: 2 }],
      thetaPerDay: ['Theta per calendar day', (r) => r.theta / DAYS_PER_YEAR, { digits: 4 }],
      probItm: ['N(d₂), probability of finishing in the money', (r) => r.probItm, { percent: true, digits: 2 }],
    },
  }),
);

/**
 * The 30-day and 1-hour rows, for figures quoted in prose. Written as (pure) calls, not index reads, so
 * that a bundle which takes only HULL_CALL_INPUT from this module (the calculator) can drop them.
 */
export const atm30d = /* @__PURE__ */ atmExamples.at(0)!;
export const atm1h = /* @__PURE__ */ atmExamples.at(-1)!;
