import { DAYS_PER_YEAR, liquidationPrice, positionLeverage, priceTouchProbability, type Side } from '../risk/index.ts';
import { binanceBtcusdt2021 } from './venues/binance-btcusdt-2021.ts';

// The leverage worked example's inputs and the evaluation shared by the example and the calculator.
// They live here, not in src/examples/, so the calculator's browser bundle does not carry the
// build-time example computations.

/** A leveraged position, its mark price now, and the volatility that moves it. */
export interface LeverageRiskInput {
  side: Side;
  /** Q, base asset (BTC). */
  size: number;
  /** Entry price E, USDT per BTC. */
  entry: number;
  /** Isolated margin M, USDT. */
  margin: number;
  /** Mark price now, USDT per BTC. */
  markPrice: number;
  /** Binance maintenance margin rate, decimal of notional (one bracket). */
  mmr: number;
  /** σ, decimal per year. */
  vol: number;
  /** Horizon, calendar days. */
  days: number;
  /** μ, expected return of the price, decimal per year. */
  drift: number;
}

/**
 * The leverage worked example and the calculator's defaults: long 1 BTC at 50,000 USDT on 5,000 USDT
 * (10×, reference 27.3), marked at 49,000 after a 2 % fall; Binance's first BTCUSDT bracket rate;
 * 60 % a year of volatility, a one-week horizon and no drift in the price.
 */
export const LEVERAGE_EXAMPLE_INPUT: LeverageRiskInput = {
  side: 'long',
  size: 1,
  entry: 50_000,
  margin: 5_000,
  markPrice: 49_000,
  mmr: binanceBtcusdt2021.brackets[0]!.mmr,
  vol: 0.6,
  days: 7,
  drift: 0,
};

/** Leverage now, the Binance isolated liquidation price, and the chance the mark price touches it within the horizon. */
export function leverageRisk(input: LeverageRiskInput) {
  const { side, size, entry, margin, markPrice, mmr, vol, days, drift } = input;
  const leverage = positionLeverage({ side, size, entry, margin, markPrice });
  const liquidation = liquidationPrice({ side, size, entry, walletBalance: margin, mmr });
  const touch =
    liquidation === null
      ? null
      : priceTouchProbability({
          spot: markPrice,
          barrier: liquidation,
          direction: side === 'long' ? 'down' : 'up',
          vol,
          years: days / DAYS_PER_YEAR,
          drift,
        });
  return { ...leverage, liquidationPrice: liquidation, touch };
}
