/**
 * Settlement finality: the probability that an attacker reverses a payment
 * after a number of confirmations (Nakamoto 2008, section 11), the number of
 * confirmations a target risk needs, how long they take, and the price exposure
 * while waiting for them.
 */
import { SECONDS_PER_YEAR } from './calendar.ts';
import { priceMoveOverWindow } from './operational.ts';
import {
  requireFiniteResult,
  requireFraction,
  requireInteger,
  requireNonNegative,
  requireObject,
  requirePositive,
} from './validate.ts';

/** Input of {@link attackerSuccessProbability}. */
export interface AttackerSuccessProbabilityInput {
  /** Attacker's share q of total hash power, decimal in [0, 1]. */
  attackerShare: number;
  /** Confirmations z (blocks the attacker is behind), integer ≥ 0. */
  confirmations: number;
}

// ln(n!) for n ≤ 18 is exact as a double product; Stirling's series above.
function stirlingCorrection(n: number): number {
  // ln n! − (n ln n − n + ½ ln 2πn)
  if (n <= 18) {
    let factorial = 1;
    for (let i = 2; i <= n; i += 1) factorial *= i;
    return Math.log(factorial) - (n * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI * n));
  }
  const inv = 1 / n;
  const inv2 = inv * inv;
  return inv * (1 / 12 - inv2 * (1 / 360 - inv2 * (1 / 1260 - inv2 / 1680)));
}

/** log1p(u) − u for u in (−1, 0], without cancellation near 0. */
function log1pMinusIdentity(u: number): number {
  if (Math.abs(u) > 0.01) return Math.log1p(u) - u;
  // −u²/2 + u³/3 − u⁴/4 + …; |u| ≤ 0.01 so 12 terms reach 1e-24 relative.
  let term = u;
  let sum = 0;
  for (let k = 2; k <= 13; k += 1) {
    term *= -u;
    sum += term / k;
  }
  return sum;
}

/**
 * Probability that an attacker with a share q of the hash power ever catches
 * up with the honest chain from z blocks behind (Nakamoto's Poisson model).
 *
 * With p = 1 − q, λ = z·q/p:  P = 1 − Σ_{k=0..z} (λᵏe^(−λ)/k!)·(1 − (q/p)^(z−k)),
 * and P = 1 for q ≥ ½. Computed in the algebraically identical all-positive
 * form P = Pois(z)·[Σ_{j=0..z} z!/((z−j)! zʲ) + Σ_{j≥1} λʲ z!/(z+j)!] (terms of
 * the paper's sum plus the Poisson upper tail, grouped around k = z), with
 * Pois(z) = λᶻe^(−λ)/z! in log space: no cancellation, no underflow of e^(−λ),
 * accurate to about 1e-14 relative for any z, where the paper's C code loses
 * precision for small P and returns 1 once e^(−λ) underflows.
 *
 * @param input.attackerShare - q, decimal in [0, 1].
 * @param input.confirmations - z, integer ≥ 0.
 * @returns P in [0, 1]: 1 for z = 0 or q ≥ ½, 0 for q = 0 and z ≥ 1, non-increasing in z.
 * @throws {RiskInputError} `attackerShare` outside [0, 1] or not a number; `confirmations` not a whole number ≥ 0.
 * @see S. Nakamoto (2008), "Bitcoin: A Peer-to-Peer Electronic Cash System", §11 Calculations (C code and tables),
 * copy at https://enbasitbitcoinkitabi.site/english/pages-html/0165.html
 * @example
 * // Whitepaper table: q = 0.1, z = 5 → 0.0009137
 * attackerSuccessProbability({ attackerShare: 0.1, confirmations: 5 }); // 0.00091372…
 */
export function attackerSuccessProbability(input: AttackerSuccessProbabilityInput): number {
  const o = requireObject('input', input);
  const q = requireFraction('attackerShare', o['attackerShare']);
  const z = requireInteger('confirmations', o['confirmations'], 0);
  if (q >= 0.5 || z === 0) return 1;
  if (q === 0) return 0;
  const p = 1 - q;
  const ratio = q / p; // r < 1
  const lambda = z * ratio;
  // ln Pois(z) = −λ + z ln λ − ln z! = z(ln r + 1 − r) − ½ ln(2πz) − correction, with r − 1 = (2q − 1)/p.
  const logPoisson = z * log1pMinusIdentity((2 * q - 1) / p) - 0.5 * Math.log(2 * Math.PI * z) - stirlingCorrection(z);
  // Both sums are ≤ 1 + √(πz/2) + r/(1 − r) + 1: if even that cannot lift P above underflow, P is 0.
  if (logPoisson + Math.log(2 + Math.sqrt(2 * z) + 1 / (1 - ratio)) < -745) return 0;
  const poisson = Math.exp(logPoisson);
  // Paper's terms k = z − j: Pois(k)·r^(z−k) = Pois(z)·z!/((z−j)!·z^j).
  let below = 0;
  let term = 1;
  for (let j = 0; j <= z; j += 1) {
    if (j > 0) term *= (z - j + 1) / z;
    below += term;
    if (term < 1e-17 * below) break;
  }
  // Poisson upper tail k = z + j: Pois(z)·λ^j·z!/(z + j)!.
  let above = 0;
  term = 1;
  for (let j = 1; ; j += 1) {
    term *= lambda / (z + j);
    above += term;
    if (term < 1e-17 * (below + above)) break;
  }
  return Math.min(1, poisson * (below + above));
}

/** Largest confirmation count the settlement functions search or sum over: about 19 years of 10-minute blocks. */
export const MAX_CONFIRMATIONS = 1_000_000;

/** Input of {@link confirmationsForRisk}. */
export interface ConfirmationsForRiskInput {
  /** Attacker's share q of total hash power, decimal in [0, 1]. */
  attackerShare: number;
  /** Highest acceptable probability that the attacker catches up, decimal in (0, 1) (0.001 is 0.1 %). */
  maxProbability: number;
}

/** Result of {@link confirmationsForRisk}. */
export interface ConfirmationsForRiskResult {
  /** Smallest z with P(q, z) < maxProbability, integer ≥ 1; null when no z up to {@link MAX_CONFIRMATIONS} is enough (always for q ≥ ½). */
  confirmations: number | null;
  /** P(q, z) at that z, in [0, maxProbability); null with `confirmations`. */
  probability: number | null;
}

/**
 * The number of confirmations to wait for so that an attacker with share q of the hash power catches up
 * with probability below a target: the smallest z with P(q, z) < maxProbability, P as in
 * {@link attackerSuccessProbability}. "Below" is strict, as in Nakamoto's table "solving for P less than 0.1 %".
 * P is non-increasing in z, so the search doubles z until P drops below the target, then bisects.
 *
 * @param input.attackerShare - q, decimal in [0, 1].
 * @param input.maxProbability - Target, decimal in (0, 1).
 * @returns `{ confirmations, probability }`; `confirmations` ≥ 1 (1 when q = 0), non-decreasing in q and
 * non-increasing in the target; both null when q ≥ ½ (the attacker always catches up) or when more than
 * 1,000,000 confirmations would be needed (q just below ½).
 * @throws {RiskInputError} `attackerShare` outside [0, 1]; `maxProbability` outside (0, 1).
 * @see S. Nakamoto (2008), "Bitcoin: A Peer-to-Peer Electronic Cash System", §11 Calculations (table
 * "Solving for P less than 0.1 %"), https://enbasitbitcoinkitabi.site/english/pages-html/0165.html
 * @example
 * // Whitepaper: q = 0.10 needs z = 5 for P < 0.1 %
 * confirmationsForRisk({ attackerShare: 0.1, maxProbability: 0.001 }); // { confirmations: 5, probability: 0.00091372… }
 */
export function confirmationsForRisk(input: ConfirmationsForRiskInput): ConfirmationsForRiskResult {
  const o = requireObject('input', input);
  const attackerShare = requireFraction('attackerShare', o['attackerShare']);
  const maxProbability = requireFraction('maxProbability', o['maxProbability'], { minInclusive: false, maxInclusive: false });
  const none = { confirmations: null, probability: null };
  if (attackerShare >= 0.5) return none;
  const probabilityAt = (confirmations: number) => attackerSuccessProbability({ attackerShare, confirmations });
  // P(z = 0) = 1 is never below the target: search z ≥ 1.
  let low = 0;
  let high = 1;
  let atHigh = probabilityAt(high);
  while (atHigh >= maxProbability) {
    if (high === MAX_CONFIRMATIONS) return none;
    low = high;
    high = Math.min(2 * high, MAX_CONFIRMATIONS);
    atHigh = probabilityAt(high);
  }
  // Invariant: P(low) ≥ target (or low = 0), P(high) < target.
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    const atMiddle = probabilityAt(middle);
    if (atMiddle < maxProbability) {
      high = middle;
      atHigh = atMiddle;
    } else {
      low = middle;
    }
  }
  return { confirmations: high, probability: atHigh };
}

/**
 * P(N ≤ m) for N ~ Poisson(μ), μ > 0 finite, integer m ≥ 0: the terms are summed outwards from the largest
 * one inside [0, m] in relative terms, and that term is taken in log space, so nothing cancels or underflows
 * before the end. About 10·√μ terms at most.
 */
function poissonCdf(m: number, mu: number): number {
  const peak = Math.min(m, Math.floor(mu));
  // ln Pois(peak) = −μ + k ln μ − ln k! = k(ln r − (r − 1)) − ½ ln 2πk − correction, with r = μ/k.
  const logPeak = peak === 0 ? -mu : peak * log1pMinusIdentity((mu - peak) / peak) - 0.5 * Math.log(2 * Math.PI * peak) - stirlingCorrection(peak);
  let sum = 1;
  let term = 1;
  for (let k = peak; k > 0; k -= 1) {
    term *= k / mu; // Pois(k − 1)/Pois(k)
    sum += term;
    if (term < 1e-17 * sum) break;
  }
  term = 1;
  for (let k = peak + 1; k <= m; k += 1) {
    term *= mu / k; // Pois(k)/Pois(k − 1)
    sum += term;
    if (term < 1e-17 * sum) break;
  }
  const logCdf = logPeak + Math.log(sum);
  return logCdf < -745 ? 0 : Math.min(1, Math.exp(logCdf));
}

/** Input of {@link confirmationWait}. */
export interface ConfirmationWaitInput {
  /** Confirmations z to wait for, integer from 0 to 1,000,000. */
  confirmations: number;
  /** Mean time between blocks β, seconds, > 0 (Bitcoin targets 600). */
  blockSeconds: number;
  /** A waiting time t to compare with, seconds, ≥ 0. */
  waitSeconds: number;
}

/** Result of {@link confirmationWait}. */
export interface ConfirmationWaitResult {
  /** E[T_z] = z·β: mean time until the z-th block, seconds, ≥ 0. */
  expectedSeconds: number;
  /** P(T_z > t): probability that the z blocks take longer than `waitSeconds`, decimal in [0, 1]. */
  probabilityLonger: number;
}

/**
 * How long z confirmations take when blocks arrive as a Poisson process with mean spacing β: the wait
 * T_z is Gamma(z, β) (Erlang), so
 *
 * E[T_z] = z·β;  P(T_z > t) = P(fewer than z blocks by t) = Σ_{k=0..z−1} e^(−t/β)(t/β)ᵏ/k!.
 *
 * @param input.confirmations - z, integer from 0 to 1,000,000.
 * @param input.blockSeconds - β, seconds, > 0.
 * @param input.waitSeconds - t, seconds, ≥ 0.
 * @returns `{ expectedSeconds, probabilityLonger }`; probabilityLonger is 0 for z = 0, 1 for t = 0 and z ≥ 1,
 * non-increasing in t and non-decreasing in z.
 * @throws {RiskInputError} Invalid field; overflow of z·β (`blockSeconds`).
 * @see S. Nakamoto (2008), §11 (blocks as a Poisson process, the attacker's progress as a Poisson variable),
 * https://enbasitbitcoinkitabi.site/english/pages-html/0165.html ; the Erlang waiting time of a Poisson
 * process: W. Feller, *An Introduction to Probability Theory and Its Applications*, Vol. II, §I.4.
 * @example
 * // Six confirmations of 10-minute blocks: one hour on average, longer than 90 minutes 11.6 % of the time
 * confirmationWait({ confirmations: 6, blockSeconds: 600, waitSeconds: 5400 }); // { expectedSeconds: 3600, probabilityLonger: 0.11569… }
 */
export function confirmationWait(input: ConfirmationWaitInput): ConfirmationWaitResult {
  const o = requireObject('input', input);
  const confirmations = requireInteger('confirmations', o['confirmations'], 0, MAX_CONFIRMATIONS);
  const blockSeconds = requirePositive('blockSeconds', o['blockSeconds']);
  const waitSeconds = requireNonNegative('waitSeconds', o['waitSeconds']);
  const expectedSeconds = requireFiniteResult('blockSeconds', confirmations * blockSeconds);
  const blocksExpected = waitSeconds / blockSeconds; // μ = t/β; Infinity when it overflows
  let probabilityLonger: number;
  if (confirmations === 0) probabilityLonger = 0;
  else if (blocksExpected === 0) probabilityLonger = 1;
  else if (blocksExpected === Infinity) probabilityLonger = 0;
  else probabilityLonger = poissonCdf(confirmations - 1, blocksExpected);
  return { expectedSeconds, probabilityLonger };
}

/** Input of {@link settlementExposure}. */
export interface SettlementExposureInput {
  /** Confirmations z waited for before the payment counts as settled, integer from 0 to 1,000,000. */
  confirmations: number;
  /** Mean time between blocks β, seconds, > 0. */
  blockSeconds: number;
  /** Volatility of the coin's price in the currency the payment is measured in, annualised decimal, ≥ 0. */
  vol: number;
  /** Value of the payment, currency, > 0. */
  notional: number;
  /** One-sided confidence level, decimal in [0.5, 1). Default 0.99. */
  confidence?: number | undefined;
}

/** Result of {@link settlementExposure}. */
export interface SettlementExposureResult {
  /** E[T_z] = z·β: mean settlement window, seconds, ≥ 0. */
  windowSeconds: number;
  /** σ·√(z·β/yr): standard deviation of the price change over the mean window, decimal fraction of the price. */
  windowVol: number;
  /** Φ⁻¹(confidence)·windowVol: the adverse move at the confidence level, decimal fraction of the price. */
  move: number;
  /** move·notional: what that move costs on the payment, currency. */
  moveValue: number;
}

/**
 * The price exposure of a crypto payment while its confirmations accumulate: over the mean window
 * z·β (seconds; a year is 365 days), the adverse move at a one-sided confidence level,
 *
 * σ_w = σ·√(z·β / 31,536,000 s);  move = Φ⁻¹(confidence)·σ_w;  moveValue = move·notional,
 * computed by {@link priceMoveOverWindow}. The window itself is random (see {@link confirmationWait}).
 *
 * @param input.confirmations - z, integer from 0 to 1,000,000.
 * @param input.blockSeconds - β, seconds, > 0.
 * @param input.vol - σ, annualised decimal, ≥ 0.
 * @param input.notional - Payment value, currency, > 0.
 * @param input.confidence - Decimal in [0.5, 1) (default 0.99).
 * @returns `{ windowSeconds, windowVol, move, moveValue }`, all ≥ 0; 0 for z = 0.
 * @throws {RiskInputError} Invalid field; overflow (`blockSeconds`, `vol`, `notional`).
 * @see S. Nakamoto (2008), §11; J. C. Hull, *Risk Management and Financial Institutions*, VaR chapter
 * (square-root-of-time rule), http://www.hezhiquan.com/docs/view/7f6f95514a9f4ad4ba0fb2a651e4955b_2.html
 * @example
 * // Six 10-minute blocks, σ = 60 % a year, 99 %: σ_w 0.641 %, move 1.491 % of the payment
 * settlementExposure({ confirmations: 6, blockSeconds: 600, vol: 0.6, notional: 1_000_000 }).moveValue; // 14913.30…
 */
export function settlementExposure(input: SettlementExposureInput): SettlementExposureResult {
  const o = requireObject('input', input);
  const confirmations = requireInteger('confirmations', o['confirmations'], 0, MAX_CONFIRMATIONS);
  const blockSeconds = requirePositive('blockSeconds', o['blockSeconds']);
  const vol = requireNonNegative('vol', o['vol']);
  const notional = requirePositive('notional', o['notional']);
  const windowSeconds = requireFiniteResult('blockSeconds', confirmations * blockSeconds);
  // priceMoveOverWindow checks `confidence` (same name, same rule).
  const years = windowSeconds / SECONDS_PER_YEAR;
  const { windowVol, move, moveValue } = priceMoveOverWindow({ notional, vol, years, confidence: o['confidence'] as number | undefined });
  return { windowSeconds, windowVol, move, moveValue };
}
