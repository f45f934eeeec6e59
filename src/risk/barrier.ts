/**
 * First-passage ("touch") probabilities of Brownian motion by the reflection principle, and the
 * trigger prices of percentage circuit breakers.
 *
 * One formula serves every page: the probability that arithmetic Brownian motion with drift,
 * X_t = μt + σW_t started at 0, touches the level −L within a horizon T. A P&L path and its loss
 * limit (a kill switch) use it directly; a price following geometric Brownian motion uses it on
 * the log-price, where the barrier is a fixed distance ln(S/B) away and the drift is μ − σ²/2.
 */
import { standardNormalCdf, standardNormalPdf } from './normal.ts';
import {
  fail,
  optional,
  requireFinite,
  requireFiniteResult,
  requireInRange,
  requireNonEmptyArray,
  requireObject,
  requireOneOf,
  requirePositive,
} from './validate.ts';

/**
 * Φ(a)/φ(a) for a < 0 (the lower-tail Mills ratio), finite where Φ(a) and φ(a) underflow.
 * For a ≤ −37 it uses the asymptotic series 1/x·(1 − 1/x² + 3/x⁴ − 15/x⁶ + …), x = −a,
 * whose first omitted term is below 2e-15 of the sum there.
 */
function lowerMillsRatio(a: number): number {
  if (a > -37) return standardNormalCdf(a) / standardNormalPdf(a);
  const x = -a;
  const inverseSquare = 1 / (x * x);
  let term = 1;
  let sum = 1;
  for (let k = 1; k <= 6; k += 1) {
    term *= -(2 * k - 1) * inverseSquare;
    sum += term;
  }
  return sum / x;
}

/**
 * Touch and terminal probabilities for X_t = μt + σW_t and the barrier −L (L > 0, σ√T > 0),
 * for already validated numbers. The reflection term e^(−2μL/σ²)·Φ(a) is evaluated as
 * φ(b)·Φ(a)/φ(a) when μ < 0 (the exponent can overflow there; (a² − b²)/2 = −2μL/σ² exactly).
 */
function touchProbabilities(distance: number, drift: number, vol: number, horizon: number) {
  const spread = vol * Math.sqrt(horizon);
  // Only underflow makes σ√T zero (both are validated > 0).
  if (!(spread > 0)) fail('vol', 'large enough that volatility × √horizon is above 0 in double precision', vol);
  const driftMove = drift * horizon;
  const b = (-distance - driftMove) / spread;
  const a = (-distance + driftMove) / spread;
  const terminalProbability = standardNormalCdf(b);
  let reflected: number;
  if (drift === 0) reflected = standardNormalCdf(a);
  else if (drift > 0) reflected = Math.exp((-2 * drift * distance) / vol / vol) * standardNormalCdf(a);
  else reflected = standardNormalPdf(b) * lowerMillsRatio(a);
  const probability = Math.min(1, terminalProbability + reflected);
  return { probability: requireFiniteResult('vol', probability), terminalProbability };
}

/** Input of {@link firstPassageProbability}. */
export interface FirstPassageProbabilityInput {
  /** L: distance from the start to the barrier, > 0, in the units of the process (e.g. USDT of P&L). */
  distance: number;
  /** μ: drift per unit of time, positive away from the barrier (e.g. expected P&L per day). Default 0. */
  drift?: number | undefined;
  /** σ: volatility per square root of the time unit, > 0 (e.g. USDT per √day). */
  vol: number;
  /** T: horizon, in the time unit of `drift` and `vol`, > 0. */
  horizon: number;
}

/** Result of {@link firstPassageProbability}: probabilities as decimals in [0, 1]. */
export interface FirstPassageProbabilityResult {
  /** P(min over t ≤ T of X_t ≤ −L): the barrier is touched at some time up to T. */
  probability: number;
  /** P(X_T ≤ −L): the process ends the horizon beyond the barrier (what a check only at T sees). */
  terminalProbability: number;
}

/**
 * Probability that arithmetic Brownian motion with drift touches a barrier within a horizon
 * (first passage, reflection principle). With X_t = μt + σW_t, X_0 = 0 and the barrier at −L:
 *
 * P(min_{t≤T} X_t ≤ −L) = Φ((−L − μT)/(σ√T)) + e^(−2μL/σ²)·Φ((−L + μT)/(σ√T)),
 *
 * which is 2Φ(−L/(σ√T)) without drift: twice the probability of ending beyond the barrier.
 * Use it for a P&L path and its loss limit (μ = expected P&L per day, σ = P&L volatility per
 * √day, T in days); for a price barrier under geometric Brownian motion see {@link priceTouchProbability}.
 *
 * @param input.distance - L > 0, units of the process.
 * @param input.drift - μ per time unit, positive away from the barrier (default 0).
 * @param input.vol - σ > 0 per √time unit.
 * @param input.horizon - T > 0 in the same time unit.
 * @returns `{ probability, terminalProbability }`, decimals in [0, 1]; `probability` ≥ `terminalProbability`.
 * @throws {RiskInputError} A field not a finite number of the right sign; σ√T below the smallest double (`vol`).
 * @see Brownian motion hitting a barrier (reflection principle with drift), http://lukoe.com/finance/quantNotes/Brownian_motion_hitting_a_barrier_.html
 * @example
 * // P&L volatility 10,000 USDT per √day, loss limit 25,000 USDT, 5 days, no drift
 * firstPassageProbability({ distance: 25_000, vol: 10_000, horizon: 5 });
 * // { probability: 0.2635525…, terminalProbability: 0.1317762… }
 */
export function firstPassageProbability(input: FirstPassageProbabilityInput): FirstPassageProbabilityResult {
  const o = requireObject('input', input);
  const distance = requirePositive('distance', o['distance']);
  const drift = optional(o['drift'], 0, (v) => requireFinite('drift', v));
  const vol = requirePositive('vol', o['vol']);
  const horizon = requirePositive('horizon', o['horizon']);
  return touchProbabilities(distance, drift, vol, horizon);
}

/** Which way the price must move to touch the barrier. */
export type BarrierDirection = 'down' | 'up';

/** Input of {@link priceTouchProbability}. */
export interface PriceTouchProbabilityInput {
  /** S: price now, > 0 (quote currency). */
  spot: number;
  /** B: barrier price, > 0 (e.g. a liquidation price). */
  barrier: number;
  /** `'down'`: touched when the price falls to B or below (a long's liquidation); `'up'`: rises to B or above. */
  direction: BarrierDirection;
  /** σ: volatility of the log-price, decimal per year (0.6 = 60 %), > 0. */
  vol: number;
  /** T: horizon in years (ACT/365), > 0. */
  years: number;
  /** μ: expected rate of return of the price, continuous, decimal per year. Default 0 (the price is a martingale). */
  drift?: number | undefined;
}

/** Result of {@link priceTouchProbability}. */
export interface PriceTouchProbabilityResult {
  /** |S − B| / S: distance to the barrier as a fraction of the price now; 0 when already reached. */
  distance: number;
  /** |ln(B/S)|: the same distance on the log-price; 0 when already reached. */
  logDistance: number;
  /** Probability of touching B within T with the price drift μ (log drift μ − σ²/2), in [0, 1]. */
  probability: number;
  /** The same with zero drift of the log-price: 2Φ(−|ln(B/S)|/(σ√T)), in [0, 1]. */
  driftlessProbability: number;
}

/**
 * Probability that a price following geometric Brownian motion touches a barrier within T years.
 * The log-price is arithmetic Brownian motion: ln S_t = ln S + (μ − σ²/2)t + σW_t, so the barrier
 * is the distance L = |ln(B/S)| away and {@link firstPassageProbability} applies with the log drift
 * ν = μ − σ²/2 (taken away from the barrier: +ν for `'down'`, −ν for `'up'`). The driftless figure
 * sets ν = 0, the plain reflection principle 2Φ(−L/(σ√T)).
 *
 * A price already at or beyond the barrier (S ≤ B for `'down'`, S ≥ B for `'up'`) gives probability 1.
 * Monitoring is continuous: a barrier checked only now and then (mark price updates, funding times)
 * is touched a little less often, and jumps make it more likely.
 *
 * @param input.spot - S > 0. @param input.barrier - B > 0. @param input.direction - `'down'` or `'up'`.
 * @param input.vol - σ > 0 per year. @param input.years - T > 0. @param input.drift - μ per year (default 0).
 * @returns `{ distance, logDistance, probability, driftlessProbability }`; probabilities in [0, 1].
 * @throws {RiskInputError} Invalid field; a distance or drift too large to compute (`barrier`, `vol`).
 * @see Brownian motion hitting a barrier, http://lukoe.com/finance/quantNotes/Brownian_motion_hitting_a_barrier_.html
 * @example
 * // Mark 49,000, a long's liquidation price 45,180.72, σ = 60 % a year, 7 days
 * priceTouchProbability({ spot: 49_000, barrier: 45_180.72, direction: 'down', vol: 0.6, years: 7 / 365 });
 * // distance ≈ 0.0779, driftlessProbability ≈ 0.33
 */
export function priceTouchProbability(input: PriceTouchProbabilityInput): PriceTouchProbabilityResult {
  const o = requireObject('input', input);
  const spot = requirePositive('spot', o['spot']);
  const barrier = requirePositive('barrier', o['barrier']);
  const direction = requireOneOf('direction', o['direction'], ['down', 'up'] as const);
  const vol = requirePositive('vol', o['vol']);
  const years = requirePositive('years', o['years']);
  const drift = optional(o['drift'], 0, (v) => requireFinite('drift', v));
  const away = direction === 'down' ? 1 : -1;
  const logDistance = away * (Math.log(spot) - Math.log(barrier));
  if (!(logDistance > 0)) return { distance: 0, logDistance: 0, probability: 1, driftlessProbability: 1 };
  const distance = requireFiniteResult('barrier', Math.abs(spot - barrier) / spot);
  const logDrift = requireFiniteResult('vol', drift - (vol * vol) / 2);
  return {
    distance,
    logDistance,
    probability: touchProbabilities(logDistance, away * logDrift, vol, years).probability,
    driftlessProbability: touchProbabilities(logDistance, 0, vol, years).probability,
  };
}

/** Input of {@link circuitBreakerLevels}. */
export interface CircuitBreakerLevelsInput {
  /** C: the reference price the thresholds apply to (e.g. the prior close), > 0. */
  referencePrice: number;
  /** Declines ℓ_k that trigger each level, decimals in (0, 1), strictly ascending (0.07 = 7 %). */
  thresholds: readonly number[];
}

/**
 * Trigger prices of percentage circuit breakers: level k halts trading when the price falls to
 * C·(1 − ℓ_k), e.g. the US market-wide breakers at 7 %, 13 % and 20 % below the prior close.
 *
 * @param input.referencePrice - C > 0.
 * @param input.thresholds - ℓ_k in (0, 1), strictly ascending, at least one.
 * @returns `{ prices }`: C·(1 − ℓ_k) for each threshold, in the same order (descending), each in (0, C).
 * @throws {RiskInputError} `referencePrice` not > 0; `thresholds` empty, an element outside (0, 1) or not above the previous one.
 * @see Market-wide circuit breakers (investor.gov definition quoted by Business Insider, 2018), https://www.businessinsider.com/stock-market-circuit-breakers-2018-2
 * @example
 * circuitBreakerLevels({ referencePrice: 2_681.66, thresholds: [0.07, 0.13, 0.2] });
 * // { prices: [2493.94…, 2333.04…, 2145.33…] }
 */
export function circuitBreakerLevels(input: CircuitBreakerLevelsInput): { prices: number[] } {
  const o = requireObject('input', input);
  const referencePrice = requirePositive('referencePrice', o['referencePrice']);
  const list = requireNonEmptyArray('thresholds', o['thresholds']);
  let previous = 0;
  const prices = list.map((raw, i) => {
    const threshold = requireInRange(`thresholds[${i}]`, raw, {
      min: 0,
      max: 1,
      minInclusive: false,
      maxInclusive: false,
      hint: '(a decimal fraction: 0.07 means a 7 % decline)',
    });
    if (threshold <= previous) {
      fail(`thresholds[${i}]`, `greater than the previous threshold (${String(previous)}); list levels in ascending order`, threshold);
    }
    previous = threshold;
    return referencePrice * (1 - threshold);
  });
  return { prices };
}

/** Input of {@link firstPassageDistance}. */
export interface FirstPassageDistanceInput {
  /** p: the touch probability wanted, decimal in (0, 1). */
  probability: number;
  /** μ: drift per unit of time, positive away from the barrier. Default 0. */
  drift?: number | undefined;
  /** σ: volatility per square root of the time unit, > 0. */
  vol: number;
  /** T: horizon in the time unit, > 0. */
  horizon: number;
}

/**
 * The barrier distance L whose touch probability within T is p: the inverse in L of
 * {@link firstPassageProbability}, which falls from 1 (L → 0) to 0 (L → ∞). Used to set a loss
 * limit so that ordinary noise trips it with a chosen probability. Without drift it is
 * L = σ√T·Φ⁻¹(1 − p/2); with drift it is found by bisection to a relative 1e-13.
 *
 * @param input.probability - p in (0, 1). @param input.drift - μ (default 0). @param input.vol - σ > 0.
 * @param input.horizon - T > 0.
 * @returns L > 0, in the units of the process (e.g. USDT of P&L).
 * @throws {RiskInputError} Invalid field; a distance too large or too small to represent.
 * @example
 * // A daily P&L volatility of 10,000 USDT: the loss limit tripped by noise on 5 % of days
 * firstPassageDistance({ probability: 0.05, vol: 10_000, horizon: 1 }); // 19,599.64 = 10,000 × Φ⁻¹(0.975)
 */
export function firstPassageDistance(input: FirstPassageDistanceInput): number {
  const o = requireObject('input', input);
  const probability = requireInRange('probability', o['probability'], { min: 0, max: 1, minInclusive: false, maxInclusive: false });
  const drift = optional(o['drift'], 0, (v) => requireFinite('drift', v));
  const vol = requirePositive('vol', o['vol']);
  const horizon = requirePositive('horizon', o['horizon']);
  const touch = (distance: number) => touchProbabilities(distance, drift, vol, horizon).probability;
  // Bracket the root by doubling and halving from σ√T, then bisect on the log scale.
  let high = vol * Math.sqrt(horizon);
  let low = high;
  while (touch(high) > probability) {
    high *= 2;
    if (!Number.isFinite(high)) fail('vol', 'small enough that the distance found is a finite number', vol);
  }
  while (touch(low) < probability) {
    low /= 2;
    if (!(low > 0)) fail('vol', 'large enough that the distance found is above 0 in double precision', vol);
  }
  for (let i = 0; i < 200 && high - low > 1e-13 * high; i += 1) {
    const middle = Math.sqrt(low) * Math.sqrt(high);
    const point = middle > low && middle < high ? middle : low / 2 + high / 2;
    if (touch(point) > probability) low = point;
    else high = point;
  }
  return low / 2 + high / 2;
}
