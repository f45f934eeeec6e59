/**
 * Value at risk and expected shortfall of a book: two correlated positions (variance–covariance)
 * and historical simulation from scenario P&Ls; and the normal VaR/ES formula shared with
 * `parametricVar` (./market.ts).
 */
import { RiskInputError } from './errors.ts';
import { standardNormalPdf, standardNormalQuantile } from './normal.ts';
import { compensatedSum } from './numeric.ts';
import {
  optional,
  requireFinite,
  requireFiniteResult,
  requireFraction,
  requireInRange,
  requireNonEmptyArray,
  requireObject,
  requirePositive,
} from './validate.ts';

/** VaR and ES in currency (the shape of `ParametricVarResult`). */
interface NormalTail {
  var: number;
  es: number;
}

/** Library-internal: VaR = z·σ and ES = φ(z)/(1 − confidence)·σ of a zero-mean normal loss with standard deviation σ. */
export function normalTail(sigma: number, confidence: number, z: number, sizeField: string): NormalTail {
  return {
    var: requireFiniteResult(sizeField, z * sigma),
    es: requireFiniteResult(sizeField, (standardNormalPdf(z) / (1 - confidence)) * sigma),
  };
}

/** One position of {@link twoAssetVar}. */
export interface VarPosition {
  /** Position value in currency, finite; negative for a short, 0 for none. */
  value: number;
  /** Daily volatility of the asset's returns, decimal (0.03 is 3 % a day), > 0. */
  dailyVol: number;
}

/** Input of {@link twoAssetVar}. */
export interface TwoAssetVarInput {
  first: VarPosition;
  second: VarPosition;
  /** Correlation ρ of the two assets' daily returns, in [−1, 1]. */
  correlation: number;
  /** Horizon in days, > 0 (square-root-of-time scaling). Default 1. */
  days?: number | undefined;
  /** Confidence level, decimal in (0, 1). Default 0.99. */
  confidence?: number | undefined;
  /** Quantile to use instead of Φ⁻¹(confidence), finite (Hull uses 2.33). Optional. */
  z?: number | undefined;
}

/** Result of {@link twoAssetVar}, currency. */
export interface TwoAssetVarResult {
  /** Value at risk of the two positions together over the horizon. */
  var: number;
  /** Expected shortfall of the two positions together over the horizon, ≥ `var` for z = Φ⁻¹(confidence). */
  es: number;
  /** One-day standard deviation of the portfolio's P&L σ_P, ≥ 0. */
  dailySd: number;
  /** Stand-alone VaR of the first position (its size taken as |value|). */
  firstVar: number;
  /** Stand-alone VaR of the second position. */
  secondVar: number;
  /** Sum of the stand-alone VaRs: the VaR if the two always moved together against the holder. */
  undiversifiedVar: number;
  /** undiversifiedVar − var: what the imperfect correlation saves, ≥ 0 when z ≥ 0. */
  diversificationBenefit: number;
}

/**
 * Parametric (variance–covariance) VaR and ES of two positions with normal, zero-mean,
 * correlated returns, with square-root-of-time scaling.
 *
 * σᵢ = valueᵢ·dailyVolᵢ (currency, signed by the position's side);
 * σ_P² = σ₁² + σ₂² + 2ρσ₁σ₂;  VaR = z·σ_P·√days;  ES = φ(z)/(1 − confidence)·σ_P·√days.
 * Stand-alone VaRs use |σᵢ|; the diversification benefit is their sum minus the portfolio VaR.
 * A short position (negative value) turns a positive correlation into a hedge.
 *
 * @param input.first - `{ value, dailyVol }`: value in currency (finite, negative = short), daily vol > 0.
 * @param input.second - Same for the second asset.
 * @param input.correlation - ρ in [−1, 1].
 * @param input.days - Horizon, days, > 0 (default 1).
 * @param input.confidence - Decimal in (0, 1) (default 0.99).
 * @param input.z - Optional quantile override, finite.
 * @returns VaR, ES, σ_P and the stand-alone and undiversified VaRs, in currency.
 * @throws {RiskInputError} Invalid field (`first.value`, `second.dailyVol`, …), or overflow.
 * @see J. C. Hull, *Risk Management and Financial Institutions*, VaR chapter, Microsoft/AT&T example
 * (ρ = 0.3: σ_P = 220,227 a day, 10-day 99 % VaR 1,622,657, diversification benefit 219,369),
 * http://www.hezhiquan.com/docs/view/7f6f95514a9f4ad4ba0fb2a651e4955b_2.html
 * @example
 * // Hull: $10m at 2 %/day and $5m at 1 %/day, ρ = 0.3, 10 days, z = 2.33 → VaR ≈ 1,622,657
 * twoAssetVar({ first: { value: 10e6, dailyVol: 0.02 }, second: { value: 5e6, dailyVol: 0.01 }, correlation: 0.3, days: 10, z: 2.33 }).var;
 */
export function twoAssetVar(input: TwoAssetVarInput): TwoAssetVarResult {
  const o = requireObject('input', input);
  const position = (name: 'first' | 'second') => {
    const p = requireObject(name, o[name]);
    const value = requireFinite(`${name}.value`, p['value']);
    const dailyVol = requirePositive(`${name}.dailyVol`, p['dailyVol']);
    return { sd: requireFiniteResult(`${name}.value`, value * dailyVol), field: `${name}.value` };
  };
  const first = position('first');
  const second = position('second');
  const correlation = requireInRange('correlation', o['correlation'], { min: -1, max: 1 });
  const days = optional(o['days'], 1, (v) => requirePositive('days', v));
  const confidence = optional(o['confidence'], 0.99, (v) =>
    requireFraction('confidence', v, { minInclusive: false, maxInclusive: false }),
  );
  const z = optional(o['z'], standardNormalQuantile(confidence), (v) => requireFinite('z', v));
  // σ_P = m·√(a² + b² + 2ρab) with a, b scaled by the larger |σᵢ| = m, so the squares cannot overflow;
  // rounding can leave the bracket a hair below 0 for ρ = −1 and equal sizes.
  const scale = Math.max(Math.abs(first.sd), Math.abs(second.sd));
  const a = scale === 0 ? 0 : first.sd / scale;
  const b = scale === 0 ? 0 : second.sd / scale;
  const larger = Math.abs(first.sd) >= Math.abs(second.sd) ? first.field : second.field;
  const dailySd = requireFiniteResult(larger, scale * Math.sqrt(Math.max(0, a * a + b * b + 2 * correlation * a * b)));
  const rootDays = Math.sqrt(days);
  const portfolio = normalTail(requireFiniteResult('days', dailySd * rootDays), confidence, z, larger);
  const firstVar = normalTail(requireFiniteResult('days', Math.abs(first.sd) * rootDays), confidence, z, first.field).var;
  const secondVar = normalTail(requireFiniteResult('days', Math.abs(second.sd) * rootDays), confidence, z, second.field).var;
  const undiversifiedVar = requireFiniteResult(larger, firstVar + secondVar);
  return {
    var: portfolio.var,
    es: portfolio.es,
    dailySd,
    firstVar,
    secondVar,
    undiversifiedVar,
    diversificationBenefit: requireFiniteResult(larger, undiversifiedVar - portfolio.var),
  };
}

/** Input of {@link historicalVar}. */
export interface HistoricalVarInput {
  /** Profit (+) or loss (−) of the position in each historical scenario, currency, finite; at least 1/(1 − confidence) of them. */
  profitAndLoss: readonly number[];
  /** Confidence level, decimal in (0, 1). Default 0.99. */
  confidence?: number | undefined;
  /**
   * Horizon in periods of the scenarios (days for daily P&L), > 0. Default 1. VaR and ES are scaled
   * by √days, which assumes independent, identically distributed P&Ls (the Basel "√10" shortcut).
   */
  days?: number | undefined;
}

/** Result of {@link historicalVar}, currency. */
export interface HistoricalVarResult {
  /** Value at risk over the horizon: the k-th largest loss × √days (negative if even that scenario is a gain). */
  var: number;
  /** Expected shortfall over the horizon: the mean of the k largest losses × √days, ≥ `var`. */
  es: number;
  /** k = ⌊n·(1 − confidence)⌋, the number of scenarios in the tail, ≥ 1. */
  tailCount: number;
  /** n, the number of scenarios. */
  scenarios: number;
  /** The largest loss of all scenarios (negative if every scenario is a gain). */
  worstLoss: number;
}

/**
 * Historical-simulation VaR and ES from a list of scenario P&Ls (for example one per past day,
 * the position revalued on each day's market moves).
 *
 * Losses Lᵢ = −P&Lᵢ sorted from the largest down; k = ⌊n·(1 − confidence)⌋;
 * VaR = L₍ₖ₎ (the k-th largest loss), ES = (L₍₁₎ + … + L₍ₖ₎)/k (the mean of the k largest),
 * both × √days for a horizon of several periods. This is Hull's convention (500 scenarios at 99 %: the 5th worst loss); other tools interpolate
 * between order statistics or take the (k+1)-th, so figures may differ slightly.
 *
 * @param input.profitAndLoss - Scenario P&Ls, currency, finite; n·(1 − confidence) ≥ 1.
 * @param input.confidence - Decimal in (0, 1) (default 0.99).
 * @param input.days - Horizon in periods of the scenarios, > 0 (default 1; √days scaling).
 * @returns `{ var, es, tailCount, scenarios, worstLoss }`; es ≥ var; `worstLoss` is not scaled.
 * @throws {RiskInputError} Bad confidence or days; overflow of the scaling (`days`); an empty list, a bad `profitAndLoss[i]`, or fewer than
 * 1/(1 − confidence) scenarios (`profitAndLoss`).
 * @see J. C. Hull, *Risk Management and Financial Institutions*, historical simulation (500 daily
 * scenarios, 99 % one-day VaR = the fifth-worst loss; ES = mean of the losses in the tail).
 * @example
 * // Losses 1, 2, …, 100 at 95 %: k = 5 → VaR = 96, ES = (100 + 99 + 98 + 97 + 96)/5 = 98
 * historicalVar({ profitAndLoss: Array.from({ length: 100 }, (_, i) => -(i + 1)), confidence: 0.95 });
 */
export function historicalVar(input: HistoricalVarInput): HistoricalVarResult {
  const o = requireObject('input', input);
  const confidence = optional(o['confidence'], 0.99, (v) =>
    requireFraction('confidence', v, { minInclusive: false, maxInclusive: false }),
  );
  const days = optional(o['days'], 1, (v) => requirePositive('days', v));
  const losses = requireNonEmptyArray('profitAndLoss', o['profitAndLoss'])
    // 0 − x, not −x: a P&L of 0 or −0 is a loss of +0 whatever its sign, so the result does not depend on the order.
    .map((pnl, i) => 0 - requireFinite(`profitAndLoss[${i}]`, pnl))
    .sort((x, y) => y - x);
  const scenarios = losses.length;
  // n(1 − c) carries rounding (100 × (1 − 0.95) = 5.000000000000004, 1 − 0.99 is not 0.01 exactly).
  const tailCount = Math.floor(scenarios * (1 - confidence) * (1 + 1e-9));
  if (tailCount < 1) {
    const needed = Math.ceil((1 / (1 - confidence)) * (1 - 1e-9));
    throw new RiskInputError(
      'profitAndLoss',
      `At a ${String(Number((confidence * 100).toPrecision(10)))} % confidence level historical VaR needs at least ${needed.toLocaleString('en-US')} scenarios; got ${scenarios.toLocaleString('en-US')}.`,
    );
  }
  const tail = losses.slice(0, tailCount);
  const valueAtRisk = tail[tailCount - 1]!;
  const worstLoss = tail[0]!;
  let mean = compensatedSum(tail) / tailCount;
  if (!Number.isFinite(mean)) {
    // The sum overflowed: average the losses scaled by the largest |loss| instead.
    const scale = Math.max(Math.abs(worstLoss), Math.abs(valueAtRisk));
    mean = (compensatedSum(tail.map((loss) => loss / scale)) / tailCount) * scale;
  }
  // The mean of the tail lies between its smallest and largest loss; clamping also absorbs rounding.
  const es = Math.min(worstLoss, Math.max(valueAtRisk, mean));
  const rootDays = Math.sqrt(days);
  return {
    var: requireFiniteResult('days', valueAtRisk * rootDays),
    es: requireFiniteResult('days', es * rootDays),
    tailCount,
    scenarios,
    worstLoss,
  };
}
