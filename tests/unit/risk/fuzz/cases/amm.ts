/** Fuzz schemas of src/risk/amm.ts. */
import fc from 'fast-check';
import { enumeration, fraction, integerFrom, isString, object, positive, scalar, type Arbitrary, type Case } from '../spec.ts';

/** A whole number of token units in each accepted form: safe integer, bigint, string of digits (up to uint256). */
const tokenUnits: Arbitrary = fc.oneof(
  fc.integer({ min: 1, max: 1_000_000 }),
  fc.bigInt({ min: 1n, max: (1n << 112n) - 1n }),
  fc.bigInt({ min: 1n, max: (1n << 256n) - 1n }).map((value) => value.toString()),
  fc.constantFrom('1', '1000000000000000000', String(Number.MAX_SAFE_INTEGER), ((1n << 256n) - 1n).toString(), Number.MAX_SAFE_INTEGER),
);
const units = scalar(tokenUnits);
/** Pools of everyday size, so that most swaps compute rather than overflow. */
const everydayReserve = fc.oneof(fc.double({ min: 1e-6, max: 1e12, noNaN: true }), positive);
const reserve = scalar(everydayReserve);
const fee = scalar(fraction({ maxExcluded: true }), { optional: true });
const averaging = enumeration('geometric', 'arithmetic');

/** n ≥ 1 and m in [1, n] (the schema's `valid` must respect m ≤ n). */
function withWindow(fields: Record<string, Arbitrary>): Arbitrary {
  return fc
    .record({ ...fields, blocks: integerFrom(1, 400), pick: fc.double({ min: 0, max: 1, noNaN: true }) })
    .map(({ pick, ...rest }) => {
      const blocks = rest['blocks'] as number;
      const manipulatedBlocks = Math.max(1, Math.min(blocks, Math.ceil((pick as number) * Math.min(blocks, 1e6))));
      return { ...rest, manipulatedBlocks };
    });
}
const window = { blocks: scalar(integerFrom(1, 400)), manipulatedBlocks: scalar(integerFrom(1, 400)), averaging };
const twapValid = (extra: Record<string, Arbitrary>) =>
  withWindow({ ...extra, targetTwap: fc.oneof(fc.double({ min: 0.01, max: 100, noNaN: true }), positive), averaging: fc.constantFrom('geometric', 'arithmetic') });

export const cases = {
  uniswapV2AmountOut: {
    input: object({ amountIn: units, reserveIn: units, reserveOut: units }),
    allow: { amountOut: isString },
  },
  uniswapV2AmountIn: {
    input: object({ amountOut: units, reserveIn: units, reserveOut: units }),
    allow: { amountIn: isString },
  },
  constantProductPriceMove: {
    input: object({
      reserveBase: reserve,
      reserveQuote: reserve,
      priceRatio: scalar(fc.oneof(fc.double({ min: 0.01, max: 100, noNaN: true }), positive)),
      fee,
    }),
  },
  twapRequiredSpot: {
    input: object(
      { spot: scalar(positive), targetTwap: scalar(positive), ...window },
      { valid: twapValid({ spot: fc.oneof(fc.double({ min: 0.01, max: 1e5, noNaN: true }), positive) }) },
    ),
  },
  twapManipulationCost: {
    input: object(
      { reserveBase: reserve, reserveQuote: reserve, fee, targetTwap: scalar(positive), ...window },
      { valid: twapValid({ reserveBase: everydayReserve, reserveQuote: everydayReserve, fee: fraction({ maxExcluded: true }) }) },
    ),
  },
} as const satisfies Readonly<Record<string, Case>>;
