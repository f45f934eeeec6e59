import { almgrenChriss } from '../risk/index.ts';
import { defineExample } from './define.ts';

/** The inputs of the `almgrenChriss` library call, as the page and the calculator use them. */
export interface ExecutionInput {
  /** Shares (or coins) to sell, X. */
  shares: number;
  /** Number of trading intervals N. */
  periods: number;
  /** Horizon T in days. */
  horizon: number;
  /** Price volatility σ in currency per share per √day. */
  vol: number;
  /** Temporary impact η in (currency/share) per (share/day). */
  eta: number;
  /** Permanent impact γ in (currency/share) per share. */
  gamma: number;
  /** Fixed cost ε per share sold (half the bid–ask spread). */
  epsilon: number;
  /** Risk aversion λ per unit of currency. */
  riskAversion: number;
}

/** Almgren–Chriss with the given risk aversion and, for comparison, the straight-line (λ = 0) schedule. */
export function executionSchedules(input: ExecutionInput) {
  return {
    optimal: almgrenChriss(input),
    straight: almgrenChriss({ ...input, riskAversion: 0 }),
  };
}

/** Scientific notation for the tiny impact and risk-aversion parameters ("2.5e-6"). */
export const sci = (value: number) => value.toExponential();

/** Almgren & Chriss's Table 1 parameters (the calculator's defaults). */
export const ALMGREN_CHRISS_INPUT = {
  shares: 1_000_000,
  periods: 5,
  horizon: 5,
  vol: 0.95,
  eta: 2.5e-6,
  gamma: 2.5e-7,
  epsilon: 0.0625,
  riskAversion: 1e-6,
} satisfies ExecutionInput;

/**
 * Almgren & Chriss (2000), Table 1: 1,000,000 shares of a $50 stock sold over 5 days in 5 periods,
 * σ = 0.95 $/share/√day (30 % a year), ε = 1/16 $ (half of a 1/8 spread), γ = 2.5e-7, η = 2.5e-6,
 * with the paper's illustrative risk aversion λ = 1e-6 per $ (section 3.4: κ ≈ 0.6/day, κT ≈ 3).
 */
export const almgrenChrissExample = /* @__PURE__ */ defineExample({
  id: 'almgren-chriss-table-1',
  title: 'Selling 1,000,000 shares over five days (Almgren & Chriss, Table 1)',
  fn: 'almgrenChriss',
  input: ALMGREN_CHRISS_INPUT,
  compute: executionSchedules,
  inputs: {
    shares: ['Shares to sell X', (i) => i.shares, { digits: 0, unit: 'shares' }],
    periods: ['Periods N', (i) => i.periods, { digits: 0 }],
    horizon: ['Horizon T', (i) => i.horizon, { digits: 0, unit: 'days' }],
    vol: ['Volatility σ', (i) => i.vol, { digits: 2, unit: '$/share/√day' }],
    eta: ['Temporary impact η', (i) => sci(i.eta)],
    gamma: ['Permanent impact γ', (i) => sci(i.gamma)],
    epsilon: ['Fixed cost ε', (i) => i.epsilon, { digits: 4, unit: '$/share' }],
    riskAversion: ['Risk aversion λ', (i) => `${sci(i.riskAversion)} per $`],
  },
  outputs: {
    kappa: ['Urgency κ', (r) => r.optimal.kappa, { digits: 4, unit: 'per day' }],
    halfLife: ['Half-life 1/κ', (r) => 1 / r.optimal.kappa, { digits: 2, unit: 'days' }],
    firstTrade: ['Sold in period 1', (r) => r.optimal.trades[0] ?? null, { digits: 0, unit: 'shares' }],
    straightFirstTrade: ['Straight line: sold in period 1', (r) => r.straight.trades[0] ?? null, { digits: 0, unit: 'shares' }],
    expectedCost: ['Expected cost E', (r) => r.optimal.expectedCost, { digits: 0, unit: 'USD' }],
    stdDev: ['Standard deviation √V', (r) => Math.sqrt(r.optimal.variance), { digits: 0, unit: 'USD' }],
    straightCost: ['Straight line: expected cost E', (r) => r.straight.expectedCost, { digits: 0, unit: 'USD' }],
    straightStdDev: ['Straight line: standard deviation √V', (r) => Math.sqrt(r.straight.variance), { digits: 0, unit: 'USD' }],
  },
});
