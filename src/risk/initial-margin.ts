/**
 * Initial margin calibration: the margin that covers a position's move over the margin period of
 * risk at a chosen confidence (IM = z·σ·√MPOR·notional), the leverage it allows, and, the other
 * way round, the confidence that a venue's maximum leverage implies; and the leverage tier of a
 * venue's table that a notional falls in.
 */
import { RiskInputError } from './errors.ts';
import { standardNormalCdf, standardNormalQuantile } from './normal.ts';
import {
  fail,
  optional,
  requireFiniteResult,
  requireFraction,
  requireInRange,
  requireNonEmptyArray,
  requireNonNegative,
  requireObject,
  requirePositive,
} from './validate.ts';

/** Input of {@link initialMargin}. */
export interface InitialMarginInput {
  /** Position notional, currency, > 0. */
  notional: number;
  /** Daily volatility of the contract's returns, decimal (0.04 is 4 % a day), > 0. */
  dailyVol: number;
  /** Margin period of risk (MPOR): days from the last margin call met to the position closed out, > 0. */
  days: number;
  /** One-tailed confidence level, decimal in (0.5, 1). Default 0.99. */
  confidence?: number | undefined;
  /** Quantile to use instead of Φ⁻¹(confidence), > 0. Optional. */
  z?: number | undefined;
}

/** Result of {@link initialMargin}. */
export interface InitialMarginResult {
  /** Initial margin IM = rate·notional, currency, > 0. */
  margin: number;
  /** Initial margin rate IMR = z·σ·√MPOR, decimal fraction of notional, > 0. */
  rate: number;
  /** Highest leverage the margin allows, 1/IMR, > 0. */
  maxLeverage: number;
  /** σ·√MPOR: the standard deviation of the return over the margin period, decimal. */
  horizonVol: number;
  /** The quantile used. */
  z: number;
}

/**
 * Initial margin of a linear position sized to cover its move over the margin period of risk with
 * a one-tailed confidence, returns normal with zero mean and square-root-of-time scaling:
 *
 * IMR = z·σ_daily·√MPOR,  IM = IMR·notional,  L_max = 1/IMR,  z = Φ⁻¹(confidence) unless given.
 *
 * BCBS–IOSCO set 99 % over at least 10 days for uncleared derivatives; CME's SPAN covers 99 % over
 * a 1- or 2-day close-out; crypto venues publish the result as maximum leverage per notional tier.
 *
 * @param input.notional - Notional, currency, > 0.
 * @param input.dailyVol - σ per day, decimal, > 0 (annual σ/√365 for a market that trades every day).
 * @param input.days - MPOR, days, > 0.
 * @param input.confidence - Decimal in (0.5, 1) (default 0.99).
 * @param input.z - Optional quantile override, > 0.
 * @returns `{ margin, rate, maxLeverage, horizonVol, z }` (rate may exceed 1 for a very volatile contract).
 * @throws {RiskInputError} Invalid field, overflow, or a rate too small for a finite leverage (`dailyVol`).
 * @see BCBS–IOSCO, *Margin requirements for non-centrally cleared derivatives* (2019), §3.1 (one-tailed
 * 99 %, 10-day horizon); RBA, assessment of CME Clearing, Standard 6 (SPAN: 99 %, 1-day close-out).
 * @example
 * // σ = 80 %/yr (÷√365), MPOR 1 day, 99 %, 1,000,000 notional → IM ≈ 97,413.29, L_max ≈ 10.27
 * initialMargin({ notional: 1e6, dailyVol: 0.8 / Math.sqrt(365), days: 1 });
 */
export function initialMargin(input: InitialMarginInput): InitialMarginResult {
  const o = requireObject('input', input);
  const notional = requirePositive('notional', o['notional']);
  const dailyVol = requirePositive('dailyVol', o['dailyVol']);
  const days = requirePositive('days', o['days']);
  const confidence = optional(o['confidence'], 0.99, (v) =>
    requireFraction('confidence', v, { min: 0.5, minInclusive: false, maxInclusive: false }),
  );
  const z = optional(o['z'], standardNormalQuantile(confidence), (v) => requirePositive('z', v));
  const horizonVol = requireFiniteResult('dailyVol', dailyVol * Math.sqrt(days));
  const rate = requireFiniteResult('dailyVol', z * horizonVol);
  const maxLeverage = 1 / rate;
  if (!Number.isFinite(maxLeverage) || !(rate > 0)) {
    throw new RiskInputError('dailyVol', 'Daily volatility is too small for the margin rate to be told from 0.');
  }
  return { margin: requireFiniteResult('notional', rate * notional), rate, maxLeverage, horizonVol, z };
}

/** Input of {@link marginCoverage}. */
export interface MarginCoverageInput {
  /** Maximum leverage the venue allows, L > 0 (125 for 125×); its margin rate is 1/L. */
  maxLeverage: number;
  /** Daily volatility of the contract's returns, decimal, > 0. */
  dailyVol: number;
  /** Margin period of risk (close-out time), days, > 0. */
  days: number;
}

/** Result of {@link marginCoverage}. */
export interface MarginCoverageResult {
  /** Initial margin rate 1/L, decimal fraction of notional. */
  marginRate: number;
  /** σ·√MPOR, decimal. */
  horizonVol: number;
  /** How many standard deviations of the MPOR move the margin covers: IMR/(σ·√MPOR), > 0. */
  z: number;
  /** One-tailed probability that the adverse move over the MPOR stays within the margin: Φ(z), in (0.5, 1]. */
  confidence: number;
}

/**
 * What a venue's maximum leverage covers: its initial margin rate IMR = 1/L read as a number of
 * standard deviations of the move over the margin period of risk, and the one-tailed confidence
 * that implies under a normal model. The inverse of {@link initialMargin}.
 *
 * IMR = 1/L,  z = IMR/(σ_daily·√MPOR),  confidence = Φ(z).
 *
 * @param input.maxLeverage - L > 0.
 * @param input.dailyVol - σ per day, decimal, > 0.
 * @param input.days - MPOR, days, > 0.
 * @returns `{ marginRate, horizonVol, z, confidence }`.
 * @throws {RiskInputError} Invalid field, or z too large to compute (`dailyVol`).
 * @see Binance, "Leverage and Margin of USDⓈ-M Futures", https://www.binance.com/en/support/faq/360033162192
 * (125× ↔ 0.8 % initial margin); BCBS–IOSCO (2019) for the one-tailed 99 % standard it is compared with.
 * @example
 * // 125× on a contract moving 4 % a day, 1-day close-out: IMR 0.8 % = 0.2σ, covered 57.9 % of days
 * marginCoverage({ maxLeverage: 125, dailyVol: 0.04, days: 1 });
 */
export function marginCoverage(input: MarginCoverageInput): MarginCoverageResult {
  const o = requireObject('input', input);
  const maxLeverage = requireInRange('maxLeverage', o['maxLeverage'], { min: 0, minInclusive: false });
  const dailyVol = requirePositive('dailyVol', o['dailyVol']);
  const days = requirePositive('days', o['days']);
  const marginRate = requireFiniteResult('maxLeverage', 1 / maxLeverage);
  const horizonVol = requireFiniteResult('dailyVol', dailyVol * Math.sqrt(days));
  const z = marginRate / horizonVol;
  if (!Number.isFinite(z) || !(z > 0)) {
    throw new RiskInputError('dailyVol', 'Daily volatility is too small compared with the margin rate to measure the coverage.');
  }
  return { marginRate, horizonVol, z, confidence: standardNormalCdf(z) };
}

/** One tier of a venue's leverage table. */
export interface LeverageTier {
  /** Notional floor of the tier, currency, ≥ 0; the first tier's floor is 0. The tier covers (floor, next floor]. */
  floor: number;
  /** Maximum leverage allowed in the tier, > 0 (125 for 125×). */
  maxLeverage: number;
}

/** Input of {@link leverageTier}. */
export interface LeverageTierInput {
  /** Position notional, currency, > 0. */
  notional: number;
  /** Tiers ascending by floor: first floor 0, floors strictly increasing. */
  tiers: readonly LeverageTier[];
}

/** Result of {@link leverageTier}. */
export interface LeverageTierResult {
  /** 1-based number of the tier containing the notional. */
  tier: number;
  /** The tier's maximum leverage L. */
  maxLeverage: number;
  /** Its initial margin rate 1/L, decimal fraction of notional. */
  marginRate: number;
}

/**
 * The tier of a venue's leverage table that contains a notional, with its maximum leverage and
 * initial margin rate. Tiers follow Binance USDⓈ-M: tier n covers notionals in (floor_n, floor_{n+1}],
 * the last tier everything above its floor (a venue's notional cap is data, checked by the caller).
 *
 * @param input.notional - Notional, currency, > 0.
 * @param input.tiers - Non-empty list `{ floor, maxLeverage }`, first floor 0, floors strictly increasing.
 * @returns `{ tier, maxLeverage, marginRate }`.
 * @throws {RiskInputError} Invalid `notional`; empty `tiers`; a tier field invalid or out of order
 * (`tiers[i].floor`, `tiers[i].maxLeverage`); a margin rate that overflows (`tiers[i].maxLeverage`).
 * @see Binance, "Leverage and Margin of USDⓈ-M Futures", https://www.binance.com/en/support/faq/360033162192
 * @example
 * // BTCUSDT, 2021-03-18: 1,000,000 USDT is in tier 3, "250,000 < position ≤ 1,000,000: 50×"
 * leverageTier({ notional: 1e6, tiers: [{ floor: 0, maxLeverage: 125 }, { floor: 5e4, maxLeverage: 100 }, { floor: 2.5e5, maxLeverage: 50 }, { floor: 1e6, maxLeverage: 20 }] });
 * // { tier: 3, maxLeverage: 50, marginRate: 0.02 }
 */
export function leverageTier(input: LeverageTierInput): LeverageTierResult {
  const o = requireObject('input', input);
  const notional = requirePositive('notional', o['notional']);
  const tiers = requireNonEmptyArray('tiers', o['tiers']).map((raw, i) => {
    const path = `tiers[${i}]`;
    const tier = requireObject(path, raw);
    return {
      floor: requireNonNegative(`${path}.floor`, tier['floor']),
      maxLeverage: requireInRange(`${path}.maxLeverage`, tier['maxLeverage'], { min: 0, minInclusive: false }),
    };
  });
  tiers.forEach((tier, i) => {
    if (i === 0 && tier.floor !== 0) fail('tiers[0].floor', '0 (the first tier starts at a notional of 0)', tier.floor);
    const previous = tiers[i - 1];
    if (previous && tier.floor <= previous.floor) {
      fail(`tiers[${i}].floor`, `greater than the previous tier's floor (${String(previous.floor)}); list tiers in ascending order`, tier.floor);
    }
  });
  // The last tier whose floor lies below the notional (tiers are (floor, next floor]).
  let index = 0;
  tiers.forEach((tier, i) => {
    if (notional > tier.floor) index = i;
  });
  const { maxLeverage } = tiers[index]!;
  return { tier: index + 1, maxLeverage, marginRate: requireFiniteResult(`tiers[${index}].maxLeverage`, 1 / maxLeverage) };
}
