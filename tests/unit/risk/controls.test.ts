import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { kOfNApproval, MAX_APPROVAL_KEYS } from '../../../src/risk/index.ts';
import { expectClose, expectInputError, NOT_FINITE_NUMBERS } from './helpers.ts';

/** Brute force over all 2ⁿ sets of failed keys: an independent route to P(at least `needed` keys fail). */
function bruteForce(n: number, needed: number, p: number): number {
  let total = 0;
  for (let mask = 0; mask < 2 ** n; mask += 1) {
    let failed = 0;
    for (let bit = 0; bit < n; bit += 1) if (mask & (1 << bit)) failed += 1;
    if (failed >= needed) total += p ** failed * (1 - p) ** (n - failed);
  }
  return total;
}

const approval = (threshold: number, keys: number, compromiseProbability: number, lossProbability: number) =>
  kOfNApproval({ threshold, keys, compromiseProbability, lossProbability });

describe('kOfNApproval', () => {
  // Reference vectors 19 (SELF, recomputed exactly with mpmath): q = 1 % per key compromised, ℓ = 5 % per key lost.
  it.each([
    [1, 1, 0.01, 0.05],
    [2, 3, 2.98e-4, 7.25e-3],
    [3, 5, 9.8506e-6, 1.158125e-3],
    [4, 7, 3.416698e-7, 1.93578125e-4],
  ])('%s-of-%s: compromise %s, lock-out %s', (k, n, compromise, lockOut) => {
    const result = approval(k, n, 0.01, 0.05);
    expectClose(result.compromise, compromise, 1e-13);
    expectClose(result.lockOut, lockOut, 1e-13);
  });

  it('2-of-3 with q = ℓ = 10 %: both 0.028 (= 3p² − 2p³)', () => {
    const result = approval(2, 3, 0.1, 0.1);
    expectClose(result.compromise, 0.028, 1e-14);
    expectClose(result.lockOut, 0.028, 1e-14);
    expectClose(result.compromise, 3 * 0.1 ** 2 - 2 * 0.1 ** 3, 1e-14);
  });

  it('closed forms at the ends: n-of-n is compromised only with every key (qⁿ) and locked out by any loss (1 − (1 − ℓ)ⁿ); 1-of-n the reverse', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (n, q, l) => {
        const all = approval(n, n, q, l);
        expectClose(all.compromise, q ** n, 1e-13, 1e-300);
        expectClose(all.lockOut, 1 - (1 - l) ** n, 1e-12, 1e-13); // 1 − (1 − ℓ)ⁿ itself loses ~n ulps of 1 to cancellation
        const one = approval(1, n, q, l);
        expectClose(one.compromise, 1 - (1 - q) ** n, 1e-12, 1e-13);
        expectClose(one.lockOut, l ** n, 1e-13, 1e-300);
      }),
    );
  });

  it('agrees with brute force over every set of failed keys (n ≤ 10)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 1, max: n }))), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), ([n, k], q, l) => {
        const result = approval(k, n, q, l);
        expectClose(result.compromise, bruteForce(n, k, q), 1e-12, 1e-300);
        expectClose(result.lockOut, bruteForce(n, n - k + 1, l), 1e-12, 1e-300);
      }),
    );
  });

  it('the trade-off: raising k never raises compromise and never lowers lock-out', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: MAX_APPROVAL_KEYS }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (n, q, l) => {
        let previous = approval(1, n, q, l);
        for (let k = 2; k <= n; k += 1) {
          const next = approval(k, n, q, l);
          expect(next.compromise).toBeLessThanOrEqual(previous.compromise * (1 + 1e-12));
          expect(next.lockOut).toBeGreaterThanOrEqual(previous.lockOut * (1 - 1e-12));
          previous = next;
        }
      }),
      { numRuns: 30 },
    );
  });

  it('tiny probabilities keep their digits (no 1 − P cancellation): 50-of-100 at q = 10⁻⁶ is C(100, 50)·10⁻³⁰⁰·(1 − 10⁻⁶)⁵⁰ + … = 1.00886399010256e-271 (mpmath)', () => {
    expectClose(approval(50, 100, 1e-6, 0).compromise, 1.008863990102563e-271, 1e-12);
    expectClose(approval(1, 100, 1e-20, 0).compromise, 1e-18, 1e-12);
  });

  it('bad input: keys 1…100, threshold 1…keys, probabilities in [0, 1]', () => {
    for (const bad of [...NOT_FINITE_NUMBERS, 0, -3, 2.5, MAX_APPROVAL_KEYS + 1]) expectInputError(() => kOfNApproval({ threshold: 1, keys: bad, compromiseProbability: 0.01, lossProbability: 0.05 } as never), 'keys');
    for (const bad of [...NOT_FINITE_NUMBERS, 0, 4, 1.5, -1]) expectInputError(() => kOfNApproval({ threshold: bad, keys: 3, compromiseProbability: 0.01, lossProbability: 0.05 } as never), 'threshold');
    const message = expectInputError(() => approval(4, 3, 0.01, 0.05), 'threshold').message;
    expect(message).toContain('from 1 to 3');
    for (const bad of [...NOT_FINITE_NUMBERS, -0.01, 1.01, 5]) expectInputError(() => kOfNApproval({ threshold: 2, keys: 3, compromiseProbability: bad, lossProbability: 0.05 } as never), 'compromiseProbability');
    for (const bad of [...NOT_FINITE_NUMBERS, -0.01, 1.01, 5]) expectInputError(() => kOfNApproval({ threshold: 2, keys: 3, compromiseProbability: 0.01, lossProbability: bad } as never), 'lossProbability');
  });
});
