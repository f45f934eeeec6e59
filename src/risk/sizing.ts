/**
 * Position sizing and capital allocation: the Kelly criterion (discrete bets and continuous assets,
 * full and fractional), inverse-volatility and equal-risk-contribution (risk parity) weights.
 */
import { RiskInputError } from './errors.ts';
import { compensatedSum } from './numeric.ts';
import {
  fail,
  optional,
  requireArray,
  requireFinite,
  requireFiniteResult,
  requireFraction,
  requireInRange,
  requireNonEmptyArray,
  requireObject,
  requirePositive,
} from './validate.ts';

/** Input of {@link kellyFraction}. */
export interface KellyFractionInput {
  /** Probability of a win p, decimal in [0, 1]. */
  winProbability: number;
  /** Net odds b: amount won per unit staked on a win (the stake is lost on a loss), > 0. */
  winLossRatio: number;
}

/**
 * Kelly fraction: the share of capital to stake on a bet with win probability
 * p and net odds b that maximises expected log growth.
 *
 * f* = p − (1 − p)/b.  A negative f* means the bet has negative edge: do not bet.
 * Values above 1 call for leverage.
 *
 * @param input.winProbability - p, decimal in [0, 1].
 * @param input.winLossRatio - b, > 0.
 * @returns f*, in (−∞, 1]: p = 1 gives 1; p = 0 gives −1/b.
 * @throws {RiskInputError} Invalid field, or overflow when b is tiny (`winLossRatio`).
 * @see E. O. Thorp (2006), "The Kelly Criterion in Blackjack, Sports Betting and the Stock Market"
 * (p = 0.51, b = 1 → 0.02), https://docslib.org/doc/12770584/the-kelly-criterion-in-blackjack-sports-betting-and-the-stock-market
 * @example
 * kellyFraction({ winProbability: 0.6, winLossRatio: 1 }); // 0.2
 */
export function kellyFraction(input: KellyFractionInput): number {
  const o = requireObject('input', input);
  const p = requireFraction('winProbability', o['winProbability']);
  const b = requirePositive('winLossRatio', o['winLossRatio']);
  return requireFiniteResult('winLossRatio', p - (1 - p) / b);
}

// ---------------------------------------------------------------------------------------------
// Fractional Kelly: stake and growth rate, discrete bets and continuous (lognormal) assets
// ---------------------------------------------------------------------------------------------

/** Input of {@link kellyBet}. */
export interface KellyBetInput extends KellyFractionInput {
  /** Share of the Kelly fraction actually staked, c > 0 (0.5 = half Kelly); default 1. */
  kellyMultiplier?: number;
}

/** Result of {@link kellyBet}. Growth rates are expected natural logs of the capital ratio per bet. */
export interface KellyBetResult {
  /** Full Kelly fraction f* = p − (1 − p)/b (negative: the bet has negative edge). */
  kellyFraction: number;
  /** Fraction of capital staked: c·f*, or 0 when f* ≤ 0; below 1 unless a win is certain. */
  stake: number;
  /** Expected log growth per bet at `stake`: p·ln(1 + b·stake) + (1 − p)·ln(1 − stake). */
  growthRate: number;
  /** Expected log growth per bet at the full Kelly fraction (the most there is; 0 when f* ≤ 0). */
  kellyGrowthRate: number;
  /** growthRate / kellyGrowthRate (half Kelly keeps about 75 %); `null` when f* ≤ 0 (nothing to keep). */
  growthShare: number | null;
}

function logGrowth(p: number, b: number, fraction: number): number {
  if (fraction === 0) return 0;
  const winTerm = p * Math.log1p(b * fraction);
  // With p = 1 there is no loss term (and ln(1 − 1) would give 0·(−∞)).
  return p === 1 ? winTerm : winTerm + (1 - p) * Math.log1p(-fraction);
}

/**
 * Fractional Kelly for a repeated bet that wins b per unit staked with probability p and loses the stake
 * otherwise: the stake as a fraction of capital and the expected log growth per bet, compared with full Kelly.
 *
 * f* = p − (1 − p)/b;  stake = max(0, c·f*);  g(f) = p·ln(1 + b·f) + (1 − p)·ln(1 − f).
 *
 * @param input.winProbability - p in [0, 1].
 * @param input.winLossRatio - Net odds b > 0.
 * @param input.kellyMultiplier - c > 0; default 1. Above 1 is over-betting (c = 2 gives about zero growth).
 * @returns See {@link KellyBetResult}.
 * @throws {RiskInputError} Invalid field; `kellyMultiplier` so large that the stake reaches 100 % of capital while a
 * loss is possible (one loss would lose everything: growth −∞); overflow.
 * @see J. L. Kelly Jr. (1956), "A New Interpretation of Information Rate", Bell System Technical Journal 35(4);
 * E. O. Thorp (2006), "The Kelly Criterion in Blackjack, Sports Betting and the Stock Market", §2 (coin tossing).
 * @example
 * kellyBet({ winProbability: 0.6, winLossRatio: 1, kellyMultiplier: 0.5 });
 * // kellyFraction 0.2, stake 0.1, growthRate 0.0150419, kellyGrowthRate 0.0201355, growthShare 0.747…
 */
export function kellyBet(input: KellyBetInput): KellyBetResult {
  const o = requireObject('input', input);
  const kelly = kellyFraction({ winProbability: o['winProbability'], winLossRatio: o['winLossRatio'] } as KellyFractionInput);
  const p = o['winProbability'] as number;
  const b = o['winLossRatio'] as number;
  const multiplier = optional(o['kellyMultiplier'], 1, (v) => requirePositive('kellyMultiplier', v));
  const stake = kelly > 0 ? requireFiniteResult('kellyMultiplier', multiplier * kelly) : 0;
  if (stake >= 1 && p < 1) {
    fail('kellyMultiplier', `small enough that the stake stays below 100 % of capital (here less than ${String(1 / kelly)}), since one loss would lose it all`, multiplier);
  }
  const growthRate = requireFiniteResult('kellyMultiplier', logGrowth(p, b, stake));
  const kellyGrowthRate = kelly > 0 ? logGrowth(p, b, kelly) : 0;
  return { kellyFraction: kelly, stake, growthRate, kellyGrowthRate, growthShare: kelly > 0 ? growthRate / kellyGrowthRate : null };
}

/** Input of {@link continuousKelly}. */
export interface ContinuousKellyInput {
  /** Expected return of the risky asset μ, decimal per year (continuous drift of a lognormal price). */
  expectedReturn: number;
  /** Risk-free (or funding) rate r, decimal per year; default 0. */
  rate?: number;
  /** Volatility σ of the risky asset, annualised decimal, > 0. */
  vol: number;
  /** Share of the Kelly allocation held, c > 0 (0.5 = half Kelly); default 1. */
  kellyMultiplier?: number;
}

/** Result of {@link continuousKelly}. Rates are per year, continuously compounded. */
export interface ContinuousKellyResult {
  /** Sharpe ratio θ = (μ − r)/σ. */
  sharpeRatio: number;
  /** Full Kelly allocation f* = (μ − r)/σ²: the fraction of capital in the risky asset (> 1 means leverage, < 0 a short). */
  kellyFraction: number;
  /** Allocation held: c·f*. */
  allocation: number;
  /** Growth rate of capital at `allocation`: r + (c − c²/2)·θ². */
  growthRate: number;
  /** Growth rate at full Kelly: r + θ²/2 (the most there is). */
  kellyGrowthRate: number;
  /** Share of the excess growth θ²/2 over r that is kept: 2c − c² (0.75 at half Kelly; 0 at c = 2). */
  excessGrowthShare: number;
  /** Volatility of capital at `allocation`: |c·f*|·σ = c·|θ|. */
  portfolioVol: number;
}

/**
 * Continuous-time Kelly (Merton) allocation between a risky asset with lognormal price and cash:
 * the fraction of capital to hold, the growth rate it gives, and the same at a fraction c of Kelly.
 *
 * f* = (μ − r)/σ²;  g(f) = r + f·(μ − r) − f²σ²/2;  g(c·f*) = r + (c − c²/2)·(μ − r)²/σ².
 *
 * @param input.expectedReturn - μ, decimal per year.
 * @param input.rate - r, decimal per year; default 0.
 * @param input.vol - σ > 0, annualised.
 * @param input.kellyMultiplier - c > 0; default 1.
 * @returns See {@link ContinuousKellyResult}.
 * @throws {RiskInputError} Invalid field; overflow (a tiny `vol`).
 * @see E. O. Thorp (2006), "The Kelly Criterion in Blackjack, Sports Betting and the Stock Market", §7.1 (continuous
 * approximation, f* = (m − r)/s²); R. C. Merton (1969), "Lifetime Portfolio Selection under Uncertainty".
 * @example
 * continuousKelly({ expectedReturn: 0.11, rate: 0.06, vol: 0.2, kellyMultiplier: 0.5 });
 * // kellyFraction 1.25, allocation 0.625, growthRate 0.0834375, kellyGrowthRate 0.09125
 */
export function continuousKelly(input: ContinuousKellyInput): ContinuousKellyResult {
  const o = requireObject('input', input);
  const mu = requireFinite('expectedReturn', o['expectedReturn']);
  const rate = optional(o['rate'], 0, (v) => requireFinite('rate', v));
  const vol = requirePositive('vol', o['vol']);
  const c = optional(o['kellyMultiplier'], 1, (v) => requirePositive('kellyMultiplier', v));
  const excess = requireFiniteResult('expectedReturn', mu - rate);
  const sharpeRatio = requireFiniteResult('vol', excess / vol);
  const kelly = requireFiniteResult('vol', sharpeRatio / vol);
  const halfSharpeSquared = requireFiniteResult('vol', (sharpeRatio * sharpeRatio) / 2);
  const excessGrowthShare = requireFiniteResult('kellyMultiplier', 2 * c - c * c);
  return {
    sharpeRatio,
    kellyFraction: kelly,
    allocation: requireFiniteResult('kellyMultiplier', c * kelly),
    growthRate: requireFiniteResult('kellyMultiplier', rate + excessGrowthShare * halfSharpeSquared),
    kellyGrowthRate: requireFiniteResult('vol', rate + halfSharpeSquared),
    excessGrowthShare,
    portfolioVol: requireFiniteResult('kellyMultiplier', c * Math.abs(sharpeRatio)),
  };
}

// ---------------------------------------------------------------------------------------------
// Risk-based weights: inverse volatility and equal risk contribution (risk parity)
// ---------------------------------------------------------------------------------------------

/** Most assets the matrix functions accept (their work grows with the cube of the count). */
export const MAX_PORTFOLIO_ASSETS = 100;

/** Input of {@link inverseVolatilityWeights}. */
export interface InverseVolatilityWeightsInput {
  /** Volatility of each asset, annualised decimal (any one period, the same for all), > 0; at least one. */
  volatilities: readonly number[];
}

/** Result of {@link inverseVolatilityWeights}. */
export interface InverseVolatilityWeightsResult {
  /** Capital weights, decimals in [0, 1] summing to 1, in input order. */
  weights: number[];
}

function readVolatilities(value: unknown, maxCount = Number.MAX_SAFE_INTEGER): number[] {
  const list = requireNonEmptyArray('volatilities', value);
  if (list.length > maxCount) fail('volatilities', `a list of at most ${String(maxCount)} volatilities`, value);
  return list.map((v, i) => requirePositive(`volatilities[${i}]`, v));
}

/** wᵢ ∝ xᵢ/σᵢ, scaled by the smallest σ first so that no ratio overflows. */
function weightsFromScaled(scaled: readonly number[], vols: readonly number[]): number[] {
  const smallest = vols.reduce((min, v) => Math.min(min, v), Infinity);
  const raw = scaled.map((x, i) => x * (smallest / vols[i]!));
  const total = compensatedSum(raw);
  return raw.map((x) => x / total);
}

/**
 * Inverse-volatility weights ("naive risk parity"): each asset's capital weight is proportional to one
 * over its volatility, so every asset has the same stand-alone risk wᵢσᵢ.
 *
 * wᵢ = σᵢ⁻¹ / Σⱼ σⱼ⁻¹.  With equal pairwise correlations this is also the equal-risk-contribution portfolio.
 *
 * @param input.volatilities - σᵢ > 0, non-empty.
 * @returns `{ weights }`, summing to 1.
 * @throws {RiskInputError} Empty list or a volatility that is not a finite number > 0.
 * @see S. Maillard, T. Roncalli, J. Teïletche (2010), "The Properties of Equally Weighted Risk Contribution
 * Portfolios", Journal of Portfolio Management 36(4) (the case of equal correlations).
 * @example
 * inverseVolatilityWeights({ volatilities: [0.6, 0.8, 0.2] }); // { weights: [0.2105…, 0.1578…, 0.6315…] }
 */
export function inverseVolatilityWeights(input: InverseVolatilityWeightsInput): InverseVolatilityWeightsResult {
  const o = requireObject('input', input);
  const vols = readVolatilities(o['volatilities']);
  return { weights: weightsFromScaled(vols.map(() => 1), vols) };
}

/** Cholesky factor of a symmetric positive-definite matrix (lower triangle, rows), or null if not positive definite. */
function cholesky(matrix: readonly (readonly number[])[]): number[][] | null {
  const n = matrix.length;
  const lower = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let j = 0; j < n; j++) {
    const row = lower[j]!;
    let pivot = matrix[j]![j]!;
    for (let k = 0; k < j; k++) pivot -= row[k]! * row[k]!;
    // Relative floor: a pivot this small means the matrix is singular to working precision.
    if (!(pivot > 1e-12 * matrix[j]![j]!)) return null;
    const diagonal = Math.sqrt(pivot);
    row[j] = diagonal;
    for (let i = j + 1; i < n; i++) {
      const other = lower[i]!;
      let sum = matrix[i]![j]!;
      for (let k = 0; k < j; k++) sum -= other[k]! * row[k]!;
      other[j] = sum / diagonal;
    }
  }
  return lower;
}

/** Solves L·Lᵀ·x = b with the Cholesky factor L. */
function choleskySolve(lower: readonly (readonly number[])[], b: readonly number[]): number[] {
  const n = b.length;
  const y = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    let sum = b[i]!;
    for (let k = 0; k < i; k++) sum -= lower[i]![k]! * y[k]!;
    y[i] = sum / lower[i]![i]!;
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let sum = y[i]!;
    for (let k = i + 1; k < n; k++) sum -= lower[k]![i]! * x[k]!;
    x[i] = sum / lower[i]![i]!;
  }
  return x;
}

const multiply = (matrix: readonly (readonly number[])[], x: readonly number[]): number[] =>
  matrix.map((row) => compensatedSum(row.map((value, j) => value * x[j]!)));

/** Validated volatilities and correlation matrix (symmetric, unit diagonal, positive definite). */
function readCovarianceInputs(o: Readonly<Record<string, unknown>>): { vols: number[]; correlations: number[][] } {
  const vols = readVolatilities(o['volatilities'], MAX_PORTFOLIO_ASSETS);
  const n = vols.length;
  const rows = requireNonEmptyArray('correlations', o['correlations']);
  if (rows.length !== n) fail('correlations', `a ${String(n)}×${String(n)} matrix, one row per volatility`, o['correlations']);
  const correlations = rows.map((raw, i) => {
    const row = requireArray(`correlations[${i}]`, raw);
    if (row.length !== n) fail(`correlations[${i}]`, `a row of ${String(n)} correlations, one per volatility`, raw);
    return row.map((value, j) => {
      const path = `correlations[${i}][${j}]`;
      if (i === j) {
        if (value !== 1) fail(path, '1 (an asset’s correlation with itself)', value);
        return 1;
      }
      return requireInRange(path, value, { min: -1, max: 1 });
    });
  });
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      if (correlations[i]![j] !== correlations[j]![i]) {
        fail(`correlations[${i}][${j}]`, `equal to correlations[${j}][${i}] (${String(correlations[j]![i])}): a correlation matrix is symmetric`, correlations[i]![j]);
      }
    }
  }
  if (cholesky(correlations) === null) {
    throw new RiskInputError(
      'correlations',
      'The correlations must form a positive-definite matrix: no asset may be an exact mix of the others (for example two assets at correlation 1, or three whose correlations contradict each other).',
    );
  }
  return { vols, correlations };
}

/** Result of {@link portfolioRiskContributions}. */
export interface PortfolioRiskContributionsResult {
  /** Portfolio volatility σ_p = √(wᵀΣw), in the unit of the volatilities. */
  portfolioVol: number;
  /** Risk contribution of each asset RCᵢ = wᵢ·(Σw)ᵢ/σ_p, same unit; they sum to σ_p (negative for a hedge). */
  riskContributions: number[];
  /** RCᵢ/σ_p: each asset's share of the portfolio's risk, decimals summing to 1. */
  riskShares: number[];
}

/** σ_p, RCᵢ and shares for weights w, computed on u = w·σ scaled to max |u| = 1 so nothing overflows. */
function riskOf(weights: readonly number[], vols: readonly number[], correlations: readonly (readonly number[])[]): PortfolioRiskContributionsResult {
  const exposures = weights.map((w, i) => w * vols[i]!);
  const scale = exposures.reduce((max, x) => Math.max(max, Math.abs(x)), 0);
  const u = exposures.map((x) => x / scale);
  const ru = multiply(correlations, u);
  const parts = u.map((x, i) => x * ru[i]!);
  const variance = compensatedSum(parts);
  const root = Math.sqrt(variance);
  return {
    portfolioVol: requireFiniteResult('volatilities', scale * root),
    riskContributions: parts.map((part) => requireFiniteResult('volatilities', scale * (part / root))),
    riskShares: parts.map((part) => part / variance),
  };
}

/** Input of {@link portfolioRiskContributions}. */
export interface PortfolioRiskContributionsInput {
  /** Capital weight of each asset, decimals (negative for a short); not all zero. */
  weights: readonly number[];
  /** Volatility of each asset, > 0, one per weight (at most 100 assets). */
  volatilities: readonly number[];
  /** Correlation matrix, n×n, symmetric, ones on the diagonal, entries in [−1, 1], positive definite. */
  correlations: readonly (readonly number[])[];
}

/**
 * Portfolio volatility and how it splits among the assets (Euler decomposition): the risk contribution
 * of each asset and its share of the total.
 *
 * Σᵢⱼ = ρᵢⱼσᵢσⱼ;  σ_p = √(wᵀΣw);  RCᵢ = wᵢ·(Σw)ᵢ/σ_p;  Σᵢ RCᵢ = σ_p.
 *
 * @param input.weights - wᵢ, finite, not all 0.
 * @param input.volatilities - σᵢ > 0.
 * @param input.correlations - ρ, positive-definite correlation matrix.
 * @returns See {@link PortfolioRiskContributionsResult}.
 * @throws {RiskInputError} Lists of different lengths or over 100 assets; a correlation outside [−1, 1], a diagonal
 * entry other than 1, an asymmetric or not positive-definite matrix; weights all zero; overflow.
 * @see S. Maillard, T. Roncalli, J. Teïletche (2010), "The Properties of Equally Weighted Risk Contribution
 * Portfolios", Journal of Portfolio Management 36(4) (risk contributions).
 * @example
 * portfolioRiskContributions({ weights: [0.5, 0.5], volatilities: [0.6, 0.2], correlations: [[1, 0], [0, 1]] });
 * // portfolioVol 0.3162…, riskShares [0.9, 0.1]
 */
export function portfolioRiskContributions(input: PortfolioRiskContributionsInput): PortfolioRiskContributionsResult {
  const o = requireObject('input', input);
  const { vols, correlations } = readCovarianceInputs(o);
  const list = requireNonEmptyArray('weights', o['weights']);
  if (list.length !== vols.length) fail('weights', `a list of ${String(vols.length)} weights, one per volatility`, o['weights']);
  const weights = list.map((w, i) => requireFinite(`weights[${i}]`, w));
  if (weights.every((w) => w === 0)) fail('weights', 'a list with at least one weight other than 0', o['weights']);
  const exposures = weights.map((w, i) => w * vols[i]!);
  // An exposure that underflows to 0 for every asset leaves nothing to measure.
  if (exposures.every((x) => x === 0)) fail('weights', 'large enough that weight × volatility is not 0 for every asset', o['weights']);
  return riskOf(weights, vols, correlations);
}

/** Input of {@link equalRiskContribution}. */
export interface EqualRiskContributionInput {
  /** Volatility of each asset, > 0, at least one and at most 100. */
  volatilities: readonly number[];
  /** Correlation matrix, n×n, symmetric, ones on the diagonal, entries in [−1, 1], positive definite. */
  correlations: readonly (readonly number[])[];
}

/** Result of {@link equalRiskContribution}: the weights and their risk decomposition. */
export interface EqualRiskContributionResult extends PortfolioRiskContributionsResult {
  /** Long-only capital weights, decimals in (0, 1) summing to 1, with equal risk contributions. */
  weights: number[];
}

/**
 * Equal-risk-contribution (risk parity) weights: the long-only, fully invested portfolio in which every
 * asset contributes the same amount to the portfolio's volatility.
 *
 * wᵢ·(Σw)ᵢ = wᵀΣw / n for every i, Σwᵢ = 1, wᵢ > 0. Solved as the minimum of the strictly convex
 * ½·yᵀΣy − (1/n)·Σ ln yᵢ, whose first-order condition is yᵢ(Σy)ᵢ = 1/n, by damped Newton steps
 * (Spinu 2013), on the correlation matrix (xᵢ = σᵢyᵢ) and rescaled: wᵢ ∝ xᵢ/σᵢ. Equal to inverse-volatility
 * weights when every pairwise correlation is the same.
 *
 * @param input.volatilities - σᵢ > 0.
 * @param input.correlations - ρ, positive-definite correlation matrix.
 * @returns See {@link EqualRiskContributionResult}; risk contributions equal to 1e-12 relative.
 * @throws {RiskInputError} As {@link portfolioRiskContributions} for `volatilities` and `correlations`.
 * @see S. Maillard, T. Roncalli, J. Teïletche (2010), "The Properties of Equally Weighted Risk Contribution
 * Portfolios", Journal of Portfolio Management 36(4) (definition; the case of equal correlations);
 * F. Spinu (2013), "An Algorithm for Computing Risk Parity Weights", SSRN 2297383.
 * @example
 * equalRiskContribution({
 *   volatilities: [0.1, 0.2, 0.3, 0.4],
 *   correlations: [[1, 0.8, 0, 0], [0.8, 1, 0, 0], [0, 0, 1, -0.5], [0, 0, -0.5, 1]],
 * }); // weights [0.3836…, 0.1918…, 0.2426…, 0.1820…], portfolioVol 0.102931…
 */
export function equalRiskContribution(input: EqualRiskContributionInput): EqualRiskContributionResult {
  const o = requireObject('input', input);
  const { vols, correlations } = readCovarianceInputs(o);
  const n = vols.length;
  // Newton on G(y) = (n/2)·yᵀRy − Σ ln yᵢ (self-concordant, so damped steps converge from any y > 0).
  let y = new Array<number>(n).fill(1 / Math.sqrt(compensatedSum(correlations.flat())));
  for (let iteration = 0; iteration < 200; iteration++) {
    const ry = multiply(correlations, y);
    const gradient = y.map((yi, i) => n * ry[i]! - 1 / yi);
    const hessian = correlations.map((row, i) => row.map((value, j) => n * value + (i === j ? 1 / (y[i]! * y[i]!) : 0)));
    const factor = cholesky(hessian);
    if (factor === null) break;
    const step = choleskySolve(factor, gradient);
    const decrementSquared = compensatedSum(step.map((s, i) => s * gradient[i]!));
    const decrement = Math.sqrt(Math.max(0, decrementSquared));
    const damping = decrement > 0.25 ? 1 / (1 + decrement) : 1;
    y = y.map((yi, i) => yi - damping * step[i]!);
    if (decrementSquared < 1e-28) break;
  }
  const weights = weightsFromScaled(y, vols);
  return { weights, ...riskOf(weights, vols, correlations) };
}
