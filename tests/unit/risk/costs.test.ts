import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { almgren2005Impact, breakEvenPrice, squareRootImpact, transactionCost } from '../../../src/risk/index.ts';
import { expectClose, expectInputError, expectPublished, expectWithin, NOT_FINITE_NUMBERS } from './helpers.ts';

const BP = 1e4;

describe('almgren2005Impact (Almgren, Thum, Hauptmann & Li 2005)', () => {
  // The paper's worked example: buying 10 % of a day's volume (X/V = 0.1), reference 3.1 and 3.2.
  // Published figures are whole basis points; the recomputed (SELF) values have two decimals.
  const example = (dailyVol: number, turnover: number, durationDays: number) =>
    almgren2005Impact({ size: 0.1, dailyVolume: 1, dailyVol, outstanding: turnover, durationDays });
  const rows = [
    { name: 'IBM', dailyVol: 0.0157, turnover: 263, permanent: ['20', '19.85'], temporary: [['22', '22.29'], ['15', '14.71'], ['8', '8.49']], realized: [['32', '32.22'], ['25', '24.63'], ['18', '18.41']] },
    { name: 'DRI', dailyVol: 0.0226, turnover: 87, permanent: ['22', '21.67'], temporary: [['32', '32.09'], ['21', '21.17'], ['12', '12.22']], realized: [['43', '42.93'], ['32', '32.01'], ['23', '23.05']] },
  ] as const;
  const DURATIONS = [0.1, 0.2, 0.5] as const;

  it.each(rows)('the paper’s $name example (σ, Θ/V as printed; X/V = 0.1; T = 0.1, 0.2, 0.5 day): published bp and the recomputed two-decimal figures', (row) => {
    DURATIONS.forEach((durationDays, i) => {
      const r = example(row.dailyVol, row.turnover, durationDays);
      expectPublished(r.permanent * BP, row.permanent[0], `${row.name} permanent`);
      expectPublished(r.permanent * BP, row.permanent[1], `${row.name} permanent (SELF)`);
      expectPublished(r.temporary * BP, row.temporary[i]![0], `${row.name} temporary T=${durationDays}`);
      expectPublished(r.temporary * BP, row.temporary[i]![1], `${row.name} temporary T=${durationDays} (SELF)`);
      expectPublished(r.realized * BP, row.realized[i]![0], `${row.name} realised T=${durationDays}`);
      expectPublished(r.realized * BP, row.realized[i]![1], `${row.name} realised T=${durationDays} (SELF)`);
      expect(r.participation).toBe(0.1);
    });
  });

  it('J = I/2 + K; permanent impact does not depend on the duration, temporary falls like T^(−3/5)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-4, max: 1, noNaN: true }),
        fc.double({ min: 1e-3, max: 0.1, noNaN: true }),
        fc.double({ min: 1, max: 1000, noNaN: true }),
        fc.double({ min: 0.01, max: 5, noNaN: true }),
        (participation, dailyVol, turnover, durationDays) => {
          const base = { size: participation * 1e6, dailyVolume: 1e6, dailyVol, outstanding: turnover * 1e6 };
          const r = almgren2005Impact({ ...base, durationDays });
          const slower = almgren2005Impact({ ...base, durationDays: 2 * durationDays });
          expectClose(r.realized, r.permanent / 2 + r.temporary, 1e-15);
          expectClose(slower.permanent, r.permanent, 1e-15);
          expectClose(slower.temporary, r.temporary * 2 ** -0.6, 1e-13);
          expectClose(r.permanent, 0.314 * dailyVol * (base.size / base.dailyVolume) * turnover ** 0.25, 1e-13);
        },
      ),
    );
    expect(almgren2005Impact({ size: 0, dailyVolume: 1, dailyVol: 0.02, outstanding: 100, durationDays: 1 })).toEqual({ permanent: 0, temporary: 0, realized: 0, participation: 0 });
  });

  it('custom coefficients replace the paper’s γ = 0.314 and η = 0.142', () => {
    const base = { size: 0.1, dailyVolume: 1, dailyVol: 0.0157, outstanding: 263, durationDays: 0.1 };
    const paper = almgren2005Impact(base);
    const doubled = almgren2005Impact({ ...base, permanentCoefficient: 0.628, temporaryCoefficient: 0.284 });
    expectClose(doubled.permanent, 2 * paper.permanent, 1e-15);
    expectClose(doubled.temporary, 2 * paper.temporary, 1e-15);
  });

  it('bad input', () => {
    const good = { size: 0.1, dailyVolume: 1, dailyVol: 0.0157, outstanding: 263, durationDays: 0.1 };
    for (const bad of [...NOT_FINITE_NUMBERS, -1]) expectInputError(() => almgren2005Impact({ ...good, size: bad } as never), 'size');
    for (const bad of [...NOT_FINITE_NUMBERS, 0, -1]) expectInputError(() => almgren2005Impact({ ...good, dailyVolume: bad } as never), 'dailyVolume');
    for (const bad of [...NOT_FINITE_NUMBERS, -0.01]) expectInputError(() => almgren2005Impact({ ...good, dailyVol: bad } as never), 'dailyVol');
    for (const bad of [...NOT_FINITE_NUMBERS, 0]) expectInputError(() => almgren2005Impact({ ...good, outstanding: bad } as never), 'outstanding');
    for (const bad of [...NOT_FINITE_NUMBERS, 0, -0.1]) expectInputError(() => almgren2005Impact({ ...good, durationDays: bad } as never), 'durationDays');
    expectInputError(() => almgren2005Impact({ ...good, permanentCoefficient: -0.3 }), 'permanentCoefficient');
    expectInputError(() => almgren2005Impact({ ...good, temporaryCoefficient: Number.NaN }), 'temporaryCoefficient');
    expectInputError(() => almgren2005Impact({ ...good, size: 1e308, dailyVolume: 1e-10 }), 'size');
    expectInputError(() => almgren2005Impact({ ...good, durationDays: 5e-324 }), 'durationDays');
  });
});

describe('squareRootImpact', () => {
  it('SELF 3.3: $1M against $10B daily volume at 3 % daily volatility, Y = 1 → 3.0 bp', () => {
    const r = squareRootImpact({ size: 1e6, dailyVolume: 1e10, dailyVol: 0.03 });
    expectClose(r.impact * BP, 3, 1e-12);
    expect(r.participation).toBe(1e-4);
  });

  it('grows with the square root of size: four times the order, twice the impact; linear in σ and Y', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e9, noNaN: true }),
        fc.double({ min: 1e6, max: 1e12, noNaN: true }),
        fc.double({ min: 1e-3, max: 0.2, noNaN: true }),
        fc.double({ min: 0.1, max: 3, noNaN: true }),
        (size, dailyVolume, dailyVol, coefficient) => {
          const r = squareRootImpact({ size, dailyVolume, dailyVol, coefficient });
          expectClose(squareRootImpact({ size: 4 * size, dailyVolume, dailyVol, coefficient }).impact, 2 * r.impact, 1e-14);
          expectClose(squareRootImpact({ size, dailyVolume, dailyVol: 2 * dailyVol, coefficient }).impact, 2 * r.impact, 1e-14);
          expectClose(r.impact, coefficient * dailyVol * Math.sqrt(size / dailyVolume), 1e-14);
          expect(squareRootImpact({ size: size * 1.5, dailyVolume, dailyVol, coefficient }).impact).toBeGreaterThan(r.impact);
        },
      ),
    );
  });

  it('bad input', () => {
    const good = { size: 1e6, dailyVolume: 1e10, dailyVol: 0.03 };
    for (const bad of [...NOT_FINITE_NUMBERS, -1]) expectInputError(() => squareRootImpact({ ...good, size: bad } as never), 'size');
    for (const bad of [...NOT_FINITE_NUMBERS, 0]) expectInputError(() => squareRootImpact({ ...good, dailyVolume: bad } as never), 'dailyVolume');
    for (const bad of [...NOT_FINITE_NUMBERS, -0.03]) expectInputError(() => squareRootImpact({ ...good, dailyVol: bad } as never), 'dailyVol');
    for (const bad of [...NOT_FINITE_NUMBERS, -1]) expectInputError(() => squareRootImpact({ ...good, coefficient: bad } as never), 'coefficient');
    expectInputError(() => squareRootImpact({ ...good, size: 1e308, dailyVolume: 1e-300 }), 'size');
  });
});

describe('transactionCost', () => {
  it('SELF 3.3: $1M, fee 5 bp, half spread 0.5 bp, impact 3 bp → one way 8.5 bp = $850, round trip 17 bp', () => {
    const r = transactionCost({ notional: 1e6, feeRate: 0.0005, spread: 0.0001, impact: 0.0003 });
    expectClose(r.feeCost, 500, 1e-15);
    expectClose(r.spreadCost, 50, 1e-15);
    expectClose(r.impactCost, 300, 1e-15);
    expectClose(r.oneWayRate * BP, 8.5, 1e-14);
    expectClose(r.oneWayCost, 850, 1e-14);
    expectClose(r.roundTripRate * BP, 17, 1e-14);
    expectClose(r.roundTripCost, 1700, 1e-14);
  });

  it('parts add up to the one-way cost, the round trip is twice it, and every amount is linear in notional', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e12, noNaN: true }),
        fc.double({ min: 0, max: 0.01, noNaN: true }),
        fc.double({ min: 0, max: 0.05, noNaN: true }),
        fc.double({ min: 0, max: 0.05, noNaN: true }),
        (notional, feeRate, spread, impact) => {
          const r = transactionCost({ notional, feeRate, spread, impact });
          expectClose(r.feeCost + r.spreadCost + r.impactCost, r.oneWayCost, 1e-14, 1e-300);
          expect(r.roundTripCost).toBe(2 * r.oneWayCost);
          expect(r.roundTripRate).toBe(2 * r.oneWayRate);
          expectClose(transactionCost({ notional: 3 * notional, feeRate, spread, impact }).oneWayCost, 3 * r.oneWayCost, 1e-14, 1e-300); // absolute floor for subnormal costs
        },
      ),
    );
  });

  it('bad input', () => {
    const good = { notional: 1e6, feeRate: 0.0005, spread: 0.0001, impact: 0.0003 };
    for (const bad of [...NOT_FINITE_NUMBERS, 0, -1]) expectInputError(() => transactionCost({ ...good, notional: bad } as never), 'notional');
    for (const bad of [...NOT_FINITE_NUMBERS, -0.0001, 1, 5]) expectInputError(() => transactionCost({ ...good, feeRate: bad } as never), 'feeRate');
    for (const bad of [...NOT_FINITE_NUMBERS, -0.0001, 2]) expectInputError(() => transactionCost({ ...good, spread: bad } as never), 'spread');
    for (const bad of [...NOT_FINITE_NUMBERS, -0.0001]) expectInputError(() => transactionCost({ ...good, impact: bad } as never), 'impact');
    expectInputError(() => transactionCost({ ...good, notional: 1e308, impact: 5 }), 'notional');
  });
});

describe('breakEvenPrice', () => {
  it('SELF 3.4: long at 50,000 with 5 bp in and 5 bp out → 50,050.0250 (+0.10005 %)', () => {
    const r = breakEvenPrice({ side: 'long', entry: 50_000, entryCostRate: 0.0005, exitCostRate: 0.0005 });
    expectWithin(r.price, 50_050.025, 5e-5);
    expectClose(r.price, (50_000 * 1.0005) / 0.9995, 1e-15);
    expectWithin(r.move * 100, 0.10005, 5e-6);
  });

  it('at the break-even price the trade nets zero after costs, for longs and shorts; costs push longs up and shorts down', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('long', 'short'),
        fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 0.2, noNaN: true }),
        fc.double({ min: 0, max: 0.2, noNaN: true }),
        (side, entry, entryCostRate, exitCostRate) => {
          const { price, move } = breakEvenPrice({ side, entry, entryCostRate, exitCostRate });
          // Long: sell proceeds after costs equal the purchase cost; short: the reverse.
          const net = side === 'long'
            ? price * (1 - exitCostRate) - entry * (1 + entryCostRate)
            : entry * (1 - entryCostRate) - price * (1 + exitCostRate);
          expectWithin(net, 0, 1e-12 * entry);
          expectClose(price, entry * (1 + move), 1e-13);
          if (side === 'long') expect(price).toBeGreaterThanOrEqual(entry);
          else expect(price).toBeLessThanOrEqual(entry);
        },
      ),
    );
  });

  it('for small costs the move is close to the round-trip cost', () => {
    const r = breakEvenPrice({ side: 'short', entry: 3_000, entryCostRate: 0.0004, exitCostRate: 0.0006 });
    expectWithin(r.move, -0.001, 1e-6);
    expect(breakEvenPrice({ side: 'long', entry: 1, entryCostRate: 0, exitCostRate: 0 })).toEqual({ price: 1, move: 0 });
  });

  it('bad input', () => {
    const good = { side: 'long', entry: 50_000, entryCostRate: 0.0005, exitCostRate: 0.0005 } as const;
    for (const bad of ['buy', undefined, 1]) expectInputError(() => breakEvenPrice({ ...good, side: bad } as never), 'side');
    for (const bad of [...NOT_FINITE_NUMBERS, 0, -1]) expectInputError(() => breakEvenPrice({ ...good, entry: bad } as never), 'entry');
    for (const bad of [...NOT_FINITE_NUMBERS, -0.001, 1]) expectInputError(() => breakEvenPrice({ ...good, entryCostRate: bad } as never), 'entryCostRate');
    for (const bad of [...NOT_FINITE_NUMBERS, -0.001, 1]) expectInputError(() => breakEvenPrice({ ...good, exitCostRate: bad } as never), 'exitCostRate');
    expectInputError(() => breakEvenPrice({ ...good, entry: 1e308, exitCostRate: 0.9 }), 'entry');
  });
});
