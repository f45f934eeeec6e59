import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { healthFactor, loopLeverage } from '../../../src/risk/index.ts';
import { expectClose, expectInputError, expectPublished, expectWithin, NOT_FINITE_NUMBERS } from './helpers.ts';

describe('healthFactor (Aave)', () => {
  it('Aave docs / help: $10,000 of ETH at LT 80 %, $6,000 borrowed → HF 1.333 (reference 13.1, 28.1)', () => {
    expectPublished(healthFactor({ collateral: [{ value: 10_000, liquidationThreshold: 0.8 }], debt: 6_000 }), '1.333');
  });

  it('SELF 13.3: 5 ETH @ 2,000 (LT 0.825) + 10,000 USDC (LT 0.78), debt 12,000 → HF 1.3375, weighted LT 0.8025, ETH liquidation price 1,018.1818', () => {
    const collateral = [{ value: 5 * 2_000, liquidationThreshold: 0.825 }, { value: 10_000, liquidationThreshold: 0.78 }];
    const hf = healthFactor({ collateral, debt: 12_000 });
    expectClose(hf, 1.3375, 1e-15);
    expectClose((hf * 12_000) / 20_000, 0.8025, 1e-15);
    const ethLiquidation = (12_000 - 10_000 * 0.78) / (5 * 0.825);
    expectWithin(ethLiquidation, 1_018.1818, 5e-5);
    expectClose(healthFactor({ collateral: [{ value: 5 * ethLiquidation, liquidationThreshold: 0.825 }, collateral[1]!], debt: 12_000 }), 1, 1e-15);
  });

  it('SELF 13.4–13.6: 5 ETH at LT 0.80, debt 6,000 → liquidation at 1,500; at 1,450 HF 0.9666667; at 1,400 HF 0.9333333', () => {
    const at = (price: number) => healthFactor({ collateral: [{ value: 5 * price, liquidationThreshold: 0.8 }], debt: 6_000 });
    expect(at(1_500)).toBe(1);
    expectWithin(at(1_450), 0.9666667, 5e-8);
    expectWithin(at(1_400), 0.9333333, 5e-8);
  });

  it('SELF 28.5: same-asset loop HF = LT·L/(L − 1): LT 0.825, L = 2 / 3 / 4 → 1.65 / 1.2375 / 1.10', () => {
    for (const [L, hf] of [[2, 1.65], [3, 1.2375], [4, 1.1]] as const) {
      expectClose(healthFactor({ collateral: [{ value: L, liquidationThreshold: 0.825 }], debt: L - 1 }), hf, 1e-15);
    }
  });

  it('is Infinity with no debt', () => {
    expect(healthFactor({ collateral: [{ value: 1, liquidationThreshold: 0.5 }], debt: 0 })).toBe(Infinity);
  });

  it('property: scales linearly with collateral and inversely with debt', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ value: fc.double({ min: 1, max: 1e9, noNaN: true }), liquidationThreshold: fc.double({ min: 0.01, max: 1, noNaN: true }) }), { minLength: 1, maxLength: 8 }),
        fc.double({ min: 1, max: 1e9, noNaN: true }),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        (collateral, debt, k) => {
          const hf = healthFactor({ collateral, debt });
          const scaled = healthFactor({ collateral: collateral.map((c) => ({ ...c, value: c.value * k })), debt });
          expectClose(scaled, k * hf, 1e-13);
          expectClose(healthFactor({ collateral, debt: debt * k }), hf / k, 1e-13);
          const expected = collateral.reduce((s, c) => s + c.value * c.liquidationThreshold, 0) / debt;
          expectClose(hf, expected, 1e-13);
        },
      ),
    );
  });

  it('bad input', () => {
    const position = { value: 10_000, liquidationThreshold: 0.8 };
    for (const bad of [...NOT_FINITE_NUMBERS, -1]) expectInputError(() => healthFactor({ collateral: [position], debt: bad } as never), 'debt');
    for (const bad of [[], undefined, 'ETH', {}]) expectInputError(() => healthFactor({ collateral: bad, debt: 1 } as never), 'collateral');
    expectInputError(() => healthFactor({ collateral: [position, 5], debt: 1 } as never), 'collateral[1]');
    for (const bad of [...NOT_FINITE_NUMBERS, 0, -5]) expectInputError(() => healthFactor({ collateral: [position, { ...position, value: bad }], debt: 1 } as never), 'collateral[1].value');
    for (const bad of [...NOT_FINITE_NUMBERS, 0, 1.01, 80]) expectInputError(() => healthFactor({ collateral: [{ ...position, liquidationThreshold: bad }], debt: 1 } as never), 'collateral[0].liquidationThreshold');
    expect(healthFactor({ collateral: [{ ...position, liquidationThreshold: 1 }], debt: 1 })).toBe(10_000);
    expectInputError(() => healthFactor({ collateral: [{ value: 1e308, liquidationThreshold: 1 }, { value: 1e308, liquidationThreshold: 1 }], debt: 1 }), 'collateral');
  });
});

describe('loopLeverage', () => {
  it('Joule: LTV 75 % / 90 % → max 4x / 10x; 8x ↔ LTV 87.5 % (reference 28.2, 28.3)', () => {
    expectPublished(loopLeverage({ ltv: 0.75, loops: 0 }).maxLeverage, '4');
    expectPublished(loopLeverage({ ltv: 0.9, loops: 0 }).maxLeverage, '10');
    expectPublished(loopLeverage({ ltv: 0.875, loops: 0 }).maxLeverage, '8');
  });

  it('SELF 28.4: LTV 0.6, 3 loops → leverage 2.176 (collateral 21,760 and debt 11,760 on 10,000)', () => {
    const r = loopLeverage({ ltv: 0.6, loops: 3 });
    expectClose(r.leverage, 2.176, 1e-15);
    expectClose(r.leverage * 10_000, 21_760, 1e-15);
    expectClose((r.leverage - 1) * 10_000, 11_760, 1e-14);
    expect(r.maxLeverage).toBe(2.5);
  });

  it('equals 1 + ltv + … + ltv^loops, rises with loops toward maxLeverage', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 0.99, noNaN: true }), fc.integer({ min: 0, max: 200 }), (ltv, loops) => {
        const r = loopLeverage({ ltv, loops });
        let sum = 0;
        for (let k = 0; k <= loops; k += 1) sum += ltv ** k;
        expectClose(r.leverage, sum, 1e-12);
        expect(r.leverage).toBeGreaterThanOrEqual(1);
        expect(r.leverage).toBeLessThanOrEqual(r.maxLeverage * (1 + 1e-15));
        expect(loopLeverage({ ltv, loops: loops + 1 }).leverage).toBeGreaterThanOrEqual(r.leverage);
      }),
    );
    expect(loopLeverage({ ltv: 0, loops: 5 })).toEqual({ leverage: 1, maxLeverage: 1 });
  });

  it('bad input', () => {
    for (const bad of [...NOT_FINITE_NUMBERS, 1, -0.1, 60]) expectInputError(() => loopLeverage({ ltv: bad, loops: 1 } as never), 'ltv');
    for (const bad of [...NOT_FINITE_NUMBERS, -1, 1.5]) expectInputError(() => loopLeverage({ ltv: 0.5, loops: bad } as never), 'loops');
  });
});
