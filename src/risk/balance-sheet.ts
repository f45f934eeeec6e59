/**
 * Balance-sheet interest-rate risk: the duration gap of assets and liabilities, and what a
 * parallel yield shift does to each side of the balance sheet.
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

/** Result of {@link balanceSheetRateShock}: {@link durationGap}'s figures and each side of the balance sheet. */
export interface BalanceSheetRateShockResult {
  /** DGAP = D_A − (L/A)·D_L, years (as {@link durationGap}). */
  gap: number;
  /** Equity before the shock E = A − L, currency (negative: the balance sheet is insolvent). */
  equity: number;
  /** ΔA ≈ −D_A·A·Δy/(1 + y), currency. */
  assetChange: number;
  /** ΔL ≈ −D_L·L·Δy/(1 + y), currency. */
  liabilityChange: number;
  /** ΔE ≈ −DGAP·A·Δy/(1 + y) = ΔA − ΔL, currency (as {@link durationGap}). */
  equityChange: number;
  /** E + ΔE, currency. */
  equityAfter: number;
  /** ΔE / A, decimal fraction of assets (Mishkin's %ΔNW). */
  equityChangeOfAssets: number;
  /** ΔE / E, decimal fraction of equity; null when E ≤ 0 (no equity to measure against). */
  equityChangeOfEquity: number | null;
  /** Duration of equity D_E = (D_A·A − D_L·L)/E, years (DGAP = D_E·E/A); null when E ≤ 0. */
  equityDuration: number | null;
}

/**
 * A parallel yield shock applied to a balance sheet: the change in the market value of assets,
 * liabilities and equity, first order in the yield change, with the duration gap.
 *
 * ΔA = −D_A·A·Δy/(1 + y);  ΔL = −D_L·L·Δy/(1 + y);  ΔE = −DGAP·A·Δy/(1 + y) with DGAP = D_A − (L/A)·D_L;
 * E = A − L;  D_E = (D_A·A − D_L·L)/E.
 *
 * @param input - As {@link durationGap}: assets A (> 0), assetDuration D_A and liabilityDuration D_L (years, ≥ 0),
 * liabilities L (≥ 0), yieldLevel y (decimal, > −1), yieldChange Δy (decimal, finite).
 * @returns {@link BalanceSheetRateShockResult}: money in the currency of A and L, durations in years, ratios as decimals.
 * @throws {RiskInputError} Invalid field, or overflow (`assets`, `liabilities`).
 * @see F. Mishkin, *The Economics of Money, Banking and Financial Markets*, duration-gap analysis
 * (http://itech.fgcu.edu/faculty/bhobbs/MEPPT/ch22pc/tsld009.htm); A. Saunders and M. M. Cornett,
 * *Financial Institutions Management*, leverage-adjusted duration gap.
 * @example
 * // Mishkin's finance company: A 100, L 90, D_A 1.16, D_L 2.77, i 10 % → 15 %
 * balanceSheetRateShock({ assets: 100, assetDuration: 1.16, liabilities: 90, liabilityDuration: 2.77, yieldLevel: 0.1, yieldChange: 0.05 });
 * // equityChange 6.0590…, equityChangeOfAssets 0.0606, equityChangeOfEquity 0.6059, equityDuration −13.33
 */
export function balanceSheetRateShock(input: DurationGapInput): BalanceSheetRateShockResult {
  const { gap, equityChange } = durationGap(input);
  // durationGap has validated every field.
  const { assets, assetDuration, liabilities, liabilityDuration, yieldLevel, yieldChange } = input;
  // Same order of operations as durationGap: multiply first, divide by (1 + y) last.
  const shocked = (duration: number, value: number) => (-duration * value * yieldChange) / (1 + yieldLevel);
  const assetChange = requireFiniteResult('assets', shocked(assetDuration, assets));
  const liabilityChange = requireFiniteResult('liabilities', shocked(liabilityDuration, liabilities));
  const equity = assets - liabilities;
  const equityAfter = requireFiniteResult('assets', equity + equityChange);
  const hasEquity = equity > 0;
  return {
    gap,
    equity,
    assetChange: plainZero(assetChange),
    liabilityChange: plainZero(liabilityChange),
    equityChange,
    equityAfter: plainZero(equityAfter),
    // −DGAP·Δy/(1 + y) directly: ΔE/A would overflow for a tiny A.
    equityChangeOfAssets: plainZero(requireFiniteResult('yieldChange', shocked(gap, 1))),
    equityChangeOfEquity: hasEquity ? plainZero(requireFiniteResult('liabilities', equityChange / equity)) : null,
    // (D_A·A − D_L·L)/E = DGAP·A/E, written with the gap so that it needs no second large subtraction.
    equityDuration: hasEquity ? plainZero(requireFiniteResult('liabilities', (gap * assets) / equity)) : null,
  };
}

/** −0 → 0, so that results never print as "−0". */
function plainZero(value: number): number {
  return value === 0 ? 0 : value;
}
