/**
 * Settlement finality: the probability that an attacker reverses a payment
 * after a number of confirmations (Nakamoto 2008, section 11).
 */
import { requireFraction, requireInteger, requireObject } from './validate.ts';

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
