import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  attackerSuccessProbability,
  confirmationsForRisk,
  confirmationWait,
  MAX_CONFIRMATIONS,
  priceMoveOverWindow,
  SECONDS_PER_YEAR,
  settlementExposure,
} from '../../../src/risk/index.ts';
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

/** Nakamoto (2008) §11, "Solving for P less than 0.1 %": attacker share q → smallest z. */
const NAKAMOTO_THRESHOLD_TABLE: readonly (readonly [number, number])[] = [[0.1, 5], [0.15, 8], [0.2, 11], [0.25, 15], [0.3, 24], [0.35, 41], [0.4, 89], [0.45, 340]];

describe('confirmationsForRisk', () => {
  it.each(NAKAMOTO_THRESHOLD_TABLE)('Nakamoto (2008) §11 table "P < 0.1 %": q = %s needs z = %s', (attackerShare, expected) => {
    const { confirmations, probability } = confirmationsForRisk({ attackerShare, maxProbability: 0.001 });
    expect(confirmations).toBe(expected);
    expect(probability).toBe(P(attackerShare, expected));
  });

  it('q = 0.1, P < 0.1 % at z = 5 with the whitepaper figure 0.0009137 (Nakamoto 2008 §11, q = 0.1 table)', () => {
    expectWithin(confirmationsForRisk({ attackerShare: 0.1, maxProbability: 0.001 }).probability ?? Number.NaN, 0.0009137, 5e-8);
  });

  it('"below" is strict: a target equal to P(z) asks for one more confirmation', () => {
    const exactly = P(0.1, 5);
    expect(confirmationsForRisk({ attackerShare: 0.1, maxProbability: exactly }).confirmations).toBe(6);
    expect(confirmationsForRisk({ attackerShare: 0.1, maxProbability: exactly * (1 + 1e-9) }).confirmations).toBe(5);
  });

  it('q = 0 needs one confirmation; q ≥ ½ or q just below ½ can never be made safe (null)', () => {
    expect(confirmationsForRisk({ attackerShare: 0, maxProbability: 0.001 })).toEqual({ confirmations: 1, probability: 0 });
    expect(confirmationsForRisk({ attackerShare: 0.5, maxProbability: 0.5 })).toEqual({ confirmations: null, probability: null });
    expect(confirmationsForRisk({ attackerShare: 0.9, maxProbability: 0.999 })).toEqual({ confirmations: null, probability: null });
    // q = 0.4999: even a million blocks leave P above 0.1 %.
    expect(P(0.4999, MAX_CONFIRMATIONS)).toBeGreaterThan(0.001);
    expect(confirmationsForRisk({ attackerShare: 0.4999, maxProbability: 0.001 })).toEqual({ confirmations: null, probability: null });
  });

  it('q = 0.499 needs 801,570 confirmations for P < 0.1 % (mpmath, 30 digits, of the paper\'s sum: P(801,569) = 0.00100000470197, P(801,570) = 0.000999996617461)', () => {
    const { confirmations, probability } = confirmationsForRisk({ attackerShare: 0.499, maxProbability: 0.001 });
    expect(confirmations).toBe(801_570);
    expectClose(probability ?? Number.NaN, 0.000999996617461283, 1e-12);
    expectClose(P(0.499, 801_569), 0.00100000470197445715, 1e-12);
  });

  it('large counts close to ½ still meet the definition exactly: P(z) < target ≤ P(z − 1)', () => {
    for (const [attackerShare, maxProbability] of [[0.49, 0.001], [0.48, 1e-9], [0.45, 1e-100]] as const) {
      const { confirmations } = confirmationsForRisk({ attackerShare, maxProbability });
      expect(confirmations).not.toBeNull();
      const z = confirmations!;
      expect(z).toBeGreaterThan(300);
      expect(z).toBeLessThanOrEqual(MAX_CONFIRMATIONS);
      expect(P(attackerShare, z)).toBeLessThan(maxProbability);
      expect(P(attackerShare, z - 1)).toBeGreaterThanOrEqual(maxProbability);
    }
  });

  it('property: the smallest z with P < target; more confirmations for a stronger attacker or a stricter target', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 0.4, noNaN: true }),
        fc.double({ min: 1e-12, max: 0.5, noNaN: true }),
        fc.double({ min: 0, max: 0.05, noNaN: true }),
        (q, target, dq) => {
          const z = confirmationsForRisk({ attackerShare: q, maxProbability: target }).confirmations!;
          expect(z).toBeGreaterThanOrEqual(1);
          expect(P(q, z)).toBeLessThan(target);
          expect(P(q, z - 1)).toBeGreaterThanOrEqual(target);
          expect(confirmationsForRisk({ attackerShare: q + dq, maxProbability: target }).confirmations!).toBeGreaterThanOrEqual(z);
          expect(confirmationsForRisk({ attackerShare: q, maxProbability: target / 10 }).confirmations!).toBeGreaterThanOrEqual(z);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('bad input: attackerShare in [0, 1], maxProbability in (0, 1)', () => {
    for (const bad of [...NOT_FINITE_NUMBERS, -0.1, 1.5]) expectInputError(() => confirmationsForRisk({ attackerShare: bad, maxProbability: 0.001 } as never), 'attackerShare');
    for (const bad of [...NOT_FINITE_NUMBERS, 0, 1, -0.001, 0.1 * 100]) expectInputError(() => confirmationsForRisk({ attackerShare: 0.1, maxProbability: bad } as never), 'maxProbability');
  });
});

/** P(T_z > t) by the direct Poisson sum (exact enough for small z and t/β). */
function waitTailBySum(z: number, mu: number): number {
  let term = Math.exp(-mu);
  let sum = 0;
  for (let k = 0; k < z; k += 1) {
    sum += term;
    term *= mu / (k + 1);
  }
  return sum;
}

describe('confirmationWait', () => {
  it('reference vector 8.5: z = 6, β = 600 s: P(T > 60 min) = 0.4456796, P(T > 90 min) = 0.1156905 (mpmath, 40 digits)', () => {
    const hour = confirmationWait({ confirmations: 6, blockSeconds: 600, waitSeconds: 3600 });
    expect(hour.expectedSeconds).toBe(3600);
    expectClose(hour.probabilityLonger, 0.44567964136461124, 1e-13);
    expectClose(confirmationWait({ confirmations: 6, blockSeconds: 600, waitSeconds: 5400 }).probabilityLonger, 0.11569052084105774, 1e-13);
  });

  it('large z and far tails without cancellation or underflow (mpmath, 40 digits)', () => {
    // z = 1,000 blocks, t = 1,050 block times: 0.0586711113773180771
    expectClose(confirmationWait({ confirmations: 1000, blockSeconds: 600, waitSeconds: 630_000 }).probabilityLonger, 0.058671111377318077, 1e-11);
    // t at the mean: close to ½ (central limit), 0.495794755819784491
    expectClose(confirmationWait({ confirmations: 1000, blockSeconds: 600, waitSeconds: 600_000 }).probabilityLonger, 0.49579475581978449, 1e-11);
    // z = 10, t = 100 block times: 1.12534739608427339e-31
    expectClose(confirmationWait({ confirmations: 10, blockSeconds: 1, waitSeconds: 100 }).probabilityLonger, 1.1253473960842734e-31, 1e-11);
    expect(confirmationWait({ confirmations: 10, blockSeconds: 1, waitSeconds: 1e6 }).probabilityLonger).toBe(0);
  });

  it('edges: z = 0 is already settled; t = 0 always waits; a wait too long to count is 0', () => {
    expect(confirmationWait({ confirmations: 0, blockSeconds: 600, waitSeconds: 0 })).toEqual({ expectedSeconds: 0, probabilityLonger: 0 });
    expect(confirmationWait({ confirmations: 3, blockSeconds: 600, waitSeconds: 0 }).probabilityLonger).toBe(1);
    expect(confirmationWait({ confirmations: 3, blockSeconds: 1e-300, waitSeconds: 1e300 }).probabilityLonger).toBe(0);
    // One block: the exponential tail e^(−t/β).
    expectClose(confirmationWait({ confirmations: 1, blockSeconds: 600, waitSeconds: 1200 }).probabilityLonger, Math.exp(-2), 1e-14);
  });

  it('agrees with the direct Poisson sum; non-increasing in t, non-decreasing in z', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.double({ min: 0.01, max: 80, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true }), (z, mu, dt) => {
        const at = (confirmations: number, blocks: number) => confirmationWait({ confirmations, blockSeconds: 600, waitSeconds: blocks * 600 }).probabilityLonger;
        const value = at(z, mu);
        expectClose(value, waitTailBySum(z, mu), 1e-12, 1e-300);
        expect(at(z, mu + dt)).toBeLessThanOrEqual(value * (1 + 1e-12));
        expect(at(z + 1, mu)).toBeGreaterThanOrEqual(value * (1 - 1e-12));
      }),
    );
  });

  it('bad input', () => {
    for (const bad of [...NOT_FINITE_NUMBERS, -1, 1.5, MAX_CONFIRMATIONS + 1]) expectInputError(() => confirmationWait({ confirmations: bad, blockSeconds: 600, waitSeconds: 60 } as never), 'confirmations');
    for (const bad of [...NOT_FINITE_NUMBERS, 0, -600]) expectInputError(() => confirmationWait({ confirmations: 6, blockSeconds: bad, waitSeconds: 60 } as never), 'blockSeconds');
    for (const bad of [...NOT_FINITE_NUMBERS, -1]) expectInputError(() => confirmationWait({ confirmations: 6, blockSeconds: 600, waitSeconds: bad } as never), 'waitSeconds');
    expectInputError(() => confirmationWait({ confirmations: 1_000_000, blockSeconds: 1e303, waitSeconds: 1 }), 'blockSeconds');
  });
});

describe('settlementExposure', () => {
  it('reference vector 8.6: σ = 60 %/yr over six 10-minute blocks (1 h of 8,760 a year): σ_w 0.64106 %, 99 % move 1.49133 %, 95 % move 1.05445 % (mpmath)', () => {
    const at99 = settlementExposure({ confirmations: 6, blockSeconds: 600, vol: 0.6, notional: 1_000_000 });
    expect(at99.windowSeconds).toBe(3600);
    expectClose(at99.windowVol, 0.0064106076475603234, 1e-13);
    expectClose(at99.move, 0.014913303472211916, 1e-13);
    expectClose(at99.moveValue, 14_913.303472211916, 1e-13);
    expectClose(settlementExposure({ confirmations: 6, blockSeconds: 600, vol: 0.6, notional: 1_000_000, confidence: 0.95 }).move, 0.010544511240052446, 1e-13);
  });

  it('is priceMoveOverWindow over the mean window z·β; zero confirmations carry no exposure', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.double({ min: 1, max: 3600, noNaN: true }), fc.double({ min: 0, max: 3, noNaN: true }), (z, beta, vol) => {
        const exposure = settlementExposure({ confirmations: z, blockSeconds: beta, vol, notional: 250_000, confidence: 0.975 });
        const direct = priceMoveOverWindow({ notional: 250_000, vol, years: (z * beta) / SECONDS_PER_YEAR, confidence: 0.975 });
        expect(exposure).toEqual({ windowSeconds: z * beta, windowVol: direct.windowVol, move: direct.move, moveValue: direct.moveValue });
      }),
    );
    expect(settlementExposure({ confirmations: 0, blockSeconds: 600, vol: 0.8, notional: 1 }).moveValue).toBe(0);
  });

  it('four times the confirmations doubles the move (square root of time)', () => {
    const six = settlementExposure({ confirmations: 6, blockSeconds: 600, vol: 0.6, notional: 1 });
    const twentyFour = settlementExposure({ confirmations: 24, blockSeconds: 600, vol: 0.6, notional: 1 });
    expectClose(twentyFour.move, 2 * six.move, 1e-15);
  });

  it('bad input names the field, confidence included', () => {
    const ok = { confirmations: 6, blockSeconds: 600, vol: 0.6, notional: 1_000_000 };
    for (const bad of [...NOT_FINITE_NUMBERS, -1, 0.5]) expectInputError(() => settlementExposure({ ...ok, confirmations: bad } as never), 'confirmations');
    for (const bad of [...NOT_FINITE_NUMBERS, 0]) expectInputError(() => settlementExposure({ ...ok, blockSeconds: bad } as never), 'blockSeconds');
    for (const bad of [...NOT_FINITE_NUMBERS, -0.1]) expectInputError(() => settlementExposure({ ...ok, vol: bad } as never), 'vol');
    for (const bad of [...NOT_FINITE_NUMBERS, 0, -5]) expectInputError(() => settlementExposure({ ...ok, notional: bad } as never), 'notional');
    for (const bad of [NaN, 0.4, 1, 99]) expectInputError(() => settlementExposure({ ...ok, confidence: bad } as never), 'confidence');
    expectInputError(() => settlementExposure({ ...ok, notional: 1e308, vol: 1e10 }), 'notional');
  });
});
