/**
 * Constant-product pools (Uniswap v2) and the cost of manipulating a price oracle that reads them:
 * Uniswap v2's exact integer swap amounts, the capital and cost of moving a pool's price by a factor,
 * and the spot price an attacker must hold to move a time-weighted average price (TWAP).
 */
import { RiskInputError } from './errors.ts';
import {
  MAX_UINT256,
  requireFiniteResult,
  requireFraction,
  requireInteger,
  requireObject,
  requireOneOf,
  requirePositive,
  requireUint256,
  optional,
} from './validate.ts';

// ---------------------------------------------------------------------------------------------
// Uniswap v2 integer swap amounts
// ---------------------------------------------------------------------------------------------

/**
 * A token amount as the chain stores it: a whole number of the token's smallest unit (1 ETH is
 * 10¹⁸ wei, 1 USDC is 10⁶ units). Give a safe integer, a `bigint`, or a string of decimal digits;
 * use a string or a bigint above 2⁵³ − 1 (a `number` cannot hold 10¹⁸ + 1 exactly).
 */
export type TokenUnits = number | bigint | string;

/** Uniswap v2's swap fee: 3 parts in 1,000 of the input stay in the pool. */
const FEE_NUMERATOR = 997n;
const FEE_DENOMINATOR = 1000n;

/** Solidity 0.6 `SafeMath` semantics: a product or sum beyond 2²⁵⁶ − 1 reverts the call. */
function checkedUint(field: string, value: bigint): bigint {
  if (value > MAX_UINT256) {
    throw new RiskInputError(
      field,
      `The amounts are too large: an intermediate product exceeds 2^256 − 1, so the contract would revert (ds-math-mul-overflow); reduce ${field}.`,
    );
  }
  return value;
}

/** Input of {@link uniswapV2AmountOut}. */
export interface UniswapV2AmountOutInput {
  /** Amount sent to the pool, in token units of the input token, ≥ 1. */
  amountIn: TokenUnits;
  /** Pool reserve of the input token, in token units, ≥ 1. */
  reserveIn: TokenUnits;
  /** Pool reserve of the output token, in token units, ≥ 1. */
  reserveOut: TokenUnits;
}

/** Result of {@link uniswapV2AmountOut}. */
export interface UniswapV2AmountOutResult {
  /** Amount received, in token units of the output token, as a string of decimal digits (exact; may exceed 2⁵³). In [0, reserveOut). */
  amountOut: string;
}

/**
 * Uniswap v2 `UniswapV2Library.getAmountOut`, exactly: the most an exact input buys from a pair after
 * the 0.3 % fee, in integer token units (floor division, as the contract does).
 *
 * amountOut = ⌊ amountIn·997·reserveOut / (reserveIn·1000 + amountIn·997) ⌋
 *
 * @param input.amountIn - Token units sent in, ≥ 1 (the contract reverts `INSUFFICIENT_INPUT_AMOUNT` on 0).
 * @param input.reserveIn - Reserve of the input token, ≥ 1 (`INSUFFICIENT_LIQUIDITY` on 0).
 * @param input.reserveOut - Reserve of the output token, ≥ 1.
 * @returns `{ amountOut }`, a decimal string, in [0, reserveOut).
 * @throws {RiskInputError} A field that is not a whole number of token units in range (a fraction, a
 * negative number, an unsafe `number` such as 1e18: pass "1000000000000000000" instead); an
 * intermediate product above 2²⁵⁶ − 1 (the contract would revert).
 * @see Uniswap v2-periphery, `contracts/libraries/UniswapV2Library.sol`, `getAmountOut`; test vectors in
 * Uniswap v2-core `test/UniswapV2Pair.spec.ts` (`swapTestCases`); H. Adams, N. Zinsmeister, D. Robinson,
 * "Uniswap v2 Core" (2020), §3.2.1 (the fee is taken from the input).
 * @example
 * // Uniswap v2-core swapTestCases[0]: 1 token in, reserves 5 and 10 (18 decimals)
 * uniswapV2AmountOut({ amountIn: '1000000000000000000', reserveIn: '5000000000000000000', reserveOut: '10000000000000000000' });
 * // { amountOut: '1662497915624478906' }
 */
export function uniswapV2AmountOut(input: UniswapV2AmountOutInput): UniswapV2AmountOutResult {
  const o = requireObject('input', input);
  const amountIn = requireUint256('amountIn', o['amountIn'], 1n);
  const reserveIn = requireUint256('reserveIn', o['reserveIn'], 1n);
  const reserveOut = requireUint256('reserveOut', o['reserveOut'], 1n);
  const amountInWithFee = checkedUint('amountIn', amountIn * FEE_NUMERATOR);
  const numerator = checkedUint('amountIn', amountInWithFee * reserveOut);
  const denominator = checkedUint('reserveIn', checkedUint('reserveIn', reserveIn * FEE_DENOMINATOR) + amountInWithFee);
  return { amountOut: (numerator / denominator).toString() };
}

/** Input of {@link uniswapV2AmountIn}. */
export interface UniswapV2AmountInInput {
  /** Amount wanted out of the pool, in token units of the output token, ≥ 1 and < reserveOut. */
  amountOut: TokenUnits;
  /** Pool reserve of the input token, in token units, ≥ 1. */
  reserveIn: TokenUnits;
  /** Pool reserve of the output token, in token units, ≥ 1. */
  reserveOut: TokenUnits;
}

/** Result of {@link uniswapV2AmountIn}. */
export interface UniswapV2AmountInResult {
  /** Amount to send in, in token units of the input token, as a string of decimal digits (exact), ≥ 1. */
  amountIn: string;
}

/**
 * Uniswap v2 `UniswapV2Library.getAmountIn`, exactly: the input needed to buy an exact output after the
 * 0.3 % fee, in integer token units (rounded up by adding 1 to the floor, as the contract does; so when
 * the division is exact the contract asks one unit more than the least input its own K check accepts).
 *
 * amountIn = ⌊ reserveIn·amountOut·1000 / ((reserveOut − amountOut)·997) ⌋ + 1
 *
 * @param input.amountOut - Token units wanted, from 1 to reserveOut − 1 (the pool cannot pay out its whole reserve).
 * @param input.reserveIn - Reserve of the input token, ≥ 1.
 * @param input.reserveOut - Reserve of the output token, ≥ 1.
 * @returns `{ amountIn }`, a decimal string, ≥ 1.
 * @throws {RiskInputError} A field that is not a whole number of token units in range; `amountOut` ≥
 * `reserveOut`; an intermediate product above 2²⁵⁶ − 1 (the contract would revert).
 * @see Uniswap v2-periphery, `contracts/libraries/UniswapV2Library.sol`, `getAmountIn`; router test
 * `getAmountIn(1, 100, 100) = 2` in `test/UniswapV2Router02.spec.ts`.
 * @example
 * uniswapV2AmountIn({ amountOut: 1, reserveIn: 100, reserveOut: 100 }); // { amountIn: '2' }
 */
export function uniswapV2AmountIn(input: UniswapV2AmountInInput): UniswapV2AmountInResult {
  const o = requireObject('input', input);
  const amountOut = requireUint256('amountOut', o['amountOut'], 1n);
  const reserveIn = requireUint256('reserveIn', o['reserveIn'], 1n);
  const reserveOut = requireUint256('reserveOut', o['reserveOut'], 1n);
  if (amountOut >= reserveOut) {
    throw new RiskInputError(
      'amountOut',
      `Amount out must be less than the output reserve (${reserveOut.toString()} token units): a constant-product pool cannot pay out its whole reserve.`,
    );
  }
  const numerator = checkedUint('amountOut', checkedUint('amountOut', reserveIn * amountOut) * FEE_DENOMINATOR);
  const denominator = checkedUint('reserveOut', (reserveOut - amountOut) * FEE_NUMERATOR);
  return { amountIn: checkedUint('amountOut', numerator / denominator + 1n).toString() };
}

// ---------------------------------------------------------------------------------------------
// Moving the price of a constant-product pool
// ---------------------------------------------------------------------------------------------

/** Uniswap v2's fee, 0.3 % of the input. */
export const UNISWAP_V2_FEE = 0.003;

/** Input of {@link constantProductPriceMove}. */
export interface ConstantProductPriceMoveInput {
  /** Reserve x of the priced asset (ETH in an ETH/USDC pool), in tokens, > 0. */
  reserveBase: number;
  /** Reserve y of the quote asset (USDC), in tokens, > 0. The pool price is P = y/x, quote per base. */
  reserveQuote: number;
  /** Factor r = P′/P by which the swap moves the pool price, > 0 (1.1 is +10 %, 0.5 is −50 %). */
  priceRatio: number;
  /** Pool fee φ, decimal fraction of the input in [0, 1); default 0.003 (Uniswap v2). */
  fee?: number;
}

/** Result of {@link constantProductPriceMove}. All money figures are in the quote asset. */
export interface ConstantProductPriceMoveResult {
  /** Pool price before the swap, P = y/x (quote per base). */
  spotBefore: number;
  /** Pool price after the swap, r·P. */
  spotAfter: number;
  /** Amount the swap adds to the curve (before the fee): quote tokens when r ≥ 1, base tokens when r < 1. ≥ 0. */
  amountIn: number;
  /** `amountIn` grossed up for the fee, amountIn/(1 − φ): what the attacker sends, in the same token. ≥ 0. */
  amountInWithFee: number;
  /** Amount the attacker receives: base tokens when r ≥ 1, quote tokens when r < 1. In [0, reserve). */
  amountOut: number;
  /** `amountInWithFee` valued at the price before the swap, in quote: the capital the move needs. ≥ 0. */
  capital: number;
  /**
   * Loss if arbitrageurs trade the price back to P, before the fee: what was paid in minus what came out,
   * both valued at P. c = y(r^¼ − r^−¼)², ≥ 0.
   */
  cost: number;
  /** `cost` plus the fee paid, valued at P. ≥ `cost`. */
  costWithFee: number;
}

/**
 * Capital needed to move the price of a constant-product pool (x·y = k) by a factor r with one swap,
 * and the cost of the move if arbitrageurs then trade the price back.
 *
 * Up (r ≥ 1, buy base with quote): Δy = y(√r − 1) in, Δx = x(1 − 1/√r) out.
 * Down (r < 1, sell base for quote): Δx = x(1/√r − 1) in, Δy = y(1 − √r) out.
 * Cost either way, valued at the old price P = y/x: c = y(√r + 1/√r − 2) = y(r^¼ − r^−¼)².
 * With a fee φ on the input, the attacker sends Δ/(1 − φ); the fee is counted outside the curve (k held
 * constant), the convention of the reference. In Uniswap v2 the fee stays in the pool and pushes the price
 * slightly past r·P, so these figures overstate the capital by at most the fee.
 *
 * @param input.reserveBase - x > 0 (tokens).
 * @param input.reserveQuote - y > 0 (tokens).
 * @param input.priceRatio - r > 0.
 * @param input.fee - φ in [0, 1), default 0.003.
 * @returns Prices in quote per base, amounts in tokens, `capital`, `cost` and `costWithFee` in quote; all ≥ 0.
 * @throws {RiskInputError} A reserve or `priceRatio` not finite and > 0; `fee` outside [0, 1); inputs so
 * large that a result overflows.
 * @see H. Adams, N. Zinsmeister, D. Robinson, "Uniswap v2 Core" (2020), §3.2.1; M. Bentley (Euler),
 * "Manipulating Uniswap v3 TWAP Oracles" (2021), §1.2, equations for Δx and the per-block cost c.
 * @example
 * // 1,000 ETH and 2,000,000 USDC; move the price up 10 %
 * constantProductPriceMove({ reserveBase: 1_000, reserveQuote: 2_000_000, priceRatio: 1.1 });
 * // amountIn ≈ 97,617.70 USDC, amountInWithFee ≈ 97,911.43, amountOut ≈ 46.5374 ETH, cost ≈ 4,542.87, costWithFee ≈ 4,836.61
 */
export function constantProductPriceMove(input: ConstantProductPriceMoveInput): ConstantProductPriceMoveResult {
  const o = requireObject('input', input);
  const x = requirePositive('reserveBase', o['reserveBase']);
  const y = requirePositive('reserveQuote', o['reserveQuote']);
  const r = requirePositive('priceRatio', o['priceRatio']);
  const fee = optional(o['fee'], UNISWAP_V2_FEE, (value) => requireFraction('fee', value, { maxInclusive: false }));
  return priceMove(x, y, r, fee, 'priceRatio');
}

/**
 * The computation of {@link constantProductPriceMove} on validated numbers; `ratioField` names the input
 * that sets r, for overflow errors.
 */
function priceMove(x: number, y: number, r: number, fee: number, ratioField: string): ConstantProductPriceMoveResult {
  const spotBefore = requireFiniteResult('reserveQuote', y / x);
  const spotAfter = requireFiniteResult(ratioField, spotBefore * r);
  const root = Math.sqrt(r);
  // |√r − 1| written as |r − 1|/(√r + 1): no cancellation when r is close to 1.
  const rootGap = Math.abs(r - 1) / (root + 1);
  const up = r >= 1;
  // |1 − 1/√r|: below 1 when the price goes up (capped there against rounding at huge r).
  const inverseGap = up ? Math.min(rootGap / root, 1) : rootGap / root;
  // Up: quote in, base out. Down: base in, quote out. Factors below 1 are applied first, so that
  // a result that fits is never lost to an intermediate overflow.
  const amountIn = requireFiniteResult(ratioField, up ? y * rootGap : x * inverseGap);
  const amountOut = up ? x * inverseGap : y * rootGap;
  const valueIn = requireFiniteResult(ratioField, up ? amountIn : amountIn * spotBefore);
  // c = y(√r − 1)²/√r, the same on both sides.
  const cost = requireFiniteResult(ratioField, up ? y * inverseGap * rootGap : y * rootGap * inverseGap);
  const feeShare = fee / (1 - fee);
  return {
    spotBefore,
    spotAfter,
    amountIn,
    amountInWithFee: requireFiniteResult('fee', amountIn / (1 - fee)),
    amountOut,
    capital: requireFiniteResult('fee', valueIn / (1 - fee)),
    cost,
    costWithFee: requireFiniteResult('fee', cost + valueIn * feeShare),
  };
}

// ---------------------------------------------------------------------------------------------
// TWAP manipulation
// ---------------------------------------------------------------------------------------------

/** How the oracle averages prices over its window. */
export type TwapAveraging = 'geometric' | 'arithmetic';

/** The allowed values of {@link TwapAveraging}. */
export const TWAP_AVERAGINGS: readonly TwapAveraging[] = ['geometric', 'arithmetic'];

/** Input of {@link twapRequiredSpot}. */
export interface TwapRequiredSpotInput {
  /** Price P in the blocks the attacker does not touch, quote per base, > 0. */
  spot: number;
  /** TWAP the attacker wants the oracle to report, same unit, > 0. */
  targetTwap: number;
  /** Blocks n in the averaging window, whole number ≥ 1. */
  blocks: number;
  /** Blocks m in which the attacker holds the price, whole number in [1, n]. */
  manipulatedBlocks: number;
  /**
   * `'geometric'`: mean of log prices (Uniswap v3's tick accumulator);
   * `'arithmetic'`: mean of prices (Uniswap v2's price accumulator).
   */
  averaging: TwapAveraging;
}

/** Result of {@link twapRequiredSpot}. */
export interface TwapRequiredSpotResult {
  /** Price q the attacker must hold in each of the m blocks, quote per base, > 0. */
  requiredSpot: number;
  /** q/P, the factor by which the pool price must move in each manipulated block, > 0. */
  priceRatio: number;
}

/** q/P for a window of n blocks with m manipulated and the target ratio T/P, validated. */
function requiredRatio(targetRatio: number, blocks: number, manipulated: number, averaging: TwapAveraging): number {
  const weight = blocks / manipulated;
  // Geometric: T = (P^(n−m) q^m)^(1/n) ⇒ q/P = (T/P)^(n/m). Arithmetic: T = ((n−m)P + m q)/n ⇒ q/P = 1 + (n/m)(T/P − 1).
  const ratio = averaging === 'geometric' ? targetRatio ** weight : 1 + weight * (targetRatio - 1);
  const requirement = averaging === 'geometric'
    ? 'reachable with these blocks: the spot needed is too small to represent'
    : `reachable with these blocks: an arithmetic mean over ${String(blocks)} blocks cannot fall that far when only ${String(manipulated)} are moved (the spot would have to be 0 or below)`;
  if (!(ratio > 0)) throw new RiskInputError('targetTwap', `Target TWAP is not ${requirement}.`);
  return requireFiniteResult('targetTwap', ratio);
}

function readTwapWindow(o: Readonly<Record<string, unknown>>) {
  const blocks = requireInteger('blocks', o['blocks'], 1);
  const manipulatedBlocks = requireInteger('manipulatedBlocks', o['manipulatedBlocks'], 1, blocks);
  const averaging = requireOneOf('averaging', o['averaging'], TWAP_AVERAGINGS);
  return { blocks, manipulatedBlocks, averaging };
}

/**
 * The spot price an attacker must hold in m of the n blocks of a TWAP window, with the price at P in the
 * other blocks, for the oracle to report a target TWAP T.
 *
 * Geometric (Uniswap v3): T = (P^(n−m)·q^m)^(1/n) ⇒ q = (Tⁿ / P^(n−m))^(1/m) = P·(T/P)^(n/m).
 * Arithmetic (Uniswap v2, ā = (a₂ − a₁)/(t₂ − t₁)): q = P·(1 + (n/m)(T/P − 1)).
 *
 * @param input.spot - P > 0.
 * @param input.targetTwap - T > 0 (above P to push the oracle up, below to push it down).
 * @param input.blocks - n ≥ 1.
 * @param input.manipulatedBlocks - m in [1, n].
 * @param input.averaging - `'geometric'` or `'arithmetic'`.
 * @returns `{ requiredSpot, priceRatio }`, both finite and > 0.
 * @throws {RiskInputError} Invalid fields; `manipulatedBlocks` > `blocks`; a downward target an arithmetic
 * mean cannot reach (q ≤ 0) or a geometric one that underflows, on `targetTwap`; an overflowing q.
 * @see M. Bentley (Euler), "Manipulating Uniswap v3 TWAP Oracles" (2021), §1.1, equations (2)–(3);
 * Uniswap v2-periphery `UniswapV2OracleLibrary.sol` (cumulative price accumulator).
 * @example
 * // Euler: n = 144 blocks, m = 10, P = 1, target 1.35 → q ≈ 75.30
 * twapRequiredSpot({ spot: 1, targetTwap: 1.35, blocks: 144, manipulatedBlocks: 10, averaging: 'geometric' });
 * // { requiredSpot: 75.3019…, priceRatio: 75.3019… }
 */
export function twapRequiredSpot(input: TwapRequiredSpotInput): TwapRequiredSpotResult {
  const o = requireObject('input', input);
  const spot = requirePositive('spot', o['spot']);
  const targetTwap = requirePositive('targetTwap', o['targetTwap']);
  const { blocks, manipulatedBlocks, averaging } = readTwapWindow(o);
  const targetRatio = requireFiniteResult('targetTwap', targetTwap / spot);
  const priceRatio = requiredRatio(targetRatio, blocks, manipulatedBlocks, averaging);
  const requiredSpot = requireFiniteResult('targetTwap', spot * priceRatio);
  if (!(requiredSpot > 0)) throw new RiskInputError('targetTwap', 'Target TWAP is not reachable with these blocks: the spot needed is too small to represent.');
  return { requiredSpot, priceRatio };
}

/** Input of {@link twapManipulationCost}. */
export interface TwapManipulationCostInput {
  /** Reserve x of the priced asset, in tokens, > 0. */
  reserveBase: number;
  /** Reserve y of the quote asset, in tokens, > 0; the pool price is P = y/x. */
  reserveQuote: number;
  /** Pool fee φ, decimal in [0, 1); default 0.003 (Uniswap v2). */
  fee?: number;
  /** TWAP T the attacker wants the oracle to report, quote per base, > 0. */
  targetTwap: number;
  /** Blocks n in the averaging window, whole number ≥ 1 (n = m = 1 is an oracle that reads the spot). */
  blocks: number;
  /** Blocks m in which the attacker holds the price, whole number in [1, n]. */
  manipulatedBlocks: number;
  /** `'geometric'` (Uniswap v3) or `'arithmetic'` (Uniswap v2). */
  averaging: TwapAveraging;
}

/** Result of {@link twapManipulationCost}. Money in the quote asset, valued at the pool price P. */
export interface TwapManipulationCostResult {
  /** Pool price P = y/x before the attack, quote per base. */
  spotBefore: number;
  /** Price q to hold in each manipulated block, quote per base. */
  requiredSpot: number;
  /** q/P. */
  priceRatio: number;
  /** Capital for one block's move, fee included (see {@link ConstantProductPriceMoveResult.capital}). */
  capitalPerBlock: number;
  /** Cost of one block's move if arbitrageurs revert it, before the fee. */
  costPerBlock: number;
  /** The same with the fee. */
  costPerBlockWithFee: number;
  /** Upper bound of the attack's cost, m·c, before the fee. */
  totalCost: number;
  /** m·c with the fee. */
  totalCostWithFee: number;
}

/**
 * Upper bound on the cost of pushing an oracle to a target TWAP: the attacker moves a constant-product
 * pool's price to the required spot q in each of m blocks, and arbitrageurs trade it back to P after each
 * block, so the attacker loses c(q/P) per block and m·c in all (Bentley's upper bound; an attacker who can
 * back-run its own trades pays less).
 *
 * q from {@link twapRequiredSpot} with P = y/x; c from {@link constantProductPriceMove} with r = q/P.
 *
 * @param input.reserveBase - x > 0.
 * @param input.reserveQuote - y > 0.
 * @param input.fee - φ in [0, 1), default 0.003.
 * @param input.targetTwap - T > 0.
 * @param input.blocks - n ≥ 1.
 * @param input.manipulatedBlocks - m in [1, n].
 * @param input.averaging - `'geometric'` or `'arithmetic'`.
 * @returns Finite, non-negative costs and capital in quote; prices in quote per base.
 * @throws {RiskInputError} As {@link constantProductPriceMove} and {@link twapRequiredSpot}.
 * @see M. Bentley (Euler), "Manipulating Uniswap v3 TWAP Oracles" (2021), §1.2 (c = Δy − P·Δx; total m·c).
 * @example
 * // Euler: 50,000 DAI and 50,000 USDC, n = 144, m = 10, target 1.35, no fee
 * twapManipulationCost({ reserveBase: 50_000, reserveQuote: 50_000, fee: 0, targetTwap: 1.35, blocks: 144, manipulatedBlocks: 10, averaging: 'geometric' });
 * // requiredSpot ≈ 75.30, capitalPerBlock ≈ 383,884, costPerBlock ≈ 339,645, totalCost ≈ 3,396,454
 */
export function twapManipulationCost(input: TwapManipulationCostInput): TwapManipulationCostResult {
  const o = requireObject('input', input);
  const x = requirePositive('reserveBase', o['reserveBase']);
  const y = requirePositive('reserveQuote', o['reserveQuote']);
  const fee = optional(o['fee'], UNISWAP_V2_FEE, (value) => requireFraction('fee', value, { maxInclusive: false }));
  const targetTwap = requirePositive('targetTwap', o['targetTwap']);
  const { blocks, manipulatedBlocks, averaging } = readTwapWindow(o);
  const spotBefore = requireFiniteResult('reserveQuote', y / x);
  if (!(spotBefore > 0)) throw new RiskInputError('reserveQuote', 'The pool price y/x is too small to represent; check both reserves.');
  const targetRatio = requireFiniteResult('targetTwap', targetTwap / spotBefore);
  const priceRatio = requiredRatio(targetRatio, blocks, manipulatedBlocks, averaging);
  const move = priceMove(x, y, priceRatio, fee, 'targetTwap');
  return {
    spotBefore,
    requiredSpot: move.spotAfter,
    priceRatio,
    capitalPerBlock: move.capital,
    costPerBlock: move.cost,
    costPerBlockWithFee: move.costWithFee,
    totalCost: requireFiniteResult('manipulatedBlocks', manipulatedBlocks * move.cost),
    totalCostWithFee: requireFiniteResult('manipulatedBlocks', manipulatedBlocks * move.costWithFee),
  };
}
