import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  AAVE_V3_LIQUIDATION,
  aaveLiquidation,
  healthFactor,
  lendingPosition,
  leveragedYield,
  loopLeverage,
  loopPosition,
  type PricedCollateral,
} from '../../../src/risk/index.ts';
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

const ethAt = (assetPrice: number, liquidationThreshold = 0.8): PricedCollateral => ({ quantity: 5, assetPrice, liquidationThreshold });
const usdc: PricedCollateral = { quantity: 10_000, assetPrice: 1, liquidationThreshold: 0.78 };
const ethAndUsdc = (ethPrice: number) => [{ quantity: 5, assetPrice: ethPrice, liquidationThreshold: 0.825 }, usdc];

/** Priced collateral of everyday size, for properties. */
const pricedCollateral = fc.array(
  fc.record({
    quantity: fc.double({ min: 0.01, max: 1e4, noNaN: true }),
    assetPrice: fc.double({ min: 0.01, max: 1e5, noNaN: true }),
    liquidationThreshold: fc.double({ min: 0.05, max: 1, noNaN: true }),
  }),
  { minLength: 1, maxLength: 5 },
);

describe('lendingPosition (Aave v3, several collaterals)', () => {
  it('Aave docs: $10,000 of ETH (5 ETH at 2,000) at LT 80 %, $6,000 borrowed → HF 1.333 (reference 13.1)', () => {
    const r = lendingPosition({ collateral: [ethAt(2_000)], debt: 6_000 });
    expectPublished(r.healthFactor, '1.333');
    expect(r.collateralValue).toBe(10_000);
    expect(r.loanToValue).toBe(0.6);
  });

  it('SELF 13.3: 5 ETH @ 2,000 (LT 0.825) + 10,000 USDC (LT 0.78), debt 12,000 → HF 1.3375, weighted LT 0.8025, ETH liquidation price 1,018.1818', () => {
    const r = lendingPosition({ collateral: ethAndUsdc(2_000), debt: 12_000 });
    expectClose(r.healthFactor, 1.3375, 1e-15);
    expectClose(r.liquidationThreshold, 0.8025, 1e-15);
    expectWithin(r.collateral[0]!.liquidationPrice!, 1_018.1818, 5e-5);
    expectClose(r.collateral[0]!.liquidationPrice!, (12_000 - 10_000 * 0.78) / (5 * 0.825), 1e-15);
    expectClose(r.collateral[0]!.priceChangeToLiquidation!, 1_018.181818181818 / 2_000 - 1, 1e-14);
    // USDC would have to fall to (12,000 − 8,250)/7,800 = 0.4808 with ETH unchanged.
    expectClose(r.collateral[1]!.liquidationPrice!, 3_750 / 7_800, 1e-15);
    expectClose(r.priceDropToLiquidation!, 1 - 1 / 1.3375, 1e-15);
    expect(r.collateralValue).toBe(20_000);
    expect(r.thresholdValue).toBe(16_050);
  });

  it('SELF 13.4: 5 ETH at LT 0.80, debt 6,000 → liquidation price 1,500, a 25 % fall from 2,000', () => {
    const r = lendingPosition({ collateral: [ethAt(2_000)], debt: 6_000 });
    expect(r.collateral[0]!.liquidationPrice).toBe(1_500);
    expect(r.collateral[0]!.priceChangeToLiquidation).toBe(-0.25);
    expectClose(r.priceDropToLiquidation!, 0.25, 1e-15);
  });

  it('null liquidation price when the other collateral alone covers the debt; Infinity HF and no prices with no debt', () => {
    // USDC counts 7,800 ≥ 7,000 and ETH 8,250 ≥ 7,000: neither price alone can liquidate.
    const covered = lendingPosition({ collateral: ethAndUsdc(2_000), debt: 7_000 });
    expect(covered.collateral.map((c) => [c.liquidationPrice, c.priceChangeToLiquidation])).toEqual([[null, null], [null, null]]);
    // Debt 8,000: ETH must cover 200 more than the USDC does (at 48.48); USDC cannot liquidate alone.
    const partly = lendingPosition({ collateral: ethAndUsdc(2_000), debt: 8_000 });
    expectClose(partly.collateral[0]!.liquidationPrice!, 200 / (5 * 0.825), 1e-13);
    expect(partly.collateral[1]!.liquidationPrice).toBeNull();
    const free = lendingPosition({ collateral: ethAndUsdc(2_000), debt: 0 });
    expect(free.healthFactor).toBe(Infinity);
    expect(free.priceDropToLiquidation).toBeNull();
    expect(free.loanToValue).toBe(0);
    expect(free.collateral.map((c) => c.liquidationPrice)).toEqual([null, null]);
  });

  it('a position already below HF 1 has a liquidation price above the current price', () => {
    const r = lendingPosition({ collateral: [ethAt(1_450)], debt: 6_000 });
    expectWithin(r.healthFactor, 0.9666667, 5e-8);
    expect(r.collateral[0]!.priceChangeToLiquidation!).toBeGreaterThan(0);
    expect(r.priceDropToLiquidation!).toBeLessThan(0);
  });

  it('properties: HF agrees with healthFactor; at each liquidation price, and after the uniform drop, HF is 1', () => {
    fc.assert(
      fc.property(pricedCollateral, fc.double({ min: 1, max: 1e8, noNaN: true }), (collateral, debt) => {
        const r = lendingPosition({ collateral, debt });
        const values = collateral.map((c) => ({ value: c.quantity * c.assetPrice, liquidationThreshold: c.liquidationThreshold }));
        expectClose(r.healthFactor, healthFactor({ collateral: values, debt }), 1e-13);
        expectClose(r.loanToValue * r.collateralValue, debt, 1e-13);
        expect(r.liquidationThreshold).toBeGreaterThan(0);
        expect(r.liquidationThreshold).toBeLessThanOrEqual(1 + 1e-15);
        r.collateral.forEach((entry, k) => {
          if (entry.liquidationPrice === null) {
            const others = collateral.reduce((s, c, i) => (i === k ? s : s + c.quantity * c.assetPrice * c.liquidationThreshold), 0);
            expect(others).toBeGreaterThanOrEqual(debt * (1 - 1e-12));
            return;
          }
          const moved = collateral.map((c, i) => (i === k ? { ...c, assetPrice: entry.liquidationPrice! } : c));
          expectClose(lendingPosition({ collateral: moved, debt }).healthFactor, 1, 1e-9);
        });
        const scaled = collateral.map((c) => ({ ...c, assetPrice: c.assetPrice * (1 - r.priceDropToLiquidation!) }));
        // (1 − drop) = 1/HF loses relative precision as HF grows; check where it keeps 1e-12.
        if (r.healthFactor < 1e3) expectClose(lendingPosition({ collateral: scaled, debt }).healthFactor, 1, 1e-9);
      }),
    );
  });

  it('bad input', () => {
    const eth = ethAt(2_000);
    for (const bad of [...NOT_FINITE_NUMBERS, -1]) expectInputError(() => lendingPosition({ collateral: [eth], debt: bad } as never), 'debt');
    for (const bad of [[], undefined, 'ETH', {}]) expectInputError(() => lendingPosition({ collateral: bad, debt: 1 } as never), 'collateral');
    for (const bad of [...NOT_FINITE_NUMBERS, 0, -5]) {
      expectInputError(() => lendingPosition({ collateral: [eth, { ...usdc, quantity: bad }], debt: 1 } as never), 'collateral[1].quantity');
      expectInputError(() => lendingPosition({ collateral: [{ ...eth, assetPrice: bad }], debt: 1 } as never), 'collateral[0].assetPrice');
    }
    for (const bad of [...NOT_FINITE_NUMBERS, 0, 1.01, 82.5]) {
      expectInputError(() => lendingPosition({ collateral: [{ ...eth, liquidationThreshold: bad }], debt: 1 } as never), 'collateral[0].liquidationThreshold');
    }
    expectInputError(() => lendingPosition({ collateral: [{ quantity: 1e200, assetPrice: 1e200, liquidationThreshold: 1 }], debt: 1 }), 'collateral[0].quantity');
    expectInputError(() => lendingPosition({ collateral: [{ quantity: 5e-324, assetPrice: 0.5, liquidationThreshold: 1 }], debt: 1 }), 'collateral[0].quantity');
  });
});

describe('aaveLiquidation (Aave v3.3 LiquidationLogic)', () => {
  it('Aave v3.3 LiquidationLogic.sol constants (reference 13.2): close factor 0.5e4 bps, HF threshold 0.95e18, $2,000 and $1,000 in 8-decimal base units', () => {
    expect(AAVE_V3_LIQUIDATION.defaultCloseFactor).toBe(0.5e4 / 1e4);
    expect(AAVE_V3_LIQUIDATION.closeFactorHealthFactorThreshold).toBe(0.95e18 / 1e18);
    expect(AAVE_V3_LIQUIDATION.fullCloseFactorBelowUsd).toBe(2000e8 / 1e8);
    expect(AAVE_V3_LIQUIDATION.minLeftoverUsd).toBe(1000e8 / 1e8);
  });

  it('SELF 13.5: 5 ETH at 1,450, LT 0.80, debt 6,000, bonus 5 %, fee 10 % → HF 0.9666667, close factor 50 %: repay 3,000, seize 2.1724138 ETH (bonus 0.1034483, fee 0.0103448, liquidator 2.1620690), HF after 1.0933333', () => {
    const r = aaveLiquidation({ collateral: [ethAt(1_450)], debt: 6_000, liquidationBonus: 0.05, protocolFee: 0.1 });
    expectWithin(r.healthFactor, 0.9666667, 5e-8);
    expect(r.closeFactor).toBe(0.5);
    expect(r.maxDebtToCover).toBe(3_000);
    expect(r.debtRepaid).toBe(3_000);
    expectWithin(r.collateralSeized, 2.1724138, 5e-8);
    expectWithin(r.bonusCollateral, 0.1034483, 5e-8);
    expectWithin(r.protocolFeeCollateral, 0.0103448, 5e-8);
    expectWithin(r.liquidatorCollateral, 2.162069, 5e-8);
    expectWithin(r.healthFactorAfter, 1.0933333, 5e-8);
    // What the borrower keeps, and the liquidator's gain: the bonus (150) less the protocol's 10 % (15).
    expectClose(r.collateralLeft, 5 - 3_150 / 1_450, 1e-15);
    expect(r.debtLeft).toBe(3_000);
    expect(r.badDebt).toBe(0);
    expectClose(r.collateralSeizedValue, 3_150, 1e-15);
    expectClose(r.liquidatorProfit, 135, 1e-12);
    expectClose(r.borrowerLoss, 150, 1e-12);
    expect(r.leavesDust).toBe(false);
  });

  it('SELF 13.6: the same at 1,400 → HF 0.9333333 ≤ 0.95, close factor 100 %: repay 6,000, seize 4.5 ETH, 0.5 ETH and no debt left', () => {
    const r = aaveLiquidation({ collateral: [ethAt(1_400)], debt: 6_000, liquidationBonus: 0.05, protocolFee: 0.1 });
    expectWithin(r.healthFactor, 0.9333333, 5e-8);
    expect(r.closeFactor).toBe(1);
    expect(r.debtRepaid).toBe(6_000);
    expectClose(r.collateralSeized, 4.5, 1e-15);
    expectClose(r.collateralLeft, 0.5, 1e-14);
    expect(r.debtLeft).toBe(0);
    expect(r.healthFactorAfter).toBe(Infinity);
    expect(r.leavesDust).toBe(false);
  });

  it('close factor rules: 100 % at HF exactly 0.95; 50 % just above; 100 % when the debt or the seized collateral is under $2,000', () => {
    // HF = 5·P·0.8/6,000 = 0.95 at P = 1,425.
    expect(aaveLiquidation({ collateral: [ethAt(1_425)], debt: 6_000, liquidationBonus: 0.05 }).closeFactor).toBe(1);
    expect(aaveLiquidation({ collateral: [ethAt(1_426)], debt: 6_000, liquidationBonus: 0.05 }).closeFactor).toBe(0.5);
    // Small debt: 1 ETH at 2,400, LT 0.8 → 1,920 of threshold value against 1,990 of debt, HF 0.965 but debt < $2,000.
    expect(aaveLiquidation({ collateral: [{ quantity: 1, assetPrice: 2_400, liquidationThreshold: 0.8 }], debt: 1_990, liquidationBonus: 0.05 }).closeFactor).toBe(1);
    // Seized asset worth $1,500 (< $2,000) next to $10,000 of USDC; the whole debt may go at once.
    const mixed = aaveLiquidation({
      collateral: [{ quantity: 1, assetPrice: 1_500, liquidationThreshold: 0.8 }, usdc],
      debt: 9_200,
      liquidationBonus: 0.05,
    });
    expectWithin(mixed.healthFactor, (1_200 + 7_800) / 9_200, 1e-15);
    expect(mixed.closeFactor).toBe(1);
    // Healthy: nothing happens.
    const healthy = aaveLiquidation({ collateral: ethAndUsdc(2_000), debt: 12_000, liquidationBonus: 0.05 });
    expect(healthy).toMatchObject({ closeFactor: 0, debtRepaid: 0, collateralSeized: 0, collateralLeft: 5, debtLeft: 12_000, leavesDust: false });
    expect(healthy.healthFactorAfter).toBe(healthy.healthFactor);
  });

  it('SELF: ETH falls to 1,000 in the 13.3 position → HF 0.99375, 50 % allowed but the 5 ETH cover only 4,761.90 of debt (repaid = 5,000/1.05); HF after 7,800/7,238.10', () => {
    const r = aaveLiquidation({ collateral: ethAndUsdc(1_000), debt: 12_000, liquidationBonus: 0.05, protocolFee: 0.1 });
    expectClose(r.healthFactor, 0.99375, 1e-15);
    expect(r.closeFactor).toBe(0.5);
    expect(r.collateralSeized).toBe(5);
    expectClose(r.debtRepaid, 5_000 / 1.05, 1e-15);
    expect(r.collateralLeft).toBe(0);
    expectClose(r.debtLeft, 12_000 - 5_000 / 1.05, 1e-15);
    expect(r.badDebt).toBe(0); // the USDC is still there
    expectClose(r.healthFactorAfter, 7_800 / (12_000 - 5_000 / 1.05), 1e-14);
  });

  it('v3.3 bad debt: seizing the last collateral writes off the rest of the debt', () => {
    // 5 ETH at 1,000, debt 6,000: HF 0.667, 100 %; 5 ETH repay only 4,761.90; 1,238.10 becomes a deficit.
    const r = aaveLiquidation({ collateral: [ethAt(1_000)], debt: 6_000, liquidationBonus: 0.05 });
    expect(r.closeFactor).toBe(1);
    expect(r.collateralSeized).toBe(5);
    expectClose(r.badDebt, 6_000 - 5_000 / 1.05, 1e-14);
    expect(r.debtLeft).toBe(0);
    expect(r.healthFactorAfter).toBe(Infinity);
  });

  it('MUST_NOT_LEAVE_DUST: a partial liquidation leaving under $1,000 of debt or collateral is flagged; clearing either side is not', () => {
    // Debt 1,500 (< $2,000: 100 % allowed): repaying 800 would leave 700 of debt.
    const position = { collateral: [{ quantity: 1, assetPrice: 1_800, liquidationThreshold: 0.8 }], debt: 1_500, liquidationBonus: 0.05 };
    expect(aaveLiquidation({ ...position, debtToCover: 800 }).leavesDust).toBe(true);
    expect(aaveLiquidation({ ...position, debtToCover: 400 }).leavesDust).toBe(false);
    expect(aaveLiquidation(position).leavesDust).toBe(false); // the whole debt
    // 50 % of 2,010 leaves 1,005 of debt, but seizing 1,005·1.1 of a 2,050 asset leaves 944.50 of collateral.
    const collateralDust = aaveLiquidation({
      collateral: [{ quantity: 1, assetPrice: 2_050, liquidationThreshold: 0.975 }],
      debt: 2_010,
      liquidationBonus: 0.1,
    });
    expect(collateralDust.closeFactor).toBe(0.5);
    expectClose(collateralDust.collateralLeft * 2_050, 944.5, 1e-12);
    expect(collateralDust.leavesDust).toBe(true);
  });

  it('debtToCover below the maximum is repaid as asked; above it, capped at the close factor', () => {
    const asked = aaveLiquidation({ collateral: [ethAt(1_450)], debt: 6_000, liquidationBonus: 0.05, debtToCover: 1_200 });
    expect(asked.debtRepaid).toBe(1_200);
    expectClose(asked.collateralSeized, (1_200 * 1.05) / 1_450, 1e-15);
    expect(aaveLiquidation({ collateral: [ethAt(1_450)], debt: 6_000, liquidationBonus: 0.05, debtToCover: 5_000 }).debtRepaid).toBe(3_000);
  });

  it('properties: amounts add up; seized value = repaid · (1 + bonus); HF rises exactly when HF > LT · (1 + bonus)', () => {
    fc.assert(
      fc.property(
        pricedCollateral,
        fc.double({ min: 100, max: 1e7, noNaN: true }),
        fc.double({ min: 0, max: 0.15, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.nat(),
        (collateral, debt, bonus, fee, pick) => {
          const seizedCollateral = pick % collateral.length;
          const r = aaveLiquidation({ collateral, debt, liquidationBonus: bonus, protocolFee: fee, seizedCollateral });
          const asset = collateral[seizedCollateral]!;
          expectClose(r.collateralSeized + r.collateralLeft, asset.quantity, 1e-12);
          expectClose(r.liquidatorCollateral + r.protocolFeeCollateral, r.collateralSeized, 1e-12, 1e-300);
          expectClose(r.debtRepaid + r.debtLeft + r.badDebt, debt, 1e-12);
          expectClose(r.collateralSeizedValue, r.debtRepaid * (1 + bonus), 1e-12, 1e-300);
          // borrowerLoss is seized value − debt repaid, two amounts of up to 1e7 a few roundings apart: when the
          // bonus is tiny, their difference is off by a few ulps of the seized value, not of the loss.
          expectClose(r.borrowerLoss, r.debtRepaid * bonus, 1e-9, Math.max(1e-9, 8 * Number.EPSILON * r.collateralSeizedValue));
          expect(r.debtRepaid).toBeLessThanOrEqual(r.maxDebtToCover * (1 + 1e-15));
          if (r.closeFactor === 0) {
            expect(r.healthFactor).toBeGreaterThanOrEqual(1);
            return;
          }
          expect(r.healthFactor).toBeLessThan(1);
          if (r.debtLeft > 0 && r.debtRepaid > 0) {
            const threshold = asset.liquidationThreshold * (1 + bonus);
            fc.pre(Math.abs(r.healthFactor - threshold) > 1e-9);
            expect(r.healthFactorAfter > r.healthFactor).toBe(r.healthFactor > threshold);
          }
        },
      ),
    );
  });

  it('bad input', () => {
    const position = { collateral: ethAndUsdc(1_000), debt: 12_000, liquidationBonus: 0.05 };
    for (const bad of [...NOT_FINITE_NUMBERS, -1, 2, 0.5]) expectInputError(() => aaveLiquidation({ ...position, seizedCollateral: bad } as never), 'seizedCollateral');
    for (const bad of [...NOT_FINITE_NUMBERS, -0.05, 1.05, 5, undefined]) expectInputError(() => aaveLiquidation({ ...position, liquidationBonus: bad } as never), 'liquidationBonus');
    for (const bad of [...NOT_FINITE_NUMBERS, -0.1, 10]) expectInputError(() => aaveLiquidation({ ...position, protocolFee: bad } as never), 'protocolFee');
    for (const bad of [...NOT_FINITE_NUMBERS, -1]) expectInputError(() => aaveLiquidation({ ...position, debtToCover: bad } as never), 'debtToCover');
    expectInputError(() => aaveLiquidation({ ...position, collateral: [ethAt(1_000), { ...usdc, assetPrice: 0 }] }), 'collateral[1].assetPrice');
    expectInputError(() => aaveLiquidation({ ...position, debt: -5 }), 'debt');
  });
});

describe('leveragedYield', () => {
  it('Joule "Leverage Yield Loops": 1,000 APT at 8x, stAPT 9 %, borrow 1 % → exposure 8,000, debt 7,000, LTV 87.5 %, net 650 APT = 65 % (reference 28.2)', () => {
    const r = leveragedYield({ deposit: 1_000, leverage: 8, supplyRate: 0.09, borrowRate: 0.01, liquidationThreshold: 0.9 });
    expectPublished(r.collateral, '8,000');
    expectPublished(r.debt, '7,000');
    expectPublished(r.loanToValue * 100, '87.5');
    expectPublished(r.netYield, '650');
    expectPublished(r.netRate * 100, '65');
  });

  it('SELF 28.5: same-asset loop HF = LT·L/(L − 1): LT 0.825, L = 2 / 3 / 4 → 1.65 / 1.2375 / 1.10', () => {
    for (const [L, hf] of [[2, 1.65], [3, 1.2375], [4, 1.1]] as const) {
      const r = leveragedYield({ deposit: 1, leverage: L, supplyRate: 0, borrowRate: 0, liquidationThreshold: 0.825 });
      expectClose(r.healthFactor, hf, 1e-15);
      expectWithin(r.priceDropToLiquidation!, 1 - 1 / hf, 1e-15);
    }
  });

  it('no borrowing: leverage 1 earns the supply rate, HF Infinity, no liquidation', () => {
    const r = leveragedYield({ deposit: 100, leverage: 1, supplyRate: 0.03, borrowRate: 0.05, liquidationThreshold: 0.8 });
    expect(r).toEqual({ collateral: 100, debt: 0, loanToValue: 0, netRate: 0.03, netYield: 3, healthFactor: Infinity, priceDropToLiquidation: null });
  });

  it('bad input', () => {
    const base = { deposit: 1_000, leverage: 3, supplyRate: 0.05, borrowRate: 0.03, liquidationThreshold: 0.8 };
    for (const bad of [...NOT_FINITE_NUMBERS, 0, -1]) expectInputError(() => leveragedYield({ ...base, deposit: bad } as never), 'deposit');
    for (const bad of [...NOT_FINITE_NUMBERS, 0.99, 0, -2]) expectInputError(() => leveragedYield({ ...base, leverage: bad } as never), 'leverage');
    for (const bad of [...NOT_FINITE_NUMBERS, -0.01]) expectInputError(() => leveragedYield({ ...base, supplyRate: bad } as never), 'supplyRate');
    for (const bad of [...NOT_FINITE_NUMBERS, -0.01]) expectInputError(() => leveragedYield({ ...base, borrowRate: bad } as never), 'borrowRate');
    for (const bad of [...NOT_FINITE_NUMBERS, 0, 1.2]) expectInputError(() => leveragedYield({ ...base, liquidationThreshold: bad } as never), 'liquidationThreshold');
    expectInputError(() => leveragedYield({ ...base, liquidationThreshold: 5e-324 }), 'liquidationThreshold');
  });
});

describe('loopPosition', () => {
  it('Joule: LTV 75 % / 90 % → max 4x / 10x (reference 28.3)', () => {
    const loop = (ltv: number) => loopPosition({ deposit: 1, ltv, loops: 10, liquidationThreshold: 0.95, supplyRate: 0, borrowRate: 0 });
    expectPublished(loop(0.75).maxLeverage, '4');
    expectPublished(loop(0.9).maxLeverage, '10');
  });

  it('SELF 28.4: LTV 0.6, 3 loops, deposit 10,000, supply 6 %, borrow 4 % → collateral 21,760, debt 11,760, L 2.176, net APY 8.352 %', () => {
    const r = loopPosition({ deposit: 10_000, ltv: 0.6, loops: 3, liquidationThreshold: 0.75, supplyRate: 0.06, borrowRate: 0.04 });
    expectClose(r.leverage, 2.176, 1e-15);
    expect(r.maxLeverage).toBe(2.5);
    expectClose(r.collateral, 21_760, 1e-15);
    expectClose(r.debt, 11_760, 1e-14);
    expectClose(r.netRate, 0.08352, 1e-14);
    expectClose(r.netYield, 835.2, 1e-14);
    expectClose(r.healthFactor, (0.75 * 2.176) / 1.176, 1e-15);
    expectClose(r.loanToValue, 1.176 / 2.176, 1e-15);
  });

  it('properties: leverage as loopLeverage; HF > LT/ltv ≥ 1 and falls with every loop; net rate = L·s − (L − 1)·b', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 0.95, noNaN: true }),
        fc.double({ min: 0, max: 0.04, noNaN: true }),
        fc.integer({ min: 1, max: 60 }),
        fc.double({ min: 0, max: 0.2, noNaN: true }),
        fc.double({ min: 0, max: 0.2, noNaN: true }),
        (ltv, headroom, loops, s, b) => {
          const liquidationThreshold = Math.min(1, ltv + headroom);
          const input = { deposit: 1_000, ltv, loops, liquidationThreshold, supplyRate: s, borrowRate: b };
          const r = loopPosition(input);
          expectClose(r.leverage, loopLeverage({ ltv, loops }).leverage, 1e-14);
          expect(r.healthFactor).toBeGreaterThan((liquidationThreshold / ltv) * (1 - 1e-12));
          // Non-increasing: once ltv^loops is below rounding, one more loop changes nothing but an ulp
          // (fast-check found 1.0000000000000002 after 1 at ltv 0.025, 10 loops).
          expect(loopPosition({ ...input, loops: loops + 1 }).healthFactor).toBeLessThanOrEqual(r.healthFactor * (1 + 4 * Number.EPSILON));
          if (ltv ** loops > 1e-6) expect(loopPosition({ ...input, loops: loops + 1 }).healthFactor).toBeLessThan(r.healthFactor);
          expectClose(r.netRate, r.leverage * s - (r.leverage - 1) * b, 1e-12, 1e-15);
          expectClose(r.collateral - r.debt, 1_000, 1e-12);
        },
      ),
    );
  });

  it('no loops or LTV 0: no debt, HF Infinity', () => {
    const r = loopPosition({ deposit: 5, ltv: 0.7, loops: 0, liquidationThreshold: 0.8, supplyRate: 0.04, borrowRate: 0.02 });
    expect(r).toMatchObject({ leverage: 1, debt: 0, healthFactor: Infinity, priceDropToLiquidation: null, netRate: 0.04 });
  });

  it('bad input', () => {
    const base = { deposit: 10_000, ltv: 0.6, loops: 3, liquidationThreshold: 0.75, supplyRate: 0.06, borrowRate: 0.04 };
    expectInputError(() => loopPosition({ ...base, ltv: 0.8 }), 'ltv'); // above LT: no protocol lends that much
    for (const bad of [...NOT_FINITE_NUMBERS, 1, -0.1, 60]) expectInputError(() => loopPosition({ ...base, ltv: bad } as never), 'ltv');
    for (const bad of [...NOT_FINITE_NUMBERS, -1, 1.5]) expectInputError(() => loopPosition({ ...base, loops: bad } as never), 'loops');
    for (const bad of [...NOT_FINITE_NUMBERS, 0]) expectInputError(() => loopPosition({ ...base, deposit: bad } as never), 'deposit');
    expectInputError(() => loopPosition({ ...base, ltv: 1e-320, liquidationThreshold: 1 }), 'ltv');
  });
});
