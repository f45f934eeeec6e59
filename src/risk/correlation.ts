/**
 * Market synchronisation: what a two-asset portfolio's value at risk becomes when the
 * correlation of its assets jumps (to 1 in a crash, when everything falls together), and how far
 * related prices drift apart: the basis between a future and spot, and the spread of one asset
 * between two venues. The portfolio VaR itself is {@link twoAssetVar} (market.ts).
 */
import { DAYS_PER_YEAR } from './calendar.ts';
import { RiskInputError } from './errors.ts';
import { twoAssetVar, type TwoAssetVarInput, type TwoAssetVarResult } from './market.ts';
import { optional, requireFiniteResult, requireInRange, requireObject, requirePositive } from './validate.ts';

/** Input of {@link correlationStress}: a two-asset portfolio as in {@link twoAssetVar}, and the stressed correlation. */
export interface CorrelationStressInput extends TwoAssetVarInput {
  /** Correlation ρ_stress put in place of `correlation` for the stress, in [−1, 1]. Default 1 (everything moves together). */
  stressCorrelation?: number | undefined;
}

/** Result of {@link correlationStress}, currency. */
export interface CorrelationStressResult {
  /** The portfolio at its current correlation (see {@link TwoAssetVarResult}). */
  current: TwoAssetVarResult;
  /** The same portfolio with the correlation replaced by `stressCorrelation`. */
  stressed: TwoAssetVarResult;
  /** stressed.var − current.var: the extra VaR the correlation change brings (negative if it lowers VaR). */
  varIncrease: number;
}

/**
 * Correlation stress test of a two-asset portfolio: the parametric VaR at the current correlation
 * and at a stressed one, usually 1, when the diversification between the assets disappears.
 *
 * σ_P = √(σ₁² + σ₂² + 2ρσ₁σ₂) with σᵢ = valueᵢ·dailyVolᵢ; VaR = z·σ_P·√days (see {@link twoAssetVar}).
 * At ρ = 1, σ_P = σ₁ + σ₂: for two long positions the VaR is the sum of the stand-alone VaRs, and the
 * whole diversification benefit is lost. For a long–short pair, ρ → 1 lowers the VaR instead and
 * the risk lies in the correlation falling: stress it towards −1 or 0.
 *
 * @param input - The portfolio as in {@link twoAssetVar} (`first`, `second`, `correlation`, `days`, `confidence`, `z`).
 * @param input.stressCorrelation - ρ_stress in [−1, 1] (default 1).
 * @returns `{ current, stressed, varIncrease }`, currency.
 * @throws {RiskInputError} Invalid field (as {@link twoAssetVar}, and `stressCorrelation`), or overflow.
 * @see J. C. Hull, *Risk Management and Financial Institutions*, VaR chapter, Microsoft/AT&T example
 * (the sum of the stand-alone VaRs is the ρ = 1 case),
 * http://www.hezhiquan.com/docs/view/7f6f95514a9f4ad4ba0fb2a651e4955b_2.html
 * @example
 * // Hull: $10m at 2 %/day and $5m at 1 %/day, 10 days, z = 2.33; ρ = 0.3 → 1,622,657, ρ = 1 → 1,842,026
 * correlationStress({ first: { value: 10e6, dailyVol: 0.02 }, second: { value: 5e6, dailyVol: 0.01 },
 *   correlation: 0.3, days: 10, z: 2.33 }).varIncrease; // ≈ 219,369
 */
export function correlationStress(input: CorrelationStressInput): CorrelationStressResult {
  const o = requireObject('input', input);
  const current = twoAssetVar(input);
  const stressCorrelation = optional(o['stressCorrelation'], 1, (v) => requireInRange('stressCorrelation', v, { min: -1, max: 1 }));
  const stressed = twoAssetVar({ ...input, correlation: stressCorrelation });
  return { current, stressed, varIncrease: requireFiniteResult('first.value', stressed.var - current.var) };
}

/** Input of {@link futuresBasis}. */
export interface FuturesBasisInput {
  /** Spot (or index) price S, quote currency, > 0. */
  spot: number;
  /** Futures price F for the same asset, quote currency, > 0. */
  futuresPrice: number;
  /** Calendar days τ to the future's expiry, > 0 (ACT/365). */
  days: number;
}

/** Result of {@link futuresBasis}. */
export interface FuturesBasisResult {
  /** b = F − S, quote currency; positive is contango, negative backwardation. */
  basis: number;
  /** b / S, decimal fraction of spot. */
  basisRate: number;
  /** Simple annualised basis (b/S)·365/τ, decimal per year. */
  annualizedSimple: number;
  /** Continuously compounded annualised basis ln(F/S)·365/τ, decimal per year. */
  annualizedLog: number;
}

/**
 * Basis of a dated future against spot, raw and annualised: the carry a cash-and-carry trade
 * earns, and a gauge of how far the futures market has moved away from spot.
 *
 * b = F − S;  b% = (F − S)/S;  simple annualised b%·365/τ;  continuously compounded ln(F/S)·365/τ.
 *
 * @param input.spot - S, > 0.
 * @param input.futuresPrice - F, > 0.
 * @param input.days - τ, calendar days to expiry, > 0.
 * @returns `{ basis, basisRate, annualizedSimple, annualizedLog }`.
 * @throws {RiskInputError} Invalid field, or a result that overflows (`spot` for a basis rate, `days` for an annualised one).
 * @see J. C. Hull, *Options, Futures, and Other Derivatives*, ch. 5 (basis; F₀ = S₀e^{(r−q)T}), ACT/365 as crypto futures trade every day.
 * @example
 * futuresBasis({ spot: 60_000, futuresPrice: 61_200, days: 90 });
 * // { basis: 1200, basisRate: 0.02, annualizedSimple: 0.0811…, annualizedLog: 0.0803… }
 */
export function futuresBasis(input: FuturesBasisInput): FuturesBasisResult {
  const o = requireObject('input', input);
  const spot = requirePositive('spot', o['spot']);
  const futuresPrice = requirePositive('futuresPrice', o['futuresPrice']);
  const days = requirePositive('days', o['days']);
  const basis = futuresPrice - spot;
  const basisRate = requireFiniteResult('spot', basis / spot);
  const perYear = DAYS_PER_YEAR / days;
  // ln(F/S) from the ratio when it is representable, else from the difference of logarithms.
  const ratio = futuresPrice / spot;
  const logRatio = ratio > 0 && Number.isFinite(ratio) ? Math.log(ratio) : Math.log(futuresPrice) - Math.log(spot);
  return {
    basis,
    basisRate,
    annualizedSimple: requireFiniteResult('days', basisRate * perYear),
    annualizedLog: requireFiniteResult('days', logRatio * perYear),
  };
}

/** Input of {@link crossVenueSpread}. */
export interface CrossVenueSpreadInput {
  /** Price of the asset on venue A, quote currency, > 0. */
  priceA: number;
  /** Price of the same asset on venue B, same currency, > 0. */
  priceB: number;
}

/** Result of {@link crossVenueSpread}. */
export interface CrossVenueSpreadResult {
  /** P_B − P_A, quote currency (positive: B is dearer). */
  spread: number;
  /** Mid price (P_A + P_B)/2. */
  mid: number;
  /** Spread in basis points of the mid, (P_B − P_A)/mid·10⁴; within ±20,000 (the limit when one price is negligible). */
  spreadBps: number;
}

/**
 * Spread of one asset between two venues, in currency and in basis points of the mid price.
 *
 * spread = P_B − P_A;  mid = (P_A + P_B)/2;  spread_bps = spread / mid · 10⁴.
 *
 * @param input.priceA - P_A, > 0.
 * @param input.priceB - P_B, > 0.
 * @returns `{ spread, mid, spreadBps }`.
 * @throws {RiskInputError} Invalid field.
 * @example
 * crossVenueSpread({ priceA: 60_000, priceB: 60_150 }).spreadBps; // 24.9688
 */
export function crossVenueSpread(input: CrossVenueSpreadInput): CrossVenueSpreadResult {
  const o = requireObject('input', input);
  const priceA = requirePositive('priceA', o['priceA']);
  const priceB = requirePositive('priceB', o['priceB']);
  // Halves first: (P_A + P_B) itself may overflow near the largest double.
  const mid = priceA / 2 + priceB / 2;
  const spread = priceB - priceA;
  if (mid === 0) throw new RiskInputError('priceA', 'Prices too small to compute a spread in basis points; use a larger price unit.');
  return { spread, mid, spreadBps: (spread / mid) * 10_000 };
}
