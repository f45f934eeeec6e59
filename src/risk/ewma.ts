/**
 * The EWMA (RiskMetrics) volatility estimate day by day, how fast it forgets, and the returns of a
 * price series to feed it; and the update shared with `ewmaVolatility` (./market.ts).
 */
import { RiskInputError } from './errors.ts';
import { compensatedSum } from './numeric.ts';
import {
  fail,
  optional,
  requireFinite,
  requireFiniteResult,
  requireFraction,
  requireNonEmptyArray,
  requireNonNegative,
  requireObject,
  requireOneOf,
  requirePositive,
} from './validate.ts';

/** Library-internal: σ₀², σ₁², …, σₙ²: the EWMA update applied once per return (checked returns, valid λ and σ₀²). */
export function ewmaVariances(lambda: number, initialVariance: number, returns: readonly number[]): number[] {
  const variances = [initialVariance];
  let variance = initialVariance;
  returns.forEach((u, i) => {
    variance = requireFiniteResult(`returns[${i}]`, lambda * variance + (1 - lambda) * u * u);
    variances.push(variance);
  });
  return variances;
}

/** Input of {@link ewmaVolatilityPath}. */
export interface EwmaVolatilityPathInput {
  /** Decay factor λ, decimal in (0, 1) (RiskMetrics: 0.94 daily). */
  lambda: number;
  /** Returns u, decimal per period, oldest first; at least one. */
  returns: readonly number[];
  /**
   * Starting variance σ₀² per period, ≥ 0. Default: the mean of the squared returns
   * (the zero-mean sample variance of the whole list, as RiskMetrics assumes a zero mean).
   */
  initialVariance?: number | undefined;
  /** Starting volatility σ₀ per period, decimal, ≥ 0: the same seed given as a volatility (σ₀² = initialVariance). Give at most one of the two. */
  initialVolatility?: number | undefined;
}

/** Result of {@link ewmaVolatilityPath}, per period of the returns. */
export interface EwmaVolatilityPathResult {
  /** σ₀ … σₙ: the estimate before the first return, then after each return (n + 1 values, ≥ 0). */
  volatilities: number[];
  /** σ²ₙ after the last return, ≥ 0. */
  variance: number;
  /** σₙ = √variance, ≥ 0. */
  volatility: number;
  /** σ₀², as given or the default. */
  initialVariance: number;
}

/**
 * The EWMA (RiskMetrics) volatility estimate after each return, for charts and for a calculator
 * fed with a pasted series: the same update as `ewmaVolatility` (./market.ts),
 * σ²ₙ = λ·σ²ₙ₋₁ + (1 − λ)·u²ₙ₋₁, with a default seed σ₀² = (u₁² + … + uₙ²)/n when none is given.
 *
 * @param input.lambda - λ, decimal in (0, 1).
 * @param input.returns - Non-empty list of finite returns (decimal per period), oldest first.
 * @param input.initialVariance - Optional σ₀², ≥ 0 (default: mean of the squared returns).
 * @param input.initialVolatility - Optional σ₀ ≥ 0 instead of `initialVariance`.
 * @returns Every σ along the way, the last variance and volatility, and the seed used (as a variance).
 * @throws {RiskInputError} Invalid field (`returns[i]` for a bad return), both seeds given
 * (`initialVolatility`), or overflow of u² or σ₀².
 * @see J.P. Morgan/Reuters, *RiskMetrics Technical Document*, 4th ed. (1996), §5.2 (zero-mean EWMA);
 * J. C. Hull, *Risk Management and Financial Institutions*, Example 5.2.
 * @example
 * ewmaVolatilityPath({ lambda: 0.9, initialVariance: 0.0001, returns: [0.02] }).volatilities; // [0.01, 0.0114017…]
 */
export function ewmaVolatilityPath(input: EwmaVolatilityPathInput): EwmaVolatilityPathResult {
  const o = requireObject('input', input);
  const lambda = requireFraction('lambda', o['lambda'], { minInclusive: false, maxInclusive: false });
  const returns = requireNonEmptyArray('returns', o['returns']).map((u, i) => requireFinite(`returns[${i}]`, u));
  const squares = returns.map((u, i) => requireFiniteResult(`returns[${i}]`, u * u));
  const givenVariance = optional(o['initialVariance'], undefined, (v) => requireNonNegative('initialVariance', v));
  const givenVolatility = optional(o['initialVolatility'], undefined, (v) => requireNonNegative('initialVolatility', v));
  if (givenVariance !== undefined && givenVolatility !== undefined) {
    throw new RiskInputError('initialVolatility', 'Give the starting variance or the starting volatility, not both.');
  }
  const initialVariance = givenVariance
    ?? (givenVolatility === undefined ? undefined : requireFiniteResult('initialVolatility', givenVolatility * givenVolatility))
    ?? requireFiniteResult('returns', compensatedSum(squares.map((square) => square / squares.length)));
  const variances = ewmaVariances(lambda, initialVariance, returns);
  const variance = variances[variances.length - 1]!;
  return { volatilities: variances.map(Math.sqrt), variance, volatility: Math.sqrt(variance), initialVariance };
}

/** Input of {@link ewmaDecay}. */
export interface EwmaDecayInput {
  /** Decay factor λ, decimal in (0, 1). */
  lambda: number;
}

/** Result of {@link ewmaDecay}, in periods of the returns (days for daily data). */
export interface EwmaDecayResult {
  /** Periods after which a return's weight has halved: ln 0.5 / ln λ, > 0. */
  halfLife: number;
  /** Effective window 1/(1 − λ): the average age of the weights plus one, ≥ 1. */
  effectiveWindow: number;
}

/**
 * How fast an EWMA forgets: the weight of a return k periods old is (1 − λ)·λᵏ, so it halves
 * every ln 0.5 / ln λ periods, and the weights sum like a window of 1/(1 − λ) periods.
 *
 * @param input.lambda - λ, decimal in (0, 1).
 * @returns `{ halfLife, effectiveWindow }` in periods (λ = 0.94: 11.20 and 16.67 days).
 * @throws {RiskInputError} λ not in (0, 1).
 * @see J.P. Morgan/Reuters, *RiskMetrics Technical Document*, 4th ed. (1996), §5.3 (decay factor and
 * effective number of days); half-life discussion:
 * https://quant.stackexchange.com/questions/73454/riskmetrics-half-life-and-decay-factor-settings
 * @example
 * ewmaDecay({ lambda: 0.94 }); // { halfLife: 11.2023…, effectiveWindow: 16.666… }
 */
export function ewmaDecay(input: EwmaDecayInput): EwmaDecayResult {
  const o = requireObject('input', input);
  const lambda = requireFraction('lambda', o['lambda'], { minInclusive: false, maxInclusive: false });
  // log1p keeps λ close to 1 accurate (ln λ = log1p(λ − 1); λ − 1 is exact there).
  return { halfLife: Math.log(0.5) / Math.log1p(lambda - 1), effectiveWindow: 1 / (1 - lambda) };
}

/** Input of {@link periodReturns}. */
export interface PeriodReturnsInput {
  /** Prices, oldest first, each > 0; at least two. */
  prices: readonly number[];
  /** `'simple'` Pₜ/Pₜ₋₁ − 1 (Hull) or `'log'` ln(Pₜ/Pₜ₋₁) (RiskMetrics). Default `'simple'`. */
  kind?: 'simple' | 'log' | undefined;
}

/**
 * The returns of a price series, one per interval: simple uₜ = Pₜ/Pₜ₋₁ − 1 or log uₜ = ln(Pₜ/Pₜ₋₁).
 *
 * @param input.prices - At least two prices > 0, oldest first.
 * @param input.kind - `'simple'` (default) or `'log'`.
 * @returns `{ returns }`: n − 1 decimal returns per period (> −1 for simple returns).
 * @throws {RiskInputError} Fewer than two prices, a bad `prices[i]`, or a simple return that overflows.
 * @see J. C. Hull, *Risk Management and Financial Institutions*, ch. "Volatility" (uᵢ = (Sᵢ − Sᵢ₋₁)/Sᵢ₋₁);
 * RiskMetrics Technical Document (1996), §4.1 (log price changes).
 * @example
 * periodReturns({ prices: [100, 102, 99.96] }).returns; // [0.02, -0.02]
 */
export function periodReturns(input: PeriodReturnsInput): { returns: number[] } {
  const o = requireObject('input', input);
  const prices = requireNonEmptyArray('prices', o['prices']).map((p, i) => requirePositive(`prices[${i}]`, p));
  const kind = optional(o['kind'], 'simple', (v) => requireOneOf('kind', v, ['simple', 'log'] as const));
  if (prices.length < 2) fail('prices', 'a list of at least two prices', o['prices']);
  const returns = prices.slice(1).map((price, i) => {
    const previous = prices[i]!;
    const ratio = price / previous;
    // A log return exists for any two positive prices; past the double range of the ratio take ln P − ln P₋₁.
    if (kind === 'log') return ratio > 0 && Number.isFinite(ratio) ? Math.log(ratio) : Math.log(price) - Math.log(previous);
    return requireFiniteResult(`prices[${i + 1}]`, ratio) - 1;
  });
  return { returns };
}
