import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { durationGap } from '../../../src/risk/index.ts';
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
          expectWithin(matched.gap, 0, 1e-12 * assetDuration);
          expectWithin(matched.equityChange, 0, 1e-12 * assetDuration * assets);
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
