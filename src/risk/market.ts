/**
 * Market risk, the contract's two functions: parametric (normal) value at risk and expected
 * shortfall of one position, and the exponentially weighted moving average (EWMA) volatility
 * estimate. Two-position and historical VaR are in ./value-at-risk.ts, the EWMA path, its decay and
 * price returns in ./ewma.ts (separate modules so that a page loads only the code it uses); they are
 * re-exported here.
 */
import { ewmaVariances } from './ewma.ts';
import { standardNormalQuantile } from './normal.ts';
import { normalTail } from './value-at-risk.ts';
import {
  optional,
  requireFinite,
  requireFiniteResult,
  requireFraction,
  requireNonEmptyArray,
  requireNonNegative,
  requireObject,
  requirePositive,
} from './validate.ts';

/** Input of {@link parametricVar}. */
export interface ParametricVarInput {
  /** Position value, currency, > 0. */
  value: number;
  /** Daily volatility of returns, decimal (0.02 is 2 % a day), > 0. */
  dailyVol: number;
  /** Horizon in days, > 0 (square-root-of-time scaling). Default 1. */
  days?: number | undefined;
  /** Confidence level, decimal in (0, 1). Default 0.99. */
  confidence?: number | undefined;
  /** Quantile to use instead of Φ⁻¹(confidence), finite (e.g. Hull's rounded 2.33). Optional. */
  z?: number | undefined;
}

/** Result of {@link parametricVar}, currency. */
export interface ParametricVarResult {
  /** Value at risk: the loss not exceeded with probability `confidence` over the horizon. */
  var: number;
  /** Expected shortfall: the mean loss beyond the VaR quantile. */
  es: number;
}

/**
 * Parametric value at risk and expected shortfall of a position with normal,
 * zero-mean returns and square-root-of-time scaling.
 *
 * σ_h = dailyVol·√days·value;  VaR = z·σ_h;  ES = φ(z)/(1 − confidence)·σ_h;
 * z = Φ⁻¹(confidence) unless `z` is given. A given `z` replaces the quantile in
 * both formulas (VaR = z·σ_h and φ(z) in ES); `confidence` then only enters ES
 * through 1 − confidence. With the exact z, ES ≥ VaR for every confidence.
 *
 * @param input.value - Position value, currency, > 0.
 * @param input.dailyVol - Daily return volatility, decimal, > 0.
 * @param input.days - Horizon, days, > 0 (default 1).
 * @param input.confidence - Decimal in (0, 1) (default 0.99).
 * @param input.z - Optional quantile override, finite.
 * @returns `{ var, es }` in currency (negative VaR only for confidence < ½ or a negative `z`).
 * @throws {RiskInputError} Invalid field, or overflow (`value`).
 * @see J. C. Hull, *Risk Management and Financial Institutions*, VaR chapter (Microsoft/AT&T example,
 * z = 2.33), http://www.hezhiquan.com/docs/view/7f6f95514a9f4ad4ba0fb2a651e4955b_2.html ; ES of the normal
 * distribution: McNeil, Frey & Embrechts, *Quantitative Risk Management*, p. 45 (QRMlib `ESnorm`).
 * @example
 * // Hull: $10m, σ 2 %/day, 10 days, z = 2.33 → VaR ≈ 1,473,621
 * parametricVar({ value: 10e6, dailyVol: 0.02, days: 10, z: 2.33 }).var; // 1473621.4…
 */
export function parametricVar(input: ParametricVarInput): ParametricVarResult {
  const o = requireObject('input', input);
  const value = requirePositive('value', o['value']);
  const dailyVol = requirePositive('dailyVol', o['dailyVol']);
  const days = optional(o['days'], 1, (v) => requirePositive('days', v));
  const confidence = optional(o['confidence'], 0.99, (v) =>
    requireFraction('confidence', v, { minInclusive: false, maxInclusive: false }),
  );
  const z = optional(o['z'], standardNormalQuantile(confidence), (v) => requireFinite('z', v));
  const sigma = requireFiniteResult('value', dailyVol * Math.sqrt(days) * value);
  return normalTail(sigma, confidence, z, 'value');
}

/** Input of {@link ewmaVolatility}. */
export interface EwmaVolatilityInput {
  /** Decay factor λ, decimal in (0, 1) (RiskMetrics: 0.94 daily). */
  lambda: number;
  /** Starting variance σ₀², in squared return units (per period), ≥ 0. */
  initialVariance: number;
  /** Returns u, decimal per period (0.01 is 1 %), oldest first; at least one. */
  returns: readonly number[];
}

/** Result of {@link ewmaVolatility}, per period of the returns. */
export interface EwmaVolatilityResult {
  /** σ²_n after the last return, ≥ 0. */
  variance: number;
  /** σ_n = √variance, ≥ 0. */
  volatility: number;
}

/**
 * Exponentially weighted moving average (RiskMetrics) variance update applied
 * once per return, oldest first, from `initialVariance`:
 *
 * σ²_n = λ·σ²_{n−1} + (1 − λ)·u²_{n−1}.
 *
 * @param input.lambda - λ, decimal in (0, 1).
 * @param input.initialVariance - σ₀², ≥ 0.
 * @param input.returns - Non-empty list of finite returns (decimal per period).
 * @returns `{ variance, volatility }` per period; variance ≥ 0 (> 0 if σ₀² > 0 or any return ≠ 0, unless it underflows).
 * @throws {RiskInputError} Invalid field (`returns[i]` for a bad return), or overflow of u².
 * @see J. C. Hull, *Risk Management and Financial Institutions*, Example 5.2 (λ = 0.90);
 * J.P. Morgan/Reuters, *RiskMetrics Technical Document*, 4th ed. (1996).
 * @example
 * // Hull RMFI Example 5.2: σ = 1 %, u = 2 %, λ = 0.9 → σ² = 0.00013, σ ≈ 1.14 %
 * ewmaVolatility({ lambda: 0.9, initialVariance: 0.0001, returns: [0.02] }); // { variance: 0.00013, volatility: 0.0114017… }
 */
export function ewmaVolatility(input: EwmaVolatilityInput): EwmaVolatilityResult {
  const o = requireObject('input', input);
  const lambda = requireFraction('lambda', o['lambda'], { minInclusive: false, maxInclusive: false });
  const initialVariance = requireNonNegative('initialVariance', o['initialVariance']);
  const returns = requireNonEmptyArray('returns', o['returns']).map((u, i) => requireFinite(`returns[${i}]`, u));
  const variances = ewmaVariances(lambda, initialVariance, returns);
  const variance = variances[variances.length - 1]!;
  return { variance, volatility: Math.sqrt(variance) };
}

export { historicalVar, twoAssetVar } from './value-at-risk.ts';
export type { HistoricalVarInput, HistoricalVarResult, TwoAssetVarInput, TwoAssetVarResult, VarPosition } from './value-at-risk.ts';
export { ewmaDecay, ewmaVolatilityPath, periodReturns } from './ewma.ts';
export type { EwmaDecayInput, EwmaDecayResult, EwmaVolatilityPathInput, EwmaVolatilityPathResult, PeriodReturnsInput } from './ewma.ts';
