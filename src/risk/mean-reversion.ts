/**
 * Mean reversion and counter-trend trade statistics: the Ornstein–Uhlenbeck process fitted to a
 * series by least squares on its AR(1) form, its half-life and z-score, the expected path back to
 * the mean, and the expectancy of a trading rule from its win rate and average win and loss.
 */
import { RiskInputError } from './errors.ts';
import { compensatedSum } from './numeric.ts';
import {
  fail,
  optional,
  requireFinite,
  requireFiniteResult,
  requireFraction,
  requireInRange,
  requireNonEmptyArray,
  requireNonNegative,
  requireObject,
  requirePositive,
} from './validate.ts';

/** Fewest observations {@link meanReversionFit} accepts: three regression pairs leave one degree of freedom for σ̂_ε. */
export const MIN_MEAN_REVERSION_OBSERVATIONS = 4;

/** Input of {@link ouFromRegression}. */
export interface OuFromRegressionInput {
  /** Slope b of ΔXₜ = a + b·Xₜ₋₁ + εₜ, in (−1, 0) for a mean-reverting series. */
  slope: number;
  /** Intercept a of the regression, in the series' unit, finite. Default 0. */
  intercept?: number | undefined;
  /** Standard deviation σ̂_ε of the regression residuals, in the series' unit, ≥ 0. Default 0. */
  residualSd?: number | undefined;
  /** Time Δ between observations, in days (1/24 for hourly data), > 0. Default 1. */
  timeStep?: number | undefined;
}

/** Ornstein–Uhlenbeck parameters, time in days. */
export interface OuParameters {
  /** φ = 1 + b, the AR(1) coefficient, in (0, 1). */
  phi: number;
  /** Speed of reversion θ = −ln φ / Δ, per day, > 0. */
  theta: number;
  /** Long-run mean μ = −a/b, in the series' unit. */
  mean: number;
  /** Half-life ln 2 / θ, days, > 0: the expected gap to the mean halves in this time. */
  halfLife: number;
  /** Chan's first-order half-life −ln 2 / b · Δ, days (≥ halfLife). */
  halfLifeChan: number;
  /** Diffusion σ = σ̂_ε·√(2θ/(1 − φ²)), series unit per √day, ≥ 0. */
  sigma: number;
  /** Stationary standard deviation σ∞ = σ̂_ε/√(1 − φ²) = σ/√(2θ), series unit, ≥ 0. */
  stationarySd: number;
}

/**
 * The Ornstein–Uhlenbeck process dX = θ(μ − X)dt + σ dW behind an AR(1) regression: its exact
 * discretisation with step Δ is Xₜ = c + φXₜ₋₁ + εₜ with φ = e^(−θΔ), so from the regression
 * ΔXₜ = a + bXₜ₋₁ + εₜ (φ = 1 + b):
 *
 * θ = −ln(1 + b)/Δ, μ = −a/b, t½ = ln 2/θ, σ∞ = σ̂_ε/√(1 − φ²), σ = σ∞·√(2θ);
 * Chan's shortcut t½ ≈ −ln 2/b (first order in b).
 *
 * @param input.slope - b in (−1, 0) (b ≥ 0: no reversion; b ≤ −1: the series overshoots every step).
 * @param input.intercept - a, finite (default 0).
 * @param input.residualSd - σ̂_ε ≥ 0 (default 0).
 * @param input.timeStep - Δ in days, > 0 (default 1).
 * @returns φ, θ (per day), μ, half-lives (days), σ and σ∞.
 * @throws {RiskInputError} `slope` outside (−1, 0), other invalid fields, or overflow.
 * @see E. P. Chan, *Algorithmic Trading* (2013), p. 47 (half-life from the regression of ΔX on X);
 * the exact OU form as discussed at
 * https://quant.stackexchange.com/questions/70322/why-is-my-mean-reversion-half-life-completely-wrong
 * @example
 * ouFromRegression({ slope: -0.05 }).halfLife; // 13.5134… days (Chan's shortcut 13.8629…)
 */
export function ouFromRegression(input: OuFromRegressionInput): OuParameters {
  const o = requireObject('input', input);
  const slope = requireInRange('slope', o['slope'], {
    min: -1,
    max: 0,
    minInclusive: false,
    maxInclusive: false,
    hint: '(between −1 and 0 the series is pulled back to a mean)',
  });
  const intercept = optional(o['intercept'], 0, (v) => requireFinite('intercept', v));
  const residualSd = optional(o['residualSd'], 0, (v) => requireNonNegative('residualSd', v));
  const timeStep = optional(o['timeStep'], 1, (v) => requirePositive('timeStep', v));
  return ouParameters(slope, intercept, residualSd, timeStep, { slope: 'slope', scale: 'residualSd' });
}

/** OU parameters from checked regression figures; `fields` names the inputs blamed for overflow. */
function ouParameters(
  slope: number,
  intercept: number,
  residualSd: number,
  timeStep: number,
  fields: { slope: string; scale: string },
): OuParameters {
  const phi = 1 + slope;
  // log1p(b) = ln(1 + b) without losing b when |b| is tiny.
  const thetaPerStep = -Math.log1p(slope);
  const theta = requireFiniteResult('timeStep', thetaPerStep / timeStep);
  if (!(theta > 0)) throw new RiskInputError(fields.slope, 'The slope is too close to 0 for the speed of reversion to be told from 0.');
  // 1 − φ² = −b(2 + b), exact where φ is close to 1.
  const oneMinusPhiSquared = -slope * (2 + slope);
  const stationarySd = requireFiniteResult(fields.scale, residualSd / Math.sqrt(oneMinusPhiSquared));
  return {
    phi,
    theta,
    mean: requireFiniteResult(fields.slope, -intercept / slope),
    halfLife: requireFiniteResult('timeStep', (Math.LN2 / thetaPerStep) * timeStep),
    halfLifeChan: requireFiniteResult('timeStep', (-Math.LN2 / slope) * timeStep),
    sigma: requireFiniteResult(fields.scale, stationarySd * Math.sqrt(2 * theta)),
    stationarySd,
  };
}

/** Input of {@link meanReversionFit}. */
export interface MeanReversionFitInput {
  /** Observations X (prices, spreads, basis), oldest first, finite; at least 4, not all equal. */
  series: readonly number[];
  /** Time Δ between observations, in days (1/24 for hourly data), > 0. Default 1. */
  timeStep?: number | undefined;
}

/** Result of {@link meanReversionFit}. Fields that exist only for a mean-reverting fit are null otherwise. */
export interface MeanReversionFitResult {
  /** Number of observations N. */
  observations: number;
  /** Intercept a of ΔXₜ = a + bXₜ₋₁ + εₜ, series unit. */
  intercept: number;
  /** Slope b, per step. */
  slope: number;
  /** Residual standard deviation σ̂_ε with N − 3 degrees of freedom (N − 1 pairs, 2 parameters), ≥ 0. */
  residualSd: number;
  /** The last observation Xₙ. */
  last: number;
  /** −1 < b < 0: the fit pulls the series back to a mean. */
  meanReverting: boolean;
  /** OU parameters (time in days), or null when not mean-reverting. */
  ou: OuParameters | null;
  /** z = (Xₙ − μ)/σ∞: how many stationary standard deviations the last value sits from the mean; null when not mean-reverting or σ∞ = 0. */
  zScore: number | null;
}

/**
 * Fits an Ornstein–Uhlenbeck process to a series by ordinary least squares on its AR(1) form,
 * ΔXₜ = a + b·Xₜ₋₁ + εₜ (Xₜ₋₁ for t = 2 … N), and reads off the half-life and the z-score of the
 * last observation. The regression is the one of Chan's half-life method; the parameters then follow
 * the exact discretisation (see {@link ouFromRegression}).
 *
 * b = Σ(x − x̄)(y − ȳ)/Σ(x − x̄)², a = ȳ − b·x̄, σ̂_ε² = Σε²/(N − 3),
 * with x = Xₜ₋₁ and y = ΔXₜ. When b ∉ (−1, 0) the series shows no mean reversion (b ≥ 0: a random
 * walk or a trend; b ≤ −1: it overshoots the mean every step): `meanReverting` is false and `ou`
 * and `zScore` are null.
 *
 * @param input.series - At least 4 finite observations, oldest first, not all of X₁ … Xₙ₋₁ equal.
 * @param input.timeStep - Δ in days, > 0 (default 1).
 * @returns The regression, the OU parameters and the z-score of the last observation.
 * @throws {RiskInputError} Fewer than 4 observations or a constant series (`series`), a bad
 * `series[i]` or `timeStep`, or overflow.
 * @see E. P. Chan, *Algorithmic Trading* (2013), p. 47; G. E. Uhlenbeck & L. S. Ornstein (1930),
 * "On the theory of the Brownian motion", Phys. Rev. 36:823.
 * @example
 * // Reference series: a = 2.91589, b = −0.396255, μ = 7.35862, half-life 1.3736 days, z(7.3) = −0.13218
 * meanReversionFit({ series: [10, 9, 8.6, 7.9, 8.2, 7.5, 7.7, 7.1, 7.4, 7, 7.3] });
 */
export function meanReversionFit(input: MeanReversionFitInput): MeanReversionFitResult {
  const o = requireObject('input', input);
  const series = requireNonEmptyArray('series', o['series']).map((x, i) => requireFinite(`series[${i}]`, x));
  const timeStep = optional(o['timeStep'], 1, (v) => requirePositive('timeStep', v));
  if (series.length < MIN_MEAN_REVERSION_OBSERVATIONS) {
    fail('series', `a list of at least ${MIN_MEAN_REVERSION_OBSERVATIONS} observations`, o['series']);
  }
  // Work on X/s with s = max|X|: the regression's b is unchanged, a, σ̂_ε scale by s, and no square can overflow.
  const scale = Math.max(...series.map(Math.abs));
  const scaled = series.map((x) => x / scale);
  const x = scaled.slice(0, -1);
  const y = scaled.slice(1).map((next, i) => next - x[i]!);
  const pairs = x.length;
  const xMean = compensatedSum(x) / pairs;
  const yMean = compensatedSum(y) / pairs;
  const sxx = compensatedSum(x.map((v) => (v - xMean) ** 2));
  if (!(sxx > 0)) {
    throw new RiskInputError('series', 'The series does not vary (every observation but the last is the same), so no reversion can be measured.');
  }
  const sxy = compensatedSum(x.map((v, i) => (v - xMean) * (y[i]! - yMean)));
  const slope = requireFiniteResult('series', sxy / sxx);
  const interceptScaled = requireFiniteResult('series', yMean - slope * xMean);
  const residualSquares = compensatedSum(x.map((v, i) => (y[i]! - interceptScaled - slope * v) ** 2));
  const residualSdScaled = Math.sqrt(Math.max(0, residualSquares) / (pairs - 2));
  const intercept = requireFiniteResult('series', interceptScaled * scale);
  const residualSd = requireFiniteResult('series', residualSdScaled * scale);
  const last = series[series.length - 1]!;
  const meanReverting = slope > -1 && slope < 0 && Math.log1p(slope) < 0;
  let ou: OuParameters | null = null;
  let zScore: number | null = null;
  if (meanReverting) {
    // Parameters on the scaled series, then μ, σ, σ∞ back in the series' unit.
    const scaledOu = ouParameters(slope, interceptScaled, residualSdScaled, timeStep, { slope: 'series', scale: 'series' });
    ou = {
      ...scaledOu,
      mean: requireFiniteResult('series', scaledOu.mean * scale),
      sigma: requireFiniteResult('series', scaledOu.sigma * scale),
      stationarySd: requireFiniteResult('series', scaledOu.stationarySd * scale),
    };
    if (scaledOu.stationarySd > 0) zScore = requireFiniteResult('series', (last / scale - scaledOu.mean) / scaledOu.stationarySd);
  }
  return { observations: series.length, intercept, slope, residualSd, last, meanReverting, ou, zScore };
}

/** Input of {@link ouExpectedValue}. */
export interface OuExpectedValueInput {
  /** The value now, Xₜ, finite. */
  current: number;
  /** Long-run mean μ, same unit, finite. */
  mean: number;
  /** Speed of reversion θ per day, ≥ 0. */
  theta: number;
  /** Days ahead h, ≥ 0. */
  days: number;
}

/**
 * Expected value of an Ornstein–Uhlenbeck process h days ahead: E[Xₜ₊ₕ] = μ + (Xₜ − μ)·e^(−θh).
 * After one half-life the expected gap to the mean is half of today's.
 *
 * @param input.current - Xₜ, finite.
 * @param input.mean - μ, finite.
 * @param input.theta - θ per day, ≥ 0 (0: no reversion, the expectation stays at Xₜ).
 * @param input.days - h ≥ 0.
 * @returns The expected value, between Xₜ and μ.
 * @throws {RiskInputError} Invalid field, or overflow of Xₜ − μ.
 * @see G. E. Uhlenbeck & L. S. Ornstein (1930), Phys. Rev. 36:823; E. P. Chan, *Algorithmic Trading* (2013), ch. 2.
 * @example
 * ouExpectedValue({ current: 110, mean: 100, theta: Math.LN2 / 5, days: 5 }); // 105
 */
export function ouExpectedValue(input: OuExpectedValueInput): number {
  const o = requireObject('input', input);
  const current = requireFinite('current', o['current']);
  const mean = requireFinite('mean', o['mean']);
  const theta = requireNonNegative('theta', o['theta']);
  const days = requireNonNegative('days', o['days']);
  // θh can overflow to Infinity for huge inputs: e^(−∞) = 0 gives the mean itself, the limit.
  const decay = Math.exp(-theta * days);
  // μ(1 − d) + X·d stays between μ and X without forming X − μ (which can overflow).
  return mean * (1 - decay) + current * decay;
}

/** Input of {@link tradeExpectancy}. */
export interface TradeExpectancyInput {
  /** Share of trades that win, p, decimal in [0, 1]. */
  winProbability: number;
  /** Average profit of a winning trade W̄, currency, ≥ 0. */
  averageWin: number;
  /** Average loss of a losing trade L̄, currency (a positive amount), > 0. */
  averageLoss: number;
}

/** Result of {@link tradeExpectancy}. */
export interface TradeExpectancyResult {
  /** Expected profit per trade p·W̄ − (1 − p)·L̄, currency (negative: the rule loses money). */
  expectancy: number;
  /** Expectancy in R-multiples (units of the average loss): expectancy / L̄. */
  expectancyR: number;
  /** Win rate at which the expectancy is 0: L̄/(W̄ + L̄), in (0, 1]. */
  breakEvenWinProbability: number;
}

/**
 * Expectancy of a trading rule: what one trade earns on average given its win rate and its
 * average win and loss. A counter-trend rule often wins often and small and loses rarely and big,
 * so the win rate alone says nothing; this does.
 *
 * E = p·W̄ − (1 − p)·L̄;  E_R = E/L̄ = p·(W̄/L̄) − (1 − p);  p* = L̄/(W̄ + L̄).
 *
 * @param input.winProbability - p in [0, 1].
 * @param input.averageWin - W̄ ≥ 0, currency.
 * @param input.averageLoss - L̄ > 0, currency.
 * @returns `{ expectancy, expectancyR, breakEvenWinProbability }`.
 * @throws {RiskInputError} Invalid field, or W̄/L̄ too large to compute (`averageWin`).
 * @see V. K. Tharp, *Trade Your Way to Financial Freedom* (2nd ed., 2006), ch. 7 (expectancy and R-multiples).
 * @example
 * tradeExpectancy({ winProbability: 0.6, averageWin: 150, averageLoss: 100 }); // { expectancy: 50, expectancyR: 0.5, breakEvenWinProbability: 0.4 }
 */
export function tradeExpectancy(input: TradeExpectancyInput): TradeExpectancyResult {
  const o = requireObject('input', input);
  const p = requireFraction('winProbability', o['winProbability']);
  const averageWin = requireNonNegative('averageWin', o['averageWin']);
  const averageLoss = requirePositive('averageLoss', o['averageLoss']);
  const ratio = requireFiniteResult('averageWin', averageWin / averageLoss);
  const expectancy = p * averageWin - (1 - p) * averageLoss;
  return {
    expectancy,
    // |E| ≤ max(W̄, L̄), so E/L̄ ≤ max(W̄/L̄, 1): finite.
    expectancyR: expectancy / averageLoss,
    // 1/(1 + W̄/L̄) avoids W̄ + L̄ overflowing.
    breakEvenWinProbability: 1 / (1 + ratio),
  };
}
