import {
  constantProductPriceMove,
  twapManipulationCost,
  type ConstantProductPriceMoveInput,
  type TwapManipulationCostInput,
} from '../risk/index.ts';
import { defineExample } from './define.ts';

const USDC = { digits: 0, unit: 'USDC' } as const;
const PRICE = { digits: 2, unit: 'USDC per DAI' } as const;

/**
 * Reference vector 5.9: an ETH/USDC Uniswap v2 pool with 1,000 ETH and 2,000,000 USDC (price 2,000) pushed up
 * 10 % in one swap. Expected (SELF): 97,617.6963 USDC in before the fee, 97,911.4306 with it; 46.537411 ETH out;
 * cost 4,542.8748 before the fee, 4,836.6091 with it.
 */
export const ethPoolMoveExample = defineExample({
  id: 'eth-usdc-pool-up-10',
  title: 'Pushing an ETH/USDC pool’s price up 10 %',
  fn: 'constantProductPriceMove',
  input: { reserveBase: 1_000, reserveQuote: 2_000_000, priceRatio: 1.1, fee: 0.003 } satisfies ConstantProductPriceMoveInput,
  compute: constantProductPriceMove,
  inputs: {
    reserveBase: ['Pool reserve x', (i) => i.reserveBase, { digits: 0, unit: 'ETH' }],
    reserveQuote: ['Pool reserve y', (i) => i.reserveQuote, { digits: 0, unit: 'USDC' }],
    priceRatio: ['Price move r = P′/P', (i) => i.priceRatio, { digits: 2, unit: '×' }],
    fee: ['Pool fee φ (of the input)', (i) => i.fee ?? 0, { percent: true, digits: 1 }],
  },
  outputs: {
    spotBefore: ['Pool price before, P = y/x', (r) => r.spotBefore, { digits: 2, unit: 'USDC per ETH' }],
    spotAfter: ['Pool price after, rP', (r) => r.spotAfter, { digits: 2, unit: 'USDC per ETH' }],
    amountInWithFee: ['USDC the attacker sends, fee included', (r) => r.amountInWithFee, { digits: 2, unit: 'USDC' }],
    amountOut: ['ETH received', (r) => r.amountOut, { digits: 4, unit: 'ETH' }],
    cost: ['Cost if arbitrageurs trade the price back, before the fee', (r) => r.cost, { digits: 2, unit: 'USDC' }],
    costWithFee: ['Cost with the fee', (r) => r.costWithFee, { digits: 2, unit: 'USDC' }],
  },
});

/** Euler's pool: 50,000 DAI and 50,000 USDC (price 1), a 144-block geometric TWAP pushed to 1.35, no fee (as in the paper). */
const EULER_POOL = { reserveBase: 50_000, reserveQuote: 50_000, fee: 0, targetTwap: 1.35, averaging: 'geometric' } as const;

/** The Euler pool's 144-block TWAP with 10 blocks manipulated (the calculator's defaults). */
export const EULER_TWAP_INPUT = { ...EULER_POOL, blocks: 144, manipulatedBlocks: 10 } satisfies TwapManipulationCostInput;

/**
 * Reference vectors 5.6–5.7 (Bentley, Euler, 2021): n = 144 blocks, m = 10 → q ≈ 75.30; ΔUSDC ≈ 383,884 per block;
 * c ≈ 339,645 per block; C = m·c = 3,396,454 USDC. The calculator starts from these inputs.
 */
export const eulerTwapExample = defineExample({
  id: 'euler-dai-usdc-twap',
  title: 'Pushing a 144-block TWAP of DAI/USDC from 1.00 to 1.35 (Euler’s example)',
  fn: 'twapManipulationCost',
  input: EULER_TWAP_INPUT,
  compute: twapManipulationCost,
  inputs: {
    reserveBase: ['Pool reserve x', (i) => i.reserveBase, { digits: 0, unit: 'DAI' }],
    reserveQuote: ['Pool reserve y', (i) => i.reserveQuote, { digits: 0, unit: 'USDC' }],
    fee: ['Pool fee φ (ignored in the paper)', (i) => i.fee ?? 0, { percent: true, digits: 1 }],
    targetTwap: ['Target TWAP P̄', (i) => i.targetTwap, PRICE],
    blocks: ['Blocks in the window n', (i) => i.blocks, { digits: 0 }],
    manipulatedBlocks: ['Blocks the attacker holds m', (i) => i.manipulatedBlocks, { digits: 0 }],
    averaging: ['Averaging', () => 'geometric (Uniswap v3)'],
  },
  outputs: {
    spotBefore: ['Pool price P', (r) => r.spotBefore, PRICE],
    requiredSpot: ['Price to hold in each manipulated block, q', (r) => r.requiredSpot, PRICE],
    capitalPerBlock: ['USDC swapped in per manipulated block', (r) => r.capitalPerBlock, USDC],
    costPerBlock: ['Cost per block if arbitrageurs revert it, c', (r) => r.costPerBlock, USDC],
    totalCost: ['Upper bound on the attack’s cost, m·c', (r) => r.totalCost, USDC],
  },
});

/** The same pool read by an oracle that uses the spot price (n = m = 1): the target itself must be reached, once. */
export const eulerSpotExample = defineExample({
  id: 'euler-dai-usdc-spot',
  title: 'The same pool read as a spot price (n = m = 1)',
  fn: 'twapManipulationCost',
  input: { ...EULER_POOL, blocks: 1, manipulatedBlocks: 1 } satisfies TwapManipulationCostInput,
  compute: twapManipulationCost,
  inputs: {
    targetTwap: ['Target price', (i) => i.targetTwap, PRICE],
    blocks: ['Blocks in the window n = m', (i) => i.blocks, { digits: 0 }],
  },
  outputs: {
    capitalPerBlock: ['USDC swapped in', (r) => r.capitalPerBlock, USDC],
    costPerBlock: ['Cost if arbitrageurs revert it', (r) => r.costPerBlock, USDC],
  },
});
