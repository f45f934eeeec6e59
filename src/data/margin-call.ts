import {
  binanceMarginRatio,
  binanceMarginRatioPrice,
  krakenMarginLevel,
  krakenMarginLevelPrice,
  RiskInputError,
  type Side,
} from '../risk/index.ts';
import { krakenMarginConvention } from './venues/kraken-margin.ts';
import { binanceBtcusdt2021 } from './venues/binance-btcusdt-2021.ts';

// The margin-call worked example's inputs and the evaluation shared by the example and the
// calculator. They live here, not in src/examples/, so the calculator's browser bundle does not
// carry the build-time example computations.

/**
 * One position watched under both conventions: Kraken's margin level (equity / used margin, with a
 * margin-call and a liquidation level) and Binance's margin ratio (maintenance margin / margin
 * balance, with a warning level and liquidation at 100 %). The same collateral backs it on both:
 * Kraken's trade balance, Binance's wallet balance (isolated, or cross with no other position).
 */
export interface MarginCallInput {
  side: Side;
  /** Q, base asset (BTC). */
  size: number;
  /** Entry price E, USD per BTC. */
  entry: number;
  /** Collateral backing the position, USD. */
  collateral: number;
  /** Leverage chosen on Kraken (used margin = cost / leverage). */
  leverage: number;
  /** Mark price now, USD per BTC. */
  markPrice: number;
  /** Kraken margin-call level, decimal (0.8 = 80 %). */
  callLevel: number;
  /** Kraken liquidation level, decimal. */
  liquidationLevel: number;
  /** Binance maintenance margin rate, decimal of notional. */
  mmr: number;
  /** Binance margin ratio at which the trader wants a warning, decimal. */
  warningRatio: number;
}

/**
 * Kraken's published margin-call example (long 1 BTC at 20,000 USD with 5:1 leverage and a trade
 * balance of 10,000 USD: margin call at 13,200, reference 14.1), with Kraken's stated levels, and the
 * same position under Binance's margin ratio at the first BTCUSDT bracket rate with a warning at 80 %.
 */
export const MARGIN_CALL_EXAMPLE_INPUT: MarginCallInput = {
  side: 'long',
  size: 1,
  entry: 20_000,
  collateral: 10_000,
  leverage: 5,
  markPrice: 20_000,
  callLevel: krakenMarginConvention.marginCallLevel,
  liquidationLevel: krakenMarginConvention.liquidationLevel,
  mmr: binanceBtcusdt2021.brackets[0]!.mmr,
  warningRatio: 0.8,
};

/** Runs `call`, reporting a RiskInputError on the library field `from` as one on `to` (a field of {@link MarginCallInput}). */
function reportedAs<T>(from: string, to: keyof MarginCallInput, call: () => T): T {
  try {
    return call();
  } catch (error) {
    if (error instanceof RiskInputError && error.field === from) throw new RiskInputError(to, error.message);
    throw error;
  }
}

/**
 * The thresholds of a position under both conventions, each figure from its library function.
 * Errors name the fields of {@link MarginCallInput} (collateral, callLevel, …).
 */
export function marginCallThresholds(input: MarginCallInput) {
  const { side, size, entry, collateral, leverage, markPrice, mmr } = input;
  const kraken = { side, size, entry, tradeBalance: collateral, leverage };
  const binance = { side, size, entry, walletBalance: collateral, mmr };
  const krakenNow = reportedAs('tradeBalance', 'collateral', () => krakenMarginLevel({ ...kraken, markPrice }));
  const levelPrice = (field: 'callLevel' | 'liquidationLevel') =>
    reportedAs('marginLevel', field, () => krakenMarginLevelPrice({ ...kraken, marginLevel: input[field] }));
  const krakenCallPrice = levelPrice('callLevel');
  const krakenLiquidationPrice = levelPrice('liquidationLevel');
  if (input.callLevel <= input.liquidationLevel) {
    throw new RiskInputError('callLevel', 'The margin-call level must be above the liquidation level: the call comes first.');
  }
  return {
    krakenNow,
    krakenCallPrice,
    krakenLiquidationPrice,
    binanceNow: binanceMarginRatio({ ...binance, markPrice }),
    binanceWarningPrice: reportedAs('marginRatio', 'warningRatio', () => binanceMarginRatioPrice({ ...binance, marginRatio: input.warningRatio })),
    binanceLiquidationPrice: binanceMarginRatioPrice({ ...binance, marginRatio: 1 }),
  };
}
