/**
 * European options: Black–Scholes–Merton price and Greeks. Strategy payoffs are in strategy.ts.
 */
import { RiskInputError } from './errors.ts';
import { standardNormalCdf, standardNormalPdf } from './normal.ts';
import {
  optional,
  requireFinite,
  requireFiniteResult,
  requireNonNegative,
  requireObject,
  requireOneOf,
  requirePositive,
} from './validate.ts';

/** Option right: a call pays max(S − K, 0) at expiry, a put max(K − S, 0). */
export type OptionType = 'call' | 'put';

const OPTION_TYPES: readonly OptionType[] = ['call', 'put'];

/** Input of {@link blackScholes}. */
export interface BlackScholesInput {
  /** Spot price S of the underlying, quote currency, > 0. */
  spot: number;
  /** Strike K, quote currency, > 0. */
  strike: number;
  /** Time to expiry T in years (ACT/365), ≥ 0. 0 means at expiry. */
  years: number;
  /** Annualised volatility σ, decimal (0.8 is 80 %), > 0. */
  vol: number;
  /** Continuously compounded risk-free rate r, decimal per year, any finite value. Default 0. */
  rate?: number | undefined;
  /** Continuous dividend (or borrow/carry) yield q, decimal per year, any finite value. Default 0. */
  dividendYield?: number | undefined;
  /** `'call'` or `'put'`. */
  type: OptionType;
}

/** Result of {@link blackScholes}; Greeks are per one option on one unit of the underlying. */
export interface BlackScholesResult {
  /** Option value, quote currency, ≥ 0. */
  price: number;
  /** ∂price/∂S: in [0, 1] for a call, [−1, 0] for a put (times e^(−qT)). */
  delta: number;
  /** ∂²price/∂S², per unit of price, ≥ 0. */
  gamma: number;
  /** ∂price/∂σ per 1.00 (100 vol points) of volatility, ≥ 0. Divide by 100 for one vol point. */
  vega: number;
  /** −∂price/∂T: change in value per year of calendar time passing. Divide by 365 for one day. */
  theta: number;
  /** ∂price/∂r per 1.00 of rate. Divide by 100 for one percentage point. */
  rho: number;
  /** d₁ = [ln(S/K) + (r − q + σ²/2)T] / (σ√T); ±Infinity or 0 at T = 0. */
  d1: number;
  /** d₂ = d₁ − σ√T; ±Infinity or 0 at T = 0. */
  d2: number;
  /** Risk-neutral probability of finishing in the money: N(d₂) for a call, N(−d₂) for a put; in [0, 1]. */
  probItm: number;
}

/**
 * Black–Scholes–Merton value and Greeks of a European call or put with
 * continuous rate and dividend yield.
 *
 * c = S e^(−qT) N(d₁) − K e^(−rT) N(d₂),  p = K e^(−rT) N(−d₂) − S e^(−qT) N(−d₁),
 * d₁ = [ln(S/K) + (r − q + σ²/2)T]/(σ√T),  d₂ = d₁ − σ√T.
 * Δ_c = e^(−qT)N(d₁), Δ_p = −e^(−qT)N(−d₁); Γ = e^(−qT)φ(d₁)/(Sσ√T); vega = S e^(−qT)φ(d₁)√T;
 * Θ_c = −S e^(−qT)φ(d₁)σ/(2√T) + qS e^(−qT)N(d₁) − rK e^(−rT)N(d₂);
 * Θ_p = −S e^(−qT)φ(d₁)σ/(2√T) − qS e^(−qT)N(−d₁) + rK e^(−rT)N(−d₂);
 * ρ_c = KT e^(−rT)N(d₂), ρ_p = −KT e^(−rT)N(−d₂).
 *
 * At `years = 0` the limit is returned without evaluating d₁: price is the
 * intrinsic value; gamma = vega = theta = rho = 0; delta is 1/0 for a call
 * (−1/0 for a put) by moneyness and exactly ½ (−½) at the money; d₁ = d₂ =
 * +Infinity (S > K), −Infinity (S < K) or 0 (S = K); probItm 1, 0 or ½.
 * Put tails are computed from N(−x) directly (no 1 − N cancellation): prices
 * and Greeks are accurate to about 1e-14 relative, and to about 1e-11 for prices
 * far out of the money (d₁ ≈ −17), where S·e^(−qT)N(d₁) and K·e^(−rT)N(d₂) nearly cancel.
 *
 * @param input.spot - Spot price S, quote currency, > 0.
 * @param input.strike - Strike K, quote currency, > 0.
 * @param input.years - Time to expiry T, years (ACT/365), ≥ 0.
 * @param input.vol - Annualised volatility σ, decimal, > 0.
 * @param input.rate - Continuously compounded rate r, decimal per year (default 0).
 * @param input.dividendYield - Continuous yield q, decimal per year (default 0).
 * @param input.type - `'call'` or `'put'`.
 * @returns `{ price, delta, gamma, vega, theta, rho, d1, d2, probItm }`; see {@link BlackScholesResult}.
 * @throws {RiskInputError} A field is missing, not a finite number, of the wrong sign, or `type` is not
 * `'call'`/`'put'`; or the inputs are so extreme that a result would overflow.
 * @see J. C. Hull, *Options, Futures, and Other Derivatives*, ch. 15 (Example 15.6) and ch. 19 (Greek letters).
 * @see F. Black & M. Scholes (1973), J. Political Economy 81:637; R. C. Merton (1973), Bell J. Econ. 4:141.
 * @example
 * // Hull, Example 15.6: c ≈ 4.76, p ≈ 0.81
 * blackScholes({ spot: 42, strike: 40, years: 0.5, vol: 0.2, rate: 0.1, type: 'call' }).price; // 4.759422…
 */
export function blackScholes(input: BlackScholesInput): BlackScholesResult {
  const o = requireObject('input', input);
  const spot = requirePositive('spot', o['spot']);
  const strike = requirePositive('strike', o['strike']);
  const years = requireNonNegative('years', o['years']);
  const vol = requirePositive('vol', o['vol']);
  const rate = optional(o['rate'], 0, (v) => requireFinite('rate', v));
  const dividendYield = optional(o['dividendYield'], 0, (v) => requireFinite('dividendYield', v));
  const type = requireOneOf('type', o['type'], OPTION_TYPES);
  const isCall = type === 'call';

  if (years === 0) return atExpiry(spot, strike, isCall);

  const sqrtT = Math.sqrt(years);
  const volSqrtT = vol * sqrtT;
  if (volSqrtT === 0) {
    throw new RiskInputError('vol', 'Volatility times √years is too small to represent; increase Volatility or Time to expiry in years.');
  }
  // ln(S/K) from the ratio when it is representable (more accurate near S = K).
  const ratio = spot / strike;
  const logMoneyness =
    ratio > 0 && Number.isFinite(ratio) ? Math.log(ratio) : Math.log(spot) - Math.log(strike);
  const d1 = logMoneyness / volSqrtT + ((rate - dividendYield) * sqrtT) / vol + volSqrtT / 2;
  if (!Number.isFinite(d1)) {
    throw new RiskInputError(
      'vol',
      'Volatility × √years is too small relative to ln(spot/strike) and the rates to compute d1; increase Volatility.',
    );
  }
  const d2 = d1 - volSqrtT;

  const dividendDiscount = requireFiniteResult('dividendYield', Math.exp(-dividendYield * years));
  const rateDiscount = requireFiniteResult('rate', Math.exp(-rate * years));
  const spotDiscounted = requireFiniteResult('spot', spot * dividendDiscount);
  const strikeDiscounted = requireFiniteResult('strike', strike * rateDiscount);
  const pdfD1 = standardNormalPdf(d1);
  const nd1 = standardNormalCdf(d1);
  const nd2 = standardNormalCdf(d2);
  const nMinusD1 = standardNormalCdf(-d1);
  const nMinusD2 = standardNormalCdf(-d2);

  const gamma = (dividendDiscount * pdfD1) / (spot * volSqrtT);
  const vega = spotDiscounted * pdfD1 * sqrtT;
  const timeDecay = -(spotDiscounted * pdfD1 * vol) / (2 * sqrtT);

  let price: number;
  let delta: number;
  let theta: number;
  let rho: number;
  let probItm: number;
  if (isCall) {
    price = spotDiscounted * nd1 - strikeDiscounted * nd2;
    delta = dividendDiscount * nd1;
    theta = timeDecay + dividendYield * spotDiscounted * nd1 - rate * strikeDiscounted * nd2;
    rho = strikeDiscounted * years * nd2;
    probItm = nd2;
  } else {
    price = strikeDiscounted * nMinusD2 - spotDiscounted * nMinusD1;
    delta = -dividendDiscount * nMinusD1;
    theta = timeDecay - dividendYield * spotDiscounted * nMinusD1 + rate * strikeDiscounted * nMinusD2;
    rho = -strikeDiscounted * years * nMinusD2;
    probItm = nMinusD2;
  }
  // Rounding can leave a price of −1e-17 for a worthless option; value is never negative.
  price = Math.max(0, price);
  return {
    price: requireFiniteResult('spot', price),
    delta,
    gamma: requireFiniteResult('spot', gamma),
    vega: requireFiniteResult('spot', vega),
    theta: requireFiniteResult('spot', theta),
    rho: requireFiniteResult('strike', rho),
    d1,
    d2,
    probItm,
  };
}

function atExpiry(spot: number, strike: number, isCall: boolean): BlackScholesResult {
  // Limits as T → 0: the option is its intrinsic value; N(d) jumps to 0, ½ or 1.
  const moneyness = Math.sign(spot - strike); // +1 ITM call, −1 ITM put, 0 at the money
  const d = moneyness === 0 ? 0 : moneyness * Infinity;
  const callItm = moneyness > 0 ? 1 : moneyness < 0 ? 0 : 0.5;
  return {
    price: isCall ? Math.max(0, spot - strike) : Math.max(0, strike - spot),
    delta: isCall ? callItm : callItm - 1,
    gamma: 0,
    vega: 0,
    theta: 0,
    rho: 0,
    d1: d,
    d2: d,
    probItm: isCall ? callItm : 1 - callItm,
  };
}
