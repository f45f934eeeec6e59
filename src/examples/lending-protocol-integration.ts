import { loopPosition, type LoopPositionInput } from '../risk/index.ts';
import { defineExample } from './define.ts';

/** Amounts on this page are in ETH: wstETH is supplied and valued in ETH, and ETH is borrowed. */
export const LOOP_UNIT = 'ETH';
const AMOUNT = { digits: 4, unit: LOOP_UNIT } as const;
const PERCENT = { percent: true, digits: 2 } as const;
const TIMES = { digits: 4, unit: '×' } as const;

type Loop = ReturnType<typeof loopPosition>;

const inputRows = {
  deposit: ['Own capital deposited (wstETH, in ETH)', (i: LoopPositionInput) => i.deposit, AMOUNT],
  ltv: ['Loan-to-value borrowed on each deposit', (i: LoopPositionInput) => i.ltv, PERCENT],
  loops: ['Loops (re-deposits)', (i: LoopPositionInput) => i.loops, { digits: 0 }],
  threshold: ['Liquidation threshold', (i: LoopPositionInput) => i.liquidationThreshold, PERCENT],
  supply: ['Yield on wstETH (staking + supply)', (i: LoopPositionInput) => i.supplyRate, PERCENT],
  borrow: ['Borrow rate on ETH', (i: LoopPositionInput) => i.borrowRate, PERCENT],
} as const;

/** Inputs of {@link wstethLoop}, exported alone so that the calculator's defaults do not pull the examples into the browser. */
export const wstethLoopInput: LoopPositionInput = { deposit: 10, ltv: 0.9, loops: 5, liquidationThreshold: 0.93, supplyRate: 0.03, borrowRate: 0.022 };

/**
 * A wstETH/ETH loop with parameters chosen for illustration: 10 ETH of own capital, 90 % borrowed on each
 * deposit, five loops, liquidation threshold 93 %, 3 % earned and 2.2 % paid per year.
 * Checked by hand: L = (1 − 0.9⁶)/0.1 = 4.68559; net rate = 4.68559·3 % − 3.68559·2.2 % = 5.9484 %; HF = 0.93·L/(L − 1) = 1.18234.
 */
export const wstethLoop = /* @__PURE__ */ defineExample({
  id: 'wsteth-loop',
  title: 'Five loops of wstETH against ETH',
  fn: 'loopPosition',
  input: wstethLoopInput,
  compute: loopPosition,
  inputs: inputRows,
  outputs: {
    leverage: ['Leverage after the loops', (r: Loop) => r.leverage, TIMES],
    maxLeverage: ['Leverage with endless loops', (r: Loop) => r.maxLeverage, TIMES],
    collateral: ['wstETH supplied (in ETH)', (r: Loop) => r.collateral, AMOUNT],
    debt: ['ETH borrowed', (r: Loop) => r.debt, AMOUNT],
    loanToValue: ['Loan-to-value of the position', (r: Loop) => r.loanToValue, PERCENT],
    netRate: ['Net yearly rate on own capital', (r: Loop) => r.netRate, PERCENT],
    netYield: ['Net income per year', (r: Loop) => r.netYield, AMOUNT],
    healthFactor: ['Health factor', (r: Loop) => r.healthFactor, { digits: 4 }],
    priceDrop: ['Fall of wstETH against ETH to liquidation', (r: Loop) => r.priceDropToLiquidation, PERCENT],
  },
});

/** The same loop when the ETH borrow rate rises to 4 %: the carry turns negative (4.68559·3 % − 3.68559·4 % = −0.6857 %). */
export const wstethLoopDearBorrow = /* @__PURE__ */ defineExample({
  id: 'wsteth-loop-borrow-4',
  title: 'The same loop when borrowing ETH costs 4 %',
  fn: 'loopPosition',
  input: { ...wstethLoopInput, borrowRate: 0.04 } satisfies LoopPositionInput,
  compute: loopPosition,
  inputs: { borrow: inputRows.borrow },
  outputs: {
    netRate: ['Net yearly rate on own capital', (r: Loop) => r.netRate, PERCENT],
    netYield: ['Net income per year', (r: Loop) => r.netYield, AMOUNT],
  },
});
