import { aaveLiquidation, lendingPosition, type AaveLiquidationInput, type LendingPositionInput } from '../risk/index.ts';
import { defineExample } from './define.ts';

// Every example is marked pure: a calculator that imports only the inputs below does not ship them.

/** The debt is a USD stablecoin valued at 1; Aave v3 measures everything in USD (its base currency). */
export const USD = 'USD';
const MONEY = { digits: 2, unit: USD } as const;
const ETH = { digits: 4, unit: 'ETH' } as const;
const PRICE = { digits: 2, unit: 'USD' } as const;
const PERCENT = { percent: true, digits: 2 } as const;
const RATIO = { digits: 4 } as const;

/** Names of the collateral rows of the worked examples, in input order (the library takes no names). */
export const ETH_AND_USDC = ['ETH', 'USDC'] as const;

/**
 * Reference vector 13.3: 5 ETH at 2,000 (LT 82.5 %) and 10,000 USDC (LT 78 %) against 12,000 of debt.
 * Expected: HF 1.3375, weighted LT 0.8025, ETH liquidation price 1,018.1818.
 */
export const ethAndUsdc = /* @__PURE__ */ defineExample({
  id: 'aave-eth-usdc',
  title: 'ETH and USDC supplied, 12,000 USD borrowed',
  fn: 'lendingPosition',
  input: {
    collateral: [
      { quantity: 5, assetPrice: 2_000, liquidationThreshold: 0.825 },
      { quantity: 10_000, assetPrice: 1, liquidationThreshold: 0.78 },
    ],
    debt: 12_000,
  } satisfies LendingPositionInput,
  compute: lendingPosition,
  inputs: {
    eth: ['ETH supplied', (i) => i.collateral[0]?.quantity ?? null, ETH],
    ethPrice: ['ETH price', (i) => i.collateral[0]?.assetPrice ?? null, PRICE],
    ethThreshold: ['ETH liquidation threshold', (i) => i.collateral[0]?.liquidationThreshold ?? null, PERCENT],
    usdc: ['USDC supplied', (i) => i.collateral[1]?.quantity ?? null, { digits: 0, unit: 'USDC' }],
    usdcThreshold: ['USDC liquidation threshold', (i) => i.collateral[1]?.liquidationThreshold ?? null, PERCENT],
    debt: ['Debt (USD stablecoin)', (i) => i.debt, MONEY],
  },
  outputs: {
    collateralValue: ['Collateral value', (r) => r.collateralValue, MONEY],
    thresholdValue: ['Collateral at its liquidation thresholds', (r) => r.thresholdValue, MONEY],
    liquidationThreshold: ['Weighted liquidation threshold', (r) => r.liquidationThreshold, PERCENT],
    loanToValue: ['Loan-to-value', (r) => r.loanToValue, PERCENT],
    healthFactor: ['Health factor', (r) => r.healthFactor, RATIO],
    priceDrop: ['Fall of all collateral prices to liquidation', (r) => r.priceDropToLiquidation, PERCENT],
    ethLiquidationPrice: ['ETH liquidation price (USDC at 1)', (r) => r.collateral[0]?.liquidationPrice ?? null, PRICE],
    ethChange: ['ETH price change to liquidation', (r) => r.collateral[0]?.priceChangeToLiquidation ?? null, PERCENT],
    usdcLiquidationPrice: ['USDC price that liquidates (ETH at 2,000)', (r) => r.collateral[1]?.liquidationPrice ?? null, { digits: 4, unit: USD }],
  },
});

/**
 * Reference vector 13.5: 5 ETH at 1,450 (LT 80 %), 6,000 of debt, bonus 5 %, protocol fee 10 % of the bonus.
 * Exported alone so that the calculator's defaults do not pull the worked examples into the browser.
 */
export const liquidationAt1450Input: AaveLiquidationInput = {
  collateral: [{ quantity: 5, assetPrice: 1_450, liquidationThreshold: 0.8 }],
  debt: 6_000,
  liquidationBonus: 0.05,
  protocolFee: 0.1,
};
const atEthPrice = (assetPrice: number): AaveLiquidationInput => ({
  ...liquidationAt1450Input,
  collateral: [{ ...liquidationAt1450Input.collateral[0]!, assetPrice }],
});

const liquidationInputs = {
  eth: ['ETH supplied', (i: AaveLiquidationInput) => i.collateral[0]?.quantity ?? null, ETH],
  ethPrice: ['ETH price', (i: AaveLiquidationInput) => i.collateral[0]?.assetPrice ?? null, PRICE],
  threshold: ['ETH liquidation threshold', (i: AaveLiquidationInput) => i.collateral[0]?.liquidationThreshold ?? null, PERCENT],
  debt: ['Debt (USD stablecoin)', (i: AaveLiquidationInput) => i.debt, MONEY],
  bonus: ['Liquidation bonus', (i: AaveLiquidationInput) => i.liquidationBonus, PERCENT],
  fee: ['Protocol fee (share of the bonus)', (i: AaveLiquidationInput) => i.protocolFee ?? 0, PERCENT],
} as const;

type Liquidation = ReturnType<typeof aaveLiquidation>;

/**
 * Reference vector 13.5: 5 ETH at 1,450 (LT 80 %), 6,000 of debt, bonus 5 %, protocol fee 10 % of the bonus.
 * Expected: HF 0.9666667, close factor 50 %: repay 3,000, seize 2.1724138 ETH, fee 0.0103448, liquidator
 * 2.1620690 ETH, HF after 1.0933333.
 */
export const liquidationAt1450 = /* @__PURE__ */ defineExample({
  id: 'aave-liquidation-1450',
  title: 'A 50 % liquidation: ETH at 1,450',
  fn: 'aaveLiquidation',
  input: liquidationAt1450Input,
  compute: aaveLiquidation,
  inputs: liquidationInputs,
  outputs: {
    healthFactor: ['Health factor before', (r: Liquidation) => r.healthFactor, RATIO],
    closeFactor: ['Close factor', (r: Liquidation) => r.closeFactor, { percent: true, digits: 0 }],
    debtRepaid: ['Debt repaid by the liquidator', (r: Liquidation) => r.debtRepaid, MONEY],
    collateralSeized: ['ETH taken from the borrower', (r: Liquidation) => r.collateralSeized, ETH],
    collateralSeizedValue: ['Value of the ETH taken', (r: Liquidation) => r.collateralSeizedValue, MONEY],
    protocolFee: ['of which to the protocol', (r: Liquidation) => r.protocolFeeCollateral, ETH],
    liquidatorCollateral: ['of which to the liquidator', (r: Liquidation) => r.liquidatorCollateral, ETH],
    liquidatorProfit: ['Liquidator’s gain', (r: Liquidation) => r.liquidatorProfit, MONEY],
    borrowerCost: ['Borrower’s loss beyond the debt repaid', (r: Liquidation) => r.borrowerLoss, MONEY],
    collateralLeft: ['ETH the borrower keeps', (r: Liquidation) => r.collateralLeft, ETH],
    debtLeft: ['Debt left', (r: Liquidation) => r.debtLeft, MONEY],
    healthFactorAfter: ['Health factor after', (r: Liquidation) => r.healthFactorAfter, RATIO],
  },
});

/** Reference vector 13.6: the same position at 1,400: HF 0.9333333 ≤ 0.95, so the whole debt may go (repay 6,000, seize 4.5 ETH). */
export const liquidationAt1400 = /* @__PURE__ */ defineExample({
  id: 'aave-liquidation-1400',
  title: 'A full liquidation: ETH at 1,400',
  fn: 'aaveLiquidation',
  input: atEthPrice(1_400),
  compute: aaveLiquidation,
  inputs: { ethPrice: liquidationInputs.ethPrice },
  outputs: {
    healthFactor: ['Health factor before', (r: Liquidation) => r.healthFactor, RATIO],
    closeFactor: ['Close factor', (r: Liquidation) => r.closeFactor, { percent: true, digits: 0 }],
    debtRepaid: ['Debt repaid by the liquidator', (r: Liquidation) => r.debtRepaid, MONEY],
    collateralSeized: ['ETH taken from the borrower', (r: Liquidation) => r.collateralSeized, ETH],
    collateralLeft: ['ETH the borrower keeps', (r: Liquidation) => r.collateralLeft, ETH],
    debtLeft: ['Debt left', (r: Liquidation) => r.debtLeft, MONEY],
  },
});
