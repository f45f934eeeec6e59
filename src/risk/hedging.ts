/**
 * How often to rebalance: the error of a delta hedge adjusted at discrete intervals, Leland's
 * transaction-cost-adjusted volatility, the Whalley–Wilmott no-trade band around delta, and the
 * expected time for a two-asset portfolio weight to drift out of a rebalancing band.
 */
import { RiskInputError } from './errors.ts';
import { blackScholes, type BlackScholesInput, type OptionType } from './options.ts';
import {
  optional,
  requireFinite,
  requireFiniteResult,
  requireFraction,
  requireInRange,
  requireNonNegative,
  requireObject,
  requirePositive,
  requireSide,
  type Side,
} from './validate.ts';

const SQRT_PI_OVER_4 = Math.sqrt(Math.PI / 4);
const SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);

/** The rebalancing interval Δt: > 0 and at most the time to expiry. */
function requireInterval(field: string, value: unknown, years: number): number {
  return requireInRange(field, value, {
    min: 0,
    minInclusive: false,
    max: years,
    hint: '(at most the time to expiry)',
  });
}

/** A European option whose delta hedge is rebalanced: Black–Scholes inputs without a dividend yield, T > 0. */
export interface HedgedOptionInput extends Omit<BlackScholesInput, 'years' | 'dividendYield'> {
  /** Time to expiry T in years (ACT/365), > 0. */
  years: number;
}

/** Input of {@link discreteHedgingError}. The type does not change the error, only the price it is compared with. */
export interface DiscreteHedgingErrorInput extends HedgedOptionInput {
  /** Time between rebalances Δt in years, > 0 and ≤ T. */
  intervalYears: number;
}

/** Result of {@link discreteHedgingError}; amounts per option on one unit of the underlying, quote currency. */
export interface DiscreteHedgingErrorResult {
  /** Number of rebalances N = T/Δt, ≥ 1 (not necessarily whole). */
  rebalances: number;
  /** Black–Scholes vega 𝒱 = S√T·φ(d₁), per 1.00 of volatility. */
  vega: number;
  /** Standard deviation of the hedged position's profit and loss at expiry, √(π/4)·𝒱σ/√N, ≥ 0. */
  stdDev: number;
  /** Black–Scholes price of the option, ≥ 0. */
  price: number;
  /** stdDev / price, decimal; `null` when the price is 0 (or too small for a finite ratio). */
  relativeStdDev: number | null;
}

/**
 * Standard deviation of the profit and loss of an option that is delta-hedged at N equally spaced
 * times instead of continuously (Derman–Kamal approximation, valid for many rebalances; Hull's
 * Table 19.4 shows the same 1/√N fall by simulation).
 *
 * sd ≈ √(π/4)·𝒱·σ/√N,  𝒱 = S√T·φ(d₁),  d₁ = [ln(S/K) + (r + σ²/2)T]/(σ√T),  N = T/Δt.
 * Halving the interval divides the error by √2.
 *
 * @param input.spot - S, > 0.
 * @param input.strike - K, > 0.
 * @param input.years - T, > 0.
 * @param input.vol - σ, decimal per year, > 0.
 * @param input.rate - r, decimal per year (default 0).
 * @param input.type - `'call'` or `'put'`.
 * @param input.intervalYears - Δt in years, 0 < Δt ≤ T.
 * @returns See {@link DiscreteHedgingErrorResult}.
 * @throws {RiskInputError} A field outside its domain (`intervalYears` above `years` included); overflow.
 * @see E. Derman & M. Kamal (1999), "When You Cannot Hedge Continuously: The Corrections of Black–Scholes", Risk 12(1):82–85;
 * J. C. Hull, Options, Futures, and Other Derivatives, §19.4 and Table 19.4.
 * @example
 * // Hull's Example 19.1 option (S 49, K 50, r 5 %, σ 20 %, 20 weeks) hedged weekly
 * discreteHedgingError({ spot: 49, strike: 50, years: 20 / 52, vol: 0.2, rate: 0.05, type: 'call', intervalYears: 1 / 52 });
 * // rebalances 20, vega ≈ 12.1055, stdDev ≈ 0.4798, relativeStdDev ≈ 0.1999
 */
export function discreteHedgingError(input: DiscreteHedgingErrorInput): DiscreteHedgingErrorResult {
  const o = requireObject('input', input);
  const years = requirePositive('years', o['years']);
  const intervalYears = requireInterval('intervalYears', o['intervalYears'], years);
  const option = blackScholes({
    spot: o['spot'] as number,
    strike: o['strike'] as number,
    years,
    vol: o['vol'] as number,
    rate: o['rate'] as number | undefined,
    type: o['type'] as OptionType,
  });
  const vol = o['vol'] as number;
  const rebalances = requireFiniteResult('intervalYears', years / intervalYears);
  const stdDev = requireFiniteResult('vol', (SQRT_PI_OVER_4 * option.vega * vol) / Math.sqrt(rebalances));
  const ratio = stdDev / option.price;
  return {
    rebalances,
    vega: option.vega,
    stdDev,
    price: option.price,
    relativeStdDev: option.price > 0 && Number.isFinite(ratio) ? ratio : null,
  };
}

/** Input of {@link lelandVolatility}. */
export interface LelandVolatilityInput {
  /** Annualised volatility σ, decimal, > 0. */
  vol: number;
  /** Round-trip proportional transaction cost k, decimal fraction of the value traded (0.002 is 0.2 %), in [0, 1). */
  roundTripCost: number;
  /** Time between rebalances Δt in years, > 0. */
  intervalYears: number;
  /** The option position being hedged: `'short'` (written) or `'long'` (bought). */
  side: Side;
}

/** Result of {@link lelandVolatility}. */
export interface LelandVolatilityResult {
  /** Leland number A = √(2/π)·k/(σ√Δt), ≥ 0. */
  lelandNumber: number;
  /** Adjusted volatility σ̂ = σ√(1 + A) for a short option, σ√(1 − A) for a long one, decimal per year. */
  adjustedVol: number;
}

/**
 * Leland's (1985) volatility adjusted for the cost of rebalancing a delta hedge: pricing the
 * option with σ̂ instead of σ makes the replicating portfolio pay for its own transaction costs.
 *
 * A = √(2/π)·k/(σ√Δt),  σ̂² = σ²(1 + A) (short option),  σ̂² = σ²(1 − A) (long option, needs A < 1).
 *
 * @param input.vol - σ, > 0.
 * @param input.roundTripCost - k, decimal, in [0, 1).
 * @param input.intervalYears - Δt, years, > 0.
 * @param input.side - `'short'` or `'long'` option position.
 * @returns `{ lelandNumber, adjustedVol }`.
 * @throws {RiskInputError} A field outside its domain; `roundTripCost` when A ≥ 1 for a long option (the adjusted
 * variance would be zero or negative: rebalance less often or trade more cheaply); overflow.
 * @see H. E. Leland (1985), "Option Pricing and Replication with Transactions Costs", Journal of Finance 40(5):1283–1301,
 * http://www.afajof.org/details/journalArticle/2930131/Option-Pricing-and-Replication-with-Transactions-Costs.html
 * @example
 * lelandVolatility({ vol: 0.2, roundTripCost: 0.01, intervalYears: 1 / 52, side: 'short' });
 * // { lelandNumber ≈ 0.2876814, adjustedVol ≈ 0.2269521 } (reference 1.4)
 */
export function lelandVolatility(input: LelandVolatilityInput): LelandVolatilityResult {
  const o = requireObject('input', input);
  const vol = requirePositive('vol', o['vol']);
  const roundTripCost = requireFraction('roundTripCost', o['roundTripCost'], { maxInclusive: false });
  const intervalYears = requirePositive('intervalYears', o['intervalYears']);
  const side = requireSide('side', o['side']);
  const lelandNumber = requireFiniteResult('intervalYears', (SQRT_2_OVER_PI * roundTripCost) / vol / Math.sqrt(intervalYears));
  if (side === 'long' && lelandNumber >= 1) {
    throw new RiskInputError(
      'roundTripCost',
      `The Leland number A = √(2/π)·k/(σ√Δt) is ${String(lelandNumber)}; a long option needs A below 1: lower the cost or rebalance less often.`,
    );
  }
  const factor = side === 'short' ? 1 + lelandNumber : 1 - lelandNumber;
  return { lelandNumber, adjustedVol: requireFiniteResult('roundTripCost', vol * Math.sqrt(factor)) };
}

/** Input of {@link lelandOptionPrice}: an option, the side held, and how its hedge is rebalanced. */
export interface LelandOptionPriceInput extends HedgedOptionInput {
  /** The option position being hedged: `'short'` (written) or `'long'` (bought). */
  side: Side;
  /** Round-trip proportional transaction cost k, decimal fraction of the value traded, in [0, 1). */
  roundTripCost: number;
  /** Time between rebalances Δt in years, > 0 and ≤ T. */
  intervalYears: number;
}

/** Result of {@link lelandOptionPrice}; prices per option on one unit of the underlying, quote currency. */
export interface LelandOptionPriceResult {
  /** Leland number A, ≥ 0. */
  lelandNumber: number;
  /** Adjusted volatility σ̂, decimal per year. */
  adjustedVol: number;
  /** Black–Scholes price at σ. */
  price: number;
  /** Black–Scholes price at σ̂ (Leland's price of replicating the option with costs). */
  adjustedPrice: number;
  /** Expected cost of rebalancing the hedge to expiry: adjustedPrice − price for a short option, price − adjustedPrice for a long one; ≥ 0. */
  hedgingCost: number;
}

/**
 * Leland's price of an option whose delta hedge is rebalanced every Δt at round-trip cost k, and
 * the expected cost of that rebalancing: the difference between the Black–Scholes prices at σ̂
 * and at σ.
 *
 * hedging cost = C(σ̂) − C(σ) (short option) or C(σ) − C(σ̂) (long), σ̂ from {@link lelandVolatility}.
 *
 * @param input - See {@link LelandOptionPriceInput}.
 * @returns See {@link LelandOptionPriceResult}.
 * @throws {RiskInputError} As {@link blackScholes} and {@link lelandVolatility}; `intervalYears` above `years`.
 * @see H. E. Leland (1985), "Option Pricing and Replication with Transactions Costs", Journal of Finance 40(5):1283–1301.
 * @example
 * // Hull's Example 19.1 call, written and hedged weekly at 1 % round-trip cost (reference 1.4)
 * lelandOptionPrice({ spot: 49, strike: 50, years: 20 / 52, vol: 0.2, rate: 0.05, type: 'call', side: 'short',
 *   roundTripCost: 0.01, intervalYears: 1 / 52 });
 * // price ≈ 2.4005, adjustedPrice ≈ 2.7267, hedgingCost ≈ 0.3262
 */
export function lelandOptionPrice(input: LelandOptionPriceInput): LelandOptionPriceResult {
  const o = requireObject('input', input);
  const years = requirePositive('years', o['years']);
  const intervalYears = requireInterval('intervalYears', o['intervalYears'], years);
  const leland = lelandVolatility({
    vol: o['vol'] as number,
    roundTripCost: o['roundTripCost'] as number,
    intervalYears,
    side: o['side'] as Side,
  });
  const option = {
    spot: o['spot'] as number,
    strike: o['strike'] as number,
    years,
    rate: o['rate'] as number | undefined,
    type: o['type'] as OptionType,
  };
  const price = blackScholes({ ...option, vol: o['vol'] as number }).price;
  const adjustedPrice = blackScholes({ ...option, vol: leland.adjustedVol }).price;
  const difference = o['side'] === 'short' ? adjustedPrice - price : price - adjustedPrice;
  // The price rises with volatility, so the difference is ≥ 0; rounding may leave −1e-17.
  return { ...leland, price, adjustedPrice, hedgingCost: requireFiniteResult('spot', Math.max(0, difference)) };
}

/** Input of {@link whalleyWilmottBand}. */
export interface WhalleyWilmottBandInput {
  /** Spot price S, quote currency, > 0. */
  spot: number;
  /** Option gamma Γ = ∂²V/∂S² of the position, per unit of price, ≥ 0. */
  optionGamma: number;
  /** Proportional cost k of trading the underlying, decimal fraction of the value traded, in [0, 1). */
  costRate: number;
  /** Risk aversion γ of exponential utility, per unit of quote currency, > 0. */
  riskAversion: number;
  /** Continuously compounded rate r, decimal per year. Default 0. */
  rate?: number | undefined;
  /** Time to expiry T − t in years, ≥ 0. Default 0 (no discounting, as pfhedge implements it). */
  years?: number | undefined;
}

/**
 * Half-width of the Whalley–Wilmott (1997) no-trade band around the Black–Scholes delta: with
 * proportional costs, re-hedge only when the hedge ratio drifts further than H from delta, and
 * then only back to the edge of the band.
 *
 * H = (3·k·S·Γ²·e^(−r(T−t)) / (2γ))^(1/3)
 *
 * @param input - See {@link WhalleyWilmottBandInput}.
 * @returns H, in units of delta (underlying per option), ≥ 0.
 * @throws {RiskInputError} A field outside its domain; overflow.
 * @see A. E. Whalley & P. Wilmott (1997), "An Asymptotic Analysis of an Optimal Hedging Model for Option Pricing with
 * Transaction Costs", Mathematical Finance 7(3):307–324.
 * @example
 * whalleyWilmottBand({ spot: 49, optionGamma: 0.06554404, costRate: 0.001, riskAversion: 1, rate: 0.05, years: 0.3846 });
 * // ≈ 0.0676603 (reference 1.6)
 */
export function whalleyWilmottBand(input: WhalleyWilmottBandInput): number {
  const o = requireObject('input', input);
  const spot = requirePositive('spot', o['spot']);
  const optionGamma = requireNonNegative('optionGamma', o['optionGamma']);
  const costRate = requireFraction('costRate', o['costRate'], { maxInclusive: false });
  const riskAversion = requirePositive('riskAversion', o['riskAversion']);
  const rate = optional(o['rate'], 0, (v) => requireFinite('rate', v));
  const years = optional(o['years'], 0, (v) => requireNonNegative('years', v));
  const discount = requireFiniteResult('rate', Math.exp(-rate * years));
  // Cube roots taken factor by factor, so that Γ² or S·Γ² cannot overflow on their own.
  const costFactor = requireFiniteResult('riskAversion', Math.cbrt((3 * costRate * discount) / (2 * riskAversion)));
  return requireFiniteResult('optionGamma', costFactor * Math.cbrt(spot) * Math.cbrt(optionGamma) ** 2);
}

/** Input of {@link rebalancingBandExitTime}: a two-asset portfolio whose assets follow geometric Brownian motions. */
export interface RebalancingBandExitTimeInput {
  /** Current (target) weight w₀ of asset 1, V₁/(V₁ + V₂), decimal in (0, 1). */
  weight: number;
  /** Lower edge w_L of the band, decimal in (0, w₀). */
  lowerWeight: number;
  /** Upper edge w_U of the band, decimal in (w₀, 1). */
  upperWeight: number;
  /** Annualised volatility σ₁ of asset 1, decimal, ≥ 0. */
  vol1: number;
  /** Annualised volatility σ₂ of asset 2, decimal, ≥ 0 (0 for cash or a stablecoin). */
  vol2: number;
  /** Correlation ρ of the two assets' returns, in [−1, 1]. */
  correlation: number;
  /** Expected return μ₁ of asset 1, decimal per year. Default 0. */
  drift1?: number | undefined;
  /** Expected return μ₂ of asset 2, decimal per year. Default 0. */
  drift2?: number | undefined;
}

/** Result of {@link rebalancingBandExitTime}. */
export interface RebalancingBandExitTimeResult {
  /** Expected time until the weight first leaves the band, years; `Infinity` when it never leaves (σ_rel = 0 and m = 0) or the time exceeds the number range. */
  expectedYears: number;
  /** σ_rel = √(σ₁² + σ₂² − 2ρσ₁σ₂), decimal per year, ≥ 0. */
  relativeVol: number;
  /** Drift m of Y = ln(w/(1 − w)): (μ₁ − σ₁²/2) − (μ₂ − σ₂²/2), per year. */
  logDrift: number;
  /** a = Y(w_U) − Y(w₀) > 0. */
  upperDistance: number;
  /** b = Y(w₀) − Y(w_L) > 0. */
  lowerDistance: number;
  /** Probability that the weight leaves through the upper edge first, in [0, 1]; `null` when it never leaves. */
  probabilityUpperFirst: number | null;
}

/** expm1(x) − x without cancellation near 0 (always ≥ 0). */
function expm1MinusX(x: number): number {
  if (Math.abs(x) >= 0.5) return Math.expm1(x) - x;
  // Taylor series x²/2! + x³/3! + …: |x|²¹/21! < 1e-25 for |x| < 0.5.
  let term = (x * x) / 2;
  let sum = term;
  for (let k = 3; k <= 20; k += 1) {
    term *= x / k;
    sum += term;
  }
  return sum;
}

/**
 * Probabilities of reaching +a before −b, and −b before +a, for Brownian motion with drift,
 * c = 2m/σ² > 0; both computed directly (neither as 1 − the other), scaled so that nothing overflows.
 */
function exitProbabilitiesForPositiveC(c: number, a: number, b: number): [upperFirst: number, lowerFirst: number] {
  // pₐ = expm1(cb)/(expm1(cb) − expm1(−ca)); numerator and denominator divided by e^(cb).
  const upper = -Math.expm1(-c * b);
  const lower = -Math.expm1(-c * a) * Math.exp(-c * b);
  return [upper / (upper + lower), lower / (upper + lower)];
}

/**
 * Expected time until the weight of asset 1 in a two-asset portfolio that is left alone drifts out of
 * the band [w_L, w_U] (threshold rebalancing). Y = ln(w/(1 − w)) is a Brownian motion with drift m and
 * volatility σ_rel, so this is the exit time of Brownian motion from (−b, a).
 *
 * σ_rel² = σ₁² + σ₂² − 2ρσ₁σ₂,  m = (μ₁ − σ₁²/2) − (μ₂ − σ₂²/2),  a = Y(w_U) − Y(w₀),  b = Y(w₀) − Y(w_L);
 * m = 0: E[τ] = ab/σ_rel²;  m ≠ 0: E[τ] = (pₐ·a − (1 − pₐ)·b)/m,  pₐ = (1 − e^(cb))/(e^(−ca) − e^(cb)),  c = 2m/σ_rel².
 * A small symmetric band ±δ gives E[τ] ≈ δ²/(w₀²(1 − w₀)²σ_rel²).
 *
 * @param input - See {@link RebalancingBandExitTimeInput}.
 * @returns See {@link RebalancingBandExitTimeResult}.
 * @throws {RiskInputError} A field outside its domain: `lowerWeight` not below `weight`, `upperWeight` not above it,
 * weights outside (0, 1), `correlation` outside [−1, 1]; overflow of σ² or m.
 * @see S. Karlin & H. M. Taylor (1981), A Second Course in Stochastic Processes, ch. 15 (exit times of Brownian motion
 * with drift); the weight of a two-asset GBM portfolio follows from Itô's lemma.
 * @example
 * // 60/40 portfolio, band 55–65 %, σ₁ 16 %, σ₂ 5 %, ρ 0, drifts chosen so that m = 0 (reference 1.7)
 * rebalancingBandExitTime({ weight: 0.6, lowerWeight: 0.55, upperWeight: 0.65, vol1: 0.16, vol2: 0.05, correlation: 0,
 *   drift1: 0.0128, drift2: 0.00125 });
 * // expectedYears ≈ 1.556540, relativeVol ≈ 0.1676305
 */
export function rebalancingBandExitTime(input: RebalancingBandExitTimeInput): RebalancingBandExitTimeResult {
  const o = requireObject('input', input);
  const weight = requireFraction('weight', o['weight'], { minInclusive: false, maxInclusive: false });
  const lowerWeight = requireInRange('lowerWeight', o['lowerWeight'], {
    min: 0,
    max: weight,
    minInclusive: false,
    maxInclusive: false,
    hint: '(below the current weight)',
  });
  const upperWeight = requireInRange('upperWeight', o['upperWeight'], {
    min: weight,
    max: 1,
    minInclusive: false,
    maxInclusive: false,
    hint: '(above the current weight)',
  });
  const { relativeVol, variance } = relativeVolatility(o);
  const drift1 = optional(o['drift1'], 0, (v) => requireFinite('drift1', v));
  const drift2 = optional(o['drift2'], 0, (v) => requireFinite('drift2', v));
  const vol1 = o['vol1'] as number;
  const vol2 = o['vol2'] as number;
  const logDrift = requireFiniteResult('drift1', drift1 - (vol1 * vol1) / 2 - (drift2 - (vol2 * vol2) / 2));

  const logit = (w: number) => Math.log(w) - Math.log1p(-w);
  const a = logit(upperWeight) - logit(weight);
  const b = logit(weight) - logit(lowerWeight);
  // Edges a few units in the last place from the weight can round to the same ln(w/(1 − w)).
  if (!(a > 0)) throw new RiskInputError('upperWeight', 'Upper weight is too close to the current weight; widen the band.');
  if (!(b > 0)) throw new RiskInputError('lowerWeight', 'Lower weight is too close to the current weight; widen the band.');
  const base = { relativeVol, logDrift, upperDistance: a, lowerDistance: b };

  if (variance === 0) {
    if (logDrift === 0) return { ...base, expectedYears: Infinity, probabilityUpperFirst: null };
    return logDrift > 0
      ? { ...base, expectedYears: a / logDrift, probabilityUpperFirst: 1 }
      : { ...base, expectedYears: b / -logDrift, probabilityUpperFirst: 0 };
  }
  const c = (2 * logDrift) / variance;
  const spread = Math.abs(c) * (a + b);
  if (spread < 1e-8) {
    // Driftless limit with its first-order correction; the neglected term is below 1e-16 relative.
    return {
      ...base,
      expectedYears: ((a * b) / variance) * (1 - (c * (b - a)) / 6),
      probabilityUpperFirst: b / (a + b) + (c * a * b) / (2 * (a + b)),
    };
  }
  if (spread <= 50) {
    // (pₐ(a + b) − b)/m rewritten so that the first-order terms, which cancel, are never formed.
    const denominator = Math.expm1(c * b) - Math.expm1(-c * a);
    return {
      ...base,
      expectedYears: (a * expm1MinusX(c * b) + b * expm1MinusX(-c * a)) / (logDrift * denominator),
      probabilityUpperFirst: Math.expm1(c * b) / denominator,
    };
  }
  // Strong drift: mostly the weight leaves on the side it drifts to.
  // With c < 0 the mirror image (swap the edges, flip the drift) has c > 0.
  const [toward, away] = c > 0 ? exitProbabilitiesForPositiveC(c, a, b) : exitProbabilitiesForPositiveC(-c, b, a);
  const upperFirst = c > 0 ? toward : away;
  const lowerFirst = c > 0 ? away : toward;
  return { ...base, expectedYears: (a * upperFirst - b * lowerFirst) / logDrift, probabilityUpperFirst: upperFirst };
}

/** σ_rel from `vol1`, `vol2`, `correlation` of an input object (validated here). */
function relativeVolatility(o: Readonly<Record<string, unknown>>): { relativeVol: number; variance: number } {
  const vol1 = requireNonNegative('vol1', o['vol1']);
  const vol2 = requireNonNegative('vol2', o['vol2']);
  const correlation = requireInRange('correlation', o['correlation'], { min: -1, max: 1 });
  // (σ₁ − σ₂)² + 2(1 − ρ)σ₁σ₂ equals σ₁² + σ₂² − 2ρσ₁σ₂ and is never negative by rounding.
  const variance = requireFiniteResult('vol1', (vol1 - vol2) ** 2 + 2 * (1 - correlation) * vol1 * vol2);
  return { relativeVol: Math.sqrt(variance), variance };
}

/** Input of {@link calendarWeightDrift}. */
export interface CalendarWeightDriftInput {
  /** Target weight w₀ of asset 1, decimal in (0, 1). */
  weight: number;
  /** Annualised volatility σ₁ of asset 1, decimal, ≥ 0. */
  vol1: number;
  /** Annualised volatility σ₂ of asset 2, decimal, ≥ 0. */
  vol2: number;
  /** Correlation ρ of the two assets' returns, in [−1, 1]. */
  correlation: number;
  /** Calendar rebalancing interval Δ in years, > 0. */
  intervalYears: number;
}

/** Result of {@link calendarWeightDrift}. */
export interface CalendarWeightDriftResult {
  /** Root-mean-square drift of the weight by the next rebalance, w₀(1 − w₀)·σ_rel·√Δ, decimal (weight points), ≥ 0. */
  rmsDrift: number;
  /** σ_rel = √(σ₁² + σ₂² − 2ρσ₁σ₂), decimal per year. */
  relativeVol: number;
}

/**
 * Typical size of the drift of a two-asset portfolio's weight between calendar rebalances (to first
 * order in σ_rel√Δ): the weight moves by w₀(1 − w₀) times the relative return of the two assets.
 *
 * RMS drift ≈ w₀(1 − w₀)·σ_rel·√Δ
 *
 * @param input - See {@link CalendarWeightDriftInput}.
 * @returns `{ rmsDrift, relativeVol }`.
 * @throws {RiskInputError} A field outside its domain; overflow.
 * @see The first-order expansion of w = e^Y/(1 + e^Y) with dw = w(1 − w)·dY; Y as in {@link rebalancingBandExitTime}.
 * @example
 * calendarWeightDrift({ weight: 0.6, vol1: 0.16, vol2: 0.05, correlation: 0, intervalYears: 1 }); // rmsDrift ≈ 0.0402313 (reference 1.9)
 */
export function calendarWeightDrift(input: CalendarWeightDriftInput): CalendarWeightDriftResult {
  const o = requireObject('input', input);
  const weight = requireFraction('weight', o['weight'], { minInclusive: false, maxInclusive: false });
  const { relativeVol } = relativeVolatility(o);
  const intervalYears = requirePositive('intervalYears', o['intervalYears']);
  const rmsDrift = requireFiniteResult('intervalYears', weight * (1 - weight) * relativeVol * Math.sqrt(intervalYears));
  return { rmsDrift, relativeVol };
}
