/**
 * Balance-sheet interest-rate risk: the duration gap of assets and liabilities.
 */
import { requireFinite, requireFiniteResult, requireInRange, requireNonNegative, requireObject, requirePositive } from './validate.ts';

/** Input of {@link durationGap}. */
export interface DurationGapInput {
  /** Market value of assets A, currency, > 0. */
  assets: number;
  /** Duration of assets D_A, years, ≥ 0. */
  assetDuration: number;
  /** Market value of liabilities L, currency, ≥ 0. */
  liabilities: number;
  /** Duration of liabilities D_L, years, ≥ 0. */
  liabilityDuration: number;
  /** Current yield level y, decimal per year, > −1. */
  yieldLevel: number;
  /** Yield change Δy, decimal (0.01 is +100 bp), finite. */
  yieldChange: number;
}

/** Result of {@link durationGap}. */
export interface DurationGapResult {
  /** DGAP = D_A − (L/A)·D_L, years. Positive: equity loses when rates rise. */
  gap: number;
  /** ΔE ≈ −DGAP·A·Δy/(1 + y), currency (first-order; convexity ignored). */
  equityChange: number;
}

/**
 * Duration gap of a balance sheet and the first-order change in the market
 * value of equity for a parallel yield shift.
 *
 * DGAP = D_A − (L/A)·D_L;  ΔE = −DGAP·A·Δy/(1 + y).
 *
 * @param input.assets - A, currency, > 0.
 * @param input.assetDuration - D_A, years, ≥ 0.
 * @param input.liabilities - L, currency, ≥ 0.
 * @param input.liabilityDuration - D_L, years, ≥ 0.
 * @param input.yieldLevel - y, decimal, > −1.
 * @param input.yieldChange - Δy, decimal, finite.
 * @returns `{ gap, equityChange }`: gap in years, equityChange in currency.
 * @throws {RiskInputError} Invalid field, or overflow (`assets`).
 * @see F. Mishkin, *The Economics of Money, Banking and Financial Markets*, duration-gap analysis
 * (http://itech.fgcu.edu/faculty/bhobbs/MEPPT/ch22pc/tsld009.htm); Koch & MacDonald, *Bank Management*.
 * @example
 * // Mishkin: D_A 1.16, D_L 2.77, L/A = 0.9, i 10 % → 15 %: DGAP −1.333, ΔNW/A ≈ +6.1 %
 * durationGap({ assets: 100, assetDuration: 1.16, liabilities: 90, liabilityDuration: 2.77, yieldLevel: 0.1, yieldChange: 0.05 });
 * // { gap: -1.333, equityChange: 6.0590… }
 */
export function durationGap(input: DurationGapInput): DurationGapResult {
  const o = requireObject('input', input);
  const assets = requirePositive('assets', o['assets']);
  const assetDuration = requireNonNegative('assetDuration', o['assetDuration']);
  const liabilities = requireNonNegative('liabilities', o['liabilities']);
  const liabilityDuration = requireNonNegative('liabilityDuration', o['liabilityDuration']);
  const yieldLevel = requireInRange('yieldLevel', o['yieldLevel'], { min: -1, minInclusive: false });
  const yieldChange = requireFinite('yieldChange', o['yieldChange']);
  const gap = requireFiniteResult('liabilities', assetDuration - (liabilities / assets) * liabilityDuration);
  const equityChange = requireFiniteResult('assets', (-gap * assets * yieldChange) / (1 + yieldLevel));
  return { gap, equityChange: equityChange === 0 ? 0 : equityChange };
}
