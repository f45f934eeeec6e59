/**
 * Optimal execution of a large order: the Almgren–Chriss (2000) discrete
 * trading schedule under linear market impact.
 */
import { compensatedSum } from './numeric.ts';
import { RiskInputError } from './errors.ts';
import {
  optional,
  requireFiniteResult,
  requireInteger,
  requireNonNegative,
  requireObject,
  requirePositive,
} from './validate.ts';

/** Input of {@link almgrenChriss}. Time is in one unit throughout (e.g. days). */
export interface AlmgrenChrissInput {
  /** Shares (or units) X to sell, > 0. */
  shares: number;
  /** Number of trading intervals N, integer from 1 to 1,000,000. */
  periods: number;
  /** Liquidation horizon T, time units, > 0; interval length τ = T/N. */
  horizon: number;
  /** Price volatility σ, currency per share per √time-unit, ≥ 0. */
  vol: number;
  /** Temporary impact η, currency per share per (share per time-unit), > 0; η̃ = η − γτ/2 must stay > 0. */
  eta: number;
  /** Permanent impact γ, currency per share per share, ≥ 0. */
  gamma: number;
  /** Fixed cost ε per share traded (half spread plus fees), currency per share, ≥ 0. Default 0. */
  epsilon?: number | undefined;
  /** Risk aversion λ, per unit of currency, ≥ 0; 0 gives the straight-line schedule. */
  riskAversion: number;
}

/** Result of {@link almgrenChriss}. */
export interface AlmgrenChrissResult {
  /** x₀…x_N: shares still held at t_k = kτ; x₀ = shares, x_N = 0, non-increasing. Length N + 1. */
  holdings: number[];
  /** n₁…n_N: shares sold in each interval, n_k = x_{k−1} − x_k ≥ 0. Length N. */
  trades: number[];
  /** E[x]: expected implementation shortfall, currency. */
  expectedCost: number;
  /** V[x]: variance of the implementation shortfall, currency². */
  variance: number;
  /** κ, per time unit: urgency of the schedule (1/κ is the "half-life"); 0 for the straight line. */
  kappa: number;
}

/**
 * Largest number of periods: the schedule is returned as arrays of N + 1 numbers, and a
 * million already takes about a quarter of a second; far larger N cannot even be allocated.
 */
const MAX_PERIODS = 1_000_000;

/** sinh(a)/sinh(b) for 0 ≤ a ≤ b, b > 0, without overflow for large b. */
function sinhRatio(a: number, b: number): number {
  // sinh a / sinh b = e^(a−b)·(1 − e^(−2a))/(1 − e^(−2b)); expm1 keeps small a, b accurate.
  return (Math.exp(a - b) * Math.expm1(-2 * a)) / Math.expm1(-2 * b);
}

/**
 * Almgren–Chriss optimal execution: the trading schedule that minimises
 * E[x] + λ·V[x] for selling X shares in N equal intervals of length τ = T/N,
 * with linear permanent impact γ, linear temporary impact η and fixed cost ε.
 *
 * η̃ = η − γτ/2,  κ̃² = λσ²/η̃,  (2/τ²)(cosh κτ − 1) = κ̃²  (solved exactly as κ = (2/τ)·asinh(κ̃τ/2)),
 * x_k = X·sinh(κ(T − t_k))/sinh(κT),  n_k = x_{k−1} − x_k,
 * E[x] = ½γX² + ε·Σ|n_k| + (η̃/τ)·Σn_k²,  V[x] = σ²·τ·Σ_{k=1..N} x_k².
 * λ = 0 (or σ = 0) gives κ = 0 and the straight line x_k = X(1 − k/N), with
 * E = ½γX² + εX + η̃X²/T and V = ⅓σ²X²T(1 − 1/N)(1 − 1/(2N)).
 * E and V are computed from the explicit sums of the paper's definitions; they
 * equal the paper's closed forms (checked in the tests).
 *
 * @param input.shares - X, shares to sell, > 0.
 * @param input.periods - N, integer from 1 to 1,000,000 (the result holds N + 1 holdings).
 * @param input.horizon - T, time units, > 0.
 * @param input.vol - σ, currency/share/√time-unit, ≥ 0.
 * @param input.eta - η, > 0, with η − γτ/2 > 0.
 * @param input.gamma - γ, ≥ 0.
 * @param input.epsilon - ε, currency/share, ≥ 0 (default 0).
 * @param input.riskAversion - λ, 1/currency, ≥ 0.
 * @returns `{ holdings, trades, expectedCost, variance, kappa }`; see {@link AlmgrenChrissResult}.
 * @throws {RiskInputError} Invalid field (`periods` above 1,000,000 included); `eta` when η − γτ/2 ≤ 0 (the cost is not convex and
 * the model breaks down); overflow of the cost or variance (`shares`, `vol`, `riskAversion`).
 * @see R. Almgren & N. Chriss (2000), "Optimal Execution of Portfolio Transactions", J. Risk 3(2):5–39,
 * https://docslib.org/doc/1384720/optimal-execution-of-portfolio-transactions
 * @example
 * // The paper's Table 1 parameters, λ = 1e-6 per $
 * almgrenChriss({ shares: 1e6, periods: 5, horizon: 5, vol: 0.95, eta: 2.5e-6, gamma: 2.5e-7, epsilon: 0.0625, riskAversion: 1e-6 });
 * // kappa ≈ 0.6071 per day; holdings ≈ [1e6, 541955.55, 289854.22, 147897.49, 62141.80, 0]
 */
export function almgrenChriss(input: AlmgrenChrissInput): AlmgrenChrissResult {
  const o = requireObject('input', input);
  const shares = requirePositive('shares', o['shares']);
  const periods = requireInteger('periods', o['periods'], 1, MAX_PERIODS);
  const horizon = requirePositive('horizon', o['horizon']);
  const vol = requireNonNegative('vol', o['vol']);
  const eta = requirePositive('eta', o['eta']);
  const gamma = requireNonNegative('gamma', o['gamma']);
  const epsilon = optional(o['epsilon'], 0, (v) => requireNonNegative('epsilon', v));
  const riskAversion = requireNonNegative('riskAversion', o['riskAversion']);

  const tau = horizon / periods;
  if (!(tau > 0)) {
    throw new RiskInputError('periods', 'Horizon divided by the number of periods is too small to represent; use fewer periods.');
  }
  const etaTilde = eta - (gamma * tau) / 2;
  if (!(etaTilde > 0)) {
    throw new RiskInputError(
      'eta',
      `Temporary impact (eta) must exceed gamma·τ/2 = ${String((gamma * tau) / 2)} (τ = horizon/periods), so that the adjusted impact η̃ = η − γτ/2 is positive; increase eta, or use more periods.`,
    );
  }
  const volSquared = requireFiniteResult('vol', vol * vol);
  const kappaTildeSquared = requireFiniteResult('riskAversion', (riskAversion * volSquared) / etaTilde);
  // (2/τ²)(cosh κτ − 1) = κ̃²  ⇔  sinh(κτ/2) = κ̃τ/2; asinh avoids the cancellation of acosh(1 + x).
  const kappaTau = 2 * Math.asinh((Math.sqrt(kappaTildeSquared) * tau) / 2);
  const kappa = requireFiniteResult('riskAversion', kappaTau / tau);
  const kappaHorizon = kappaTau * periods;

  const holdings: number[] = new Array<number>(periods + 1);
  holdings[0] = shares;
  holdings[periods] = 0;
  // Below κT ≈ 1e-8 sinh(a)/sinh(b) equals a/b to double precision: use the line.
  const straight = kappaHorizon < 1e-8;
  for (let k = 1; k < periods; k += 1) {
    const remaining = periods - k;
    holdings[k] = straight
      ? (shares * remaining) / periods
      : shares * sinhRatio(kappaTau * remaining, kappaHorizon);
  }
  const trades: number[] = new Array<number>(periods);
  for (let k = 1; k <= periods; k += 1) trades[k - 1] = holdings[k - 1]! - holdings[k]!;

  const sumTrades = compensatedSum(trades.map(Math.abs));
  const sumTradesSquared = requireFiniteResult('shares', compensatedSum(trades.map((n) => n * n)));
  const sumHoldingsSquared = requireFiniteResult(
    'shares',
    compensatedSum(holdings.slice(1).map((x) => x * x)),
  );
  const expectedCost = requireFiniteResult(
    'shares',
    0.5 * gamma * shares * shares + epsilon * sumTrades + (etaTilde / tau) * sumTradesSquared,
  );
  const variance = requireFiniteResult('vol', volSquared * tau * sumHoldingsSquared);
  return { holdings, trades, expectedCost, variance, kappa };
}
