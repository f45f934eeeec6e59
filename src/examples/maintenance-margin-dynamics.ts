import { liquidationPrice, maintenanceBracket, type MarginBracket as Bracket, type Side } from '../risk/index.ts';
import { binanceBtcusdt2021 } from '../data/venues/binance-btcusdt-2021.ts';
import { formatNumber } from '../lib/format.ts';
import { defineExample } from './define.ts';

const brackets = binanceBtcusdt2021.brackets;

/**
 * Maintenance margin of a notional from its bracket: notional × rate − maintenance amount (Binance).
 * `maintenanceBracket` documents this relation but returns only its parts, so it is applied here,
 * in one place, for the pages and the calculator.
 */
export function maintenanceMarginOf(notional: number, bracket: { mmr: number; maintenanceAmount: number }): number {
  return notional * bracket.mmr - bracket.maintenanceAmount;
}

/**
 * Binance's own example in "How to Calculate Liquidation Price of USDⓈ-M Futures Contracts":
 * a BTCUSDT position of 500,000 USDT has maintenance amount 1,300 USDT, which is
 * 250,000 × (1 % − 0.5 %) + 50 for the bracket whose floor is 250,000 (published figure).
 */
export const maintenanceAmountExample = /* @__PURE__ */ defineExample({
  id: 'binance-maintenance-amount',
  title: 'Maintenance amount of a 500,000 USDT BTCUSDT position (Binance FAQ)',
  fn: 'maintenanceBracket',
  input: { notional: 500_000, brackets },
  compute: (input) => {
    const bracket = maintenanceBracket(input);
    return { ...bracket, maintenanceMargin: maintenanceMarginOf(input.notional, bracket) };
  },
  inputs: {
    notional: ['Position notional', (i) => i.notional, { digits: 0, unit: 'USDT' }],
    table: ['Bracket table', () => `${binanceBtcusdt2021.venue} ${binanceBtcusdt2021.symbol}, effective ${binanceBtcusdt2021.effectiveDate}`],
  },
  outputs: {
    tier: ['Tier', (r) => r.tier, { digits: 0 }],
    floor: ['Floor of the tier', (r) => brackets[r.tier - 1]?.floor ?? null, { digits: 0, unit: 'USDT' }],
    mmr: ['Maintenance margin rate', (r) => r.mmr, { percent: true, digits: 2 }],
    maintenanceAmount: ['Maintenance amount (cum)', (r) => r.maintenanceAmount, { digits: 0, unit: 'USDT' }],
    maintenanceMargin: ['Maintenance margin', (r) => r.maintenanceMargin, { digits: 0, unit: 'USDT' }],
  },
});

/** An isolated position on a bracket table, as the calculator takes it. */
export interface IsolatedPositionInput {
  side: Side;
  /** Position size Q in BTC. */
  size: number;
  /** Entry price in USDT. */
  entry: number;
  /** Isolated wallet balance (margin put into the position) in USDT. */
  walletBalance: number;
}

/** Bracket at entry, liquidation price on the table, and the bracket at the liquidation price. */
export function isolatedPositionOnTable(position: IsolatedPositionInput, table: readonly Bracket[] = brackets) {
  // The liquidation price first: it checks side, size, entry and wallet balance field by field.
  const lp = liquidationPrice({ ...position, brackets: table });
  const notional = position.size * position.entry;
  const atEntry = maintenanceBracket({ notional, brackets: table });
  const atLiquidation = lp === null ? null : maintenanceBracket({ notional: position.size * lp, brackets: table });
  const first = table[0];
  const flatLp = first ? liquidationPrice({ ...position, mmr: first.mmr, maintenanceAmount: 0 }) : null;
  return {
    notional,
    atEntry,
    maintenanceMargin: maintenanceMarginOf(notional, atEntry),
    liquidationPrice: lp,
    atLiquidation,
    notionalAtLiquidation: lp === null ? null : position.size * lp,
    distance: lp === null ? null : Math.abs(position.entry - lp) / position.entry,
    /** The margin does not cover the maintenance margin at entry: the position would be liquidated at once. */
    liquidatedAtEntry: position.walletBalance <= maintenanceMarginOf(notional, atEntry),
    flatLiquidationPrice: flatLp,
  };
}

/** An isolated long of 10 BTC at 50,000 USDT with 50,000 USDT margin (the calculator's defaults). */
export const ISOLATED_LONG_INPUT = { side: 'long', size: 10, entry: 50_000, walletBalance: 50_000 } satisfies IsolatedPositionInput;

/**
 * An isolated long of 10 BTC at 50,000 USDT with 50,000 USDT of isolated margin (10x) on the
 * Binance BTCUSDT table of 2021-03-18. Notional 500,000 USDT falls in the 250,000 tier (1 %,
 * cum 1,300); the liquidation price stays in that tier (reference vector 15.13: 45,323.2323).
 */
export const isolatedLongExample = /* @__PURE__ */ defineExample({
  id: 'binance-isolated-long',
  title: 'Isolated long 10 BTC at 50,000 USDT with 50,000 USDT margin',
  fn: 'liquidationPrice, maintenanceBracket',
  input: ISOLATED_LONG_INPUT,
  compute: (input) => isolatedPositionOnTable(input),
  inputs: {
    side: ['Side', (i) => (i.side === 'long' ? 'Long' : 'Short')],
    size: ['Size Q', (i) => i.size, { digits: 0, unit: 'BTC' }],
    entry: ['Entry price', (i) => i.entry, { digits: 0, unit: 'USDT' }],
    walletBalance: ['Isolated wallet balance', (i) => i.walletBalance, { digits: 0, unit: 'USDT' }],
    table: ['Bracket table', () => `${binanceBtcusdt2021.symbol}, effective ${binanceBtcusdt2021.effectiveDate}`],
  },
  outputs: {
    notional: ['Notional at entry', (r) => r.notional, { digits: 0, unit: 'USDT' }],
    tier: ['Tier at entry', (r) => r.atEntry.tier, { digits: 0 }],
    mmr: ['Maintenance margin rate', (r) => r.atEntry.mmr, { percent: true, digits: 2 }],
    cum: ['Maintenance amount (cum)', (r) => r.atEntry.maintenanceAmount, { digits: 0, unit: 'USDT' }],
    maintenanceMargin: ['Maintenance margin at entry', (r) => r.maintenanceMargin, { digits: 0, unit: 'USDT' }],
    liquidationPrice: ['Liquidation price', (r) => r.liquidationPrice, { digits: 2, unit: 'USDT', nullText: 'None' }],
    notionalAtLiquidation: ['Notional at the liquidation price', (r) => r.notionalAtLiquidation, { digits: 0, unit: 'USDT' }],
    tierAtLiquidation: ['Tier at the liquidation price', (r) => r.atLiquidation?.tier ?? null, { digits: 0 }],
    distance: ['Distance to liquidation (% of entry price)', (r) => r.distance, { percent: true, digits: 2 }],
    flatLiquidationPrice: [`Liquidation price at the tier-1 rate (${formatNumber(brackets[0]?.mmr ?? null, { percent: true })}) for the whole position`, (r) => r.flatLiquidationPrice, { digits: 2, unit: 'USDT' }],
  },
});

/**
 * The maintenance amount (cum) of every tier of a table, read from the library: tier n covers
 * notionals in (floor_n, floor_{n+1}], so the library's answer at the tier's ceiling is that
 * tier's cum (the last tier is read at twice its floor).
 */
export function maintenanceAmounts(table: readonly Bracket[]): number[] {
  return table.map((bracket, i) => {
    const ceiling = table[i + 1]?.floor ?? (bracket.floor > 0 ? 2 * bracket.floor : 1);
    return maintenanceBracket({ notional: ceiling, brackets: table }).maintenanceAmount;
  });
}

/** Notionals (USDT) before and after an exchange cuts a position to the ceiling of the tier below. */
export interface StepDownInput {
  before: number;
  after: number;
}

/**
 * Illustration of a bracket step-down on the Binance BTCUSDT table of 2021-03-18: a 3,000,000 USDT
 * position (20x tier, 2.5 %) reduced to 1,000,000 USDT, the ceiling of the 50x tier (1 %).
 * The rates come from the table; the reduction itself is a generic illustration, not Binance's procedure.
 */
export const bracketStepDownExample = /* @__PURE__ */ defineExample({
  id: 'bracket-step-down',
  title: 'Cutting a BTCUSDT position to the tier below (Binance table of 2021-03-18)',
  fn: 'maintenanceBracket',
  input: { before: 3_000_000, after: 1_000_000 } satisfies StepDownInput,
  compute: ({ before, after }) => {
    const high = maintenanceBracket({ notional: before, brackets });
    const low = maintenanceBracket({ notional: after, brackets });
    return {
      high,
      low,
      marginBefore: maintenanceMarginOf(before, high),
      marginAfter: maintenanceMarginOf(after, low),
    };
  },
  inputs: {
    before: ['Position before', (i) => i.before, { digits: 0, unit: 'USDT' }],
    after: ['Position after the cut', (i) => i.after, { digits: 0, unit: 'USDT' }],
    table: ['Bracket table', () => `${binanceBtcusdt2021.symbol}, effective ${binanceBtcusdt2021.effectiveDate}`],
  },
  outputs: {
    tierBefore: ['Tier before', (r) => r.high.tier, { digits: 0 }],
    rateBefore: ['Maintenance rate before', (r) => r.high.mmr, { percent: true, digits: 2 }],
    marginBefore: ['Maintenance margin before', (r) => r.marginBefore, { digits: 0, unit: 'USDT' }],
    tierAfter: ['Tier after', (r) => r.low.tier, { digits: 0 }],
    rateAfter: ['Maintenance rate after', (r) => r.low.mmr, { percent: true, digits: 2 }],
    marginAfter: ['Maintenance margin after', (r) => r.marginAfter, { digits: 0, unit: 'USDT' }],
  },
});
