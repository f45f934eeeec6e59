/**
 * Internal controls: k-of-n approval (a multisig wallet, a four-eyes rule) and the two ways it fails,
 * an attacker collecting enough keys, or the owners losing so many that they cannot sign.
 */
import { compensatedSum } from './numeric.ts';
import { requireFraction, requireInteger, requireObject } from './validate.ts';

/** Most keys {@link kOfNApproval} accepts: the binomial sums stay exact to double precision well beyond. */
export const MAX_APPROVAL_KEYS = 100;

/** Input of {@link kOfNApproval}. */
export interface KOfNApprovalInput {
  /** Approvals k needed to move funds, integer from 1 to `keys`. */
  threshold: number;
  /** Keys n in the scheme, integer from 1 to 100. */
  keys: number;
  /** Probability q that one key is stolen or misused over the horizon, decimal in [0, 1]; keys independently. */
  compromiseProbability: number;
  /** Probability ℓ that one key is lost or unavailable over the horizon, decimal in [0, 1]; keys independently. */
  lossProbability: number;
}

/** Result of {@link kOfNApproval}, probabilities over the horizon of the inputs. */
export interface KOfNApprovalResult {
  /** P(an attacker holds ≥ k keys), decimal in [0, 1]; non-increasing in k. */
  compromise: number;
  /** P(fewer than k keys remain usable), decimal in [0, 1]; non-decreasing in k. */
  lockOut: number;
}

/** C(n, i) for 0 ≤ i ≤ n ≤ 100, by the multiplicative formula (relative error a few ulps). */
function binomialCoefficient(n: number, i: number): number {
  const smaller = Math.min(i, n - i);
  let value = 1;
  for (let j = 1; j <= smaller; j += 1) value = (value * (n - smaller + j)) / j;
  return value;
}

/** P(X ≥ k) for X ~ Binomial(n, p), summing the terms themselves (no 1 − P cancellation). */
function binomialUpperTail(n: number, k: number, p: number): number {
  if (k <= 0) return 1;
  const terms: number[] = [];
  for (let i = k; i <= n; i += 1) terms.push(binomialCoefficient(n, i) * p ** i * (1 - p) ** (n - i));
  return Math.min(1, compensatedSum(terms));
}

/**
 * The two failure probabilities of a k-of-n approval scheme (multisig wallet, k signatures out of n
 * keys), with keys failing independently:
 *
 * P_compromise = Σ_{i=k..n} C(n, i)·qⁱ·(1 − q)ⁿ⁻ⁱ  (an attacker holds at least k keys);
 * P_lock-out  = Σ_{i=n−k+1..n} C(n, i)·ℓⁱ·(1 − ℓ)ⁿ⁻ⁱ  (more than n − k keys are lost: fewer than k usable).
 * Raising k lowers the first and raises the second. Common-mode failures (one vendor, one building, one
 * person holding two keys) break the independence and make both larger than these figures.
 *
 * @param input.threshold - k, integer from 1 to n.
 * @param input.keys - n, integer from 1 to 100.
 * @param input.compromiseProbability - q, decimal in [0, 1].
 * @param input.lossProbability - ℓ, decimal in [0, 1].
 * @returns `{ compromise, lockOut }`, decimals in [0, 1]; 1-of-1 gives `{ compromise: q, lockOut: ℓ }`.
 * @throws {RiskInputError} `keys` not a whole number from 1 to 100; `threshold` not a whole number from 1 to `keys`;
 * a probability outside [0, 1].
 * @see G. Andresen, BIP 11 "M-of-N Standard Transactions" (2011), https://github.com/genjix/bips/blob/master/bip-0011.md ;
 * k-out-of-n reliability: Reliability Analysis Center, START sheet "Understanding Series and Parallel Systems
 * Reliability", https://docslib.org/doc/7314998/understanding-series-and-parallel-systems-reliability-table-of-contents-2
 * @example
 * // 2-of-3, each key stolen with probability 1 % and lost with probability 5 %
 * kOfNApproval({ threshold: 2, keys: 3, compromiseProbability: 0.01, lossProbability: 0.05 }); // { compromise: 0.000298, lockOut: 0.00725 }
 */
export function kOfNApproval(input: KOfNApprovalInput): KOfNApprovalResult {
  const o = requireObject('input', input);
  const keys = requireInteger('keys', o['keys'], 1, MAX_APPROVAL_KEYS);
  const threshold = requireInteger('threshold', o['threshold'], 1, keys);
  const compromiseProbability = requireFraction('compromiseProbability', o['compromiseProbability']);
  const lossProbability = requireFraction('lossProbability', o['lossProbability']);
  return {
    compromise: binomialUpperTail(keys, threshold, compromiseProbability),
    lockOut: binomialUpperTail(keys, keys - threshold + 1, lossProbability),
  };
}
