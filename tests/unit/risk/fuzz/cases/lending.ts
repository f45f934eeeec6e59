/** Fuzz schemas of the priced-position, liquidation and looping functions of src/risk/lending.ts (healthFactor and loopLeverage are in core.ts). */
import fc from 'fast-check';
import { fraction, integerFrom, isNull, isPositiveInfinity, list, nonNegative, object, positive, scalar, type Case } from '../spec.ts';

/** Everyday positions, so that most runs reach the liquidation branches instead of overflowing at once. */
const everydayCollateral = fc.record({
  quantity: fc.double({ min: 0.01, max: 1e5, noNaN: true }),
  assetPrice: fc.double({ min: 0.01, max: 1e5, noNaN: true }),
  liquidationThreshold: fraction({ minExcluded: true }),
});
const collateralEntry = object({
  quantity: scalar(positive),
  assetPrice: scalar(positive),
  liquidationThreshold: scalar(fraction({ minExcluded: true })),
});
const collateral = list(collateralEntry, {
  valid: fc.oneof(fc.array(collateralEntry.valid, { minLength: 1, maxLength: 6 }), fc.array(everydayCollateral, { minLength: 1, maxLength: 4 })),
  long: fc.array(everydayCollateral, { minLength: 1000, maxLength: 3000 }),
});
const debt = scalar(fc.oneof(nonNegative, fc.double({ min: 0, max: 1e6, noNaN: true })));
const noDebt = (input: Readonly<Record<string, unknown>>) => input['debt'] === 0;
const rate = scalar(fc.oneof(nonNegative, fc.double({ min: 0, max: 0.5, noNaN: true })));
const threshold = scalar(fraction({ minExcluded: true }));

export const cases = {
  lendingPosition: {
    input: object({ collateral, debt }),
    // Documented: HF is Infinity and the drop to liquidation null with no debt; a liquidation price is null
    // when the other collateral covers the debt.
    allow: {
      healthFactor: (value, input) => value === Infinity && noDebt(input),
      priceDropToLiquidation: (value, input) => value === null && noDebt(input),
      'collateral[].liquidationPrice': isNull,
      'collateral[].priceChangeToLiquidation': isNull,
    },
  },
  aaveLiquidation: {
    input: object({
      collateral,
      debt,
      seizedCollateral: scalar(integerFrom(0, 3), { optional: true }),
      liquidationBonus: scalar(fraction()),
      protocolFee: scalar(fraction(), { optional: true }),
      debtToCover: scalar(fc.oneof(nonNegative, fc.double({ min: 0, max: 1e6, noNaN: true })), { optional: true }),
    }),
    allow: {
      healthFactor: (value, input) => value === Infinity && noDebt(input),
      // Documented: Infinity once no debt is left.
      healthFactorAfter: isPositiveInfinity,
      leavesDust: (value) => typeof value === 'boolean',
    },
  },
  leveragedYield: {
    input: object({
      deposit: scalar(positive),
      leverage: scalar(fc.oneof(fc.double({ min: 1, max: 20, noNaN: true }), fc.double({ min: 1, noNaN: true, noDefaultInfinity: true }), fc.constantFrom(1, 1 + 2 ** -52))),
      supplyRate: rate,
      borrowRate: rate,
      liquidationThreshold: threshold,
    }),
    allow: {
      healthFactor: (value, input) => value === Infinity && input['leverage'] === 1,
      priceDropToLiquidation: (value, input) => value === null && input['leverage'] === 1,
    },
  },
  loopPosition: {
    input: object({
      deposit: scalar(positive),
      ltv: scalar(fraction({ maxExcluded: true })),
      loops: scalar(integerFrom(0, 1000)),
      liquidationThreshold: threshold,
      supplyRate: rate,
      borrowRate: rate,
    }),
    allow: {
      healthFactor: (value, input) => value === Infinity && (input['ltv'] === 0 || input['loops'] === 0),
      priceDropToLiquidation: (value, input) => value === null && (input['ltv'] === 0 || input['loops'] === 0),
    },
  },
} as const satisfies Readonly<Record<string, Case>>;

