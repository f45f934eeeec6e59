import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { attackerSuccessProbability } from '../../../src/risk/index.ts';
import { expectClose, expectInputError, expectWithin, NOT_FINITE_NUMBERS } from './helpers.ts';

/** Direct port of the C function in Nakamoto (2008), §11, for cross-checking at small z. */
function nakamotoC(q: number, z: number): number {
  const p = 1 - q;
  const lambda = z * (q / p);
  let sum = 1;
  for (let k = 0; k <= z; k += 1) {
    let poisson = Math.exp(-lambda);
    for (let i = 1; i <= k; i += 1) poisson *= lambda / i;
    sum -= poisson * (1 - (q / p) ** (z - k));
  }
  return sum;
}

const P = (attackerShare: number, confirmations: number) => attackerSuccessProbability({ attackerShare, confirmations });

describe('attackerSuccessProbability: Nakamoto (2008) §11 tables', () => {
  it('q = 0.1, z = 0…10', () => {
    const table = ['1.0000000', '0.2045873', '0.0509779', '0.0131722', '0.0034552', '0.0009137', '0.0002428', '0.0000647', '0.0000173', '0.0000046', '0.0000012'];
    table.forEach((printed, z) => expectWithin(P(0.1, z), Number(printed), 5e-8, `z = ${z}`));
  });

  it('q = 0.3, z = 0, 5, …, 50', () => {
    const table = ['1.0000000', '0.1773523', '0.0416605', '0.0101008', '0.0024804', '0.0006132', '0.0001522', '0.0000379', '0.0000095', '0.0000024', '0.0000006'];
    table.forEach((printed, i) => expectWithin(P(0.3, 5 * i), Number(printed), 5e-8, `z = ${5 * i}`));
  });

  it('smallest z with P < 0.1 %: q 0.10 → 5, 0.15 → 8, 0.20 → 11, 0.25 → 15, 0.30 → 24, 0.35 → 41, 0.40 → 89, 0.45 → 340', () => {
    const table: [number, number][] = [[0.1, 5], [0.15, 8], [0.2, 11], [0.25, 15], [0.3, 24], [0.35, 41], [0.4, 89], [0.45, 340]];
    for (const [q, z] of table) {
      expect(P(q, z)).toBeLessThan(0.001);
      expect(P(q, z - 1)).toBeGreaterThanOrEqual(0.001);
    }
  });
});

describe('attackerSuccessProbability: accuracy', () => {
  it.each([
    // mpmath at 200 digits of the paper's formula (it cancels badly in double precision for small P)
    [0.1, 5, 9.1368218792777414e-4],
    [0.45, 340, 9.9472141450565372e-4],
    [0.4, 1000, 2.5155583498517565e-32],
    [0.25, 200, 1.6150768994522401e-38],
    [0.49, 5000, 0.012121206538149986],
    [0.05, 100, 9.8079886178374595e-88],
  ])('q = %s, z = %s: %s to 1e-12 relative', (q, z, exact) => {
    expectClose(P(q, z), exact, 1e-12);
  });

  it('agrees with the paper\'s C code where that code is accurate (P > 1e-9, z ≤ 60)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 0.499, noNaN: true }), fc.integer({ min: 0, max: 60 }), (q, z) => {
        const c = nakamotoC(q, z);
        fc.pre(c > 1e-9);
        expectWithin(P(q, z), c, 1e-14 * z + 1e-15);
      }),
    );
  });

  it('does not return 1 when e^(−λ) underflows (the C code does: z = 10,000 at q = 0.3)', () => {
    expect(nakamotoC(0.3, 10_000)).toBe(1);
    expect(P(0.3, 10_000)).toBe(0);
    const big = P(0.4999, 1e9);
    expect(big).toBeGreaterThanOrEqual(0);
    expect(big).toBeLessThan(1);
  });

  it('edge cases: z = 0 → 1; q ≥ 0.5 → 1; q = 0 → 0', () => {
    expect(P(0.2, 0)).toBe(1);
    expect(P(0, 0)).toBe(1);
    expect(P(0.5, 100)).toBe(1);
    expect(P(0.7, 3)).toBe(1);
    expect(P(1, 10)).toBe(1);
    expect(P(0, 1)).toBe(0);
  });
});

describe('attackerSuccessProbability: properties', () => {
  it('in [0, 1], non-increasing in confirmations and non-decreasing in the attacker share', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 0.6, noNaN: true }), fc.integer({ min: 0, max: 2_000 }), fc.integer({ min: 1, max: 50 }), (q, z, dz) => {
        const p = P(q, z);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
        expect(P(q, z + dz)).toBeLessThanOrEqual(p);
        expect(P(Math.min(1, q + 0.01), z)).toBeGreaterThanOrEqual(p * (1 - 1e-12));
      }),
    );
  });
});

describe('attackerSuccessProbability: bad input', () => {
  it('attackerShare in [0, 1]; confirmations a whole number ≥ 0', () => {
    for (const bad of [...NOT_FINITE_NUMBERS, -0.1, 1.1, 30]) expectInputError(() => attackerSuccessProbability({ attackerShare: bad, confirmations: 6 } as never), 'attackerShare');
    for (const bad of [...NOT_FINITE_NUMBERS, -1, 2.5, 2 ** 60]) expectInputError(() => attackerSuccessProbability({ attackerShare: 0.1, confirmations: bad } as never), 'confirmations');
  });
});
