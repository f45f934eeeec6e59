import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  constantProductPriceMove,
  twapManipulationCost,
  twapRequiredSpot,
  uniswapV2AmountIn,
  uniswapV2AmountOut,
} from '../../../src/risk/index.ts';
import { expectClose, expectInputError, expectPublished, expectWithin, NOT_FINITE_NUMBERS } from './helpers.ts';

/** Uniswap's test helper `expandTo18Decimals(n)`: n whole tokens in wei. */
const e18 = (tokens: number): string => (BigInt(tokens) * 10n ** 18n).toString();

/**
 * The pair's own check after a swap (UniswapV2Pair.sol `swap`): with the 0.3 % fee taken from what came in,
 * balance0Adjusted · balance1Adjusted ≥ reserve0 · reserve1 · 1000², else it reverts 'UniswapV2: K'.
 * Token 0 goes in (`amount0In`, which may be repaid in the same token as a flash swap), token 1 or 0 comes out.
 */
function passesK(reserve0: bigint, reserve1: bigint, amount0In: bigint, amount0Out: bigint, amount1Out: bigint): boolean {
  const balance0 = reserve0 + amount0In - amount0Out;
  const balance1 = reserve1 - amount1Out;
  const adjusted0 = balance0 * 1000n - amount0In * 3n;
  const adjusted1 = balance1 * 1000n;
  return adjusted0 * adjusted1 >= reserve0 * reserve1 * 1000n ** 2n;
}

describe('uniswapV2AmountOut (UniswapV2Library.getAmountOut)', () => {
  // Uniswap v2-core test/UniswapV2Pair.spec.ts, swapTestCases: [swapAmount, token0Amount, token1Amount, expectedOutputAmount].
  const SWAP_TEST_CASES = [
    [1, 5, 10, '1662497915624478906'],
    [1, 10, 5, '453305446940074565'],
    [2, 5, 10, '2851015155847869602'],
    [2, 10, 5, '831248957812239453'],
    [1, 10, 10, '906610893880149131'],
    [1, 100, 100, '987158034397061298'],
    [1, 1000, 1000, '996006981039903216'],
  ] as const;

  it.each(SWAP_TEST_CASES)('Uniswap v2-core swapTestCases: %i in, reserves %i / %i (18 decimals) → %s exactly (vectors 5.1–5.4)', (amountIn, reserveIn, reserveOut, expected) => {
    const { amountOut } = uniswapV2AmountOut({ amountIn: e18(amountIn), reserveIn: e18(reserveIn), reserveOut: e18(reserveOut) });
    expect(amountOut).toBe(expected);
    // The pair's test: the expected output passes the K check and one unit more reverts.
    const [r0, r1, a] = [BigInt(e18(reserveIn)), BigInt(e18(reserveOut)), BigInt(e18(amountIn))];
    expect(passesK(r0, r1, a, 0n, BigInt(amountOut))).toBe(true);
    expect(passesK(r0, r1, a, 0n, BigInt(amountOut) + 1n)).toBe(false);
  });

  it('Uniswap v2-core optimisticTestCases (flash swaps repaid in the same token) agree with the K check used above', () => {
    // [outputAmount, token0Amount, token1Amount, inputAmount]: given amountIn, amountOut = floor(amountIn · 0.997);
    // the last: given amountOut, amountIn = ceiling(amountOut / 0.997).
    const cases = [
      ['997000000000000000', 5, 10, e18(1)],
      ['997000000000000000', 10, 5, e18(1)],
      ['997000000000000000', 5, 5, e18(1)],
      [e18(1), 5, 5, '1003009027081243732'],
    ] as const;
    for (const [output, reserve0, reserve1, input] of cases) {
      const [r0, r1] = [BigInt(e18(reserve0)), BigInt(e18(reserve1))];
      expect(passesK(r0, r1, BigInt(input), BigInt(output), 0n)).toBe(true);
      expect(passesK(r0, r1, BigInt(input), BigInt(output) + 1n, 0n)).toBe(false);
    }
  });

  it('Uniswap v2-periphery router test: getAmountOut(2, 100, 100) = 1', () => {
    expect(uniswapV2AmountOut({ amountIn: 2, reserveIn: 100, reserveOut: 100 })).toEqual({ amountOut: '1' });
  });

  it('sx.uniswap uniswap.hpp doc: (10000, 45851931234, 125682033533) → 27328 at the 0.3 % fee (vector 5.5)', () => {
    // The doc's get_amount_out example passes fee = 10 pips plus a default protocol fee of 10 pips, which gives
    // 27355; its printed 27328 is the 30-pip (Uniswap v2) figure, the fee its get_amount_in example uses (27328 → 10000).
    expect(uniswapV2AmountOut({ amountIn: 10_000, reserveIn: 45_851_931_234, reserveOut: 125_682_033_533 }).amountOut).toBe('27328');
  });

  it('accepts the same amount as a safe integer, a bigint and a string of digits', () => {
    const forms = [
      { amountIn: 1_000, reserveIn: 50_000, reserveOut: 100_000 },
      { amountIn: 1_000n, reserveIn: 50_000n, reserveOut: 100_000n },
      { amountIn: '1000', reserveIn: '50000', reserveOut: '100000' },
    ];
    const outputs = forms.map((input) => uniswapV2AmountOut(input).amountOut);
    expect(new Set(outputs).size).toBe(1);
    // ⌊1000·997·100000 / (50000·1000 + 1000·997)⌋ = ⌊99,700,000,000 / 50,997,000⌋ = ⌊1,955.02…⌋
    expect(outputs[0]).toBe('1955');
  });

  it('property: the output is the largest that passes the pair’s K check, and stays below the reserve', () => {
    const amount = fc.bigInt({ min: 1n, max: 10n ** 30n });
    fc.assert(
      fc.property(amount, amount, amount, (amountIn, reserveIn, reserveOut) => {
        const out = BigInt(uniswapV2AmountOut({ amountIn, reserveIn, reserveOut }).amountOut);
        expect(out).toBeLessThan(reserveOut);
        expect(passesK(reserveIn, reserveOut, amountIn, 0n, out)).toBe(true);
        expect(passesK(reserveIn, reserveOut, amountIn, 0n, out + 1n)).toBe(false);
      }),
    );
  });

  it('bad input: zero amounts (INSUFFICIENT_INPUT_AMOUNT / INSUFFICIENT_LIQUIDITY), fractions, unsafe numbers, overflow', () => {
    const good = { amountIn: 1, reserveIn: 100, reserveOut: 100 };
    for (const field of ['amountIn', 'reserveIn', 'reserveOut'] as const) {
      for (const bad of [0, -1, 1.5, 1e18, '1e18', '1.0', ' 1', '-1', '', 0n, -1n, NaN, Infinity, null, true, {}, [1], undefined]) {
        expectInputError(() => uniswapV2AmountOut({ ...good, [field]: bad } as never), field);
      }
    }
    const max = ((1n << 256n) - 1n).toString();
    expectInputError(() => uniswapV2AmountOut({ ...good, amountIn: (1n << 256n).toString() }), 'amountIn');
    expectInputError(() => uniswapV2AmountOut({ ...good, amountIn: max }), 'amountIn');
    expectInputError(() => uniswapV2AmountOut({ ...good, reserveIn: max }), 'reserveIn');
    expect(() => uniswapV2AmountOut(null as never)).toThrow(/input/i);
  });
});

describe('uniswapV2AmountIn (UniswapV2Library.getAmountIn)', () => {
  it('Uniswap v2-periphery router test: getAmountIn(1, 100, 100) = 2', () => {
    expect(uniswapV2AmountIn({ amountOut: 1, reserveIn: 100, reserveOut: 100 })).toEqual({ amountIn: '2' });
  });

  it('sx.uniswap uniswap.hpp doc: get_amount_in(27328, 45851931234, 125682033533, fee 30) → 10000', () => {
    expect(uniswapV2AmountIn({ amountOut: 27_328, reserveIn: 45_851_931_234, reserveOut: 125_682_033_533 }).amountIn).toBe('10000');
  });

  it('Uniswap v2-core swapTestCases read backwards: buying each expected output costs at most the input', () => {
    const amountIn = uniswapV2AmountIn({ amountOut: '1662497915624478906', reserveIn: e18(5), reserveOut: e18(10) }).amountIn;
    expect(BigInt(amountIn)).toBeLessThanOrEqual(BigInt(e18(1)));
    expect(BigInt(uniswapV2AmountOut({ amountIn, reserveIn: e18(5), reserveOut: e18(10) }).amountOut)).toBeGreaterThanOrEqual(1662497915624478906n);
  });

  it('property: the input buys at least the output, and is the least input that passes the K check, or one unit more when the division is exact', () => {
    const amount = fc.bigInt({ min: 2n, max: 10n ** 30n });
    fc.assert(
      fc.property(amount, amount, fc.double({ min: 0, max: 0.999, noNaN: true }), (reserveIn, reserveOut, share) => {
        const amountOut = BigInt(Math.max(1, Math.floor(Number(reserveOut - 1n) * share)));
        fc.pre(amountOut < reserveOut);
        const amountIn = BigInt(uniswapV2AmountIn({ amountOut, reserveIn, reserveOut }).amountIn);
        expect(BigInt(uniswapV2AmountOut({ amountIn, reserveIn, reserveOut }).amountOut)).toBeGreaterThanOrEqual(amountOut);
        // The K check needs 997·x·(reserveOut − out) ≥ 1000·reserveIn·out, so the least input is ⌈N/D⌉; the
        // contract's ⌊N/D⌋ + 1 equals it unless D divides N, and is then one unit more.
        const exact = (1000n * reserveIn * amountOut) % (997n * (reserveOut - amountOut)) === 0n;
        const least = exact ? amountIn - 1n : amountIn;
        expect(passesK(reserveIn, reserveOut, least, 0n, amountOut)).toBe(true);
        if (least > 1n) expect(passesK(reserveIn, reserveOut, least - 1n, 0n, amountOut)).toBe(false);
      }),
      // An exact division: 1000·997·1 / (997·1) = 1,000, so the contract asks 1,001 (found by fast-check with a larger reserve).
      { examples: [[997n, 2n, 0]] },
    );
  });

  it('bad input: zero output, an output as large as the reserve, bad forms, overflow', () => {
    const good = { amountOut: 1, reserveIn: 100, reserveOut: 100 };
    for (const field of ['amountOut', 'reserveIn', 'reserveOut'] as const) {
      for (const bad of [0, -3, 2.5, '0x10', 1e20, NaN, null, undefined]) expectInputError(() => uniswapV2AmountIn({ ...good, [field]: bad } as never), field);
    }
    expectInputError(() => uniswapV2AmountIn({ ...good, amountOut: 100 }), 'amountOut');
    expectInputError(() => uniswapV2AmountIn({ ...good, amountOut: 101 }), 'amountOut');
    const big = (1n << 200n).toString();
    expectInputError(() => uniswapV2AmountIn({ amountOut: big, reserveIn: big, reserveOut: (1n << 201n).toString() }), 'amountOut');
  });
});

describe('constantProductPriceMove', () => {
  const pool = { reserveBase: 1_000, reserveQuote: 2_000_000 };

  it('SELF 5.9: 1,000 ETH / 2,000,000 USDC, r = 1.1 → Δy 97,617.6963 (97,911.4306 with 0.3 %), Δx 46.537411, c 4,542.8748 (4,836.6091)', () => {
    const move = constantProductPriceMove({ ...pool, priceRatio: 1.1, fee: 0.003 });
    expectWithin(move.amountIn, 97_617.6963, 5e-5);
    expectWithin(move.amountInWithFee, 97_911.4306, 5e-5);
    expectWithin(move.amountOut, 46.537411, 5e-7);
    expectWithin(move.cost, 4_542.8748, 5e-5);
    expectWithin(move.costWithFee, 4_836.6091, 5e-5);
    expect(move.spotBefore).toBe(2_000);
    expectClose(move.spotAfter, 2_200, 1e-15);
    expect(move.capital).toBe(move.amountInWithFee);
  });

  it('SELF 5.10: same pool, r = 2 → Δy 828,427.1247, Δx 292.893219, c 242,640.6871', () => {
    const move = constantProductPriceMove({ ...pool, priceRatio: 2, fee: 0 });
    expectWithin(move.amountIn, 828_427.1247, 5e-5);
    expectWithin(move.amountOut, 292.893219, 5e-7);
    expectWithin(move.cost, 242_640.6871, 5e-5);
    expect(move.costWithFee).toBe(move.cost);
  });

  it('Euler (Bentley 2021) §1.2: 50,000 DAI / 50,000 USDC moved to 75.30… → ΔUSDC ≈ 383,884, c ≈ 339,645 (vector 5.7)', () => {
    const q = 1.35 ** 14.4;
    const move = constantProductPriceMove({ reserveBase: 50_000, reserveQuote: 50_000, priceRatio: q, fee: 0 });
    expectPublished(move.amountIn, '383,884');
    expectPublished(move.cost, '339,645');
    // Cost = Δy − P·Δx, the paper's definition.
    expectClose(move.cost, move.amountIn - move.spotBefore * move.amountOut, 1e-12);
  });

  it('Euler (Bentley 2021) §1.2, single block: q ≈ 5.8622e18 → ΔUSDC ≈ 121,060,185,709,756 and C ≈ 121,060,185,659,756', () => {
    const move = constantProductPriceMove({ reserveBase: 50_000, reserveQuote: 50_000, priceRatio: 1.35 ** 144, fee: 0 });
    expectPublished(move.amountIn, '121,060,185,709,756');
    expectPublished(move.cost, '121,060,185,659,756');
  });

  it('keeps x·y constant, and a move down is the mirror of a move up (r ↔ 1/r, x ↔ y)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-3, max: 1e9, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e9, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        (x, y, r) => {
          const move = constantProductPriceMove({ reserveBase: x, reserveQuote: y, priceRatio: r, fee: 0 });
          const [xAfter, yAfter] = r >= 1 ? [x - move.amountOut, y + move.amountIn] : [x + move.amountIn, y - move.amountOut];
          expectClose(xAfter * yAfter, x * y, 1e-9);
          expectClose(yAfter / xAfter, r * (y / x), 1e-9);
          // c = y(r^¼ − r^−¼)²
          expectClose(move.cost, y * (r ** 0.25 - r ** -0.25) ** 2, 1e-9, 1e-9 * y);
          // Mirror: selling base to divide the price by r costs, in base, what buying costs in quote.
          const mirror = constantProductPriceMove({ reserveBase: y, reserveQuote: x, priceRatio: 1 / r, fee: 0 });
          expectClose(mirror.amountIn, move.amountIn, 1e-9, 1e-12 * y);
          expect(move.cost).toBeGreaterThanOrEqual(0);
          expect(move.costWithFee).toBeGreaterThanOrEqual(move.cost);
        },
      ),
    );
  });

  it('cost and capital grow as the move gets larger, in both directions; r = 1 costs nothing', () => {
    const at = (priceRatio: number) => constantProductPriceMove({ ...pool, priceRatio });
    expect(at(1)).toMatchObject({ amountIn: 0, amountOut: 0, cost: 0, costWithFee: 0, capital: 0 });
    fc.assert(
      fc.property(fc.double({ min: 1, max: 100, noNaN: true }), fc.double({ min: 1.0001, max: 2, noNaN: true }), (r, step) => {
        expect(at(r * step).capital).toBeGreaterThan(at(r).capital);
        expect(at(r * step).cost).toBeGreaterThan(at(r).cost);
        expect(at(1 / (r * step)).cost).toBeGreaterThan(at(1 / r).cost);
      }),
    );
    // Near r = 1 the cost is second order: c ≈ y(ln r)²/4.
    expectClose(at(1 + 1e-9).cost, (2_000_000 * 1e-18) / 4, 1e-6);
  });

  it('bad input', () => {
    const good = { ...pool, priceRatio: 1.1 };
    for (const field of ['reserveBase', 'reserveQuote', 'priceRatio'] as const) {
      for (const bad of [...NOT_FINITE_NUMBERS, 0, -1]) expectInputError(() => constantProductPriceMove({ ...good, [field]: bad } as never), field);
    }
    for (const bad of [...NOT_FINITE_NUMBERS, 1, -0.1, 3]) expectInputError(() => constantProductPriceMove({ ...good, fee: bad } as never), 'fee');
    expectInputError(() => constantProductPriceMove({ reserveBase: 1, reserveQuote: 1e300, priceRatio: 1e300, fee: 0 }), 'priceRatio');
  });
});

describe('twapRequiredSpot', () => {
  const euler = { spot: 1, targetTwap: 1.35, blocks: 144, averaging: 'geometric' } as const;

  it('Euler (Bentley 2021) eq. (3): n = 144, P = 1, T = 1.35, m = 10 → q ≈ 75.30 (vector 5.6)', () => {
    const { requiredSpot, priceRatio } = twapRequiredSpot({ ...euler, manipulatedBlocks: 10 });
    expectPublished(requiredSpot, '75.30');
    expectClose(requiredSpot, 75.301957560314969, 1e-13);
    expect(priceRatio).toBe(requiredSpot);
  });

  it('Euler (Bentley 2021) eq. (4): m = 1 → q ≈ 5,862,227,430,474,700,000 (vector 5.8)', () => {
    // Printed to 14 significant figures (½ unit = 50,000). The exact 1.35¹⁴⁴ = 5,862,227,430,474,639,279.7… would
    // print as …474,600,000: the paper's figure carries the rounding of 1.35 to a double (relative 6.6e-17, times
    // 144), as does any double-precision evaluation, ours included. So: the printed figure at ½ unit, and the exact
    // value at the relative error that rounding of the input allows.
    const q = twapRequiredSpot({ ...euler, manipulatedBlocks: 1 }).requiredSpot;
    expectWithin(q, 5.8622274304747e18, 50_000); // printed 5,862,227,430,474,700,000
    expectClose(q, 5.8622274304746393e18, 144 * 2 ** -53 * 1.5);
  });

  it('Euler (Bentley 2021) text: m = 20 → "8.5x" (exactly 8.6777), m = 72 → "around 2x" (exactly 1.8225) (vector 5.8)', () => {
    // The text's 8.5x does not survive the formula it states: 1.35^(144/20) = 1.35^7.2 = 8.677670…, which would
    // print as 8.7x. We test the value of the paper's own equation (3), computed independently with 40-digit arithmetic.
    expectClose(twapRequiredSpot({ ...euler, manipulatedBlocks: 20 }).requiredSpot, 8.677670053667342, 1e-14);
    const m72 = twapRequiredSpot({ ...euler, manipulatedBlocks: 72 }).requiredSpot;
    expectPublished(m72, '2');
    expectClose(m72, 1.8225, 1e-15);
  });

  it('SELF 5.11: arithmetic (Uniswap v2) TWAP, same window and target → q = 6.04', () => {
    expectClose(twapRequiredSpot({ ...euler, manipulatedBlocks: 10, averaging: 'arithmetic' }).requiredSpot, 6.04, 1e-14);
  });

  it('property: putting q back into the average gives the target; more blocks need a smaller move; m = n gives q = T', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        fc.double({ min: 0.5, max: 2, noNaN: true }),
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 1, max: 200 }),
        fc.constantFrom('geometric', 'arithmetic' as const),
        (spot, move, blocks, pick, averaging) => {
          const manipulatedBlocks = 1 + (pick % blocks);
          const targetTwap = spot * move;
          let q: number;
          try {
            q = twapRequiredSpot({ spot, targetTwap, blocks, manipulatedBlocks, averaging }).requiredSpot;
          } catch {
            // Only an arithmetic target below reach may fail.
            expect(averaging === 'arithmetic' && spot + (blocks / manipulatedBlocks) * (targetTwap - spot) <= 0).toBe(true);
            return;
          }
          const m = manipulatedBlocks;
          const back = averaging === 'geometric'
            ? Math.exp(((blocks - m) * Math.log(spot) + m * Math.log(q)) / blocks)
            : ((blocks - m) * spot + m * q) / blocks;
          if (Number.isFinite(q) && q < 1e250) expectClose(back, targetTwap, 1e-9);
          if (m < blocks && move !== 1) {
            const easier = twapRequiredSpot({ spot, targetTwap, blocks, manipulatedBlocks: m + 1, averaging }).requiredSpot;
            expect(Math.abs(Math.log(easier / spot))).toBeLessThanOrEqual(Math.abs(Math.log(q / spot)) * (1 + 1e-12));
          }
        },
      ),
    );
    expectClose(twapRequiredSpot({ spot: 2, targetTwap: 3, blocks: 30, manipulatedBlocks: 30, averaging: 'geometric' }).requiredSpot, 3, 1e-15);
  });

  it('bad input', () => {
    const good = { ...euler, manipulatedBlocks: 10 };
    for (const field of ['spot', 'targetTwap'] as const) {
      for (const bad of [...NOT_FINITE_NUMBERS, 0, -1]) expectInputError(() => twapRequiredSpot({ ...good, [field]: bad } as never), field);
    }
    for (const bad of [...NOT_FINITE_NUMBERS, 0, 1.5, -2]) expectInputError(() => twapRequiredSpot({ ...good, blocks: bad } as never), 'blocks');
    for (const bad of [...NOT_FINITE_NUMBERS, 0, 145, 2.5]) expectInputError(() => twapRequiredSpot({ ...good, manipulatedBlocks: bad } as never), 'manipulatedBlocks');
    for (const bad of ['mean', '', undefined, 1]) expectInputError(() => twapRequiredSpot({ ...good, averaging: bad } as never), 'averaging');
    // An arithmetic mean over 144 blocks cannot fall to 0.5 when only 10 blocks move (the spot would go negative).
    expectInputError(() => twapRequiredSpot({ ...good, targetTwap: 0.5, averaging: 'arithmetic' }), 'targetTwap');
    // Too large to represent.
    expectInputError(() => twapRequiredSpot({ ...good, targetTwap: 1e10, manipulatedBlocks: 1 }), 'targetTwap');
  });
});

describe('twapManipulationCost', () => {
  const euler = { reserveBase: 50_000, reserveQuote: 50_000, fee: 0, targetTwap: 1.35, blocks: 144, manipulatedBlocks: 10, averaging: 'geometric' } as const;

  it('Euler (Bentley 2021) §1.2: DAI/USDC 50,000 / 50,000, m = 10 → ΔUSDC ≈ 383,884, c ≈ 339,645, C = 3,396,454 (vector 5.7)', () => {
    const result = twapManipulationCost(euler);
    expect(result.spotBefore).toBe(1);
    expectPublished(result.requiredSpot, '75.30');
    expectPublished(result.capitalPerBlock, '383,884');
    expectPublished(result.costPerBlock, '339,645');
    expectPublished(result.totalCost, '3,396,454');
    expect(result.totalCostWithFee).toBe(result.totalCost);
  });

  it('Euler (Bentley 2021) §1.2: m = 1 → C ≈ 121,060,185,659,756 USDC', () => {
    expectPublished(twapManipulationCost({ ...euler, manipulatedBlocks: 1 }).totalCost, '121,060,185,659,756');
  });

  it('equals q from twapRequiredSpot fed to constantProductPriceMove, m times; a spot oracle is n = m = 1', () => {
    const withFee = { ...euler, fee: 0.003 };
    const result = twapManipulationCost(withFee);
    const { priceRatio } = twapRequiredSpot({ spot: 1, targetTwap: 1.35, blocks: 144, manipulatedBlocks: 10, averaging: 'geometric' });
    const move = constantProductPriceMove({ reserveBase: 50_000, reserveQuote: 50_000, priceRatio, fee: 0.003 });
    expect(result.capitalPerBlock).toBe(move.capital);
    expect(result.costPerBlockWithFee).toBe(move.costWithFee);
    expectClose(result.totalCostWithFee, 10 * move.costWithFee, 1e-15);
    const spotOracle = twapManipulationCost({ ...withFee, blocks: 1, manipulatedBlocks: 1 });
    expectClose(spotOracle.requiredSpot, 1.35, 1e-15);
    expect(spotOracle.costPerBlock).toBe(constantProductPriceMove({ reserveBase: 50_000, reserveQuote: 50_000, priceRatio: 1.35, fee: 0.003 }).cost);
  });

  it('property: scales with the pool (twice the liquidity, twice the cost), and the fee only adds', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e8, noNaN: true }),
        fc.double({ min: 0.5, max: 2, noNaN: true }),
        fc.double({ min: 1.01, max: 3, noNaN: true }),
        fc.double({ min: 1, max: 10, noNaN: true }),
        (x, price, target, k) => {
          const base = { reserveBase: x, reserveQuote: x * price, fee: 0, targetTwap: price * target, blocks: 30, manipulatedBlocks: 6, averaging: 'geometric' as const };
          const one = twapManipulationCost(base);
          const scaled = twapManipulationCost({ ...base, reserveBase: x * k, reserveQuote: x * price * k });
          expectClose(scaled.totalCost, k * one.totalCost, 1e-9);
          expect(twapManipulationCost({ ...base, fee: 0.003 }).totalCostWithFee).toBeGreaterThan(one.totalCost);
        },
      ),
    );
  });

  it('bad input', () => {
    for (const field of ['reserveBase', 'reserveQuote', 'targetTwap'] as const) {
      for (const bad of [...NOT_FINITE_NUMBERS, 0, -5]) expectInputError(() => twapManipulationCost({ ...euler, [field]: bad } as never), field);
    }
    for (const bad of [-0.01, 1, '0.3%']) expectInputError(() => twapManipulationCost({ ...euler, fee: bad } as never), 'fee');
    expectInputError(() => twapManipulationCost({ ...euler, manipulatedBlocks: 200 }), 'manipulatedBlocks');
    expectInputError(() => twapManipulationCost({ ...euler, averaging: 'median' } as never), 'averaging');
    expectInputError(() => twapManipulationCost({ ...euler, targetTwap: 0.2, averaging: 'arithmetic' }), 'targetTwap');
  });
});
