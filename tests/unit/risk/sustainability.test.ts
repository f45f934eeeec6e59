import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { realYield, treasuryRunway } from '../../../src/risk/index.ts';
import { expectClose, expectInputError, NOT_FINITE_NUMBERS } from './helpers.ts';

describe('realYield (Token Terminal accounting)', () => {
  it('SELF 30: revenue 12m USD, 40m tokens emitted at $0.50 (= 20m) → earnings −8m, emissions/revenue 1.6667', () => {
    const result = realYield({ fees: 12e6, tokensEmitted: 40e6, tokenPrice: 0.5 });
    expect(result.revenue).toBe(12e6);
    expect(result.tokenIncentives).toBe(20e6);
    expect(result.earnings).toBe(-8e6);
    expectClose(result.emissionsToRevenue, 5 / 3, 1e-15);
    expect(Number(result.emissionsToRevenue.toFixed(4))).toBe(1.6667);
  });

  it('revenue is fees minus supply-side fees (a DEX keeping 1/6 of what traders pay)', () => {
    const result = realYield({ fees: 30e6, supplySideFees: 25e6, tokensEmitted: 40e6, tokenPrice: 0.5 });
    expect(result.revenue).toBe(5e6);
    expect(result.earnings).toBe(-15e6);
    expect(result.emissionsToRevenue).toBe(4);
  });

  it('edges: no emissions → ratio 0 (even with no revenue); emissions and no revenue → Infinity (unbounded)', () => {
    expect(realYield({ fees: 0, tokensEmitted: 0, tokenPrice: 1 })).toEqual({ revenue: 0, tokenIncentives: 0, earnings: 0, emissionsToRevenue: 0 });
    expect(realYield({ fees: 5, supplySideFees: 5, tokensEmitted: 1, tokenPrice: 1 }).emissionsToRevenue).toBe(Infinity);
  });

  it('property: earnings = revenue − incentives; the ratio is above 1 exactly when earnings are negative', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e10, noNaN: true }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.double({ min: 0, max: 1e10, noNaN: true }),
        fc.double({ min: 1e-4, max: 1e4, noNaN: true }),
        (fees, supplyShare, tokensEmitted, tokenPrice) => {
          const result = realYield({ fees, supplySideFees: fees * supplyShare, tokensEmitted, tokenPrice });
          expectClose(result.earnings, result.revenue - result.tokenIncentives, 1e-15, 1e-9);
          expectClose(result.emissionsToRevenue * result.revenue, result.tokenIncentives, 1e-12, 1e-300);
          if (result.earnings < 0) expect(result.emissionsToRevenue).toBeGreaterThan(1);
          if (result.earnings > 0) expect(result.emissionsToRevenue).toBeLessThan(1);
        },
      ),
    );
  });

  it('bad input', () => {
    const good = { fees: 12e6, tokensEmitted: 40e6, tokenPrice: 0.5 };
    for (const bad of [...NOT_FINITE_NUMBERS, -1]) expectInputError(() => realYield({ ...good, fees: bad } as never), 'fees');
    for (const bad of [...NOT_FINITE_NUMBERS, -1]) expectInputError(() => realYield({ ...good, supplySideFees: bad } as never), 'supplySideFees');
    expectInputError(() => realYield({ ...good, supplySideFees: 13e6 }), 'supplySideFees');
    for (const bad of [...NOT_FINITE_NUMBERS, -1]) expectInputError(() => realYield({ ...good, tokensEmitted: bad } as never), 'tokensEmitted');
    // The reference rejects an emission price ≤ 0.
    for (const bad of [...NOT_FINITE_NUMBERS, 0, -0.5]) expectInputError(() => realYield({ ...good, tokenPrice: bad } as never), 'tokenPrice');
    expectInputError(() => realYield({ ...good, tokensEmitted: 1e300, tokenPrice: 1e10 }), 'tokensEmitted');
    expectInputError(() => realYield({ fees: 1e-300, tokensEmitted: 1e300, tokenPrice: 1 }), 'tokensEmitted');
  });
});

describe('treasuryRunway', () => {
  it('SELF 30: treasury 10m, expenses 450k/month, revenue 150k/month → net burn 300k, runway 33.333 months', () => {
    const result = treasuryRunway({ liquidTreasury: 10e6, monthlyExpenses: 450e3, monthlyRevenue: 150e3 });
    expect(result.netBurnPerMonth).toBe(300e3);
    expect(result.countedTreasury).toBe(10e6);
    expectClose(result.runwayMonths, 100 / 3, 1e-15);
  });

  it('values the own-token holding at a haircut (30–50 % stress of the reference)', () => {
    const base = { liquidTreasury: 6e6, nativeTokenTreasury: 8e6, monthlyExpenses: 450e3, monthlyRevenue: 150e3 };
    expectClose(treasuryRunway({ ...base, nativeTokenHaircut: 0.5 }).runwayMonths, 10e6 / 300e3, 1e-15);
    expectClose(treasuryRunway({ ...base, nativeTokenHaircut: 0.3 }).countedTreasury, 6e6 + 8e6 * 0.7, 1e-15);
    expect(treasuryRunway({ ...base, nativeTokenHaircut: 1 }).countedTreasury).toBe(6e6);
    expect(treasuryRunway(base).countedTreasury).toBe(14e6);
  });

  it('cash-flow positive (revenue ≥ expenses): runway Infinity, net burn ≤ 0', () => {
    const result = treasuryRunway({ liquidTreasury: 1e6, monthlyExpenses: 100e3, monthlyRevenue: 150e3 });
    expect(result.runwayMonths).toBe(Infinity);
    expect(result.netBurnPerMonth).toBe(-50e3);
    expect(treasuryRunway({ liquidTreasury: 0, monthlyExpenses: 0 }).runwayMonths).toBe(Infinity);
  });

  it('property: runway × burn = counted treasury; a larger haircut or more expenses never lengthen it', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 1, max: 1e7, noNaN: true }),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        (liquidTreasury, nativeTokenTreasury, haircut, monthlyExpenses, revenueShare) => {
          const input = { liquidTreasury, nativeTokenTreasury, nativeTokenHaircut: haircut, monthlyExpenses, monthlyRevenue: monthlyExpenses * revenueShare };
          const result = treasuryRunway(input);
          expectClose(result.runwayMonths * result.netBurnPerMonth, result.countedTreasury, 1e-12, 1e-300);
          expect(treasuryRunway({ ...input, nativeTokenHaircut: Math.min(1, haircut + 0.1) }).runwayMonths).toBeLessThanOrEqual(result.runwayMonths);
          expect(treasuryRunway({ ...input, monthlyExpenses: monthlyExpenses * 1.5 }).runwayMonths).toBeLessThanOrEqual(result.runwayMonths);
        },
      ),
    );
  });

  it('bad input', () => {
    const good = { liquidTreasury: 10e6, monthlyExpenses: 450e3, monthlyRevenue: 150e3 };
    for (const field of ['liquidTreasury', 'monthlyExpenses', 'monthlyRevenue', 'nativeTokenTreasury'] as const) {
      for (const bad of [...NOT_FINITE_NUMBERS, -1]) expectInputError(() => treasuryRunway({ ...good, [field]: bad } as never), field);
    }
    for (const bad of [...NOT_FINITE_NUMBERS, -0.1, 1.5, 30]) expectInputError(() => treasuryRunway({ ...good, nativeTokenHaircut: bad } as never), 'nativeTokenHaircut');
    expectInputError(() => treasuryRunway({ liquidTreasury: 1e308, nativeTokenTreasury: 1e308, monthlyExpenses: 1 }), 'nativeTokenTreasury');
    expectInputError(() => treasuryRunway({ liquidTreasury: 1e300, monthlyExpenses: 1e-300 }), 'monthlyExpenses');
  });
});
