import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { liquidityCoverageRatio, perpetualFunding, survivalHorizon } from '../../../src/risk/index.ts';
import { expectClose, expectInputError, expectPublished, expectWithin, NOT_FINITE_NUMBERS } from './helpers.ts';

describe('liquidityCoverageRatio (Basel III LCR, 75 % inflow cap)', () => {
  it('reference 17.3 (SELF): HQLA 120, outflows 150, inflows 130 → the cap of 112.5 binds, NCO 37.5, LCR 3.2 (320 %)', () => {
    expect(liquidityCoverageRatio({ liquidAssets: 120, outflows: 150, inflows: 130 })).toEqual({
      ratio: 3.2,
      netCashOutflows: 37.5,
      inflowsCounted: 112.5,
      inflowCap: 112.5,
      shortfall: 0,
    });
  });

  it('reference 17.4 (SELF): HQLA 100, outflows 200, inflows 50 → NCO 150, LCR 0.666667, 50 of HQLA short of 100 %', () => {
    const r = liquidityCoverageRatio({ liquidAssets: 100, outflows: 200, inflows: 50 });
    expect(r.netCashOutflows).toBe(150);
    expect(r.inflowsCounted).toBe(50);
    expectWithin(r.ratio, 0.666667, 5e-7);
    expect(r.shortfall).toBe(50);
  });

  it('properties: NCO ≥ 0.25 × outflows, so LCR ≤ 4 × HQLA / outflows; more inflows never lower the ratio; shortfall 0 iff LCR ≥ 1', () => {
    const money = fc.double({ min: 0, max: 1e12, noNaN: true });
    fc.assert(
      fc.property(money, fc.double({ min: 1e-6, max: 1e12, noNaN: true }), money, money, (liquidAssets, outflows, inflows, extra) => {
        const r = liquidityCoverageRatio({ liquidAssets, outflows, inflows });
        expect(r.netCashOutflows).toBeGreaterThanOrEqual(0.25 * outflows * (1 - 1e-15));
        expect(r.ratio).toBeLessThanOrEqual((4 * liquidAssets) / outflows * (1 + 1e-12));
        expect(r.inflowsCounted).toBeLessThanOrEqual(r.inflowCap);
        expectClose(r.netCashOutflows + r.inflowsCounted, outflows, 1e-15);
        expect(liquidityCoverageRatio({ liquidAssets, outflows, inflows: inflows + extra }).ratio).toBeGreaterThanOrEqual(r.ratio);
        expect(r.shortfall === 0).toBe(r.ratio >= 1 || liquidAssets >= r.netCashOutflows);
      }),
    );
  });

  it('no outflows: the ratio is unbounded (Infinity), never a division error', () => {
    expect(liquidityCoverageRatio({ liquidAssets: 10, outflows: 0, inflows: 5 }).ratio).toBe(Infinity);
    expect(liquidityCoverageRatio({ liquidAssets: 0, outflows: 0, inflows: 0 })).toEqual({ ratio: Infinity, netCashOutflows: 0, inflowsCounted: 0, inflowCap: 0, shortfall: 0 });
  });

  it('bad input names the field', () => {
    const valid = { liquidAssets: 120, outflows: 150, inflows: 130 };
    for (const field of Object.keys(valid)) {
      for (const bad of [...NOT_FINITE_NUMBERS, -1]) expectInputError(() => liquidityCoverageRatio({ ...valid, [field]: bad } as never), field);
    }
    expectInputError(() => liquidityCoverageRatio([] as never), 'input');
    expectInputError(() => liquidityCoverageRatio({ liquidAssets: 1e308, outflows: 1e-300, inflows: 0 }), 'liquidAssets');
  });
});

/** One run of one day per flow: a day-by-day list. */
const daily = (flows: readonly number[]) => flows.map((netFlowPerDay) => ({ days: 1, netFlowPerDay }));

describe('survivalHorizon', () => {
  it('reference 17.5 (SELF): LA₀ 100, net flows −20, −15, −12, then −10 six times → balances 80 … 3, −7: survives 8 days', () => {
    const expected = { days: 8, shortfallDay: 9, balances: [80, 65, 53, 43, 33, 23, 13, 3, -7], minimumBalance: -7 };
    expect(survivalHorizon({ liquidAssets: 100, flows: daily([-20, -15, -12, -10, -10, -10, -10, -10, -10]) })).toEqual(expected);
    // The same flows as runs of equal days.
    const runs = [{ days: 1, netFlowPerDay: -20 }, { days: 1, netFlowPerDay: -15 }, { days: 1, netFlowPerDay: -12 }, { days: 6, netFlowPerDay: -10 }];
    expect(survivalHorizon({ liquidAssets: 100, flows: runs })).toEqual(expected);
  });

  it('a buffer that never runs out survives the whole list (shortfallDay null); a first-day run gives 0 days', () => {
    expect(survivalHorizon({ liquidAssets: 10, flows: daily([-5, 3, -8]) })).toEqual({ days: 3, shortfallDay: null, balances: [5, 8, 0], minimumBalance: 0 });
    expect(survivalHorizon({ liquidAssets: 10, flows: daily([-11, 50]) })).toEqual({ days: 0, shortfallDay: 1, balances: [-1, 49], minimumBalance: -1 });
    // The horizon ends at the first shortfall, even if later inflows refill the buffer.
    expect(survivalHorizon({ liquidAssets: 0, flows: daily([0, -1, 5]) }).days).toBe(1);
    // A constant outflow: LA₀ / outflow days, here 30 days of 3 from 100 → 33 days.
    expect(survivalHorizon({ liquidAssets: 100, flows: [{ days: 60, netFlowPerDay: -3 }] }).days).toBe(33);
  });

  it('properties: balances are running sums; every day before the horizon ends at or above 0; more liquid assets never shorten it', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.array(fc.record({ days: fc.integer({ min: 1, max: 10 }), netFlowPerDay: fc.double({ min: -1e5, max: 1e5, noNaN: true }) }), { minLength: 1, maxLength: 12 }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (liquidAssets, flows, extra) => {
          const r = survivalHorizon({ liquidAssets, flows });
          const dayFlows = flows.flatMap(({ days, netFlowPerDay }) => Array.from({ length: days }, () => netFlowPerDay));
          expect(r.balances).toHaveLength(dayFlows.length);
          let sum = liquidAssets;
          dayFlows.forEach((flow, i) => {
            sum += flow;
            expectWithin(r.balances[i]!, sum, 1e-9 * (liquidAssets + 1e5 * (i + 1)));
          });
          for (const balance of r.balances.slice(0, r.days)) expect(balance).toBeGreaterThanOrEqual(0);
          if (r.shortfallDay !== null) expect(r.balances[r.shortfallDay - 1]).toBeLessThan(0);
          expect(r.minimumBalance).toBe(Math.min(liquidAssets, ...r.balances));
          expect(survivalHorizon({ liquidAssets: liquidAssets + extra, flows }).days).toBeGreaterThanOrEqual(r.days);
        },
      ),
    );
  });

  it('keeps exact running sums over long lists (compensated summation)', () => {
    const flows = Array.from({ length: 10_000 }, (_, i) => ({ days: 1, netFlowPerDay: i % 2 === 0 ? 0.1 : -0.1 }));
    expect(survivalHorizon({ liquidAssets: 1e6, flows }).balances.at(-1)).toBe(1e6);
  });

  it('bad input names the field (list elements by index)', () => {
    const ok = { days: 1, netFlowPerDay: -1 };
    for (const bad of [...NOT_FINITE_NUMBERS, -1]) expectInputError(() => survivalHorizon({ liquidAssets: bad, flows: [ok] } as never), 'liquidAssets');
    for (const bad of [[], undefined, 'x', {}]) expectInputError(() => survivalHorizon({ liquidAssets: 1, flows: bad } as never), 'flows');
    for (const bad of [null, 3, 'x']) expectInputError(() => survivalHorizon({ liquidAssets: 1, flows: [ok, bad] } as never), 'flows[1]');
    for (const bad of NOT_FINITE_NUMBERS) expectInputError(() => survivalHorizon({ liquidAssets: 1, flows: [ok, { days: 2, netFlowPerDay: bad }] } as never), 'flows[1].netFlowPerDay');
    for (const bad of [...NOT_FINITE_NUMBERS, 0, 1.5, -2, 36_501]) expectInputError(() => survivalHorizon({ liquidAssets: 1, flows: [{ days: bad, netFlowPerDay: 1 }] } as never), 'flows[0].days');
    // eslint-disable-next-line no-sparse-arrays
    expectInputError(() => survivalHorizon({ liquidAssets: 1, flows: [ok, , ok] } as never), 'flows[1]');
    const tooLong = expectInputError(() => survivalHorizon({ liquidAssets: 1, flows: [{ days: 36_500, netFlowPerDay: 0 }, ok] }), 'flows');
    expect(tooLong.message).toMatch(/36500 days/);
    expectInputError(() => survivalHorizon({ liquidAssets: 1e308, flows: [{ days: 1, netFlowPerDay: 1e308 }] }), 'flows');
  });
});

describe('perpetualFunding', () => {
  it('BitMEX guide (reference 17.1): long 15,000 XBTUSD at 750 → 20 XBT; rate (1.00 % − 0.25 %)/3 = 0.25 % → 0.05 XBT paid; PnL to 800 1.25 XBT, net 1.20 XBT', () => {
    const fundingRate = (0.01 - 0.0025) / 3;
    const r = perpetualFunding({ contract: 'inverse', side: 'long', size: 15_000, markPrice: 750, fundingRate });
    expectPublished(r.positionValue, '20');
    expectPublished(fundingRate * 100, '0.25');
    expectPublished(r.costPerInterval, '0.05');
    // An inverse long gains the fall in its coin value: 15,000·(1/750 − 1/800).
    const atExit = perpetualFunding({ contract: 'inverse', side: 'long', size: 15_000, markPrice: 800, fundingRate });
    expectPublished(r.positionValue - atExit.positionValue, '1.25');
    expectPublished(r.positionValue - atExit.positionValue - r.costPerInterval, '1.20');
  });

  it('Kraken inverse spec (reference 17.2): short 100,000 USD contracts, hourly rate 0.01785 %, index 7,000 → earns $17.85 = 0.00255 BTC per hour', () => {
    const r = perpetualFunding({ contract: 'inverse', side: 'short', size: 100_000, markPrice: 7_000, fundingRate: 0.0001785 });
    expectPublished(-r.costPerInterval, '0.00255');
    expectPublished(-r.costPerInterval * 7_000, '17.85');
    expect(r.totalCost).toBe(r.costPerInterval);
  });

  it('reference 17.6 (SELF): long 2 BTC linear, mark 60,000, +0.01 % per 8 h, 3 a day for 30 days → 12 USDT per interval, 1,080 USDT paid', () => {
    const r = perpetualFunding({ side: 'long', size: 2, markPrice: 60_000, fundingRate: 0.0001, intervals: 90 });
    expect(r.positionValue).toBe(120_000);
    expectClose(r.costPerInterval, 12, 1e-15);
    expectClose(r.totalCost, 1_080, 1e-15);
  });

  it('properties: long and short mirror each other; the sign of the rate says who pays; the total scales with intervals', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('linear' as const, 'inverse' as const),
        fc.double({ min: 1e-3, max: 1e7, noNaN: true }),
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        // Rates of at least 1e-9 in size (or 0), so that a payment never underflows to 0.
        fc.oneof(fc.constant(0), fc.double({ min: 1e-9, max: 0.01, noNaN: true }), fc.double({ min: -0.01, max: -1e-9, noNaN: true })),
        fc.integer({ min: 0, max: 10_000 }),
        (contract, size, markPrice, fundingRate, intervals) => {
          const long = perpetualFunding({ contract, side: 'long', size, markPrice, fundingRate, intervals });
          const short = perpetualFunding({ contract, side: 'short', size, markPrice, fundingRate, intervals });
          expect(short.costPerInterval).toBe(-long.costPerInterval || 0);
          expect(Math.sign(long.costPerInterval)).toBe(Math.sign(fundingRate) || 0);
          expectClose(long.totalCost, long.costPerInterval * intervals, 1e-15, 1e-300);
          expectClose(long.positionValue, contract === 'linear' ? size * markPrice : size / markPrice, 1e-15);
        },
      ),
    );
  });

  it('bad input names the field', () => {
    const valid = { contract: 'linear', side: 'long', size: 2, markPrice: 60_000, fundingRate: 0.0001, intervals: 90 } as const;
    for (const field of ['size', 'markPrice', 'fundingRate', 'intervals']) {
      for (const bad of NOT_FINITE_NUMBERS) expectInputError(() => perpetualFunding({ ...valid, [field]: bad } as never), field);
    }
    expectInputError(() => perpetualFunding({ ...valid, contract: 'quanto' } as never), 'contract');
    expectInputError(() => perpetualFunding({ ...valid, side: 'buy' } as never), 'side');
    expectInputError(() => perpetualFunding({ ...valid, size: 0 }), 'size');
    expectInputError(() => perpetualFunding({ ...valid, markPrice: -1 }), 'markPrice');
    const percentTyped = expectInputError(() => perpetualFunding({ ...valid, fundingRate: 1 }), 'fundingRate');
    expect(percentTyped.message).toMatch(/0\.0001 means 0\.01 %/);
    expectInputError(() => perpetualFunding({ ...valid, intervals: 1.5 }), 'intervals');
    expectInputError(() => perpetualFunding({ ...valid, intervals: -1 }), 'intervals');
    expectInputError(() => perpetualFunding({ ...valid, size: 1e300, markPrice: 1e10 }), 'size');
    expectInputError(() => perpetualFunding({ ...valid, size: 1e300, markPrice: 1e5, fundingRate: 0.5, intervals: Number.MAX_SAFE_INTEGER }), 'intervals');
    // Defaults: linear, one interval.
    expect(perpetualFunding({ side: 'short', size: 1, markPrice: 100, fundingRate: -0.001 })).toEqual({ positionValue: 100, costPerInterval: 0.1, totalCost: 0.1 });
  });
});
