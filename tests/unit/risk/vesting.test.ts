import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { unlockDilution, unlockSchedule, vestedAmount } from '../../../src/risk/index.ts';
import { expectClose, expectInputError, NOT_FINITE_NUMBERS } from './helpers.ts';

const team = { totalAmount: 200_000_000, cliff: 12, duration: 48 } as const;

describe('vestedAmount (OpenZeppelin VestingWallet + VestingWalletCliff)', () => {
  it('SELF 20: A = 200,000,000, cliff 12 months, D = 48 → V(11) = 0, V(12) = 50,000,000, V(13) = 54,166,666.67, V(24) = 100,000,000, V(36) = 150,000,000, V(48) = V(50) = 200,000,000', () => {
    const at = (time: number) => vestedAmount({ ...team, time });
    expect(at(11)).toBe(0);
    expectClose(at(12), 50_000_000, 1e-15);
    expectClose(at(13), 54_166_666.67, 1e-9);
    expectClose(at(13), 200_000_000 * (13 / 48), 1e-15);
    expectClose(at(24), 100_000_000, 1e-15);
    expectClose(at(36), 150_000_000, 1e-15);
    expect(at(48)).toBe(200_000_000);
    expect(at(50)).toBe(200_000_000);
  });

  it('OpenZeppelin semantics: the linear part runs from the start (a lump of A·c/D at the cliff); nothing just before the cliff; the start shifts everything', () => {
    expect(vestedAmount({ ...team, time: 12 - 1e-9 })).toBe(0);
    expect(vestedAmount({ ...team, time: -5 })).toBe(0);
    const shifted = (time: number) => vestedAmount({ ...team, start: 1_000, time });
    expect(shifted(1_011)).toBe(0);
    expectClose(shifted(1_013), vestedAmount({ ...team, time: 13 }), 1e-15);
    // No cliff: V = A·t/D from the start.
    expectClose(vestedAmount({ ...team, cliff: 0, time: 6 }), 25_000_000, 1e-15);
    // Cliff equal to the duration (allowed by VestingWalletCliff): all at the end.
    expect(vestedAmount({ ...team, cliff: 48, time: 47.9 })).toBe(0);
    expect(vestedAmount({ ...team, cliff: 48, time: 48 })).toBe(200_000_000);
  });

  it('tranches: monthly steps equal the linear schedule on each month and hold flat in between; quarterly steps release 12.5 M each', () => {
    const monthly = (time: number) => vestedAmount({ ...team, interval: 1, time });
    expectClose(monthly(13), vestedAmount({ ...team, time: 13 }), 1e-15);
    expectClose(monthly(13.9), monthly(13), 1e-15);
    expectClose(monthly(12.5), 50_000_000, 1e-15);
    const quarterly = (time: number) => vestedAmount({ ...team, interval: 3, time });
    expectClose(quarterly(14), 50_000_000, 1e-15);
    expectClose(quarterly(15), 62_500_000, 1e-15);
    // A cliff that is not on a tranche date releases the tranches already passed (months 3, 6, 9).
    expectClose(vestedAmount({ ...team, cliff: 10, interval: 3, time: 10 }), 37_500_000, 1e-15);
    // An interval that does not divide D: tranches at 3, 6, 9 of 30 % each and the last 10 % at 10.
    const uneven = (time: number) => vestedAmount({ totalAmount: 100, cliff: 0, duration: 10, interval: 3, time });
    expect([2, 3, 9.5, 10].map(uneven)).toEqual([0, 30, 90, 100]);
  });

  it('property: in [0, A], non-decreasing in time, tranches never ahead of the linear schedule', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e12, noNaN: true }),
        fc.double({ min: 0.1, max: 120, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.1, max: 12, noNaN: true }),
        fc.double({ min: -10, max: 150, noNaN: true }),
        fc.double({ min: 0, max: 20, noNaN: true }),
        (totalAmount, duration, cliffShare, interval, time, later) => {
          const schedule = { totalAmount, duration, cliff: duration * cliffShare };
          const linear = vestedAmount({ ...schedule, time });
          const steps = vestedAmount({ ...schedule, interval, time });
          expect(linear).toBeGreaterThanOrEqual(0);
          expect(linear).toBeLessThanOrEqual(totalAmount);
          expect(steps).toBeLessThanOrEqual(linear * (1 + 1e-12));
          expect(vestedAmount({ ...schedule, time: time + later })).toBeGreaterThanOrEqual(linear);
          expect(vestedAmount({ ...schedule, interval, time: time + later })).toBeGreaterThanOrEqual(steps);
        },
      ),
    );
  });

  it('bad input', () => {
    const good = { ...team, time: 13 };
    for (const bad of [...NOT_FINITE_NUMBERS, -1]) expectInputError(() => vestedAmount({ ...good, totalAmount: bad } as never), 'totalAmount');
    for (const bad of [...NOT_FINITE_NUMBERS, 0, -48]) expectInputError(() => vestedAmount({ ...good, duration: bad } as never), 'duration');
    for (const bad of [...NOT_FINITE_NUMBERS, -1]) expectInputError(() => vestedAmount({ ...good, cliff: bad } as never), 'cliff');
    // OpenZeppelin: InvalidCliffDuration when the cliff is longer than the duration.
    expectInputError(() => vestedAmount({ ...good, cliff: 49 }), 'cliff');
    for (const bad of [...NOT_FINITE_NUMBERS, 0, -1]) expectInputError(() => vestedAmount({ ...good, interval: bad } as never), 'interval');
    for (const bad of NOT_FINITE_NUMBERS) expectInputError(() => vestedAmount({ ...good, start: bad } as never), 'start');
    for (const bad of [...NOT_FINITE_NUMBERS, undefined]) expectInputError(() => vestedAmount({ ...good, time: bad } as never), 'time');
  });
});

describe('unlockDilution', () => {
  const token = { circulatingSupply: 250e6, maxSupply: 1e9 };

  it('SELF 20: S_max 1e9, S 250e6, unlocks of 20e6, then 30e6, then 50e6 → d = 8.00 %, 11.11 %, 16.67 %; circulating 270e6 (27 %), 300e6, 350e6', () => {
    const first = unlockDilution({ ...token, unlockAmount: 20e6 });
    expectClose(first.dilution, 0.08, 1e-15);
    expect(first.circulatingAfter).toBe(270e6);
    expectClose(first.shareOfMaxAfter, 0.27, 1e-15);
    expectClose(first.shareOfMaxBefore, 0.25, 1e-15);
    const second = unlockDilution({ ...token, circulatingSupply: first.circulatingAfter, unlockAmount: 30e6 });
    expectClose(second.dilution, 1 / 9, 1e-15);
    expect(Number((second.dilution * 100).toFixed(2))).toBe(11.11);
    expect(second.circulatingAfter).toBe(300e6);
    const third = unlockDilution({ ...token, circulatingSupply: second.circulatingAfter, unlockAmount: 50e6 });
    expectClose(third.dilution, 1 / 6, 1e-15);
    expect(Number((third.dilution * 100).toFixed(2))).toBe(16.67);
    expect(third.circulatingAfter).toBe(350e6);
  });

  it('SELF 20: a single 30e6 unlock on 250e6 → d = 12 %, holders’ share loss 10.714 %', () => {
    const result = unlockDilution({ ...token, unlockAmount: 30e6 });
    expectClose(result.dilution, 0.12, 1e-15);
    expectClose(result.holderShareLoss, 30 / 280, 1e-15);
    expect(Number((result.holderShareLoss * 100).toFixed(3))).toBe(10.714);
  });

  it('property: share loss = d/(1 + d) < d, and a holder’s fraction falls by exactly that share', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e12, noNaN: true }), fc.double({ min: 0, max: 1e12, noNaN: true }), (circulatingSupply, unlockAmount) => {
        const result = unlockDilution({ circulatingSupply, unlockAmount, maxSupply: circulatingSupply + unlockAmount });
        expectClose(result.holderShareLoss, result.dilution / (1 + result.dilution), 1e-12, 1e-300);
        expect(result.holderShareLoss).toBeLessThanOrEqual(result.dilution);
        expect(result.holderShareLoss).toBeLessThan(1);
        const holder = circulatingSupply / 10;
        // The holder keeps 1 − loss = 1/(1 + d) of the fraction it had (written without 1 − loss, which cancels when loss is near 1).
        expectClose(holder / result.circulatingAfter, holder / circulatingSupply / (1 + result.dilution), 1e-12);
        if (result.holderShareLoss < 0.5) expectClose(holder / result.circulatingAfter, (holder / circulatingSupply) * (1 - result.holderShareLoss), 1e-12);
      }),
    );
  });

  it('bad input', () => {
    const good = { ...token, unlockAmount: 30e6 };
    for (const bad of [...NOT_FINITE_NUMBERS, 0, -1]) expectInputError(() => unlockDilution({ ...good, circulatingSupply: bad } as never), 'circulatingSupply');
    for (const bad of [...NOT_FINITE_NUMBERS, -1]) expectInputError(() => unlockDilution({ ...good, unlockAmount: bad } as never), 'unlockAmount');
    for (const bad of [...NOT_FINITE_NUMBERS, 0]) expectInputError(() => unlockDilution({ ...good, maxSupply: bad } as never), 'maxSupply');
    // S + U > S_max.
    expectInputError(() => unlockDilution({ ...good, maxSupply: 279e6 }), 'maxSupply');
    expect(unlockDilution({ ...good, maxSupply: 280e6 }).shareOfMaxAfter).toBe(1);
    expectInputError(() => unlockDilution({ circulatingSupply: 5e-324, unlockAmount: 1e300, maxSupply: 1e301 }), 'unlockAmount');
  });
});

describe('unlockSchedule', () => {
  const token = { circulatingSupply: 250e6, maxSupply: 1e9 };

  it('200M over 48 months with a 12-month cliff, monthly tranches: 50M at the cliff (d = 20 %), then 36 rows of 4,166,666.67; 450M circulating (45 %) at the end', () => {
    const result = unlockSchedule({ ...team, interval: 1, ...token });
    expect(result.unlocks).toHaveLength(37);
    const [cliff, next] = result.unlocks;
    expect(cliff).toMatchObject({ time: 12, circulatingBefore: 250e6 });
    expectClose(cliff!.amount, 50e6, 1e-15);
    expectClose(cliff!.dilution, 0.2, 1e-15);
    expectClose(cliff!.holderShareLoss, 50 / 300, 1e-15);
    expect(next!.time).toBe(13);
    expectClose(next!.amount, 200e6 / 48, 1e-12);
    expectClose(next!.dilution, 200e6 / 48 / 300e6, 1e-12);
    expectClose(result.largestDilution, 0.2, 1e-15);
    expect(result.circulatingAfterVesting).toBe(450e6);
    expectClose(result.shareOfMaxAfterVesting, 0.45, 1e-15);
    const last = result.unlocks[result.unlocks.length - 1]!;
    expect(last.time).toBe(48);
    expect(last.circulatingAfter).toBe(450e6);
    expect(last.vested).toBe(200e6);
  });

  it('rows chain: each starts where the last ended, amounts add up to A, vested matches vestedAmount', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e10, noNaN: true }),
        fc.integer({ min: 1, max: 120 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.oneof(fc.constant(undefined), fc.integer({ min: 1, max: 12 })),
        fc.integer({ min: 1, max: 6 }),
        (totalAmount, duration, cliffShare, interval, period) => {
          const schedule = { totalAmount, duration, cliff: Math.round(duration * cliffShare), ...(interval === undefined ? {} : { interval }) };
          const result = unlockSchedule({ ...schedule, period, circulatingSupply: 1e9, maxSupply: 1e9 + totalAmount });
          let before = 1e9;
          let sum = 0;
          for (const row of result.unlocks) {
            expectClose(row.circulatingBefore, before, 1e-12);
            expect(row.amount).toBeGreaterThan(0);
            expectClose(row.vested, vestedAmount({ ...schedule, time: row.time }), 1e-15);
            sum += row.amount;
            before = row.circulatingAfter;
          }
          expectClose(sum, totalAmount, 1e-9);
          expect(result.shareOfMaxAfterVesting).toBe(1);
        },
      ),
    );
  });

  it('a linear schedule needs a period; the period of a tranche schedule defaults to its interval', () => {
    const linear = unlockSchedule({ ...team, period: 3, ...token });
    expect(linear.unlocks.map((row) => row.time)).toEqual([12, 15, 18, 21, 24, 27, 30, 33, 36, 39, 42, 45, 48]);
    const quarterly = unlockSchedule({ ...team, interval: 3, ...token });
    expect(quarterly.unlocks.map((row) => row.amount)).toEqual(linear.unlocks.map((row) => row.amount));
    expectInputError(() => unlockSchedule({ ...team, ...token }), 'period');
    expectInputError(() => unlockSchedule({ ...team, period: 0.01, ...token }), 'period');
    expectInputError(() => unlockSchedule({ ...team, interval: 0.01, ...token }), 'interval');
  });

  it('bad input', () => {
    const good = { ...team, interval: 1, ...token };
    for (const bad of [...NOT_FINITE_NUMBERS, 0]) expectInputError(() => unlockSchedule({ ...good, circulatingSupply: bad } as never), 'circulatingSupply');
    for (const bad of [...NOT_FINITE_NUMBERS, 0, -1]) expectInputError(() => unlockSchedule({ ...good, period: bad } as never), 'period');
    // 250M + 200M > 400M.
    expectInputError(() => unlockSchedule({ ...good, maxSupply: 400e6 }), 'maxSupply');
    expectInputError(() => unlockSchedule({ ...good, cliff: 60 }), 'cliff');
  });
});
