import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { correlationStress, crossVenueSpread, futuresBasis, twoAssetVar } from '../../../src/risk/index.ts';
import { expectClose, expectInputError, expectPublished, expectWithin, NOT_FINITE_NUMBERS } from './helpers.ts';

/** Hull's Microsoft/AT&T example: $10m at 2 % a day, $5m at 1 % a day, ρ = 0.3, 10 days, z = 2.33. */
const HULL = {
  first: { value: 10e6, dailyVol: 0.02 },
  second: { value: 5e6, dailyVol: 0.01 },
  correlation: 0.3,
  days: 10,
  z: 2.33,
} as const;

describe('correlationStress', () => {
  it('PUBLISHED 24.1, Hull RMFI (Microsoft/AT&T): at ρ = 1 the VaR is 1,473,621 + 368,405 = 1,842,026, against 1,622,657 at ρ = 0.3', () => {
    const { current, stressed, varIncrease } = correlationStress(HULL);
    // Hull prints the sum of the two rounded stand-alone VaRs: the exact 1,473,621.4 + 368,405.3 =
    // 1,842,026.7, so the tolerance is the two half-units of those addends.
    expectWithin(stressed.var, 1_842_026, 1);
    expectPublished(current.var, '1,622,657');
    expectPublished(stressed.firstVar, '1,473,621');
    expectPublished(stressed.secondVar, '368,405');
    // At ρ = 1 the portfolio VaR is the sum of the stand-alone VaRs: no diversification left.
    expectClose(stressed.var, stressed.undiversifiedVar, 1e-15);
    expectWithin(stressed.diversificationBenefit, 0, 1e-6);
    // PUBLISHED 18.3 (Hull): the diversification benefit at ρ = 0.3 is 219,369, all of it lost at ρ = 1.
    // Hull subtracts the rounded VaRs (1,842,026 − 1,622,657); exact: 219,369.5, hence a tolerance of 1.
    expectWithin(current.diversificationBenefit, 219_369, 1);
    expectWithin(varIncrease, 1_842_026 - 1_622_657, 1);
    expectClose(varIncrease, current.diversificationBenefit, 1e-12);
  });

  it('SELF 24.2: weights (0.5, 0.5), σ = (0.60, 0.80): σ_P = 0.646529 at ρ = 0.7, 0.700000 at ρ = 1, 0.500000 at ρ = 0', () => {
    const weights = { first: { value: 0.5, dailyVol: 0.6 }, second: { value: 0.5, dailyVol: 0.8 } };
    const at = (correlation: number, stressCorrelation: number) => correlationStress({ ...weights, correlation, stressCorrelation });
    const { current, stressed } = at(0.7, 1);
    expectWithin(current.dailySd, 0.646529, 5e-7);
    expectClose(stressed.dailySd, 0.7, 1e-15);
    expectClose(at(0.7, 0).stressed.dailySd, 0.5, 1e-15);
  });

  it('the stress may be any correlation: a long–short pair gains VaR when the correlation falls', () => {
    const pair = { first: { value: 1e6, dailyVol: 0.03 }, second: { value: -1e6, dailyVol: 0.03 }, correlation: 0.9 };
    const toOne = correlationStress(pair);
    expect(toOne.stressed.var).toBeCloseTo(0, 6);
    expect(toOne.varIncrease).toBeLessThan(0);
    const toZero = correlationStress({ ...pair, stressCorrelation: 0 });
    expect(toZero.varIncrease).toBeGreaterThan(0);
    // Default ρ_stress is 1, and ρ_stress = ρ changes nothing.
    expect(correlationStress({ ...pair, stressCorrelation: 1 })).toEqual(toOne);
    expect(correlationStress({ ...pair, stressCorrelation: 0.9 }).varIncrease).toBe(0);
  });

  it('property: for two long positions the VaR rises with the correlation, up to the sum of the stand-alone VaRs at ρ = 1', () => {
    const size = fc.double({ min: 1e3, max: 1e9, noNaN: true });
    const vol = fc.double({ min: 1e-3, max: 0.2, noNaN: true });
    const rho = fc.double({ min: -1, max: 1, noNaN: true });
    fc.assert(
      fc.property(size, vol, size, vol, rho, rho, (v1, s1, v2, s2, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const result = correlationStress({ first: { value: v1, dailyVol: s1 }, second: { value: v2, dailyVol: s2 }, correlation: low, stressCorrelation: high });
        expect(result.varIncrease).toBeGreaterThanOrEqual(-1e-9 * result.stressed.var);
        const full = correlationStress({ first: { value: v1, dailyVol: s1 }, second: { value: v2, dailyVol: s2 }, correlation: low });
        expectClose(full.stressed.var, full.stressed.undiversifiedVar, 1e-12);
      }),
    );
  });

  it('agrees with twoAssetVar at both correlations', () => {
    const result = correlationStress({ ...HULL, stressCorrelation: 0.8 });
    expect(result.current).toEqual(twoAssetVar(HULL));
    expect(result.stressed).toEqual(twoAssetVar({ ...HULL, correlation: 0.8 }));
  });

  it('bad input', () => {
    for (const bad of [...NOT_FINITE_NUMBERS, -1.01, 1.5]) expectInputError(() => correlationStress({ ...HULL, stressCorrelation: bad } as never), 'stressCorrelation');
    expectInputError(() => correlationStress({ ...HULL, correlation: 2 }), 'correlation');
    expectInputError(() => correlationStress({ ...HULL, first: { value: 1, dailyVol: 0 } }), 'first.dailyVol');
    expectInputError(() => correlationStress(null as never), 'input');
  });
});

describe('futuresBasis', () => {
  it('SELF 24.3: S = 60,000, F = 61,200, 90 days → basis 1,200; 2.000 %; 8.1111 % a year simple; 8.0311 % continuous', () => {
    const basis = futuresBasis({ spot: 60_000, futuresPrice: 61_200, days: 90 });
    expect(basis.basis).toBe(1_200);
    expectClose(basis.basisRate, 0.02, 1e-15);
    expectClose(basis.annualizedSimple, (0.02 * 365) / 90, 1e-15);
    expectWithin(basis.annualizedSimple, 0.081111, 5e-7);
    expectWithin(basis.annualizedLog, 0.080311, 5e-7);
    expectClose(basis.annualizedLog, (Math.log(1.02) * 365) / 90, 1e-14);
  });

  it('backwardation gives a negative basis; simple and continuous rates bracket each other', () => {
    const basis = futuresBasis({ spot: 60_000, futuresPrice: 59_000, days: 30 });
    expect(basis.basis).toBe(-1_000);
    expect(basis.annualizedLog).toBeLessThan(basis.annualizedSimple);
    expect(basis.annualizedSimple).toBeLessThan(0);
  });

  it('property: ln(1 + x) ≤ x, so the continuous rate never exceeds the simple one; both scale with 1/τ', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e6, noNaN: true }), fc.double({ min: 0.5, max: 2, noNaN: true }), fc.double({ min: 1, max: 720, noNaN: true }), (spot, ratio, days) => {
        const basis = futuresBasis({ spot, futuresPrice: spot * ratio, days });
        expect(basis.annualizedLog).toBeLessThanOrEqual(basis.annualizedSimple + 1e-12);
        expectClose(futuresBasis({ spot, futuresPrice: spot * ratio, days: days * 2 }).annualizedSimple, basis.annualizedSimple / 2, 1e-12, 1e-300);
      }),
    );
  });

  it('bad input', () => {
    for (const bad of [...NOT_FINITE_NUMBERS, 0, -1]) {
      expectInputError(() => futuresBasis({ spot: bad, futuresPrice: 1, days: 1 } as never), 'spot');
      expectInputError(() => futuresBasis({ spot: 1, futuresPrice: bad, days: 1 } as never), 'futuresPrice');
      expectInputError(() => futuresBasis({ spot: 1, futuresPrice: 1, days: bad } as never), 'days');
    }
    expectInputError(() => futuresBasis({ spot: 1e-300, futuresPrice: 1e300, days: 1 }), 'spot');
    expectInputError(() => futuresBasis({ spot: 1, futuresPrice: 1e300, days: 1e-300 }), 'days');
  });
});

describe('crossVenueSpread', () => {
  it('SELF 24.4: venue A 60,000, venue B 60,150 → 24.969 bps of the mid', () => {
    const spread = crossVenueSpread({ priceA: 60_000, priceB: 60_150 });
    expect(spread.spread).toBe(150);
    expect(spread.mid).toBe(60_075);
    expectWithin(spread.spreadBps, 24.969, 5e-4);
  });

  it('property: swapping the venues flips the sign; the spread stays within ±20,000 bps', () => {
    const price = fc.double({ min: 1e-6, max: 1e12, noNaN: true });
    fc.assert(
      fc.property(price, price, (a, b) => {
        const ab = crossVenueSpread({ priceA: a, priceB: b });
        const ba = crossVenueSpread({ priceA: b, priceB: a });
        expect(ba.spreadBps + ab.spreadBps).toBe(0);
        expect(Math.abs(ab.spreadBps)).toBeLessThanOrEqual(20_000);
      }),
    );
  });

  it('handles the largest prices without overflow', () => {
    expect(crossVenueSpread({ priceA: Number.MAX_VALUE, priceB: Number.MAX_VALUE }).spreadBps).toBe(0);
  });

  it('bad input', () => {
    for (const bad of [...NOT_FINITE_NUMBERS, 0, -60_000]) {
      expectInputError(() => crossVenueSpread({ priceA: bad, priceB: 1 } as never), 'priceA');
      expectInputError(() => crossVenueSpread({ priceA: 1, priceB: bad } as never), 'priceB');
    }
    expectInputError(() => crossVenueSpread({ priceA: 5e-324, priceB: 5e-324 }), 'priceA');
  });
});
