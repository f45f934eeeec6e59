/**
 * DeFi lending: the Aave health factor and the leverage of a supply–borrow loop.
 */
import { RiskInputError } from './errors.ts';
import { compensatedSum } from './numeric.ts';
import {
  describeField,
  fail,
  optional,
  requireFiniteResult,
  requireFraction,
  requireInRange,
  requireInteger,
  requireNonEmptyArray,
  requireNonNegative,
  requireObject,
  requirePositive,
} from './validate.ts';

/** One collateral position. */
export interface CollateralPosition {
  /** Market value of the collateral, in the debt's currency, > 0. */
  value: number;
  /** Liquidation threshold LT of the asset, decimal in (0, 1] (0.8 is 80 %). */
  liquidationThreshold: number;
}

/** Input of {@link healthFactor}. */
export interface HealthFactorInput {
  /** Collateral positions, at least one. */
  collateral: readonly CollateralPosition[];
  /** Total debt, same currency as the collateral values, ≥ 0. */
  debt: number;
}

/**
 * Health factor of a lending position (Aave): risk-adjusted collateral over debt.
 * The position can be liquidated when HF < 1.
 *
 * HF = Σᵢ valueᵢ·LTᵢ / debt;  `Infinity` when debt is 0 (nothing to liquidate).
 *
 * @param input.collateral - Non-empty list `{ value, liquidationThreshold }` (value > 0 in the debt currency, LT in (0, 1]).
 * @param input.debt - Debt, ≥ 0.
 * @returns HF ≥ 0 (positive unless it underflows), or `Infinity` when `debt` is 0.
 * @throws {RiskInputError} Empty `collateral`; invalid `collateral[i].value` / `collateral[i].liquidationThreshold`;
 * negative or non-finite `debt`; overflow.
 * @see Aave, "Liquidations", https://aave.com/docs/developers/liquidations ; Aave v3 `GenericLogic.calculateUserAccountData`.
 * @example
 * // Aave docs: $10,000 of ETH at LT 80 %, $6,000 borrowed → HF ≈ 1.333
 * healthFactor({ collateral: [{ value: 10_000, liquidationThreshold: 0.8 }], debt: 6_000 }); // 1.3333…
 */
export function healthFactor(input: HealthFactorInput): number {
  const o = requireObject('input', input);
  const positions = requireNonEmptyArray('collateral', o['collateral']).map((raw, i) => {
    const path = `collateral[${i}]`;
    const position = requireObject(path, raw);
    return {
      value: requirePositive(`${path}.value`, position['value']),
      liquidationThreshold: requireFraction(`${path}.liquidationThreshold`, position['liquidationThreshold'], {
        minInclusive: false,
      }),
    };
  });
  const debt = requireNonNegative('debt', o['debt']);
  const adjusted = requireFiniteResult(
    'collateral',
    compensatedSum(positions.map((p) => p.value * p.liquidationThreshold)),
  );
  if (debt === 0) return Infinity;
  return requireFiniteResult('debt', adjusted / debt);
}

/** Input of {@link loopLeverage}. */
export interface LoopLeverageInput {
  /** Loan-to-value used on each borrow, decimal in [0, 1). */
  ltv: number;
  /** Number of times the borrowed amount is re-deposited, integer ≥ 0. */
  loops: number;
}

/** Result of {@link loopLeverage}. */
export interface LoopLeverageResult {
  /** Total exposure per unit of own capital after `loops` re-deposits, in [1, maxLeverage). */
  leverage: number;
  /** Limit with infinitely many loops, 1/(1 − ltv). */
  maxLeverage: number;
}

/**
 * Leverage of a supply–borrow loop: deposit, borrow ltv of it, re-deposit, repeat.
 *
 * leverage = 1 + ltv + … + ltv^loops = (1 − ltv^(loops+1)) / (1 − ltv);  maxLeverage = 1/(1 − ltv).
 *
 * @param input.ltv - Decimal in [0, 1).
 * @param input.loops - Integer ≥ 0 (0 = no borrowing, leverage 1).
 * @returns `{ leverage, maxLeverage }`, both ≥ 1.
 * @throws {RiskInputError} `ltv` outside [0, 1) or not a number; `loops` not a whole number ≥ 0.
 * @see Joule Finance, "Leverage Yield Loops", https://docs.joule.finance/docs/liquidity-anchors/leverage-yield-loops (LTV 75 % → max 4x).
 * @example
 * loopLeverage({ ltv: 0.6, loops: 3 }); // { leverage: 2.176, maxLeverage: 2.5 }
 */
export function loopLeverage(input: LoopLeverageInput): LoopLeverageResult {
  const o = requireObject('input', input);
  const ltv = requireFraction('ltv', o['ltv'], { maxInclusive: false });
  const loops = requireInteger('loops', o['loops'], 0);
  const oneMinusLtv = 1 - ltv;
  // 1 − ltv^(n+1) = −expm1((n+1)·ln ltv): accurate when ltv^(n+1) is close to 1.
  const leverage = ltv === 0 ? 1 : -Math.expm1((loops + 1) * Math.log(ltv)) / oneMinusLtv;
  return { leverage, maxLeverage: 1 / oneMinusLtv };
}

// ---------------------------------------------------------------------------------------------
// A priced, multi-collateral position and its liquidation (Aave v3)
// ---------------------------------------------------------------------------------------------

/** One collateral asset of a lending position, with its oracle price. */
export interface PricedCollateral {
  /** Units of the asset supplied as collateral (5 for 5 ETH), > 0. */
  quantity: number;
  /** Oracle price of one unit, in the base currency (USD on Aave v3), > 0. */
  assetPrice: number;
  /** Liquidation threshold LT of the asset, decimal in (0, 1] (0.825 is 82.5 %). */
  liquidationThreshold: number;
}

/** Input of {@link lendingPosition}. */
export interface LendingPositionInput {
  /** Collateral assets, at least one. */
  collateral: readonly PricedCollateral[];
  /** Total debt in the base currency (USD on Aave v3), ≥ 0. A stablecoin debt at a price of 1. */
  debt: number;
}

/** How far one collateral's price can move before the position can be liquidated. */
export interface CollateralLiquidation {
  /** Market value quantity · assetPrice, base currency. */
  value: number;
  /**
   * Price of this asset at which HF = 1 with every other price unchanged, base currency per unit;
   * `null` when no price ≥ 0 of this asset liquidates the position (the rest covers the debt, or there is no debt).
   */
  liquidationPrice: number | null;
  /** liquidationPrice / assetPrice − 1: −0.25 is a 25 % fall; positive when HF < 1 already. `null` with `liquidationPrice`. */
  priceChangeToLiquidation: number | null;
}

/** Result of {@link lendingPosition}. */
export interface LendingPositionResult {
  /** Σ quantity · assetPrice, base currency. */
  collateralValue: number;
  /** Σ quantity · assetPrice · LT, the collateral as the health factor counts it, base currency. */
  thresholdValue: number;
  /** Value-weighted liquidation threshold thresholdValue / collateralValue, decimal in (0, 1]. */
  liquidationThreshold: number;
  /** Current loan-to-value debt / collateralValue, decimal ≥ 0. */
  loanToValue: number;
  /** Health factor thresholdValue / debt; `Infinity` when debt is 0. Liquidatable when < 1. */
  healthFactor: number;
  /**
   * Fall of all collateral prices together (debt fixed) that brings HF to 1: 1 − 1/HF, a decimal below 1;
   * negative when HF < 1 (the prices would have to rise instead); `null` when debt is 0.
   */
  priceDropToLiquidation: number | null;
  /** One entry per collateral asset, in input order. */
  collateral: CollateralLiquidation[];
}

interface ParsedCollateral {
  quantity: number;
  assetPrice: number;
  liquidationThreshold: number;
  value: number;
  thresholdValue: number;
}

function parsePricedCollateral(value: unknown): ParsedCollateral[] {
  return requireNonEmptyArray('collateral', value).map((raw, i) => {
    const path = `collateral[${i}]`;
    const entry = requireObject(path, raw);
    const quantity = requirePositive(`${path}.quantity`, entry['quantity']);
    const assetPrice = requirePositive(`${path}.assetPrice`, entry['assetPrice']);
    const liquidationThreshold = requireFraction(`${path}.liquidationThreshold`, entry['liquidationThreshold'], {
      minInclusive: false,
    });
    const worth = requireFiniteResult(`${path}.quantity`, quantity * assetPrice);
    if (worth === 0) {
      throw new RiskInputError(`${path}.quantity`, `Quantity × price of ${path} is too small to represent; enter a larger quantity or price.`);
    }
    return { quantity, assetPrice, liquidationThreshold, value: worth, thresholdValue: worth * liquidationThreshold };
  });
}

/** Σ of `pick` over every entry but `skip`, compensated (so a large entry left out does not leave rounding noise). */
function sumExcept(entries: readonly ParsedCollateral[], skip: number, pick: (entry: ParsedCollateral) => number): number {
  return compensatedSum(entries.filter((_, i) => i !== skip).map(pick));
}

/**
 * A lending position with several collateral assets (Aave v3): collateral value, weighted liquidation
 * threshold, current loan-to-value, health factor, and for each asset the price at which the position
 * becomes liquidatable if that price alone moves.
 *
 * HF = Σᵢ Cᵢ·Pᵢ·LTᵢ / D;  LT̄ = Σᵢ Cᵢ·Pᵢ·LTᵢ / Σᵢ Cᵢ·Pᵢ;  LTV = D / Σᵢ Cᵢ·Pᵢ;
 * P_k^liq = (D − Σ_{i≠k} Cᵢ·Pᵢ·LTᵢ) / (C_k·LT_k)  (null when ≤ 0);  uniform drop to HF = 1: 1 − 1/HF.
 *
 * @param input.collateral - Non-empty list `{ quantity, assetPrice, liquidationThreshold }`: units (> 0), base-currency
 * price per unit (> 0), LT in (0, 1].
 * @param input.debt - Debt in the base currency, ≥ 0 (a stablecoin debt valued at 1).
 * @returns See {@link LendingPositionResult}; `healthFactor` is `Infinity` and every liquidation price `null` when debt is 0.
 * @throws {RiskInputError} Empty `collateral`; invalid `collateral[i].quantity`, `.assetPrice` or `.liquidationThreshold`;
 * negative or non-finite `debt`; overflow.
 * @see Aave, "Liquidations" (health factor, liquidation threshold), https://aave.com/docs/developers/liquidations ;
 * Aave v3 `GenericLogic.calculateUserAccountData` (the weighted average liquidation threshold).
 * @example
 * // 5 ETH at 2,000 (LT 82.5 %) and 10,000 USDC (LT 78 %), 12,000 USD borrowed:
 * lendingPosition({
 *   collateral: [
 *     { quantity: 5, assetPrice: 2_000, liquidationThreshold: 0.825 },
 *     { quantity: 10_000, assetPrice: 1, liquidationThreshold: 0.78 },
 *   ],
 *   debt: 12_000,
 * }); // healthFactor 1.3375, liquidationThreshold 0.8025, collateral[0].liquidationPrice 1,018.18…
 */
export function lendingPosition(input: LendingPositionInput): LendingPositionResult {
  const o = requireObject('input', input);
  const entries = parsePricedCollateral(o['collateral']);
  const debt = requireNonNegative('debt', o['debt']);
  const collateralValue = requireFiniteResult('collateral', compensatedSum(entries.map((e) => e.value)));
  const thresholdValue = requireFiniteResult('collateral', compensatedSum(entries.map((e) => e.thresholdValue)));
  const healthFactor = debt === 0 ? Infinity : requireFiniteResult('debt', thresholdValue / debt);
  const collateral = entries.map((entry, k): CollateralLiquidation => {
    // Debt left for this asset to cover once the others count at their threshold value.
    const uncovered = compensatedSum([debt, -sumExcept(entries, k, (e) => e.thresholdValue)]);
    if (debt === 0 || uncovered <= 0) return { value: entry.value, liquidationPrice: null, priceChangeToLiquidation: null };
    const path = `collateral[${k}].quantity`;
    // Divide in two steps so that quantity·LT cannot underflow to 0 before the division.
    const liquidationPrice = requireFiniteResult(path, uncovered / entry.liquidationThreshold / entry.quantity);
    const priceChangeToLiquidation = requireFiniteResult(path, liquidationPrice / entry.assetPrice - 1);
    return { value: entry.value, liquidationPrice, priceChangeToLiquidation };
  });
  return {
    collateralValue,
    thresholdValue,
    liquidationThreshold: thresholdValue / collateralValue,
    loanToValue: requireFiniteResult('debt', debt / collateralValue),
    healthFactor,
    priceDropToLiquidation: debt === 0 ? null : requireFiniteResult('debt', 1 - 1 / healthFactor),
    collateral,
  };
}

/**
 * Aave v3.3 liquidation constants (`LiquidationLogic.sol`), in the base currency of USD markets.
 * On chain: DEFAULT_LIQUIDATION_CLOSE_FACTOR = 0.5e4 (bps), CLOSE_FACTOR_HF_THRESHOLD = 0.95e18 (wad),
 * MIN_BASE_MAX_CLOSE_FACTOR_THRESHOLD = 2000e8 and MIN_LEFTOVER_BASE = 1000e8 (USD with 8 decimals).
 */
export const AAVE_V3_LIQUIDATION = {
  /** Share of the debt a liquidator may repay while HF is above the threshold below. */
  defaultCloseFactor: 0.5,
  /** At or below this health factor the whole debt may be repaid at once. */
  closeFactorHealthFactorThreshold: 0.95,
  /** Below this much collateral (of the seized asset) or debt, in USD, the whole debt may be repaid at once. */
  fullCloseFactorBelowUsd: 2_000,
  /** A partial liquidation must leave at least this much debt and collateral, in USD (otherwise it reverts). */
  minLeftoverUsd: 1_000,
} as const;

/** Input of {@link aaveLiquidation}. */
export interface AaveLiquidationInput extends LendingPositionInput {
  /** Index in `collateral` of the asset the liquidator takes, integer; default 0. */
  seizedCollateral?: number;
  /** Liquidation bonus of the seized asset, decimal ≥ 0: 0.05 means the liquidator gets 105 % of the debt repaid in collateral (Aave stores 10500). */
  liquidationBonus: number;
  /** Protocol's share of the bonus, decimal in [0, 1]; default 0 (Aave's liquidation protocol fee, often 10 %). */
  protocolFee?: number;
  /** Debt the liquidator offers to repay, base currency, ≥ 0; default the most the close factor allows. */
  debtToCover?: number;
}

/** Result of {@link aaveLiquidation}. Units: amounts of the seized asset are in its units; values in the base currency. */
export interface AaveLiquidationResult {
  /** Health factor before the liquidation; `Infinity` with no debt. */
  healthFactor: number;
  /** Share of the debt that may be repaid now: 0 (HF ≥ 1, not liquidatable), 0.5 or 1. */
  closeFactor: number;
  /** Most debt a liquidator may repay now, base currency: closeFactor · debt. */
  maxDebtToCover: number;
  /** Debt actually repaid, base currency (less than asked when the seized asset runs out). */
  debtRepaid: number;
  /** Units of the seized asset taken from the borrower, protocol fee included. */
  collateralSeized: number;
  /** Value of `collateralSeized`, base currency. */
  collateralSeizedValue: number;
  /** Units of the seized asset that are the bonus: seized − seized/(1 + bonus). */
  bonusCollateral: number;
  /** Units of the seized asset that go to the protocol's treasury: bonusCollateral · protocolFee. */
  protocolFeeCollateral: number;
  /** Units of the seized asset the liquidator receives: seized − protocol fee. */
  liquidatorCollateral: number;
  /** Liquidator's gain at oracle prices, base currency: liquidatorCollateral · price − debtRepaid. */
  liquidatorProfit: number;
  /** What the liquidation costs the borrower beyond the debt it clears, base currency: collateralSeizedValue − debtRepaid (the bonus). */
  borrowerLoss: number;
  /** Units of the seized asset the borrower keeps. */
  collateralLeft: number;
  /** Debt the borrower still owes, base currency. */
  debtLeft: number;
  /** Debt written off as a deficit because no collateral at all is left (Aave v3.3), base currency. */
  badDebt: number;
  /** Health factor after the liquidation; `Infinity` when no debt is left. */
  healthFactorAfter: number;
  /** True when Aave v3.3 would reject this liquidation: it leaves less than $1,000 of debt or of the seized collateral without clearing either. */
  leavesDust: boolean;
}

/**
 * Outcome of one Aave v3.3 liquidation call: how much debt may be repaid (close factor), how much
 * collateral is seized with the liquidation bonus, the protocol fee, and what the borrower keeps.
 *
 * Not liquidatable while HF ≥ 1. Close factor 100 % when HF ≤ 0.95 or the seized asset's collateral or
 * the debt is below $2,000; otherwise 50 % of the debt. debtRepaid = min(debtToCover, closeFactor·D);
 * seized = debtRepaid·(1 + bonus)/P; if seized > C: seized = C and debtRepaid = C·P/(1 + bonus);
 * bonusCollateral = seized − seized/(1 + bonus); fee = bonusCollateral·protocolFee; liquidator gets seized − fee.
 * When the seized asset was the only collateral and is gone, the rest of the debt is written off (bad debt).
 * The debt is one stablecoin valued at 1 in the base currency.
 *
 * @param input.collateral - As in {@link lendingPosition}.
 * @param input.debt - Debt, base currency, ≥ 0.
 * @param input.seizedCollateral - Index of the collateral taken, integer in [0, collateral.length − 1]; default 0.
 * @param input.liquidationBonus - Bonus, decimal in [0, 1] (0.05 = 5 %).
 * @param input.protocolFee - Share of the bonus, decimal in [0, 1]; default 0.
 * @param input.debtToCover - Base currency, ≥ 0; default: the maximum (Aave's `type(uint256).max`).
 * @returns See {@link AaveLiquidationResult}; every amount ≥ 0 and finite except the `Infinity` health factors noted above.
 * @throws {RiskInputError} Any invalid field (as in {@link lendingPosition}, plus the fields above); overflow.
 * @see Aave, "Liquidations", https://aave.com/docs/developers/liquidations ; Aave v3.3 `LiquidationLogic.sol`
 * (`executeLiquidationCall`, `_calculateAvailableCollateralToLiquidate`), https://github.com/aave-dao/aave-v3-origin
 * @example
 * // 5 ETH at 1,450 (LT 80 %), 6,000 USDC borrowed, bonus 5 %, protocol fee 10 % of the bonus:
 * aaveLiquidation({
 *   collateral: [{ quantity: 5, assetPrice: 1_450, liquidationThreshold: 0.8 }],
 *   debt: 6_000, liquidationBonus: 0.05, protocolFee: 0.1,
 * }); // closeFactor 0.5, debtRepaid 3,000, collateralSeized 2.1724…, liquidatorCollateral 2.1621…, healthFactorAfter 1.0933…
 */
export function aaveLiquidation(input: AaveLiquidationInput): AaveLiquidationResult {
  const o = requireObject('input', input);
  const entries = parsePricedCollateral(o['collateral']);
  const debt = requireNonNegative('debt', o['debt']);
  const k = optional(o['seizedCollateral'], 0, (v) => requireInteger('seizedCollateral', v, 0, entries.length - 1));
  const bonus = requireFraction('liquidationBonus', o['liquidationBonus']);
  const protocolFee = optional(o['protocolFee'], 0, (v) => requireFraction('protocolFee', v));
  const debtToCover = optional<number | undefined>(o['debtToCover'], undefined, (v) => requireNonNegative('debtToCover', v));
  const seized = entries[k]!;
  const rules = AAVE_V3_LIQUIDATION;

  const thresholdValue = requireFiniteResult('collateral', compensatedSum(entries.map((e) => e.thresholdValue)));
  const otherThresholdValue = sumExcept(entries, k, (e) => e.thresholdValue);
  const otherValue = sumExcept(entries, k, (e) => e.value);
  const healthFactor = debt === 0 ? Infinity : requireFiniteResult('debt', thresholdValue / debt);

  let closeFactor = 0;
  if (healthFactor < 1) {
    const small = seized.value < rules.fullCloseFactorBelowUsd || debt < rules.fullCloseFactorBelowUsd;
    closeFactor = small || healthFactor <= rules.closeFactorHealthFactorThreshold ? 1 : rules.defaultCloseFactor;
  }
  const maxDebtToCover = closeFactor * debt;
  let debtRepaid = Math.min(debtToCover ?? maxDebtToCover, maxDebtToCover);
  const multiplier = 1 + bonus;
  // Value to seize, bonus included; when it is more than the asset is worth, all of it goes and less debt is repaid.
  const valueWanted = debtRepaid * multiplier;
  let collateralSeized: number;
  if (valueWanted > seized.value) {
    collateralSeized = seized.quantity;
    debtRepaid = seized.value / multiplier;
  } else {
    collateralSeized = Math.min(seized.quantity, valueWanted / seized.assetPrice);
  }
  const bonusCollateral = collateralSeized - collateralSeized / multiplier;
  const protocolFeeCollateral = bonusCollateral * protocolFee;
  const liquidatorCollateral = collateralSeized - protocolFeeCollateral;
  const collateralLeft = seized.quantity - collateralSeized;
  const collateralSeizedValue = collateralSeized * seized.assetPrice;

  // Aave v3.3 burns the rest of the debt as a deficit when the liquidation takes the account's last collateral.
  const noCollateralLeft = collateralLeft === 0 && otherValue === 0;
  const unpaid = Math.max(0, debt - debtRepaid);
  const badDebt = noCollateralLeft ? unpaid : 0;
  const debtLeft = noCollateralLeft ? 0 : unpaid;

  // MUST_NOT_LEAVE_DUST: a partial liquidation (debt and collateral both left) must leave ≥ $1,000 of each.
  // As in LiquidationLogic.sol, the collateral left is balance − (seized − fee): the fee still counts as the borrower's.
  const partial = debtRepaid < debt && collateralSeized < seized.quantity;
  const leavesDust =
    closeFactor > 0 &&
    debtRepaid > 0 &&
    partial &&
    (debt - debtRepaid < rules.minLeftoverUsd || (seized.quantity - liquidatorCollateral) * seized.assetPrice < rules.minLeftoverUsd);

  const thresholdValueAfter = compensatedSum([otherThresholdValue, collateralLeft * seized.assetPrice * seized.liquidationThreshold]);
  const healthFactorAfter = debtLeft === 0 ? Infinity : requireFiniteResult('debt', thresholdValueAfter / debtLeft);
  return {
    healthFactor,
    closeFactor,
    maxDebtToCover,
    debtRepaid,
    collateralSeized,
    collateralSeizedValue,
    bonusCollateral,
    protocolFeeCollateral,
    liquidatorCollateral,
    liquidatorProfit: liquidatorCollateral * seized.assetPrice - debtRepaid,
    borrowerLoss: collateralSeizedValue - debtRepaid,
    collateralLeft,
    debtLeft,
    badDebt,
    healthFactorAfter,
    leavesDust,
  };
}

// ---------------------------------------------------------------------------------------------
// Leveraged supply (looping): exposure, debt, net yield and health factor
// ---------------------------------------------------------------------------------------------

/** Input of {@link leveragedYield}. */
export interface LeveragedYieldInput {
  /** Own capital put in, in units of the supplied asset (or its value), > 0. */
  deposit: number;
  /** Exposure per unit of own capital, ≥ 1 (1 = no borrowing; 8 = "8x"). */
  leverage: number;
  /** Yearly rate earned on the supplied collateral (supply APY plus any staking yield), decimal ≥ 0. */
  supplyRate: number;
  /** Yearly rate paid on the debt (borrow APY), decimal ≥ 0. */
  borrowRate: number;
  /** Liquidation threshold LT of the collateral, decimal in (0, 1]. */
  liquidationThreshold: number;
}

/** Result of {@link leveragedYield} (amounts in the unit of `deposit`). */
export interface LeveragedYieldResult {
  /** Collateral supplied: deposit · leverage. */
  collateral: number;
  /** Debt: deposit · (leverage − 1). */
  debt: number;
  /** Current loan-to-value debt / collateral = (L − 1)/L, decimal in [0, 1). */
  loanToValue: number;
  /** Net yearly rate on own capital: L·supplyRate − (L − 1)·borrowRate, decimal (may be negative). */
  netRate: number;
  /** Net yearly income: deposit · netRate. */
  netYield: number;
  /** Health factor LT·L/(L − 1) (collateral and debt in the same asset); `Infinity` with no debt. */
  healthFactor: number;
  /** Fall of the collateral's price against the debt asset that brings HF to 1: 1 − 1/HF; negative when HF < 1; `null` with no debt. */
  priceDropToLiquidation: number | null;
}

/** The outcome of a position with `leverage` = 1 + `borrowed` per unit of own capital. */
function leveragedOutcome(
  deposit: number,
  leverage: number,
  borrowed: number,
  supplyRate: number,
  borrowRate: number,
  liquidationThreshold: number,
  smallBorrowField: string,
): LeveragedYieldResult {
  const netRate = requireFiniteResult('supplyRate', leverage * supplyRate - borrowed * borrowRate);
  const healthFactor = borrowed === 0 ? Infinity : (liquidationThreshold * leverage) / borrowed;
  if (borrowed > 0 && !Number.isFinite(healthFactor)) {
    throw new RiskInputError(
      smallBorrowField,
      `${describeField(smallBorrowField)} is so small that the health factor is beyond the largest number; enter 0 for no borrowing.`,
    );
  }
  return {
    collateral: requireFiniteResult('deposit', deposit * leverage),
    debt: requireFiniteResult('deposit', deposit * borrowed),
    loanToValue: borrowed / leverage,
    netRate,
    netYield: requireFiniteResult('deposit', deposit * netRate),
    healthFactor,
    priceDropToLiquidation: borrowed === 0 ? null : dropToLiquidation(healthFactor),
  };
}

/** 1 − 1/HF; an HF that underflows toward 0 can only come from a vanishing liquidation threshold. */
function dropToLiquidation(healthFactor: number): number {
  const drop = 1 - 1 / healthFactor;
  if (!Number.isFinite(drop)) {
    throw new RiskInputError('liquidationThreshold', 'Liquidation threshold is too small: the health factor rounds to 0. Enter a threshold such as 0.8 (80 %).');
  }
  return drop;
}

function readYieldFields(o: Readonly<Record<string, unknown>>) {
  return {
    deposit: requirePositive('deposit', o['deposit']),
    supplyRate: requireNonNegative('supplyRate', o['supplyRate']),
    borrowRate: requireNonNegative('borrowRate', o['borrowRate']),
    liquidationThreshold: requireFraction('liquidationThreshold', o['liquidationThreshold'], { minInclusive: false }),
  };
}

/**
 * A leveraged supply position at a given leverage (flash-loan or looped): collateral, debt, current
 * loan-to-value, net yearly rate on own capital and health factor, with collateral and debt in the same
 * asset (or assets that move together, as stETH and ETH).
 *
 * collateral = d·L; debt = d·(L − 1); LTV = (L − 1)/L; net rate = L·s − (L − 1)·b; HF = LT·L/(L − 1).
 *
 * @param input.deposit - Own capital d, > 0.
 * @param input.leverage - L ≥ 1.
 * @param input.supplyRate - s, decimal per year, ≥ 0.
 * @param input.borrowRate - b, decimal per year, ≥ 0.
 * @param input.liquidationThreshold - LT in (0, 1].
 * @returns See {@link LeveragedYieldResult}. Simple (not compounded) yearly rates, held constant; no price drift.
 * @throws {RiskInputError} Invalid field; overflow.
 * @see Joule Finance, "Leverage Yield Loops" (1,000 APT at 8x, stAPT 9 %, borrow 1 % → 650 APT a year, 65 %),
 * https://docs.joule.finance/docs/liquidity-anchors/leverage-yield-loops ; Aave, "Liquidations" (health factor).
 * @example
 * leveragedYield({ deposit: 1_000, leverage: 8, supplyRate: 0.09, borrowRate: 0.01, liquidationThreshold: 0.9 });
 * // collateral 8,000, debt 7,000, loanToValue 0.875, netRate 0.65, netYield 650, healthFactor 1.0286…
 */
export function leveragedYield(input: LeveragedYieldInput): LeveragedYieldResult {
  const o = requireObject('input', input);
  const fields = readYieldFields(o);
  const leverage = requireInRange('leverage', o['leverage'], { min: 1 });
  return leveragedOutcome(
    fields.deposit, leverage, leverage - 1, fields.supplyRate, fields.borrowRate, fields.liquidationThreshold, 'leverage',
  );
}

/** Input of {@link loopPosition}. */
export interface LoopPositionInput {
  /** Own capital first deposited, > 0. */
  deposit: number;
  /** Loan-to-value borrowed on each deposit, decimal in [0, 1), at most `liquidationThreshold`. */
  ltv: number;
  /** Times the borrowed amount is deposited again, integer ≥ 0. */
  loops: number;
  /** Liquidation threshold LT of the collateral, decimal in (0, 1]. */
  liquidationThreshold: number;
  /** Yearly rate earned on the collateral, decimal ≥ 0. */
  supplyRate: number;
  /** Yearly rate paid on the debt, decimal ≥ 0. */
  borrowRate: number;
}

/** Result of {@link loopPosition}: {@link LeveragedYieldResult} plus the leverage reached and its limit. */
export interface LoopPositionResult extends LeveragedYieldResult {
  /** Exposure per unit of own capital after `loops` re-deposits, (1 − ltv^(loops+1))/(1 − ltv). */
  leverage: number;
  /** Limit with infinitely many loops, 1/(1 − ltv). */
  maxLeverage: number;
}

/**
 * A supply–borrow loop on a lending protocol: deposit d, borrow ltv of it, deposit that, repeat `loops`
 * times. Leverage, collateral, debt, net yearly rate and health factor of the result (same-asset loop,
 * such as wstETH against ETH, with no price drift between the two).
 *
 * L = (1 − ltv^(n+1))/(1 − ltv); L − 1 = ltv·(1 − ltv^n)/(1 − ltv); then as {@link leveragedYield}.
 * Since L/(L − 1) > 1/ltv, HF > LT/ltv ≥ 1: a loop at an LTV no higher than LT starts healthy.
 *
 * @param input.deposit - d, > 0.
 * @param input.ltv - Decimal in [0, 1), ≤ liquidationThreshold.
 * @param input.loops - n, integer ≥ 0.
 * @param input.liquidationThreshold - LT in (0, 1].
 * @param input.supplyRate - Decimal per year, ≥ 0.
 * @param input.borrowRate - Decimal per year, ≥ 0.
 * @returns See {@link LoopPositionResult}.
 * @throws {RiskInputError} Invalid field; `ltv` above `liquidationThreshold` (the protocol would not lend it); overflow.
 * @see Aave, "Liquidations" (health factor), https://aave.com/help/borrowing/liquidations ; Joule Finance,
 * "Leverage Yield Loops", https://docs.joule.finance/docs/liquidity-anchors/leverage-yield-loops
 * @example
 * loopPosition({ deposit: 10_000, ltv: 0.6, loops: 3, liquidationThreshold: 0.75, supplyRate: 0.06, borrowRate: 0.04 });
 * // leverage 2.176, collateral 21,760, debt 11,760, netRate 0.08352, healthFactor 1.3878…
 */
export function loopPosition(input: LoopPositionInput): LoopPositionResult {
  const o = requireObject('input', input);
  const fields = readYieldFields(o);
  const { maxLeverage } = loopLeverage({ ltv: o['ltv'], loops: o['loops'] } as LoopLeverageInput);
  const ltv = o['ltv'] as number;
  const loops = o['loops'] as number;
  if (ltv > fields.liquidationThreshold) {
    fail('ltv', `at most the liquidation threshold (${String(fields.liquidationThreshold)}): a protocol lends below it`, ltv);
  }
  // ltv·(1 − ltv^n)/(1 − ltv), with 1 − ltv^n = −expm1(n·ln ltv) accurate when ltv^n is close to 1.
  const borrowed = ltv === 0 || loops === 0 ? 0 : (ltv * -Math.expm1(loops * Math.log(ltv))) / (1 - ltv);
  const leverage = 1 + borrowed;
  const outcome = leveragedOutcome(
    fields.deposit, leverage, borrowed, fields.supplyRate, fields.borrowRate, fields.liquidationThreshold, 'ltv',
  );
  return { leverage, maxLeverage, ...outcome };
}
