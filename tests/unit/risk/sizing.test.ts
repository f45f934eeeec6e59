import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { kellyFraction } from '../../../src/risk/index.ts';
import { expectClose, expectInputError, expectPublished, NOT_FINITE_NUMBERS } from './helpers.ts';

const kelly = (winProbability: number, winLossRatio: number) => kellyFraction({ winProbability, winLossRatio });

describe('kellyFraction', () => {
  it('Wikipedia: p 0.70, b 1 → 0.40; coin study p 0.60, b 1 → 0.20 (reference 9.1, 9.2)', () => {
    expectPublished(kelly(0.7, 1), '0.40');
    expectPublished(kelly(0.6, 1), '0.20');
  });

  it('Thorp (2006): p 0.51, b 1 → 0.02 (reference 9.3)', () => {
    expectPublished(kelly(0.51, 1), '0.02');
  });

  it('SELF 9.4: p 0.55, b 2 → 0.325; negative edge gives a negative fraction (do not bet)', () => {
    expectClose(kelly(0.55, 2), 0.325, 1e-15);
    expect(kelly(0.4, 1)).toBeCloseTo(-0.2, 15);
    expect(kelly(0, 4)).toBe(-0.25);
    expect(kelly(1, 0.5)).toBe(1);
  });

  it('property: maximises the expected log growth p·ln(1 + bf) + (1 − p)·ln(1 − f) when 0 < f* < 1', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 0.99, noNaN: true }), fc.double({ min: 0.1, max: 10, noNaN: true }), (p, b) => {
        const f = kelly(p, b);
        fc.pre(f > 0.01 && f < 0.99);
        const growth = (x: number) => p * Math.log(1 + b * x) + (1 - p) * Math.log(1 - x);
        expect(growth(f)).toBeGreaterThanOrEqual(growth(f - 0.005));
        expect(growth(f)).toBeGreaterThanOrEqual(growth(f + 0.005));
        expect(kelly(Math.min(1, p + 0.005), b)).toBeGreaterThan(f);
      }),
    );
  });

  it('bad input', () => {
    for (const bad of [...NOT_FINITE_NUMBERS, -0.1, 1.01, 55]) expectInputError(() => kellyFraction({ winProbability: bad, winLossRatio: 1 } as never), 'winProbability');
    for (const bad of [...NOT_FINITE_NUMBERS, 0, -1]) expectInputError(() => kellyFraction({ winProbability: 0.5, winLossRatio: bad } as never), 'winLossRatio');
    expectInputError(() => kellyFraction({ winProbability: 0.5, winLossRatio: 1e-320 }), 'winLossRatio');
  });
});
