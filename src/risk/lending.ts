/**
 * DeFi lending: the Aave health factor and the leverage of a supply–borrow loop.
 */
import { compensatedSum } from './numeric.ts';
import {
  requireFiniteResult,
  requireFraction,
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
