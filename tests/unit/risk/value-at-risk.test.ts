import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { historicalVar, parametricVar, twoAssetVar } from '../../../src/risk/index.ts';
import { expectClose, expectInputError, expectPublished, expectWithin, NOT_FINITE_NUMBERS } from './helpers.ts';

describe('twoAssetVar: Hull RMFI Microsoft / AT&T example', () => {
  const hull = { first: { value: 10e6, dailyVol: 0.02 }, second: { value: 5e6, dailyVol: 0.01 }, correlation: 0.3, days: 10, z: 2.33 };

  it('ρ = 0.3, z = 2.33: σ_P,1d = 220,227, VaR₁₀ = 1,622,657, stand-alone 1,473,621 and 368,405, benefit 219,369 (PUBLISHED, Hull)', () => {
    const r = twoAssetVar(hull);
    expectPublished(r.dailySd, '220,227');
    expectPublished(r.var, '1,622,657');
    expectPublished(r.firstVar, '1,473,621');
    expectPublished(r.secondVar, '368,405');
    // Hull subtracts the rounded figures (1,842,026 − 1,622,657); unrounded the benefit is 219,369.50.
    expectWithin(r.diversificationBenefit, 219_369.5, 0.005);
    expect(Math.round(r.firstVar) + Math.round(r.secondVar) - Math.round(r.var)).toBe(219_369);
  });

  it('with the exact z = Φ⁻¹(0.99): 1,471,311.58 / 367,827.90 / 1,620,113.82 (reference 18.4, SELF)', () => {
    const r = twoAssetVar({ ...hull, z: undefined });
    expectWithin(r.firstVar, 1_471_311.58, 0.005);
    expectWithin(r.secondVar, 367_827.9, 0.005);
    expectWithin(r.var, 1_620_113.82, 0.005);
  });

  it('agrees with parametricVar: one position alone, and the portfolio σ fed as one position', () => {
    const alone = twoAssetVar({ ...hull, second: { value: 0, dailyVol: 0.01 } });
    const single = parametricVar({ value: 10e6, dailyVol: 0.02, days: 10, z: 2.33 });
    expectClose(alone.var, single.var, 1e-15);
    expectClose(alone.es, single.es, 1e-15);
    expect(alone.diversificationBenefit).toBe(0);
    const r = twoAssetVar({ ...hull, z: undefined, confidence: 0.975 });
    const asOne = parametricVar({ value: r.dailySd, dailyVol: 1, days: 10, confidence: 0.975 });
    expectClose(r.var, asOne.var, 1e-14);
    expectClose(r.es, asOne.es, 1e-14);
  });

  it('ρ = 1 adds the stand-alone VaRs; ρ = −1 with equal risks cancels; a short turns positive correlation into a hedge', () => {
    const perfect = twoAssetVar({ ...hull, correlation: 1 });
    expectClose(perfect.var, perfect.undiversifiedVar, 1e-15);
    expectWithin(perfect.diversificationBenefit, 0, 1e-6);
    const cancel = twoAssetVar({ first: { value: 1e6, dailyVol: 0.04 }, second: { value: 2e6, dailyVol: 0.02 }, correlation: -1 });
    expect(cancel.var).toBe(0);
    expect(cancel.es).toBe(0);
    const hedged = twoAssetVar({ first: { value: 1e6, dailyVol: 0.04 }, second: { value: -2e6, dailyVol: 0.02 }, correlation: 0.9 });
    // σ_P = 40,000·√(2 − 2·0.9) = 17,888.54
    expectClose(hedged.dailySd, 40_000 * Math.sqrt(0.2), 1e-14);
  });

  it('VaR falls as correlation falls, never exceeds the undiversified VaR, and ES ≥ VaR (fast-check)', () => {
    const position = fc.record({ value: fc.double({ min: -1e9, max: 1e9, noNaN: true }), dailyVol: fc.double({ min: 1e-4, max: 0.5, noNaN: true }) });
    fc.assert(
      fc.property(position, position, fc.double({ min: -1, max: 0.99, noNaN: true }), fc.double({ min: 0.5, max: 0.999, noNaN: true }), (first, second, rho, confidence) => {
        const low = twoAssetVar({ first, second, correlation: rho, confidence });
        const high = twoAssetVar({ first, second, correlation: Math.min(1, rho + 0.01), confidence });
        const sameSign = Math.sign(first.value) * Math.sign(second.value);
        if (sameSign > 0) expect(high.var).toBeGreaterThanOrEqual(low.var * (1 - 1e-12));
        if (sameSign < 0) expect(high.var).toBeLessThanOrEqual(low.var * (1 + 1e-12));
        expect(low.var).toBeLessThanOrEqual(low.undiversifiedVar * (1 + 1e-12) + 1e-9);
        expect(low.diversificationBenefit).toBeGreaterThanOrEqual(-1e-9 * low.undiversifiedVar - 1e-9);
        expect(low.es).toBeGreaterThanOrEqual(low.var * (1 - 1e-12));
      }),
    );
  });

  it('bad input names the field', () => {
    for (const bad of NOT_FINITE_NUMBERS) {
      expectInputError(() => twoAssetVar({ ...hull, first: { value: bad, dailyVol: 0.02 } } as never), 'first.value');
      expectInputError(() => twoAssetVar({ ...hull, second: { value: 1, dailyVol: bad } } as never), 'second.dailyVol');
      expectInputError(() => twoAssetVar({ ...hull, correlation: bad } as never), 'correlation');
    }
    expectInputError(() => twoAssetVar({ ...hull, correlation: 1.01 }), 'correlation');
    expectInputError(() => twoAssetVar({ ...hull, correlation: -1.01 }), 'correlation');
    expectInputError(() => twoAssetVar({ ...hull, second: { value: 1, dailyVol: 0 } }), 'second.dailyVol');
    expectInputError(() => twoAssetVar({ ...hull, first: null } as never), 'first');
    expectInputError(() => twoAssetVar({ ...hull, days: 0 }), 'days');
    expectInputError(() => twoAssetVar({ ...hull, z: undefined, confidence: 1 }), 'confidence');
    expectInputError(() => twoAssetVar({ ...hull, first: { value: 1e308, dailyVol: 10 } }), 'first.value');
  });
});

describe('historicalVar (k = ⌊n(1 − α)⌋, ES = mean of the k largest losses)', () => {
  const oneToHundred = Array.from({ length: 100 }, (_, i) => -(i + 1));

  it('losses 1 … 100: VaR₉₅ = 96, ES₉₅ = 98; VaR₉₉ = ES₉₉ = 100 (reference 18.7, SELF)', () => {
    expect(historicalVar({ profitAndLoss: oneToHundred, confidence: 0.95 })).toEqual({ var: 96, es: 98, tailCount: 5, scenarios: 100, worstLoss: 100 });
    expect(historicalVar({ profitAndLoss: oneToHundred })).toEqual({ var: 100, es: 100, tailCount: 1, scenarios: 100, worstLoss: 100 });
  });

  it('Hull: 500 scenarios at 99 % → the 5th-worst loss; ES is the mean of the 5 worst', () => {
    const pnl = Array.from({ length: 500 }, (_, i) => 1000 - i * 7.5); // worst losses 2,742.5, 2,735, 2,727.5, 2,720, 2,712.5
    // In calendar order, not sorted: index 173·i mod 500 visits every scenario once.
    const shuffled = pnl.map((_, i) => pnl[(173 * i) % 500]!);
    const r = historicalVar({ profitAndLoss: shuffled, confidence: 0.99 });
    expect(r.tailCount).toBe(5);
    expect(r.var).toBe(2712.5);
    expect(r.es).toBe(2727.5);
  });

  it('does not depend on the order of the scenarios, and ES ≥ VaR (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 20, maxLength: 300 }), fc.double({ min: 0.5, max: 0.95, noNaN: true }), (pnl, confidence) => {
        const r = historicalVar({ profitAndLoss: pnl, confidence });
        const reversed = historicalVar({ profitAndLoss: [...pnl].reverse(), confidence });
        expect(reversed).toEqual(r);
        expect(r.es).toBeGreaterThanOrEqual(r.var);
        expect(r.worstLoss).toBeGreaterThanOrEqual(r.es);
        const losses = pnl.map((x) => 0 - x).sort((a, b) => b - a);
        expect(r.var).toBe(losses[r.tailCount - 1]);
        expect(pnl.filter((x) => -x > r.var).length).toBeLessThan(r.tailCount);
      }),
    );
  });

  it('scales VaR and ES by √days, not the scenario count or the worst loss', () => {
    const one = historicalVar({ profitAndLoss: oneToHundred, confidence: 0.95 });
    const ten = historicalVar({ profitAndLoss: oneToHundred, confidence: 0.95, days: 10 });
    expectClose(ten.var, 96 * Math.sqrt(10), 1e-15);
    expectClose(ten.es, 98 * Math.sqrt(10), 1e-15);
    expect([ten.tailCount, ten.scenarios, ten.worstLoss]).toEqual([one.tailCount, one.scenarios, one.worstLoss]);
    expectInputError(() => historicalVar({ profitAndLoss: oneToHundred, days: 0 }), 'days');
    expectInputError(() => historicalVar({ profitAndLoss: [-1e308, -1e308], confidence: 0.01, days: 4 }), 'days');
  });

  it('a gain in every scenario gives a negative VaR (no loss at that confidence)', () => {
    expect(historicalVar({ profitAndLoss: Array.from({ length: 100 }, (_, i) => i + 1) }).var).toBe(-1);
  });

  it('too few scenarios for the confidence level, and bad entries, are refused with the field named', () => {
    const error = expectInputError(() => historicalVar({ profitAndLoss: oneToHundred.slice(0, 99) }), 'profitAndLoss');
    expect(error.message).toBe('At a 99 % confidence level historical VaR needs at least 100 scenarios; got 99.');
    expect(historicalVar({ profitAndLoss: oneToHundred.slice(0, 20), confidence: 0.95 }).tailCount).toBe(1);
    expectInputError(() => historicalVar({ profitAndLoss: oneToHundred.slice(0, 19), confidence: 0.95 }), 'profitAndLoss');
    expectInputError(() => historicalVar({ profitAndLoss: [] }), 'profitAndLoss');
    for (const bad of NOT_FINITE_NUMBERS) expectInputError(() => historicalVar({ profitAndLoss: [1, 2, bad] } as never), 'profitAndLoss[2]');
    for (const bad of [0, 1, 1.5, ...NOT_FINITE_NUMBERS]) expectInputError(() => historicalVar({ profitAndLoss: oneToHundred, confidence: bad } as never), 'confidence');
  });

  it('huge losses do not overflow the mean', () => {
    const r = historicalVar({ profitAndLoss: [-Number.MAX_VALUE, -Number.MAX_VALUE, -Number.MAX_VALUE], confidence: 0.01 });
    expect(r.es).toBe(Number.MAX_VALUE);
  });
});
