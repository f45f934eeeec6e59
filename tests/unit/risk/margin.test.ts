import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  binanceMarginRatio,
  binanceMarginRatioPrice,
  bybitLinearLiquidationPrice,
  krakenFuturesInverseLiquidation,
  krakenMarginLevel,
  krakenMarginLevelPrice,
  liquidationDistanceCurve,
  liquidationPrice,
  maintenanceBracket,
  perpetualPositionRisk,
  positionLeverage,
  venueLiquidationPrices,
} from '../../../src/risk/index.ts';
import type { MarginBracket } from '../../../src/risk/index.ts';
import { binanceBtcusdt2021, binanceUsdmConvention } from '../../../src/data/venues/binance-btcusdt-2021.ts';
import { bybitUsdtPerpetualConvention } from '../../../src/data/venues/bybit-usdt-perpetual.ts';
import { krakenMarginConvention } from '../../../src/data/venues/kraken-margin.ts';
import { expectClose, expectInputError, expectPublished, expectWithin, NOT_FINITE_NUMBERS } from './helpers.ts';

/**
 * Binance BTCUSDT USDⓈ-M maintenance brackets as in the Binance FAQ retrieved 25 June 2021
 * (transcribed in repo wilfredbtan/ChartSniper, src/liquidation_test.py).
 */
const BTCUSDT_2021_06: readonly MarginBracket[] = [
  { floor: 0, mmr: 0.004 },
  { floor: 50_000, mmr: 0.005 },
  { floor: 250_000, mmr: 0.01 },
  { floor: 1_000_000, mmr: 0.025 },
  { floor: 5_000_000, mmr: 0.05 },
  { floor: 20_000_000, mmr: 0.1 },
  { floor: 50_000_000, mmr: 0.125 },
  { floor: 100_000_000, mmr: 0.15 },
  { floor: 200_000_000, mmr: 0.25 },
  { floor: 300_000_000, mmr: 0.5 },
];

/**
 * Binance "Updates to Leverage and Margin Tiers" announcement effective 2021-03-18, BTCUSDT 125x table
 * (https://www.binance.com/tr/support/announcement/86cf9aa472574b8cb2e05bb751c2a9a6).
 * Its 4th tier ends at 10M where the June 2021 FAQ table has 5M: tables change; keep the date.
 */
const BTCUSDT_2021_03_18: readonly MarginBracket[] = [
  { floor: 0, mmr: 0.004 },
  { floor: 50_000, mmr: 0.005 },
  { floor: 250_000, mmr: 0.01 },
  { floor: 1_000_000, mmr: 0.025 },
  { floor: 10_000_000, mmr: 0.05 },
  { floor: 20_000_000, mmr: 0.1 },
  { floor: 50_000_000, mmr: 0.125 },
  { floor: 100_000_000, mmr: 0.15 },
  { floor: 200_000_000, mmr: 0.25 },
  { floor: 300_000_000, mmr: 0.5 },
];

describe('venue data', () => {
  it("the site's Binance BTCUSDT data file holds exactly the published 2021-03-18 table", () => {
    expect(binanceBtcusdt2021.effectiveDate).toBe('2021-03-18');
    expect(binanceBtcusdt2021.brackets).toEqual(BTCUSDT_2021_03_18);
  });
});

/** Maintenance margin as a sum of slices, Σ r_k·(min(N, F_{k+1}) − F_k)⁺ — independent of the cum formula. */
function slicedMaintenance(brackets: readonly MarginBracket[], notional: number): number {
  return brackets.reduce((sum, b, k) => {
    const ceiling = brackets[k + 1]?.floor ?? Infinity;
    return sum + b.mmr * Math.max(0, Math.min(notional, ceiling) - b.floor);
  }, 0);
}

describe('maintenanceBracket: Binance published figures', () => {
  it('Binance FAQ: floor 250,000 at 1 % after 0.5 % with cum 50 gives cum 1,300 (reference 15.8, 29.5)', () => {
    const r = maintenanceBracket({ notional: 250_000.01, brackets: BTCUSDT_2021_06 });
    expect(r.tier).toBe(3);
    expectPublished(maintenanceBracket({ notional: 60_000, brackets: BTCUSDT_2021_06 }).maintenanceAmount, '50');
    expectPublished(r.maintenanceAmount, '1300');
  });

  it('Binance FAQ: BTCUSDT positions of 500,000 and 264,000 USDT → cum 1,300, MMR 1 % (reference 15.9)', () => {
    for (const notional of [500_000, 264_000]) {
      const r = maintenanceBracket({ notional, brackets: BTCUSDT_2021_06 });
      expect(r.mmr).toBe(0.01);
      expectPublished(r.maintenanceAmount, '1,300');
    }
  });

  it('2021 BTCUSDT table: cum per tier (reference 15.10; ChartSniper transcription, last tier SELF)', () => {
    const published = ['0', '50', '1,300', '16,300', '141,300', '1,141,300', '2,391,300', '4,891,300', '24,891,300', '99,891,300'];
    BTCUSDT_2021_06.forEach((bracket, i) => {
      const r = maintenanceBracket({ notional: bracket.floor + 1, brackets: BTCUSDT_2021_06 });
      expect(r.tier).toBe(i + 1);
      expect(r.mmr).toBe(bracket.mmr);
      expectPublished(r.maintenanceAmount, published[i]!);
    });
  });

  it('2021-03-18 table (reference 15.14): same rates, 4th tier up to 10M, so different cums from tier 5 on (SELF)', () => {
    const expected = [0, 50, 1_300, 16_300, 266_300, 1_266_300, 2_516_300, 5_016_300, 25_016_300, 100_016_300];
    BTCUSDT_2021_03_18.forEach((bracket, i) => {
      const r = maintenanceBracket({ notional: bracket.floor + 1, brackets: BTCUSDT_2021_03_18 });
      expectClose(r.maintenanceAmount, expected[i]!, 1e-12);
    });
    expect(maintenanceBracket({ notional: 7_000_000, brackets: BTCUSDT_2021_03_18 }).tier).toBe(4);
    expect(maintenanceBracket({ notional: 7_000_000, brackets: BTCUSDT_2021_06 }).tier).toBe(5);
  });

  it('maintenance margin for 10,000 / 264,000 / 500,000 / 3,000,000: 40 / 1,340 / 3,700 / 58,700, both formula forms (reference 15.11, SELF)', () => {
    const cases: [number, number][] = [[10_000, 40], [264_000, 1_340], [500_000, 3_700], [3_000_000, 58_700]];
    for (const [notional, mm] of cases) {
      const r = maintenanceBracket({ notional, brackets: BTCUSDT_2021_06 });
      expectClose(notional * r.mmr - r.maintenanceAmount, mm, 1e-12);
      expectClose(slicedMaintenance(BTCUSDT_2021_06, notional), mm, 1e-12);
    }
  });
});

describe('maintenanceBracket: tier boundaries are (F_n, F_{n+1}]', () => {
  it('a notional exactly at a floor belongs to the lower tier', () => {
    expect(maintenanceBracket({ notional: 50_000, brackets: BTCUSDT_2021_06 }).tier).toBe(1);
    expect(maintenanceBracket({ notional: 50_000.000001, brackets: BTCUSDT_2021_06 }).tier).toBe(2);
    expect(maintenanceBracket({ notional: 1e-9, brackets: BTCUSDT_2021_06 }).tier).toBe(1);
    expect(maintenanceBracket({ notional: 1e15, brackets: BTCUSDT_2021_06 }).tier).toBe(10);
  });

  it('property: N·mmr − cum equals the sliced maintenance margin, which is continuous across tiers', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e9, noNaN: true }), (notional) => {
        const r = maintenanceBracket({ notional, brackets: BTCUSDT_2021_06 });
        expectClose(notional * r.mmr - r.maintenanceAmount, slicedMaintenance(BTCUSDT_2021_06, notional), 1e-12, 1e-6);
      }),
    );
  });
});

describe('liquidationPrice: Binance USDⓈ-M isolated', () => {
  it('long/short 1 BTC at 50,000, WB 5,000, mmr 0.4 %: 45,180.7229 / 54,780.8765 (reference 14.7, 14.8, 15.12; SELF)', () => {
    expectWithin(liquidationPrice({ side: 'long', size: 1, entry: 50_000, walletBalance: 5_000, mmr: 0.004 })!, 45_180.7229, 5e-5);
    expectWithin(liquidationPrice({ side: 'short', size: 1, entry: 50_000, walletBalance: 5_000, mmr: 0.004 })!, 54_780.8765, 5e-5);
  });

  it('the same with the 2021 BTCUSDT brackets: the long stays in tier 1, the short moves to tier 2', () => {
    expectWithin(liquidationPrice({ side: 'long', size: 1, entry: 50_000, walletBalance: 5_000, brackets: BTCUSDT_2021_06 })!, 45_180.7229, 5e-5);
    // Reference 15.12 prints 54,780.8765 for the short "(tier 1)", but the notional at that price,
    // 54,780.88, is above 50,000: tier 2 (0.5 %, cum 50) applies. Consistent price: 55,050 / 1.005.
    const short = liquidationPrice({ side: 'short', size: 1, entry: 50_000, walletBalance: 5_000, brackets: BTCUSDT_2021_06 })!;
    expectClose(short, 55_050 / 1.005, 1e-14);
    expectWithin(short, 54_776.1194, 5e-5);
    const equity = 5_000 + (50_000 - short);
    expectClose(equity, short * 0.005 - 50, 1e-12);
  });

  it('long 10 BTC at 50,000, WB 50,000, brackets: 45,323.2323 in tier 3, equity = MM = 3,232.32 (reference 15.13, SELF)', () => {
    const lp = liquidationPrice({ side: 'long', size: 10, entry: 50_000, walletBalance: 50_000, brackets: BTCUSDT_2021_06 })!;
    expectWithin(lp, 45_323.2323, 5e-5);
    expect(maintenanceBracket({ notional: 10 * lp, brackets: BTCUSDT_2021_06 }).tier).toBe(3);
    expectWithin(50_000 + 10 * (lp - 50_000), 3_232.32, 0.005);
    expectWithin(slicedMaintenance(BTCUSDT_2021_06, 10 * lp), 3_232.32, 0.005);
  });

  it('long/short 1 BTC at 20,000, WB 1,000 (20x), mmr 0.4 %: 19,076.3052 / 20,916.3347 (reference 29.6, SELF)', () => {
    expectWithin(liquidationPrice({ side: 'long', size: 1, entry: 20_000, walletBalance: 1_000, mmr: 0.004 })!, 19_076.3052, 5e-5);
    expectWithin(liquidationPrice({ side: 'short', size: 1, entry: 20_000, walletBalance: 1_000, mmr: 0.004 })!, 20_916.3347, 5e-5);
  });

  it('20x at mmr 0.4 %: liquidation 4.618474 % below entry, not the 4.6 % shortcut (reference 27.4, SELF)', () => {
    const lp = liquidationPrice({ side: 'long', size: 2, entry: 30_000, walletBalance: (2 * 30_000) / 20, mmr: 0.004 })!;
    expectWithin(1 - lp / 30_000, 0.04618474, 5e-9);
  });

  it('Binance FAQ cross-margin example, through the isolated formula with WB − TMM₁ + UPNL₁ as the balance (reference 29.1, 29.2)', () => {
    // Binance FAQ: WB 1,535,443.01; ETHUSDT long 3,683.979 @ 1,456.84, MMR 10 %, cum 135,365; other contract
    // TMM₁ 71,200.81144, UPNL₁ −56,354.57 → LP 1,153.26 (freqtrade test_liquidation_price_binance).
    const eth = liquidationPrice({ side: 'long', size: 3_683.979, entry: 1_456.84, walletBalance: 1_535_443.01 - 71_200.81144 - 56_354.57, mmr: 0.1, maintenanceAmount: 135_365 })!;
    expectPublished(eth, '1,153.26');
    const btc = liquidationPrice({ side: 'long', size: 109.488, entry: 32_481.98, walletBalance: 1_535_443.01 - 356_512.508 - 448_192.89, mmr: 0.025, maintenanceAmount: 16_300 })!;
    expectPublished(btc, '26,316.89');
  });

  it('freqtrade isolated figures with WB 1,535,443.01: 1,114.78 / 18,778.73 (reference 29.4)', () => {
    expectPublished(liquidationPrice({ side: 'long', size: 3_683.979, entry: 1_456.84, walletBalance: 1_535_443.01, mmr: 0.1, maintenanceAmount: 135_365 })!, '1,114.78');
    expectPublished(liquidationPrice({ side: 'long', size: 109.488, entry: 32_481.98, walletBalance: 1_535_443.01, mmr: 0.025, maintenanceAmount: 16_300 })!, '18,778.73');
  });

  it('returns null when a long cannot be liquidated (price ≤ 0), never for a short', () => {
    expect(liquidationPrice({ side: 'long', size: 1, entry: 100, walletBalance: 100, mmr: 0.01 })).toBeNull();
    expect(liquidationPrice({ side: 'long', size: 1, entry: 100, walletBalance: 150, brackets: BTCUSDT_2021_06 })).toBeNull();
    expect(liquidationPrice({ side: 'short', size: 1, entry: 100, walletBalance: 1e9, mmr: 0.01 })).toBeGreaterThan(100);
  });

  it('a liquidation price exactly on a tier boundary resolves to the lower tier (no cycling)', () => {
    // 5 BTC liquidated at 50,000 is a notional of 250,000: the floor of tier 3, owned by tier 2.
    // Rounding makes tiers 2 and 3 alternate there; the loop must stop and agree with both formulas.
    const size = 5;
    const lpTarget = 50_000;
    const longWallet = slicedMaintenance(BTCUSDT_2021_06, size * lpTarget) + size * (60_000 - lpTarget);
    expectClose(liquidationPrice({ side: 'long', size, entry: 60_000, walletBalance: longWallet, brackets: BTCUSDT_2021_06 })!, lpTarget, 1e-12);
    const shortWallet = slicedMaintenance(BTCUSDT_2021_06, size * lpTarget) - size * (40_000 - lpTarget);
    expectClose(liquidationPrice({ side: 'short', size, entry: 40_000, walletBalance: shortWallet, brackets: BTCUSDT_2021_06 })!, lpTarget, 1e-12);
  });

  it('property: positions built to liquidate exactly on a tier boundary get that boundary price', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('long' as const, 'short' as const),
        fc.integer({ min: 1, max: 9 }),
        fc.double({ min: 0.001, max: 100, noNaN: true }),
        fc.double({ min: 0.01, max: 0.9, noNaN: true }),
        (side, tier, size, distance) => {
          const lpTarget = BTCUSDT_2021_06[tier]!.floor / size;
          const entry = side === 'long' ? lpTarget * (1 + distance) : lpTarget * (1 - distance);
          const s = side === 'long' ? 1 : -1;
          const walletBalance = slicedMaintenance(BTCUSDT_2021_06, size * lpTarget) + s * size * (entry - lpTarget);
          fc.pre(walletBalance >= 0);
          const lp = liquidationPrice({ side, size, entry, walletBalance, brackets: BTCUSDT_2021_06 });
          expectClose(lp!, lpTarget, 1e-9);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('liquidationPrice: properties', () => {
  const position = fc.record({
    size: fc.double({ min: 0.001, max: 1000, noNaN: true }),
    entry: fc.double({ min: 1, max: 200_000, noNaN: true }),
    leverage: fc.double({ min: 1.01, max: 100, noNaN: true }),
    // Wallet balance below is at least notional/300 (100x, then a third of it): keep mmr under that,
    // so the position is not already liquidatable at entry.
    mmr: fc.double({ min: 0, max: 0.003, noNaN: true }),
  });

  it('below entry for a long and above for a short, and closer to entry with more leverage (less wallet balance)', () => {
    fc.assert(
      fc.property(position, fc.double({ min: 1.01, max: 3, noNaN: true }), ({ size, entry, leverage, mmr }, factor) => {
        const walletBalance = (size * entry) / leverage;
        const lessBalance = walletBalance / factor;
        const long = liquidationPrice({ side: 'long', size, entry, walletBalance, mmr });
        const longLess = liquidationPrice({ side: 'long', size, entry, walletBalance: lessBalance, mmr });
        const short = liquidationPrice({ side: 'short', size, entry, walletBalance, mmr })!;
        const shortLess = liquidationPrice({ side: 'short', size, entry, walletBalance: lessBalance, mmr })!;
        expect(short).toBeGreaterThan(entry);
        expect(shortLess).toBeGreaterThan(entry);
        expect(shortLess).toBeLessThan(short);
        if (long !== null) {
          expect(long).toBeLessThan(entry);
          expect(longLess).not.toBeNull();
          expect(longLess!).toBeGreaterThan(long);
        }
        if (longLess !== null) expect(longLess).toBeLessThan(entry);
      }),
    );
  });

  it('with brackets the result satisfies margin balance = tiered maintenance margin at LP; null iff WB ≥ size·entry (long)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('long' as const, 'short' as const),
        fc.double({ min: 0.01, max: 5_000, noNaN: true }),
        fc.double({ min: 1_000, max: 100_000, noNaN: true }),
        fc.double({ min: 0, max: 1.2, noNaN: true }),
        fc.constantFrom(BTCUSDT_2021_06, BTCUSDT_2021_03_18),
        (side, size, entry, marginShare, brackets) => {
          const walletBalance = marginShare * size * entry;
          const lp = liquidationPrice({ side, size, entry, walletBalance, brackets });
          if (side === 'long' && walletBalance >= size * entry) {
            expect(lp).toBeNull();
            return;
          }
          expect(lp).not.toBeNull();
          const s = side === 'long' ? 1 : -1;
          const equity = walletBalance + s * size * (lp! - entry);
          expectWithin(equity, slicedMaintenance(brackets, size * lp!), 1e-9 * size * entry);
        },
      ),
    );
  });
});

describe('liquidationDistanceCurve: liquidation distance against position size at fixed leverage', () => {
  const twoTiers: readonly MarginBracket[] = [{ floor: 0, mmr: 0.004 }, { floor: 50_000, mmr: 0.005 }];

  it('10× long, tiers 0.4 % and 0.5 % (cum 50): 1 − 0.9/0.996 in tier 1, 1 − 0.8995/0.995 at 100,000 (SELF, from the Binance formula)', () => {
    const curve = liquidationDistanceCurve({ side: 'long', marginPerNotional: 0.1, brackets: twoTiers, fromNotional: 1_000, toNotional: 100_000, points: 3 });
    expect(curve.map((point) => point.notional)).toEqual([1_000, expect.closeTo(10_000, 9), 100_000]);
    expectClose(curve[0]!.distance!, 1 - 0.9 / 0.996, 1e-13);
    expectClose(curve[1]!.distance!, 1 - 0.9 / 0.996, 1e-13);
    expectClose(curve[2]!.distance!, 1 - 0.8995 / 0.995, 1e-13);
    expectClose(curve[2]!.flatDistance!, 1 - 0.9 / 0.996, 1e-13);
    expect(curve.map((point) => [point.tier, point.mmr])).toEqual([[1, 0.004], [1, 0.004], [2, 0.005]]);
  });

  it('property: every point is the distance of liquidationPrice for that position, whatever the entry price', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('long' as const, 'short' as const),
        fc.double({ min: 0.005, max: 1.2, noNaN: true }),
        fc.constantFrom(BTCUSDT_2021_06, BTCUSDT_2021_03_18),
        fc.double({ min: 100, max: 1e6, noNaN: true }),
        fc.double({ min: 1, max: 200_000, noNaN: true }),
        (side, marginPerNotional, brackets, fromNotional, entry) => {
          const curve = liquidationDistanceCurve({ side, marginPerNotional, brackets, fromNotional, toNotional: fromNotional * 1e3, points: 25 });
          expect(curve).toHaveLength(25);
          for (const { notional, distance, flatDistance, mmr } of curve) {
            const size = notional / entry;
            const position = { side, size, entry, walletBalance: marginPerNotional * notional };
            const toDistance = (price: number | null) => (price === null ? null : side === 'long' ? (entry - price) / entry : (price - entry) / entry);
            const expected = toDistance(liquidationPrice({ ...position, brackets }));
            const expectedFlat = toDistance(liquidationPrice({ ...position, mmr: brackets[0]!.mmr }));
            if (expected === null) expect(distance).toBeNull();
            else expectWithin(distance!, expected, 1e-9);
            if (expectedFlat === null) expect(flatDistance).toBeNull();
            else expectWithin(flatDistance!, expectedFlat, 1e-9);
            expect(mmr).toBe(maintenanceBracket({ notional, brackets }).mmr);
          }
        },
      ),
    );
  });

  it('the tiered curve never lies above the flat one: higher tiers only bring liquidation closer', () => {
    const curve = liquidationDistanceCurve({ side: 'short', marginPerNotional: 0.05, brackets: BTCUSDT_2021_03_18, fromNotional: 1_000, toNotional: 6e8 });
    expect(curve).toHaveLength(200);
    for (const point of curve) expect(point.distance!).toBeLessThanOrEqual(point.flatDistance! + 1e-15);
    expect(curve.at(-1)!.distance!).toBeLessThan(0); // 20× at a 50 % tier: liquidated at once
  });

  it('bad input names its field', () => {
    const valid = { side: 'long' as const, marginPerNotional: 0.1, brackets: twoTiers, fromNotional: 1_000, toNotional: 100_000 };
    expectInputError(() => liquidationDistanceCurve({ ...valid, toNotional: 1_000 }), 'toNotional');
    expectInputError(() => liquidationDistanceCurve({ ...valid, fromNotional: 0 }), 'fromNotional');
    expectInputError(() => liquidationDistanceCurve({ ...valid, marginPerNotional: -0.1 }), 'marginPerNotional');
    expectInputError(() => liquidationDistanceCurve({ ...valid, points: 1 }), 'points');
    expectInputError(() => liquidationDistanceCurve({ ...valid, points: 1001 }), 'points');
    expectInputError(() => liquidationDistanceCurve({ ...valid, brackets: [{ floor: 5, mmr: 0.01 }] }), 'brackets[0].floor');
    expectInputError(() => liquidationDistanceCurve({ ...valid, marginPerNotional: 1e300, toNotional: 1e10 }), 'toNotional');
  });
});

describe('liquidationPrice: bad input', () => {
  const valid = { side: 'long' as const, size: 1, entry: 50_000, walletBalance: 5_000, mmr: 0.004 };
  it.each(['size', 'entry', 'walletBalance', 'mmr', 'maintenanceAmount'])('%s: NaN, ±Infinity, wrong types', (field) => {
    for (const bad of NOT_FINITE_NUMBERS) expectInputError(() => liquidationPrice({ ...valid, [field]: bad } as never), field);
  });
  it.each([
    ['size', 0], ['size', -1], ['entry', 0], ['walletBalance', -1], ['mmr', -0.01], ['mmr', 1], ['mmr', 5], ['maintenanceAmount', -1],
  ])('%s = %s is out of domain', (field, bad) => {
    expectInputError(() => liquidationPrice({ ...valid, [field]: bad } as never), field);
  });
  it('side must be long or short', () => {
    for (const side of ['buy', 'LONG', 1, null, undefined]) expectInputError(() => liquidationPrice({ ...valid, side } as never), 'side');
  });
  it('exactly one of mmr and brackets; no maintenanceAmount with brackets', () => {
    const { mmr: _mmr, ...noMmr } = valid;
    expectInputError(() => liquidationPrice(noMmr as never), 'mmr');
    expectInputError(() => liquidationPrice({ ...valid, brackets: BTCUSDT_2021_06 } as never), 'brackets');
    expectInputError(() => liquidationPrice({ ...noMmr, brackets: BTCUSDT_2021_06, maintenanceAmount: 50 } as never), 'maintenanceAmount');
  });
  it('bracket tables are validated: non-empty, first floor 0, ascending floors, non-decreasing mmr', () => {
    const { mmr: _mmr, ...noMmr } = valid;
    const run = (brackets: unknown) => () => liquidationPrice({ ...noMmr, brackets } as never);
    expectInputError(run([]), 'brackets');
    expectInputError(run('tiers'), 'brackets');
    expectInputError(run([{ floor: 10, mmr: 0.01 }]), 'brackets[0].floor');
    expectInputError(run([{ floor: 0, mmr: 0.01 }, { floor: 0, mmr: 0.02 }]), 'brackets[1].floor');
    expectInputError(run([{ floor: 0, mmr: 0.01 }, { floor: 100, mmr: 0.02 }, { floor: 50, mmr: 0.03 }]), 'brackets[2].floor');
    expectInputError(run([{ floor: 0, mmr: 0.02 }, { floor: 100, mmr: 0.01 }]), 'brackets[1].mmr');
    expectInputError(run([{ floor: 0, mmr: NaN }]), 'brackets[0].mmr');
    expectInputError(run([{ floor: 0, mmr: 0.01 }, null]), 'brackets[1]');
    expectInputError(run([{ floor: '0', mmr: 0.01 }]), 'brackets[0].floor');
  });
  it('maintenanceBracket validates notional and brackets', () => {
    for (const notional of [...NOT_FINITE_NUMBERS, 0, -5]) expectInputError(() => maintenanceBracket({ notional, brackets: BTCUSDT_2021_06 } as never), 'notional');
    expectInputError(() => maintenanceBracket({ notional: 1, brackets: [] }), 'brackets');
    expectInputError(() => maintenanceBracket({ notional: 1, brackets: [{ floor: 0, mmr: 1 }] }), 'brackets[0].mmr');
  });
  it('overflow is reported', () => {
    expectInputError(() => liquidationPrice({ ...valid, size: 1e200, entry: 1e200 }), 'size');
  });
});

describe('bybitLinearLiquidationPrice', () => {
  it('Bybit Example 1: long 1 BTC at 20,000, 50x, MMR 0.5 % → IM 400, MM 100, LP 19,700 (reference 2.1, 27.1, 29.7)', () => {
    expectPublished(bybitLinearLiquidationPrice({ side: 'long', size: 1, entry: 20_000, leverage: 50, mmr: 0.005 })!, '19,700');
  });

  it("Binance's formula with the same margin (walletBalance = IM = 400) gives a different price: 19,698.49", () => {
    const binance = liquidationPrice({ side: 'long', size: 1, entry: 20_000, walletBalance: 400, mmr: 0.005 })!;
    expectClose(binance, 19_600 / 0.995, 1e-14);
    expect(Math.abs(binance - 19_700)).toBeGreaterThan(1);
  });

  it('older Bybit linear examples: long 10,000 at 50x → 9,850; short 8,000 at 40x → 8,160 (reference 27.2, secondary quote)', () => {
    expectPublished(bybitLinearLiquidationPrice({ side: 'long', size: 1, entry: 10_000, leverage: 50, mmr: 0.005 })!, '9,850');
    expectPublished(bybitLinearLiquidationPrice({ side: 'short', size: 1, entry: 8_000, leverage: 40, mmr: 0.005 })!, '8,160');
  });

  it('extra margin moves the price away by extraMargin / size; null when a long cannot be liquidated', () => {
    expectClose(bybitLinearLiquidationPrice({ side: 'long', size: 2, entry: 20_000, leverage: 50, mmr: 0.005, extraMargin: 100 })!, 19_650, 1e-14);
    expectClose(bybitLinearLiquidationPrice({ side: 'short', size: 2, entry: 20_000, leverage: 50, mmr: 0.005, extraMargin: 100 })!, 20_350, 1e-14);
    expect(bybitLinearLiquidationPrice({ side: 'long', size: 1, entry: 20_000, leverage: 1, mmr: 0 })).toBeNull();
  });

  it('bad input', () => {
    const valid = { side: 'long', size: 1, entry: 20_000, leverage: 50, mmr: 0.005, extraMargin: 0 };
    for (const field of ['size', 'entry', 'leverage', 'mmr', 'extraMargin']) {
      for (const bad of NOT_FINITE_NUMBERS) expectInputError(() => bybitLinearLiquidationPrice({ ...valid, [field]: bad } as never), field);
    }
    expectInputError(() => bybitLinearLiquidationPrice({ ...valid, leverage: 0 } as never), 'leverage');
    expectInputError(() => bybitLinearLiquidationPrice({ ...valid, mmr: 1 } as never), 'mmr');
    expectInputError(() => bybitLinearLiquidationPrice({ ...valid, extraMargin: -1 } as never), 'extraMargin');
    expectInputError(() => bybitLinearLiquidationPrice({ ...valid, side: 'sell' } as never), 'side');
  });
});

describe('perpetualPositionRisk: maximum loss of a leveraged perpetual', () => {
  it('reference 2.5 (SELF): long 0.5 BTC at 60,000, margin 3,000, fee 0.05 %, stop 57,000 → loss 1,529.25 = 1,500 + 15.00 + 14.25', () => {
    const r = perpetualPositionRisk({ side: 'long', size: 0.5, entry: 60_000, margin: 3_000, stopPrice: 57_000, mmr: 0.005, takerFee: 0.0005 });
    expectClose(r.lossAtStop!, 1_529.25, 1e-12);
    expectClose(r.entryFee, 15, 1e-12);
    expect(r.firstExit).toBe('stop');
    expectClose(r.maxLoss, 1_529.25, 1e-12);
    expectClose(r.maxLossShareOfMargin, 1_529.25 / 3_000, 1e-12);
    // Gap risk: the stop fills at 56,500 → 1,779.125.
    const gap = perpetualPositionRisk({ side: 'long', size: 0.5, entry: 60_000, margin: 3_000, stopPrice: 56_500, mmr: 0.005, takerFee: 0.0005 });
    expectClose(gap.lossAtStop!, 1_779.125, 1e-12);
  });

  it('reference 2.6 (SELF): same without a stop, mmr 0.5 % → LP 54,271.3568, bankruptcy 54,000, max loss 3,015', () => {
    const r = perpetualPositionRisk({ side: 'long', size: 0.5, entry: 60_000, margin: 3_000, mmr: 0.005, takerFee: 0.0005 });
    expectWithin(r.liquidationPrice!, 54_271.3568, 5e-5);
    expectClose(r.bankruptcyPrice!, 54_000, 1e-14);
    expectClose(r.lossAtLiquidation, 3_015, 1e-14);
    expect(r.lossAtStop).toBeNull();
    expect(r.firstExit).toBe('liquidation');
    expectClose(r.maxLoss, 3_015, 1e-14);
    expectClose(r.maxLossShareOfMargin, 1.005, 1e-14);
    expect(r.notional).toBe(30_000);
    expect(r.initialMargin).toBe(3_000);
  });

  it('reference 2.1 via leverage: long 1 BTC at 20,000, 50x → initial margin 400, bankruptcy 19,600, loss at liquidation 400 + fees', () => {
    const r = perpetualPositionRisk({ side: 'long', size: 1, entry: 20_000, leverage: 50, mmr: 0.005, takerFee: 0.0006 });
    expectPublished(r.initialMargin, '400');
    expectPublished(r.bankruptcyPrice!, '19,600');
    expectClose(r.lossAtLiquidation, 400 + 12, 1e-14);
    // Binance convention for the liquidation price (Bybit's 19,700 is bybitLinearLiquidationPrice).
    expectClose(r.liquidationPrice!, 19_600 / 0.995, 1e-14);
  });

  it('a stop beyond the liquidation price is never reached: liquidation comes first', () => {
    const r = perpetualPositionRisk({ side: 'long', size: 0.5, entry: 60_000, margin: 3_000, stopPrice: 54_000, mmr: 0.005 });
    expect(r.firstExit).toBe('liquidation');
    expect(r.maxLoss).toBe(r.lossAtLiquidation);
    expectClose(r.lossAtStop!, 3_000, 1e-14);
  });

  it('short: stop above entry, liquidation above entry', () => {
    const r = perpetualPositionRisk({ side: 'short', size: 2, entry: 3_000, leverage: 10, stopPrice: 3_150, mmr: 0.004, takerFee: 0.0005 });
    expectClose(r.initialMargin, 600, 1e-14);
    expectClose(r.liquidationPrice!, (600 + 6_000) / (2 * 1.004), 1e-14);
    expectClose(r.bankruptcyPrice!, 3_300, 1e-14);
    expect(r.firstExit).toBe('stop');
    expectClose(r.maxLoss, 2 * 150 + 0.0005 * 2 * 6_150, 1e-14);
    const beyond = perpetualPositionRisk({ side: 'short', size: 2, entry: 3_000, leverage: 10, stopPrice: 3_400, mmr: 0.004 });
    expect(beyond.firstExit).toBe('liquidation');
  });

  it("no stop and no liquidation (1x long): 'none', loss if the price goes to 0", () => {
    const r = perpetualPositionRisk({ side: 'long', size: 1, entry: 100, leverage: 1, mmr: 0.005, takerFee: 0.001 });
    expect(r.liquidationPrice).toBeNull();
    expect(r.bankruptcyPrice).toBeNull();
    expect(r.firstExit).toBe('none');
    expectClose(r.maxLoss, 100 + 0.1, 1e-14);
    const overfunded = perpetualPositionRisk({ side: 'long', size: 1, entry: 100, margin: 300, mmr: 0.005 });
    expectClose(overfunded.maxLoss, 100, 1e-14);
    expectClose(overfunded.maxLossShareOfMargin, 1 / 3, 1e-14);
  });

  it('property: maxLoss is the loss of the exit reached first, never above margin + fees at the stop price', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('long' as const, 'short' as const),
        fc.double({ min: 0.01, max: 10, noNaN: true }),
        fc.double({ min: 100, max: 100_000, noNaN: true }),
        fc.double({ min: 1.5, max: 100, noNaN: true }),
        fc.double({ min: 0.001, max: 0.5, noNaN: true }),
        fc.double({ min: 0, max: 0.001, noNaN: true }),
        (side, size, entry, leverage, stopDistance, takerFee) => {
          const stopPrice = side === 'long' ? entry * (1 - stopDistance) : entry * (1 + stopDistance);
          const r = perpetualPositionRisk({ side, size, entry, leverage, stopPrice, mmr: 0.005, takerFee });
          expect(r.maxLoss).toBeGreaterThan(0);
          if (r.firstExit === 'stop') {
            expect(r.maxLoss).toBe(r.lossAtStop);
            expect(r.maxLoss).toBeLessThanOrEqual(r.lossAtLiquidation + takerFee * size * (entry + stopPrice));
          } else {
            expect(r.firstExit).toBe('liquidation');
            expect(r.maxLoss).toBe(r.lossAtLiquidation);
          }
        },
      ),
    );
  });

  it('bad input', () => {
    const valid = { side: 'long', size: 1, entry: 100, leverage: 10, stopPrice: 95, mmr: 0.005, maintenanceAmount: 0, takerFee: 0.0005 };
    for (const field of ['size', 'entry', 'leverage', 'stopPrice', 'mmr', 'maintenanceAmount', 'takerFee']) {
      for (const bad of NOT_FINITE_NUMBERS) expectInputError(() => perpetualPositionRisk({ ...valid, [field]: bad } as never), field);
    }
    const { leverage: _leverage, ...noLeverage } = valid;
    for (const bad of [...NOT_FINITE_NUMBERS, 0, -1]) expectInputError(() => perpetualPositionRisk({ ...noLeverage, margin: bad } as never), 'margin');
    expectInputError(() => perpetualPositionRisk(noLeverage as never), 'leverage');
    expectInputError(() => perpetualPositionRisk({ ...valid, margin: 10 } as never), 'margin');
    expectInputError(() => perpetualPositionRisk({ ...valid, leverage: 0 } as never), 'leverage');
    expectInputError(() => perpetualPositionRisk({ ...valid, takerFee: 1 } as never), 'takerFee');
    expectInputError(() => perpetualPositionRisk({ ...valid, mmr: -0.1 } as never), 'mmr');
    expectInputError(() => perpetualPositionRisk({ ...valid, side: 'flat' } as never), 'side');
    // Stop on the wrong side of entry.
    expectInputError(() => perpetualPositionRisk({ ...valid, stopPrice: 100 } as never), 'stopPrice');
    expectInputError(() => perpetualPositionRisk({ ...valid, stopPrice: 105 } as never), 'stopPrice');
    expectInputError(() => perpetualPositionRisk({ ...valid, side: 'short', stopPrice: 95 } as never), 'stopPrice');
    expectInputError(() => perpetualPositionRisk({ ...valid, side: 'short', stopPrice: 100 } as never), 'stopPrice');
    expect(expectInputError(() => perpetualPositionRisk({ ...valid, stopPrice: 101 } as never), 'stopPrice').message).toMatch(/below the entry price/);
    expectInputError(() => perpetualPositionRisk({ ...valid, size: 1e300, entry: 1e300 } as never), 'size');
  });
});

describe('krakenMarginLevel and krakenMarginLevelPrice (Kraken margin trading)', () => {
  const krakenLong = { side: 'long', size: 1, entry: 20_000, tradeBalance: 10_000, leverage: 5 } as const;

  it('Kraken "margin call price" example: long 1 BTC at 20,000, 5:1, trade balance 10,000 → used margin 4,000, level 250 %, call at 13,200 with equity 3,200 and P/L −6,800 (reference 14.1, PUBLISHED)', () => {
    const atEntry = krakenMarginLevel({ ...krakenLong, markPrice: 20_000 });
    expectPublished(atEntry.usedMargin, '4,000');
    expectPublished(atEntry.marginLevel * 100, '250');
    const callPrice = krakenMarginLevelPrice({ ...krakenLong, marginLevel: 0.8 });
    expectPublished(callPrice!, '13,200');
    const atCall = krakenMarginLevel({ ...krakenLong, markPrice: callPrice! });
    expectPublished(atCall.equity, '3,200');
    expectPublished(atCall.unrealisedPnl, '-6,800');
    expectClose(atCall.marginLevel, 0.8, 1e-15);
  });

  it('the same position reaches the 40 % liquidation level at 11,600 (reference 14.2, SELF)', () => {
    expectClose(krakenMarginLevelPrice({ ...krakenLong, marginLevel: 0.4 })!, 11_600, 1e-15);
  });

  it('Kraken: $10,000 account, long 1.5 BTC at $30,000 (5:1, used margin $9,000); at $28,133.3 the loss is −$2,800.05, equity $7,199.95, level 79.999 %; the 80 % price is 6.22 % down (reference 14.3, PUBLISHED)', () => {
    const position = { side: 'long', size: 1.5, entry: 30_000, tradeBalance: 10_000, leverage: 5 } as const;
    const r = krakenMarginLevel({ ...position, markPrice: 28_133.3 });
    expectPublished(r.usedMargin, '9,000');
    expectPublished(r.unrealisedPnl, '-2,800.05');
    expectPublished(r.equity, '7,199.95');
    expectPublished(r.marginLevel * 100, '79.999');
    const callPrice = krakenMarginLevelPrice({ ...position, marginLevel: 0.8 })!;
    expectPublished(callPrice, '28,133.3');
    expectClose(callPrice, 28_133 + 1 / 3, 1e-15);
    expectPublished(((30_000 - callPrice) / 30_000) * 100, '6.22');
  });

  it('Kraken margin trading example: $5,000 account, short 0.2 BTC at 50,000 with 5x (used margin 0.04 BTC = $2,000, level 250 %); at 65,200 loss $3,040, equity $1,960, used margin $2,608, level 75 % (reference 14.4, PUBLISHED; 75.153 % SELF)', () => {
    const position = { side: 'short', size: 0.2, entry: 50_000, tradeBalance: 5_000, leverage: 5 } as const;
    const atEntry = krakenMarginLevel({ ...position, markPrice: 50_000 });
    expectPublished(atEntry.usedMargin, '2,000');
    expectPublished(atEntry.marginLevel * 100, '250');
    const r = krakenMarginLevel({ ...position, markPrice: 65_200 });
    expectPublished(r.unrealisedPnl, '-3,040');
    expectPublished(r.equity, '1,960');
    expectPublished(r.usedMargin, '2,608');
    expectPublished(r.marginLevel * 100, '75');
    expectClose(r.marginLevel, 1_960 / 2_608, 1e-15);
    // Inverse: the short's level is 1960/2608 exactly at 65,200.
    expectClose(krakenMarginLevelPrice({ ...position, marginLevel: 1_960 / 2_608 })!, 65_200, 1e-14);
    // The same example at 2x: margin 0.1 BTC = $5,000, so the level is 100 % at the open.
    expectPublished(krakenMarginLevel({ ...position, leverage: 2, markPrice: 50_000 }).marginLevel * 100, '100');
  });

  it('property: the level at the price found is the level asked for; longs fall below entry, shorts rise above', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('long', 'short'),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: 100, max: 100_000, noNaN: true }),
        fc.double({ min: 1, max: 10, noNaN: true }),
        fc.double({ min: 0.2, max: 3, noNaN: true }),
        fc.double({ min: 0.1, max: 0.99, noNaN: true }),
        (side, size, entry, leverage, balanceShare, level) => {
          // Trade balance as a share of the used margin at entry, so the level at entry is balanceShare.
          const tradeBalance = (balanceShare * size * entry) / leverage;
          const price = krakenMarginLevelPrice({ side, size, entry, tradeBalance, leverage, marginLevel: level });
          if (price === null) return;
          expectClose(krakenMarginLevel({ side, size, entry, tradeBalance, leverage, markPrice: price }).marginLevel, level, 1e-9, 1e-12);
          if (level < balanceShare) expect(side === 'long' ? price < entry : price > entry).toBe(true);
        },
      ),
    );
  });

  it('bad input names the field', () => {
    const base = { ...krakenLong, markPrice: 20_000 };
    for (const field of ['size', 'entry', 'markPrice', 'leverage']) {
      for (const bad of [...NOT_FINITE_NUMBERS, 0, -1]) expectInputError(() => krakenMarginLevel({ ...base, [field]: bad } as never), field);
    }
    for (const bad of [...NOT_FINITE_NUMBERS, -1]) expectInputError(() => krakenMarginLevel({ ...base, tradeBalance: bad } as never), 'tradeBalance');
    expectInputError(() => krakenMarginLevel({ ...base, side: 'buy' } as never), 'side');
    for (const bad of [...NOT_FINITE_NUMBERS, 0, -0.4]) expectInputError(() => krakenMarginLevelPrice({ ...krakenLong, marginLevel: bad } as never), 'marginLevel');
    expect(krakenMarginLevelPrice({ ...krakenLong, tradeBalance: 30_000, marginLevel: 0.4 })).toBeNull();
  });
});

describe('krakenFuturesInverseLiquidation (Kraken Futures inverse contracts)', () => {
  it('Kraken Equity Protection Process: long 1,000 contracts at 8,000, margin 0.01 BTC, maintenance 1 % → liquidation 7,481.48, bankruptcy 7,407.41 (reference 14.5, PUBLISHED)', () => {
    const r = krakenFuturesInverseLiquidation({ side: 'long', contracts: 1_000, entry: 8_000, margin: 0.01, mmr: 0.01 });
    expectPublished(r.liquidationPrice!, '7,481.48');
    expectPublished(r.bankruptcyPrice!, '7,407.41');
  });

  it('property: equity equals the maintenance margin at the liquidation price and 0 at bankruptcy, both sides', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(1, -1),
        fc.double({ min: 100, max: 1e6, noNaN: true }),
        fc.double({ min: 1_000, max: 100_000, noNaN: true }),
        fc.double({ min: 0.01, max: 0.9, noNaN: true }),
        fc.double({ min: 0, max: 0.2, noNaN: true }),
        (sign, contracts, entry, marginShare, mmr) => {
          const margin = (marginShare * contracts) / entry;
          const r = krakenFuturesInverseLiquidation({ side: sign === 1 ? 'long' : 'short', contracts, entry, margin, mmr });
          const equity = (price: number) => margin + sign * contracts * (1 / entry - 1 / price);
          expectClose(equity(r.liquidationPrice!), (mmr * contracts) / r.liquidationPrice!, 1e-9, 1e-12 * (contracts / entry));
          expectWithin(equity(r.bankruptcyPrice!), 0, 1e-12 * (contracts / entry));
        },
      ),
    );
  });

  it('a short with margin at least its value at entry has no liquidation or bankruptcy price; bad input', () => {
    expect(krakenFuturesInverseLiquidation({ side: 'short', contracts: 1_000, entry: 8_000, margin: 0.125, mmr: 0.01 })).toEqual({ liquidationPrice: null, bankruptcyPrice: null });
    const base = { side: 'long', contracts: 1_000, entry: 8_000, margin: 0.01, mmr: 0.01 } as const;
    for (const field of ['contracts', 'entry', 'margin']) {
      for (const bad of [...NOT_FINITE_NUMBERS, 0, -1]) expectInputError(() => krakenFuturesInverseLiquidation({ ...base, [field]: bad } as never), field);
    }
    for (const bad of [...NOT_FINITE_NUMBERS, 1, -0.01]) expectInputError(() => krakenFuturesInverseLiquidation({ ...base, mmr: bad } as never), 'mmr');
  });
});

describe('binanceMarginRatio and binanceMarginRatioPrice (margin ratio = maintenance margin / margin balance)', () => {
  const long = { side: 'long', size: 1, entry: 50_000, walletBalance: 5_000, mmr: 0.004 } as const;

  it('long 1 BTC at 50,000, WB 5,000, mmr 0.4 %: ratio 50 % / 80 % / 100 % at 45,362.9032 / 45,226.1307 / 45,180.7229 (reference 14.7, SELF)', () => {
    for (const [ratio, price] of [[0.5, 45_362.9032], [0.8, 45_226.1307], [1, 45_180.7229]] as const) {
      expectWithin(binanceMarginRatioPrice({ ...long, marginRatio: ratio })!, price, 5e-5);
    }
  });

  it('the same short: 80 % / 100 % at 54,726.3682 / 54,780.8765 (reference 14.8, SELF)', () => {
    expectWithin(binanceMarginRatioPrice({ ...long, side: 'short', marginRatio: 0.8 })!, 54_726.3682, 5e-5);
    expectWithin(binanceMarginRatioPrice({ ...long, side: 'short', marginRatio: 1 })!, 54_780.8765, 5e-5);
  });

  it('property: at m = 1 it is liquidationPrice; the ratio at the price found is m; warnings come before liquidation', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('long', 'short'),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: 100, max: 100_000, noNaN: true }),
        fc.double({ min: 2, max: 100, noNaN: true }),
        fc.double({ min: 1e-5, max: 0.02, noNaN: true }),
        fc.double({ min: 0.1, max: 1, noNaN: true }),
        (side, size, entry, leverage, mmr, ratio) => {
          const position = { side, size, entry, walletBalance: (size * entry) / leverage, mmr };
          const atOne = binanceMarginRatioPrice({ ...position, marginRatio: 1 });
          expectClose(atOne!, liquidationPrice(position)!, 1e-12);
          const price = binanceMarginRatioPrice({ ...position, marginRatio: ratio });
          if (price === null) return;
          expectClose(binanceMarginRatio({ ...position, markPrice: price }).marginRatio!, ratio, 1e-8);
          expect(side === 'long' ? price >= atOne! - 1e-9 * entry : price <= atOne! + 1e-9 * entry).toBe(true);
        },
      ),
    );
  });

  it('the ratio at a mark price: 46,000 → maintenance 184, balance 1,000, ratio 18.4 %; none once the balance is gone', () => {
    const r = binanceMarginRatio({ ...long, markPrice: 46_000 });
    expectClose(r.maintenanceMargin, 184, 1e-15);
    expectClose(r.marginBalance, 1_000, 1e-15);
    expectClose(r.marginRatio!, 0.184, 1e-15);
    expect(binanceMarginRatio({ ...long, markPrice: 44_000 }).marginRatio).toBeNull();
  });

  it('a long never reaches a ratio at or below its mmr (the ratio only approaches mmr as the price rises)', () => {
    expect(binanceMarginRatioPrice({ ...long, marginRatio: 0.004 })).toBeNull();
    expect(binanceMarginRatioPrice({ ...long, marginRatio: 0.003 })).toBeNull();
  });

  it('bad input names the field', () => {
    for (const bad of [...NOT_FINITE_NUMBERS, 0, -0.5, 1.01, 80]) expectInputError(() => binanceMarginRatioPrice({ ...long, marginRatio: bad } as never), 'marginRatio');
    for (const bad of [...NOT_FINITE_NUMBERS, 0, -1]) expectInputError(() => binanceMarginRatio({ ...long, markPrice: bad } as never), 'markPrice');
    expectInputError(() => binanceMarginRatio({ ...long, markPrice: 50_000, maintenanceAmount: 1_000 }), 'maintenanceAmount');
    expectInputError(() => binanceMarginRatioPrice({ ...long, walletBalance: -1, marginRatio: 1 }), 'walletBalance');
    expectInputError(() => binanceMarginRatioPrice({ ...long, mmr: 1, marginRatio: 1 }), 'mmr');
  });
});

describe('positionLeverage: nominal and effective leverage', () => {
  it('notional 50,000 on collateral 5,000 is 10x; after a 2 % fall 49,000 / 4,000 = 12.25x (reference 27.3, SELF)', () => {
    const r = positionLeverage({ side: 'long', size: 1, entry: 50_000, margin: 5_000, markPrice: 49_000 });
    expect(r.leverage).toBe(10);
    expect(r.unrealisedPnl).toBe(-1_000);
    expect(r.equity).toBe(4_000);
    expect(r.effectiveLeverage).toBe(12.25);
  });

  it('a gain lowers the effective leverage (a short gains when the price falls); no leverage once equity is gone', () => {
    const short = positionLeverage({ side: 'short', size: 1, entry: 50_000, margin: 5_000, markPrice: 49_000 });
    expect(short.equity).toBe(6_000);
    expectClose(short.effectiveLeverage!, 49_000 / 6_000, 1e-15);
    expect(positionLeverage({ side: 'long', size: 1, entry: 50_000, margin: 5_000, markPrice: 45_000 }).effectiveLeverage).toBeNull();
  });

  it('property: effective leverage rises as a long loses and equals the nominal leverage at entry', () => {
    fc.assert(
      fc.property(fc.double({ min: 1.5, max: 100, noNaN: true }), fc.double({ min: 0.001, max: 0.5, noNaN: true }), (leverage, fall) => {
        const input = { side: 'long', size: 2, entry: 30_000, margin: 60_000 / leverage } as const;
        expectClose(positionLeverage({ ...input, markPrice: 30_000 }).effectiveLeverage!, leverage, 1e-12);
        const after = positionLeverage({ ...input, markPrice: 30_000 * (1 - fall) }).effectiveLeverage;
        if (after !== null) expect(after).toBeGreaterThan(leverage);
      }),
    );
  });

  it('bad input names the field', () => {
    const base = { side: 'long', size: 1, entry: 50_000, margin: 5_000, markPrice: 49_000 } as const;
    for (const field of ['size', 'entry', 'margin', 'markPrice']) {
      for (const bad of [...NOT_FINITE_NUMBERS, 0, -1]) expectInputError(() => positionLeverage({ ...base, [field]: bad } as never), field);
    }
    expectInputError(() => positionLeverage({ ...base, margin: 1e-310 }), 'margin');
  });
});

describe('venueLiquidationPrices: one position under Binance, Bybit and Kraken conventions', () => {
  const venues = {
    binanceBrackets: binanceBtcusdt2021.brackets,
    bybitMmr: bybitUsdtPerpetualConvention.mmr,
    krakenLiquidationLevel: krakenMarginConvention.liquidationLevel,
  };

  it('long 1 BTC at 50,000, 5x (margin 10,000): Binance 40,160.64, Bybit 40,250, Kraken 44,000 — each the venue function’s own figure', () => {
    const position = { side: 'long', size: 1, entry: 50_000 } as const;
    const r = venueLiquidationPrices({ ...position, leverage: 5, ...venues });
    expect(r.margin).toBe(10_000);
    expectClose(r.binance!, liquidationPrice({ ...position, walletBalance: 10_000, brackets: venues.binanceBrackets })!, 1e-15);
    expectClose(r.binance!, 40_000 / 0.996, 1e-15);
    expect(r.bybit).toBe(bybitLinearLiquidationPrice({ ...position, leverage: 5, mmr: 0.005 }));
    expect(r.bybit).toBe(40_250);
    expect(r.kraken).toBe(krakenMarginLevelPrice({ ...position, tradeBalance: 10_000, leverage: 5, marginLevel: 0.4 }));
    expect(r.kraken).toBe(44_000);
  });

  it('Bybit’s published example through the comparison: 50x on 1 BTC at 20,000 → Bybit 19,700 (reference 27.1, PUBLISHED)', () => {
    expectPublished(venueLiquidationPrices({ side: 'long', size: 1, entry: 20_000, leverage: 50, ...venues }).bybit!, '19,700');
  });

  it('property: giving the margin instead of the leverage gives the same prices; below entry for a long, above for a short (up to 50x, first tiers)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('long', 'short'),
        fc.double({ min: 0.01, max: 2, noNaN: true }),
        fc.double({ min: 1_000, max: 100_000, noNaN: true }),
        fc.double({ min: 1.5, max: 50, noNaN: true }),
        (side, size, entry, leverage) => {
          const byLeverage = venueLiquidationPrices({ side, size, entry, leverage, ...venues });
          const byMargin = venueLiquidationPrices({ side, size, entry, margin: byLeverage.margin, ...venues });
          for (const key of ['binance', 'bybit', 'kraken'] as const) {
            expectClose(byMargin[key]!, byLeverage[key]!, 1e-9);
            expect(side === 'long' ? byLeverage[key]! < entry : byLeverage[key]! > entry).toBe(true);
          }
        },
      ),
    );
  });

  it('bad input: exactly one of leverage and margin; venue parameters are checked under their own names', () => {
    const position = { side: 'long', size: 1, entry: 50_000 } as const;
    expectInputError(() => venueLiquidationPrices({ ...position, leverage: 5, margin: 10_000, ...venues }), 'margin');
    expectInputError(() => venueLiquidationPrices({ ...position, ...venues }), 'leverage');
    expectInputError(() => venueLiquidationPrices({ ...position, leverage: 0, ...venues }), 'leverage');
    expectInputError(() => venueLiquidationPrices({ ...position, margin: -1, ...venues }), 'margin');
    expectInputError(() => venueLiquidationPrices({ ...position, leverage: 5, ...venues, binanceBrackets: [{ floor: 5, mmr: 0.01 }] }), 'binanceBrackets[0].floor');
    expectInputError(() => venueLiquidationPrices({ ...position, leverage: 5, ...venues, bybitMmr: 5 }), 'bybitMmr');
    expectInputError(() => venueLiquidationPrices({ ...position, leverage: 5, ...venues, krakenLiquidationLevel: 0 }), 'krakenLiquidationLevel');
  });
});

describe('venue convention data files', () => {
  it('each names its source, the date read and, where the source gives one, the effective date', () => {
    for (const convention of [binanceUsdmConvention, bybitUsdtPerpetualConvention, krakenMarginConvention]) {
      expect(() => new URL(convention.source.url)).not.toThrow();
      expect(convention.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (convention.effectiveDate !== null) expect(convention.effectiveDate <= convention.asOf).toBe(true);
    }
    expect(binanceUsdmConvention.effectiveDate).toBe('2021-03-18');
  });

  it('hold the published parameters: Bybit MMR 0.5 % (its Example 1), Kraken margin call ≈ 80 %, liquidation ≈ 40 %', () => {
    expect(bybitUsdtPerpetualConvention.mmr).toBe(0.005);
    expect(krakenMarginConvention.marginCallLevel).toBe(0.8);
    expect(krakenMarginConvention.liquidationLevel).toBe(0.4);
  });
});
