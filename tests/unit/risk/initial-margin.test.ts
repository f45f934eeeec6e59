import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialMargin, leverageTier, marginCoverage, parametricVar } from '../../../src/risk/index.ts';
import { expectClose, expectInputError, expectPublished, expectWithin, NOT_FINITE_NUMBERS } from './helpers.ts';

describe('initialMargin', () => {
  it('σ 80 %/yr (÷√365), MPOR 1 day, 99 %, 1,000,000 notional: IM 97,413.29, IMR 9.741329 %, L_max 10.26554 (reference 26.2, SELF)', () => {
    const r = initialMargin({ notional: 1e6, dailyVol: 0.8 / Math.sqrt(365), days: 1 });
    expectWithin(r.margin, 97_413.29, 0.005);
    expectWithin(r.rate * 100, 9.741329, 5e-7);
    expectWithin(r.maxLeverage, 10.26554, 5e-6);
  });

  it('σ 4 %/day, MPOR 2 days: IMR 13.159811 %, L_max 7.598893; σ 2 %/day, MPOR 10 days: IMR 14.713116 % (reference 26.3, 26.4, SELF)', () => {
    const two = initialMargin({ notional: 1, dailyVol: 0.04, days: 2 });
    expectWithin(two.rate * 100, 13.159811, 5e-7);
    expectWithin(two.maxLeverage, 7.598893, 5e-7);
    expectWithin(initialMargin({ notional: 1, dailyVol: 0.02, days: 10 }).rate * 100, 14.713116, 5e-7);
  });

  it('is parametricVar of the notional over the MPOR, and L_max·IMR = 1', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e10, noNaN: true }),
        fc.double({ min: 1e-4, max: 0.3, noNaN: true }),
        fc.double({ min: 0.1, max: 30, noNaN: true }),
        fc.double({ min: 0.51, max: 0.9999, noNaN: true }),
        (notional, dailyVol, days, confidence) => {
          const r = initialMargin({ notional, dailyVol, days, confidence });
          expectClose(r.margin, parametricVar({ value: notional, dailyVol, days, confidence }).var, 1e-14);
          expectClose(r.maxLeverage * r.rate, 1, 1e-15);
          // Longer close-out or higher confidence: more margin, less leverage.
          expect(initialMargin({ notional, dailyVol, days: days * 2, confidence }).maxLeverage).toBeLessThan(r.maxLeverage);
        },
      ),
    );
  });

  it('Hull’s rounded z = 2.33 can be given instead of the confidence', () => {
    expectClose(initialMargin({ notional: 1, dailyVol: 0.02, days: 10, z: 2.33 }).rate, 2.33 * 0.02 * Math.sqrt(10), 1e-15);
  });

  it('bad input', () => {
    const valid = { notional: 1e6, dailyVol: 0.03, days: 2 };
    for (const field of ['notional', 'dailyVol', 'days']) {
      for (const bad of [0, -1, ...NOT_FINITE_NUMBERS]) expectInputError(() => initialMargin({ ...valid, [field]: bad } as never), field);
    }
    for (const bad of [0.5, 0.4, 1, ...NOT_FINITE_NUMBERS]) expectInputError(() => initialMargin({ ...valid, confidence: bad } as never), 'confidence');
    expectInputError(() => initialMargin({ ...valid, z: 0 }), 'z');
    expectInputError(() => initialMargin({ ...valid, dailyVol: 5e-324 }), 'dailyVol');
    expectInputError(() => initialMargin({ ...valid, notional: 1e308, dailyVol: 100 }), 'notional');
  });
});

describe('marginCoverage', () => {
  it.each([
    [125, '0.8'],
    [100, '1.0'],
    [75, '1.3'],
    [50, '2.0'],
    [20, '5.0'],
    [10, '10'],
  ])('Binance BTCUSDT: %i× ↔ initial margin %s %% (reference 26.1, PUBLISHED, Binance leverage and margin table)', (leverage, printed) => {
    expectPublished(marginCoverage({ maxLeverage: leverage, dailyVol: 0.04, days: 1 }).marginRate * 100, printed);
  });

  it('125× on a contract moving 4 % a day, 1-day close-out: 0.2 σ, covered with probability Φ(0.2) = 57.93 %', () => {
    const r = marginCoverage({ maxLeverage: 125, dailyVol: 0.04, days: 1 });
    expectClose(r.z, 0.2, 1e-15);
    expectWithin(r.confidence, 0.579259709439103, 1e-15);
  });

  it('is the inverse of initialMargin (fast-check)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 0.3, noNaN: true }), fc.double({ min: 0.1, max: 30, noNaN: true }), fc.double({ min: 0.51, max: 0.9999, noNaN: true }), (dailyVol, days, confidence) => {
        const im = initialMargin({ notional: 1, dailyVol, days, confidence });
        const back = marginCoverage({ maxLeverage: im.maxLeverage, dailyVol, days });
        expectClose(back.confidence, confidence, 1e-9);
        expectClose(back.z, im.z, 1e-12);
      }),
    );
  });

  it('bad input', () => {
    const valid = { maxLeverage: 20, dailyVol: 0.03, days: 1 };
    for (const field of ['maxLeverage', 'dailyVol', 'days']) {
      for (const bad of [0, -1, ...NOT_FINITE_NUMBERS]) expectInputError(() => marginCoverage({ ...valid, [field]: bad } as never), field);
    }
    expectInputError(() => marginCoverage({ ...valid, maxLeverage: 1e-310 }), 'maxLeverage');
    expectInputError(() => marginCoverage({ ...valid, maxLeverage: 1e-300, dailyVol: 1e-10 }), 'dailyVol');
  });
});

describe('leverageTier', () => {
  // Binance BTCUSDT, 2021-03-18 (published table; copied here, not read from the site's data file).
  const tiers = [
    { floor: 0, maxLeverage: 125 },
    { floor: 50_000, maxLeverage: 100 },
    { floor: 250_000, maxLeverage: 50 },
    { floor: 1_000_000, maxLeverage: 20 },
    { floor: 10_000_000, maxLeverage: 10 },
  ];

  it.each([
    [1, 1, 125, 0.008],
    [50_000, 1, 125, 0.008],
    [50_000.01, 2, 100, 0.01],
    [1_000_000, 3, 50, 0.02],
    [1_000_001, 4, 20, 0.05],
    [1e9, 5, 10, 0.1],
  ])('notional %s is in tier %s (%s×, initial margin %s) — tiers cover (floor, next floor] (Binance)', (notional, tier, maxLeverage, marginRate) => {
    expect(leverageTier({ notional, tiers })).toEqual({ tier, maxLeverage, marginRate });
  });

  it('bad input names the field', () => {
    expectInputError(() => leverageTier({ notional: 0, tiers }), 'notional');
    expectInputError(() => leverageTier({ notional: 1, tiers: [] }), 'tiers');
    expectInputError(() => leverageTier({ notional: 1, tiers: [{ floor: 10, maxLeverage: 5 }] }), 'tiers[0].floor');
    expectInputError(() => leverageTier({ notional: 1, tiers: [{ floor: 0, maxLeverage: 5 }, { floor: 0, maxLeverage: 4 }] }), 'tiers[1].floor');
    expectInputError(() => leverageTier({ notional: 1, tiers: [{ floor: 0, maxLeverage: 0 }] }), 'tiers[0].maxLeverage');
    expectInputError(() => leverageTier({ notional: 1, tiers: [{ floor: 0, maxLeverage: 1e-310 }] }), 'tiers[0].maxLeverage');
    expectInputError(() => leverageTier({ notional: 1, tiers: [null] } as never), 'tiers[0]');
  });
});
