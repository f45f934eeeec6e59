import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { feeDrag } from '../../../src/risk/index.ts';
import { expectClose, expectInputError, expectPublished, expectWithin, NOT_FINITE_NUMBERS } from './helpers.ts';

/** Year-by-year ledger of the end-of-year fee convention (independent of the library's closed form). */
function ledger(principal: number, grossReturn: number, feeRate: number, years: number) {
  let withFee = principal;
  let withoutFee = principal;
  let fees = 0;
  for (let t = 1; t <= years; t += 1) {
    const grown = withFee * (1 + grossReturn);
    fees += feeRate * grown;
    withFee = grown * (1 - feeRate);
    withoutFee *= 1 + grossReturn;
  }
  return { withFee, withoutFee, fees };
}

const roundTo = (value: number, step: number) => Math.round(value / step) * step;

describe('feeDrag: SEC investor bulletin "How Fees and Expenses Affect Your Investment Portfolio"', () => {
  const sec = { principal: 100_000, grossReturn: 0.04, holdingYears: 20 };

  it('$100,000 at 4 % for 20 years with a 1 % fee: fees paid $27,832, lost growth $12,067, about $40,000 in all, against about $220,000 without fees (reference 7.1)', () => {
    const r = feeDrag({ ...sec, feeRate: 0.01 });
    expectPublished(r.directFees, '27,832');
    expectPublished(r.lostGrowth, '12,067');
    expect(roundTo(r.drag, 10_000)).toBe(40_000);
    expect(roundTo(r.valueWithoutFee, 10_000)).toBe(220_000);
    // SELF to the cent (reference 7.1): 219,112.31, 179,213.48, 39,898.83.
    expectWithin(r.valueWithoutFee, 219_112.31, 0.005);
    expectWithin(r.valueWithFee, 179_213.48, 0.005);
    expectWithin(r.drag, 39_898.83, 0.005);
    expectClose(r.dragFraction, 1 - 0.99 ** 20, 1e-14);
  });

  it('0.25 % and 0.50 % fees (reference 7.2, SELF): 208,413.03 and 198,211.30; the bulletin: 0.50 % costs about $10,000 more than 0.25 %, and 1 % about $30,000 more', () => {
    const quarter = feeDrag({ ...sec, feeRate: 0.0025 });
    const half = feeDrag({ ...sec, feeRate: 0.005 });
    const one = feeDrag({ ...sec, feeRate: 0.01 });
    expectWithin(quarter.valueWithFee, 208_413.03, 0.005);
    expectWithin(half.valueWithFee, 198_211.3, 0.005);
    expect(roundTo(quarter.valueWithFee - half.valueWithFee, 10_000)).toBe(10_000);
    expect(roundTo(quarter.valueWithFee - one.valueWithFee, 10_000)).toBe(30_000);
  });

  it('matches the year-by-year ledger', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1e9, noNaN: true })), // no subnormal amounts: the ledger rounds them away
        fc.double({ min: -0.5, max: 0.5, noNaN: true }),
        fc.double({ min: 0, max: 0.2, noNaN: true }),
        fc.integer({ min: 0, max: 60 }),
        (principal, grossReturn, feeRate, holdingYears) => {
          const r = feeDrag({ principal, grossReturn, feeRate, holdingYears });
          const l = ledger(principal, grossReturn, feeRate, holdingYears);
          expectClose(r.valueWithFee, l.withFee, 1e-12, 1e-300);
          expectClose(r.valueWithoutFee, l.withoutFee, 1e-12, 1e-300);
          expectClose(r.directFees, l.fees, 1e-11, 1e-9 * principal);
          // The ledger cannot see a fee below half an ulp (1 − f rounds to 1), so its drag misses up to
          // n·(ε/2)·V⁰ₙ, at most 6.7e-15·V⁰ₙ for n ≤ 60; the closed form keeps that part.
          expectClose(r.drag, l.withoutFee - l.withFee, 1e-11, Math.max(1e-9 * principal, 1e-14 * l.withoutFee));
          expectClose(r.lostGrowth, r.drag - r.directFees, 1e-15, 0);
        },
      ),
    );
  });

  it('properties: drag share 1 − (1 − f)ⁿ does not depend on the return or the amount; lost growth has the sign of the return; a higher fee costs more', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e9, noNaN: true }),
        fc.double({ min: -0.5, max: 0.5, noNaN: true }),
        fc.double({ min: 0, max: 0.1, noNaN: true }),
        fc.integer({ min: 1, max: 100 }),
        (principal, grossReturn, feeRate, holdingYears) => {
          const r = feeDrag({ principal, grossReturn, feeRate, holdingYears });
          expectClose(r.dragFraction, 1 - (1 - feeRate) ** holdingYears, 1e-12, 1e-14);
          expectClose(r.drag / r.valueWithoutFee, r.dragFraction, 1e-12, 1e-15);
          if (grossReturn > 1e-6 && feeRate > 1e-6 && holdingYears > 1) expect(r.lostGrowth).toBeGreaterThan(0);
          if (grossReturn < -1e-6 && feeRate > 1e-6 && holdingYears > 1) expect(r.lostGrowth).toBeLessThan(0);
          expect(feeDrag({ principal, grossReturn, feeRate: feeRate + 0.001, holdingYears }).valueWithFee).toBeLessThan(r.valueWithFee);
        },
      ),
    );
  });

  it('limits: no fee, no years or nothing invested cost nothing; zero return makes every fee a direct fee', () => {
    expect(feeDrag({ ...sec, feeRate: 0 })).toMatchObject({ drag: 0, directFees: 0, lostGrowth: 0, dragFraction: 0 });
    expect(feeDrag({ ...sec, feeRate: 0.01, holdingYears: 0 })).toEqual({ valueWithoutFee: 100_000, valueWithFee: 100_000, drag: 0, directFees: 0, lostGrowth: 0, dragFraction: 0 });
    expect(feeDrag({ ...sec, principal: 0, feeRate: 0.01 })).toMatchObject({ valueWithoutFee: 0, valueWithFee: 0, drag: 0 });
    const flat = feeDrag({ principal: 1_000, grossReturn: 0, feeRate: 0.02, holdingYears: 10 });
    expectWithin(flat.lostGrowth, 0, 1e-10);
    expectClose(flat.directFees, 1_000 * (1 - 0.98 ** 10), 1e-14);
  });

  it('bad input names the field', () => {
    const valid = { principal: 100_000, grossReturn: 0.04, feeRate: 0.01, holdingYears: 20 };
    for (const field of Object.keys(valid)) {
      for (const bad of NOT_FINITE_NUMBERS) expectInputError(() => feeDrag({ ...valid, [field]: bad } as never), field);
    }
    expectInputError(() => feeDrag({ ...valid, principal: -1 }), 'principal');
    expectInputError(() => feeDrag({ ...valid, grossReturn: -1 }), 'grossReturn');
    expectInputError(() => feeDrag({ ...valid, feeRate: 1 }), 'feeRate');
    expectInputError(() => feeDrag({ ...valid, feeRate: -0.01 }), 'feeRate');
    expectInputError(() => feeDrag({ ...valid, holdingYears: 2.5 }), 'holdingYears');
    expectInputError(() => feeDrag({ ...valid, holdingYears: -1 }), 'holdingYears');
    expectInputError(() => feeDrag({ ...valid, grossReturn: 1, holdingYears: 2_000 }), 'holdingYears');
  });
});
