import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { balanceSheetRateShock, durationGap } from '../../../src/risk/index.ts';
import { expectClose, expectInputError, expectPublished, expectWithin, NOT_FINITE_NUMBERS } from './helpers.ts';

describe('durationGap', () => {
  it('Mishkin slide: D_A 1.16, D_L 2.77, L/A 90/100, i 10 % → +5 points: DGAP −1.33, %ΔNW +6.1 % (SELF −1.333, 0.0606)', () => {
    const r = durationGap({ assets: 100, assetDuration: 1.16, liabilities: 90, liabilityDuration: 2.77, yieldLevel: 0.1, yieldChange: 0.05 });
    expectPublished(r.gap, '-1.33');
    expectPublished((r.equityChange / 100) * 100, '6.1');
    expectClose(r.gap, -1.333, 1e-13);
    expectWithin(r.equityChange / 100, 0.0606, 5e-5);
  });

  it('Koch & MacDonald ABC bank: A 1,001,963, D_A 2.6, L 919,400, D_L 2.0, y 6.93 %, +1 point: DGAP 0.765, ΔMVE −7.2 (million, figures in $000)', () => {
    const r = durationGap({ assets: 1_001_963, assetDuration: 2.6, liabilities: 919_400, liabilityDuration: 2, yieldLevel: 0.0693, yieldChange: 0.01 });
    expectPublished(r.gap, '0.765');
    expectPublished(r.equityChange / 1_000, '-7.2');
    // SELF (reference 16.2): 0.76480 and −7,166.4
    expectWithin(r.gap, 0.7648, 5e-6);
    expectWithin(r.equityChange, -7_166.4, 0.05);
  });

  it('properties: equity change is linear in the yield change and zero for a zero gap; DGAP = D_E·E/A', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e12, noNaN: true }),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        fc.double({ min: 0, max: 30, noNaN: true }),
        fc.double({ min: 0, max: 30, noNaN: true }),
        fc.double({ min: -0.05, max: 0.2, noNaN: true }),
        fc.double({ min: -0.03, max: 0.03, noNaN: true }),
        (assets, leverageShare, assetDuration, liabilityDuration, yieldLevel, yieldChange) => {
          const liabilities = assets * leverageShare;
          const base = { assets, assetDuration, liabilities, liabilityDuration, yieldLevel };
          const r = durationGap({ ...base, yieldChange });
          const doubled = durationGap({ ...base, yieldChange: 2 * yieldChange });
          expectClose(doubled.equityChange, 2 * r.equityChange, 1e-13, 1e-300);
          const equityDuration = (assetDuration * assets - liabilityDuration * liabilities) / (assets - liabilities);
          expectClose(r.gap, (equityDuration * (assets - liabilities)) / assets, 1e-9, 1e-12);
          // Liabilities with D_L = D_A·A/L immunise equity: zero gap, no equity change.
          const matched = durationGap({ ...base, liabilityDuration: (assetDuration * assets) / liabilities, yieldChange });
          // Plus a few steps of 5e-324: a subnormal duration rounds in absolute steps (fast-check found D_A = 8e-323).
          expectWithin(matched.gap, 0, Math.max(1e-12 * assetDuration, 4 * Number.MIN_VALUE));
          expectWithin(matched.equityChange, 0, Math.max(1e-12 * assetDuration * assets, 4 * Number.MIN_VALUE * assets));
        },
      ),
    );
  });

  it('bad input', () => {
    const valid = { assets: 100, assetDuration: 1, liabilities: 90, liabilityDuration: 2, yieldLevel: 0.05, yieldChange: 0.01 };
    for (const field of Object.keys(valid)) {
      for (const bad of NOT_FINITE_NUMBERS) expectInputError(() => durationGap({ ...valid, [field]: bad } as never), field);
    }
    expectInputError(() => durationGap({ ...valid, assets: 0 }), 'assets');
    expectInputError(() => durationGap({ ...valid, liabilities: -1 }), 'liabilities');
    expectInputError(() => durationGap({ ...valid, assetDuration: -1 }), 'assetDuration');
    expectInputError(() => durationGap({ ...valid, liabilityDuration: -0.5 }), 'liabilityDuration');
    expectInputError(() => durationGap({ ...valid, yieldLevel: -1 }), 'yieldLevel');
    expect(durationGap({ ...valid, yieldLevel: -0.5 }).equityChange).toBeCloseTo(-(1 - 1.8) * 100 * 0.01 / 0.5, 12);
    expectInputError(() => durationGap({ ...valid, assets: 1e300, yieldChange: 1e300 }), 'assets');
  });
});

describe('balanceSheetRateShock', () => {
  it('Mishkin finance company: A 100, L 90, D_A 1.16, D_L 2.77, i 10 % → 15 %: %ΔNW = +6.1 % of assets (published); ΔE 6.06 on equity of 10', () => {
    const r = balanceSheetRateShock({ assets: 100, assetDuration: 1.16, liabilities: 90, liabilityDuration: 2.77, yieldLevel: 0.1, yieldChange: 0.05 });
    expectPublished(r.gap, '-1.33');
    expectPublished(r.equityChangeOfAssets * 100, '6.1');
    // SELF: −1.16·100·0.05/1.1 = −5.272727…, −2.77·90·0.05/1.1 = −11.331818…, ΔE = 6.059090…
    expectClose(r.assetChange, -5.2727272727272725, 1e-14);
    expectClose(r.liabilityChange, -11.331818181818182, 1e-14);
    expectClose(r.equityChange, 6.0590909090909, 1e-13);
    expect(r.equity).toBe(10);
    expectClose(r.equityAfter, 16.0590909090909, 1e-13);
    expectClose(r.equityChangeOfEquity!, 0.60590909090909, 1e-13);
    expectClose(r.equityDuration!, -13.33, 1e-13);
  });

  it('Koch & MacDonald ABC bank: ΔMVE −7.2 (million, figures in $000) from ΔA − ΔL', () => {
    const r = balanceSheetRateShock({ assets: 1_001_963, assetDuration: 2.6, liabilities: 919_400, liabilityDuration: 2, yieldLevel: 0.0693, yieldChange: 0.01 });
    expectPublished(r.equityChange / 1_000, '-7.2');
    expectPublished(r.gap, '0.765');
    expectClose(r.assetChange - r.liabilityChange, r.equityChange, 1e-12);
  });

  it('agrees with durationGap; ΔE = ΔA − ΔL; DGAP = D_E·E/A; ratios are ΔE over A and over E', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e12, noNaN: true }),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        fc.double({ min: 0, max: 30, noNaN: true }),
        fc.double({ min: 0, max: 30, noNaN: true }),
        fc.double({ min: -0.05, max: 0.2, noNaN: true }),
        fc.double({ min: -0.03, max: 0.03, noNaN: true }),
        (assets, leverageShare, assetDuration, liabilityDuration, yieldLevel, yieldChange) => {
          const input = { assets, assetDuration, liabilities: assets * leverageShare, liabilityDuration, yieldLevel, yieldChange };
          const r = balanceSheetRateShock(input);
          const g = durationGap(input);
          expect(r.gap).toBe(g.gap);
          expect(r.equityChange).toBe(g.equityChange);
          const scale = (assetDuration + liabilityDuration) * assets * Math.abs(yieldChange);
          expectWithin(r.assetChange - r.liabilityChange, r.equityChange, 1e-12 * scale + 1e-300);
          expectClose(r.equityAfter, r.equity + r.equityChange, 1e-12, 1e-12 * (assets + scale));
          expectClose(r.equityChangeOfAssets, r.equityChange / assets, 1e-12, 1e-300);
          expectClose(r.equityChangeOfEquity!, r.equityChange / r.equity, 1e-9, 1e-300);
          expectClose((r.equityDuration! * r.equity) / assets, r.gap, 1e-9, 1e-9 * (assetDuration + liabilityDuration));
          // Rates up with a positive gap: equity falls.
          if (r.gap > 0 && yieldChange > 0) expect(r.equityChange).toBeLessThanOrEqual(0);
        },
      ),
    );
  });

  it('no equity (L ≥ A): the ratios to equity are null, the rest is computed', () => {
    const r = balanceSheetRateShock({ assets: 100, assetDuration: 2, liabilities: 100, liabilityDuration: 1, yieldLevel: 0.05, yieldChange: 0.01 });
    expect(r.equity).toBe(0);
    expect(r.equityChangeOfEquity).toBeNull();
    expect(r.equityDuration).toBeNull();
    expectClose(r.equityChange, -100 * 0.01 / 1.05, 1e-14);
    const insolvent = balanceSheetRateShock({ assets: 100, assetDuration: 2, liabilities: 120, liabilityDuration: 1, yieldLevel: 0.05, yieldChange: -0.01 });
    expect(insolvent.equity).toBe(-20);
    expect(insolvent.equityDuration).toBeNull();
  });

  it('bad input names the field', () => {
    const valid = { assets: 100, assetDuration: 1, liabilities: 90, liabilityDuration: 2, yieldLevel: 0.05, yieldChange: 0.01 };
    for (const field of Object.keys(valid)) {
      for (const bad of NOT_FINITE_NUMBERS) expectInputError(() => balanceSheetRateShock({ ...valid, [field]: bad } as never), field);
    }
    expectInputError(() => balanceSheetRateShock({ ...valid, assets: -5 }), 'assets');
    expectInputError(() => balanceSheetRateShock({ ...valid, yieldLevel: -1.5 }), 'yieldLevel');
    expectInputError(() => balanceSheetRateShock(null as never), 'input');
    expectInputError(() => balanceSheetRateShock({ ...valid, liabilities: 1e300, liabilityDuration: 1e10, assetDuration: 0 }), 'assets');
  });
});
