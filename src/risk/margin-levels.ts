/**
 * Margin ratios and leverage of a single leveraged position: Binance's margin ratio (maintenance
 * margin / margin balance) and the price at which it reaches a warning level, liquidation of a
 * Kraken Futures inverse contract, and nominal and effective leverage. Re-exported by margin.ts.
 */
import {
  fail,
  optional,
  requireFiniteResult,
  requireFraction,
  requireInRange,
  requireNonNegative,
  requireObject,
  requirePositive,
  requireSide,
} from './validate.ts';
import type { Side } from './validate.ts';

/** Input of {@link krakenFuturesInverseLiquidation}. */
export interface KrakenFuturesInverseInput {
  /** `'long'` or `'short'`. */
  side: Side;
  /** Q: position size in contracts of 1 USD face value each (USD), > 0. */
  contracts: number;
  /** E: entry price, USD per BTC, > 0. */
  entry: number;
  /** M: margin of the position in BTC, > 0. */
  margin: number;
  /** Maintenance margin rate, decimal of the position value in [0, 1) (Kraken's example: 1 %). */
  mmr: number;
}

/** Result of {@link krakenFuturesInverseLiquidation}: prices in USD per BTC, null where none exists. */
export interface KrakenFuturesInverseResult {
  /** Where equity falls to the maintenance margin mmr·Q/P. */
  liquidationPrice: number | null;
  /** Where equity falls to 0 (the order that closes the position is priced here). */
  bankruptcyPrice: number | null;
}

/**
 * Liquidation and bankruptcy prices of an inverse (coin-margined) futures position on Kraken
 * Futures: equity M + s·Q·(1/E − 1/P) in BTC against a maintenance margin of mmr times the
 * position value Q/P:
 *
 * P_liq = Q·(s + mmr) / (M + s·Q/E),  P_bk = s·Q / (M + s·Q/E).
 *
 * A short whose margin is at least its value at entry (M ≥ Q/E) has neither price.
 *
 * @param input.side - `'long'` or `'short'`. @param input.contracts - Q > 0 (USD). @param input.entry - E > 0.
 * @param input.margin - M > 0 (BTC). @param input.mmr - Decimal in [0, 1).
 * @returns `{ liquidationPrice, bankruptcyPrice }` (null for a short with M ≥ Q/E).
 * @throws {RiskInputError} Invalid field, or a price too large to represent.
 * @see Kraken Futures, "Equity Protection Process", https://support.kraken.com/hc/en-us/articles/360022835671-Equity-Protection-Process
 * @example
 * // Kraken's example: long 1,000 contracts at 8,000 with 0.01 BTC margin, maintenance 1 %
 * krakenFuturesInverseLiquidation({ side: 'long', contracts: 1_000, entry: 8_000, margin: 0.01, mmr: 0.01 });
 * // { liquidationPrice: 7481.48…, bankruptcyPrice: 7407.40… }
 */
export function krakenFuturesInverseLiquidation(input: KrakenFuturesInverseInput): KrakenFuturesInverseResult {
  const o = requireObject('input', input);
  const sign = requireSide('side', o['side']) === 'long' ? 1 : -1;
  const contracts = requirePositive('contracts', o['contracts']);
  const entry = requirePositive('entry', o['entry']);
  const margin = requirePositive('margin', o['margin']);
  const mmr = requireFraction('mmr', o['mmr'], { maxInclusive: false });
  // M + s·Q/E in BTC: always positive for a long; a short has prices only while it is negative (M < Q/E).
  const cover = requireFiniteResult('contracts', margin + (sign * contracts) / entry);
  if (sign === -1 && !(cover < 0)) return { liquidationPrice: null, bankruptcyPrice: null };
  const price = (numerator: number) => {
    const value = requireFiniteResult('margin', numerator / cover);
    return value > 0 ? value : null;
  };
  return { liquidationPrice: price(contracts * (sign + mmr)), bankruptcyPrice: price(sign * contracts) };
}

/** Input of {@link binanceMarginRatio}: an isolated USDⓈ-M position (one rate) and a mark price. */
export interface BinanceMarginRatioInput {
  /** `'long'` or `'short'`. */
  side: Side;
  /** Q: position size, base-asset units, > 0. */
  size: number;
  /** E: entry price, quote currency, > 0. */
  entry: number;
  /** WB: isolated wallet balance (or a cross wallet holding only this position), quote currency, ≥ 0. */
  walletBalance: number;
  /** Maintenance margin rate, decimal in [0, 1). */
  mmr: number;
  /** cum: maintenance amount, quote currency, ≥ 0 (default 0). */
  maintenanceAmount?: number | undefined;
  /** P: mark price, quote currency, > 0. */
  markPrice: number;
}

/** Result of {@link binanceMarginRatio}; money in the quote currency. */
export interface BinanceMarginRatioResult {
  /** Q·P·mmr − cum. */
  maintenanceMargin: number;
  /** WB + s·Q·(P − E). */
  marginBalance: number;
  /** Maintenance margin / margin balance, decimal (1 = 100 %: liquidation); null when the margin balance is ≤ 0. */
  marginRatio: number | null;
}

/**
 * Binance futures margin ratio of an isolated position at a mark price: maintenance margin divided
 * by margin balance. Binance liquidates when it reaches 100 %; warnings before that are a user setting.
 *
 * @param input.side - `'long'` or `'short'`. @param input.size - Q > 0. @param input.entry - E > 0.
 * @param input.walletBalance - WB ≥ 0. @param input.mmr - [0, 1). @param input.maintenanceAmount - cum ≥ 0 (default 0).
 * @param input.markPrice - P > 0.
 * @returns `{ maintenanceMargin, marginBalance, marginRatio }`.
 * @throws {RiskInputError} Invalid field; `maintenanceAmount` above Q·P·mmr (a negative maintenance margin); overflow.
 * @see Binance, "How to Calculate Liquidation Price of USDⓈ-M Futures Contracts", https://www.binance.com/en/support/faq/b3c689c1f50a44cabb3a84e663b81d93
 * @example
 * binanceMarginRatio({ side: 'long', size: 1, entry: 50_000, walletBalance: 5_000, mmr: 0.004, markPrice: 46_000 });
 * // { maintenanceMargin: 184, marginBalance: 1000, marginRatio: 0.184 }
 */
export function binanceMarginRatio(input: BinanceMarginRatioInput): BinanceMarginRatioResult {
  const o = requireObject('input', input);
  const sign = requireSide('side', o['side']) === 'long' ? 1 : -1;
  const size = requirePositive('size', o['size']);
  const entry = requirePositive('entry', o['entry']);
  const walletBalance = requireNonNegative('walletBalance', o['walletBalance']);
  const mmr = requireFraction('mmr', o['mmr'], { maxInclusive: false });
  const maintenanceAmount = optional(o['maintenanceAmount'], 0, (v) => requireNonNegative('maintenanceAmount', v));
  const markPrice = requirePositive('markPrice', o['markPrice']);
  const markNotional = requireFiniteResult('size', size * markPrice);
  const maintenanceMargin = markNotional * mmr - maintenanceAmount;
  if (maintenanceMargin < 0) {
    fail('maintenanceAmount', `at most size × mark price × mmr (${String(markNotional * mmr)}), so that the maintenance margin is not negative`, maintenanceAmount);
  }
  const marginBalance = requireFiniteResult('walletBalance', walletBalance + sign * (markNotional - requireFiniteResult('size', size * entry)));
  const marginRatio = marginBalance > 0 ? requireFiniteResult('walletBalance', maintenanceMargin / marginBalance) : null;
  return { maintenanceMargin, marginBalance, marginRatio };
}

/** Input of {@link binanceMarginRatioPrice}: an isolated position (one rate) and a margin ratio. */
export interface BinanceMarginRatioPriceInput extends Omit<BinanceMarginRatioInput, 'markPrice'> {
  /** m: the margin ratio to reach, decimal in (0, 1] (1 = liquidation, 0.8 = a warning at 80 %). */
  marginRatio: number;
}

/**
 * Mark price at which the Binance margin ratio (maintenance margin / margin balance, see
 * {@link binanceMarginRatio}) reaches m, for an isolated linear position with one maintenance rate:
 *
 * P_m = (m·(WB − s·Q·E) + cum) / (Q·(mmr − s·m)),
 *
 * which at m = 1 is Binance's liquidation price (`liquidationPrice` in margin.ts).
 *
 * @param input.side - `'long'` or `'short'`. @param input.size - Q > 0. @param input.entry - E > 0.
 * @param input.walletBalance - WB ≥ 0. @param input.mmr - [0, 1). @param input.maintenanceAmount - cum ≥ 0 (default 0).
 * @param input.marginRatio - m in (0, 1].
 * @returns The mark price (quote currency), or `null` when the ratio never reaches m at a positive
 * price with a positive maintenance margin (e.g. a long at m ≤ mmr: its ratio only approaches mmr as the price rises).
 * @throws {RiskInputError} Invalid field or overflow.
 * @see Binance, "How to Calculate Liquidation Price of USDⓈ-M Futures Contracts", https://www.binance.com/en/support/faq/b3c689c1f50a44cabb3a84e663b81d93
 * @example
 * // Long 1 BTC at 50,000 with 5,000 USDT, mmr 0.4 %: the ratio reaches 80 % at 45,226.13
 * binanceMarginRatioPrice({ side: 'long', size: 1, entry: 50_000, walletBalance: 5_000, mmr: 0.004, marginRatio: 0.8 });
 */
export function binanceMarginRatioPrice(input: BinanceMarginRatioPriceInput): number | null {
  const o = requireObject('input', input);
  const sign = requireSide('side', o['side']) === 'long' ? 1 : -1;
  const size = requirePositive('size', o['size']);
  const entry = requirePositive('entry', o['entry']);
  const walletBalance = requireNonNegative('walletBalance', o['walletBalance']);
  const mmr = requireFraction('mmr', o['mmr'], { maxInclusive: false });
  const maintenanceAmount = optional(o['maintenanceAmount'], 0, (v) => requireNonNegative('maintenanceAmount', v));
  const ratio = requireInRange('marginRatio', o['marginRatio'], { min: 0, max: 1, minInclusive: false, hint: '(a decimal fraction: 0.8 means 80 %)' });
  const excess = requireFiniteResult('walletBalance', walletBalance - sign * requireFiniteResult('size', size * entry));
  const denominator = size * (mmr - sign * ratio);
  if (denominator === 0) return null;
  const price = requireFiniteResult('walletBalance', (ratio * excess + maintenanceAmount) / denominator);
  // A genuine crossing has a positive price and a positive maintenance margin (hence margin balance).
  return price > 0 && size * price * mmr > maintenanceAmount ? price : null;
}

/** Input of {@link positionLeverage}. */
export interface PositionLeverageInput {
  /** `'long'` or `'short'`. */
  side: Side;
  /** Q: position size, base-asset units, > 0. */
  size: number;
  /** E: entry price, quote currency, > 0. */
  entry: number;
  /** M: collateral backing the position (isolated margin), quote currency, > 0. */
  margin: number;
  /** P: mark price now, quote currency, > 0. */
  markPrice: number;
}

/** Result of {@link positionLeverage}; money in the quote currency. */
export interface PositionLeverageResult {
  /** Q·E. */
  notional: number;
  /** Nominal leverage Q·E / M at entry (10 = 10×). */
  leverage: number;
  /** Q·P. */
  markNotional: number;
  /** s·Q·(P − E). */
  unrealisedPnl: number;
  /** M + unrealised P&L. */
  equity: number;
  /** Effective leverage Q·P / equity now; null when equity ≤ 0 (the margin is gone). */
  effectiveLeverage: number | null;
}

/**
 * Nominal and effective leverage of a position: L = Q·E / M at entry, and after the price has
 * moved to P, L_eff = Q·P / (M + s·Q·(P − E)). A loss raises the effective leverage, a gain lowers it.
 *
 * @param input.side - `'long'` or `'short'`. @param input.size - Q > 0. @param input.entry - E > 0.
 * @param input.margin - M > 0. @param input.markPrice - P > 0.
 * @returns See {@link PositionLeverageResult}.
 * @throws {RiskInputError} Invalid field, or a result too large to represent.
 * @see Bybit, "Liquidation Price (USDT Contract)" (initial margin = position value / leverage), https://testnet.bybit.com/en-US/help-center/s/article/Liquidation-Price-USDT-Contract
 * @example
 * // 50,000 USDT long on 5,000 USDT collateral, then a 2 % fall
 * positionLeverage({ side: 'long', size: 1, entry: 50_000, margin: 5_000, markPrice: 49_000 });
 * // { leverage: 10, unrealisedPnl: -1000, equity: 4000, effectiveLeverage: 12.25, … }
 */
export function positionLeverage(input: PositionLeverageInput): PositionLeverageResult {
  const o = requireObject('input', input);
  const sign = requireSide('side', o['side']) === 'long' ? 1 : -1;
  const size = requirePositive('size', o['size']);
  const entry = requirePositive('entry', o['entry']);
  const margin = requirePositive('margin', o['margin']);
  const markPrice = requirePositive('markPrice', o['markPrice']);
  const notional = requireFiniteResult('size', size * entry);
  const markNotional = requireFiniteResult('size', size * markPrice);
  const unrealisedPnl = sign * (markNotional - notional);
  const equity = requireFiniteResult('margin', margin + unrealisedPnl);
  return {
    notional,
    leverage: requireFiniteResult('margin', notional / margin),
    markNotional,
    unrealisedPnl,
    equity,
    effectiveLeverage: equity > 0 ? requireFiniteResult('markPrice', markNotional / equity) : null,
  };
}
