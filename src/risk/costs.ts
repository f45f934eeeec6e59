/**
 * Transaction costs of a trade: fees, half the bid–ask spread and market impact (square-root law
 * and the Almgren–Thum–Hauptmann–Li 2005 model), and the price a position must reach to cover them.
 */
import {
  optional,
  requireFiniteResult,
  requireFraction,
  requireInRange,
  requireNonNegative,
  requireObject,
  requirePositive,
  requireSide,
  type Side,
} from './validate.ts';

/**
 * Largest order, as a share of daily volume, for which the impact models were calibrated
 * (Almgren et al. 2005 fitted orders up to about 10 % of a day's volume). Beyond it the
 * figures are extrapolation.
 */
export const IMPACT_CALIBRATED_PARTICIPATION = 0.1;

/** Input of {@link squareRootImpact}. `size` and `dailyVolume` are in one unit (coins, contracts or quote-currency notional). */
export interface SquareRootImpactInput {
  /** Order size Q, ≥ 0. */
  size: number;
  /** Daily traded volume V_D, same unit as `size`, > 0. */
  dailyVolume: number;
  /** Daily volatility σ_D of the price, decimal (0.03 is 3 % a day), ≥ 0. */
  dailyVol: number;
  /** Prefactor Y, dimensionless, ≥ 0. Default 1 (Tóth et al. 2011 report Y of order 1). */
  coefficient?: number | undefined;
}

/** Result of {@link squareRootImpact}. */
export interface SquareRootImpactResult {
  /** Expected price impact I(Q), decimal fraction of the price (0.0003 is 3 bp), ≥ 0. */
  impact: number;
  /** Participation Q/V_D, decimal fraction of daily volume, ≥ 0. */
  participation: number;
}

/**
 * Expected market impact of an order under the square-root law: the average price moves against
 * the order by a fraction of the price that grows with the square root of its share of daily volume.
 *
 * I(Q) = Y · σ_D · √(Q / V_D)
 *
 * @param input.size - Q, ≥ 0, in the unit of `dailyVolume`.
 * @param input.dailyVolume - V_D, > 0.
 * @param input.dailyVol - σ_D, decimal per day, ≥ 0.
 * @param input.coefficient - Y, ≥ 0 (default 1).
 * @returns `{ impact, participation }`, both ≥ 0 and finite. The law was calibrated on orders up to
 * about {@link IMPACT_CALIBRATED_PARTICIPATION} of daily volume; larger participations extrapolate.
 * @throws {RiskInputError} A field outside its domain; `size` when Q/V_D or the impact overflows.
 * @see B. Tóth, Y. Lempérière, C. Deremble, J. de Lataillade, J. Kockelkoren, J.-P. Bouchaud (2011),
 * "Anomalous Price Impact and the Critical Nature of Liquidity in Financial Markets", Phys. Rev. X 1, 021006,
 * https://journals.aps.org/prx/abstract/10.1103/PhysRevX.1.021006
 * @example
 * // $1M order, $10B daily volume, 3 % daily volatility (reference 3.3)
 * squareRootImpact({ size: 1e6, dailyVolume: 1e10, dailyVol: 0.03 }); // { impact: 0.0003, participation: 0.0001 }
 */
export function squareRootImpact(input: SquareRootImpactInput): SquareRootImpactResult {
  const o = requireObject('input', input);
  const size = requireNonNegative('size', o['size']);
  const dailyVolume = requirePositive('dailyVolume', o['dailyVolume']);
  const dailyVol = requireNonNegative('dailyVol', o['dailyVol']);
  const coefficient = optional(o['coefficient'], 1, (v) => requireNonNegative('coefficient', v));
  const participation = requireFiniteResult('size', size / dailyVolume);
  const impact = requireFiniteResult('size', coefficient * dailyVol * Math.sqrt(participation));
  return { impact, participation };
}

/** Input of {@link almgren2005Impact}. `size`, `dailyVolume` and `outstanding` are in one unit (shares, coins or notional). */
export interface Almgren2005ImpactInput {
  /** Order size X, ≥ 0. */
  size: number;
  /** Average daily volume V, > 0. */
  dailyVolume: number;
  /** Daily volatility σ, decimal (0.0157 is 1.57 % a day), ≥ 0. */
  dailyVol: number;
  /** Shares outstanding Θ (for a coin: circulating supply; in notional: market capitalisation), > 0. */
  outstanding: number;
  /** Execution time T in days (fraction of one day of volume V), > 0. */
  durationDays: number;
  /** Permanent impact coefficient γ, ≥ 0. Default 0.314 (the paper's estimate). */
  permanentCoefficient?: number | undefined;
  /** Temporary impact coefficient η, ≥ 0. Default 0.142 (the paper's estimate). */
  temporaryCoefficient?: number | undefined;
}

/** Result of {@link almgren2005Impact}: decimal fractions of the pre-trade price (0.002 is 20 bp), all ≥ 0. */
export interface Almgren2005ImpactResult {
  /** Permanent impact I: the lasting move of the price once the order is done. */
  permanent: number;
  /** Temporary impact K = J − I/2: the extra concession paid while trading. */
  temporary: number;
  /** Realised cost J = I/2 + K: the order's average price against the pre-trade price. */
  realized: number;
  /** Participation X/V, decimal fraction of daily volume. */
  participation: number;
}

/**
 * Market impact of a trade in the model estimated by Almgren, Thum, Hauptmann and Li (2005) from
 * US equity orders: permanent impact linear in size, temporary impact in the 3/5 power of the
 * trading rate, both scaled by daily volatility.
 *
 * I = γ·σ·(X/V)·(Θ/V)^(1/4),  K = η·σ·|X/(V·T)|^(3/5),  J = I/2 + K
 *
 * @param input.size - X, ≥ 0.
 * @param input.dailyVolume - V, > 0.
 * @param input.dailyVol - σ, decimal per day, ≥ 0.
 * @param input.outstanding - Θ, > 0.
 * @param input.durationDays - T in days, > 0.
 * @param input.permanentCoefficient - γ, ≥ 0 (default 0.314).
 * @param input.temporaryCoefficient - η, ≥ 0 (default 0.142).
 * @returns `{ permanent, temporary, realized, participation }`, decimal fractions, ≥ 0.
 * @throws {RiskInputError} A field outside its domain; `size`, `outstanding` or `durationDays` when a ratio overflows.
 * @see R. Almgren, C. Thum, E. Hauptmann, H. Li (2005), "Direct Estimation of Equity Market Impact", Risk 18(7),
 * https://www.cis.upenn.edu/~mkearns/finread/costestim.pdf (section 4, equations for I and J; the IBM and DRI examples)
 * @example
 * // The paper's IBM example: σ = 1.57 %, Θ/V = 263, buying 10 % of a day's volume over 0.1 day
 * almgren2005Impact({ size: 0.1, dailyVolume: 1, dailyVol: 0.0157, outstanding: 263, durationDays: 0.1 });
 * // { permanent ≈ 0.001985, temporary ≈ 0.002229, realized ≈ 0.003222, participation: 0.1 }
 */
export function almgren2005Impact(input: Almgren2005ImpactInput): Almgren2005ImpactResult {
  const o = requireObject('input', input);
  const size = requireNonNegative('size', o['size']);
  const dailyVolume = requirePositive('dailyVolume', o['dailyVolume']);
  const dailyVol = requireNonNegative('dailyVol', o['dailyVol']);
  const outstanding = requirePositive('outstanding', o['outstanding']);
  const durationDays = requirePositive('durationDays', o['durationDays']);
  const gamma = optional(o['permanentCoefficient'], 0.314, (v) => requireNonNegative('permanentCoefficient', v));
  const eta = optional(o['temporaryCoefficient'], 0.142, (v) => requireNonNegative('temporaryCoefficient', v));

  const participation = requireFiniteResult('size', size / dailyVolume);
  const liquidityFactor = requireFiniteResult('outstanding', (outstanding / dailyVolume) ** 0.25);
  const tradingRate = requireFiniteResult('durationDays', participation / durationDays);
  const permanent = requireFiniteResult('size', gamma * dailyVol * participation * liquidityFactor);
  const temporary = requireFiniteResult('size', eta * dailyVol * tradingRate ** 0.6);
  const realized = requireFiniteResult('size', permanent / 2 + temporary);
  return { permanent, temporary, realized, participation };
}

/** Input of {@link transactionCost}. */
export interface TransactionCostInput {
  /** Notional N of the order, quote currency, > 0. */
  notional: number;
  /** Fee rate f per side, decimal fraction of notional (0.0005 is 5 bp), in [0, 1). */
  feeRate: number;
  /** Full bid–ask spread s, decimal fraction of the mid price, in [0, 2). Crossing it costs s/2. */
  spread: number;
  /** Market impact I, decimal fraction of the price (from {@link squareRootImpact} or {@link almgren2005Impact}), ≥ 0. */
  impact: number;
}

/** Result of {@link transactionCost}. Amounts in the quote currency, rates as decimal fractions of notional. */
export interface TransactionCostResult {
  /** Fee paid on one side, N·f. */
  feeCost: number;
  /** Cost of crossing half the spread, N·s/2. */
  spreadCost: number;
  /** Cost of market impact, N·I. */
  impactCost: number;
  /** f + s/2 + I. */
  oneWayRate: number;
  /** N·(f + s/2 + I). */
  oneWayCost: number;
  /** Entering and leaving under the same conditions: 2·(f + s/2 + I). */
  roundTripRate: number;
  /** 2·N·(f + s/2 + I). */
  roundTripCost: number;
}

/**
 * Cost of trading a notional once (one way) and of entering and leaving (round trip), from a fee
 * rate, the bid–ask spread and an impact estimate.
 *
 * C_one-way = N·(f + s/2 + I),  C_round-trip = 2·C_one-way
 *
 * @param input.notional - N, quote currency, > 0.
 * @param input.feeRate - f per side, decimal, in [0, 1).
 * @param input.spread - s, decimal of mid, in [0, 2).
 * @param input.impact - I, decimal, ≥ 0.
 * @returns Amounts (quote currency) and rates (decimal of notional), all ≥ 0; see {@link TransactionCostResult}.
 * @throws {RiskInputError} A field outside its domain; `notional` when an amount overflows.
 * @see R. Almgren, C. Thum, E. Hauptmann, H. Li (2005), "Direct Estimation of Equity Market Impact", Risk 18(7) (cost
 * decomposition into spread and impact), https://www.cis.upenn.edu/~mkearns/finread/costestim.pdf
 * @example
 * // $1M, 5 bp fee, 1 bp spread, 3 bp impact (reference 3.3)
 * transactionCost({ notional: 1e6, feeRate: 0.0005, spread: 0.0001, impact: 0.0003 });
 * // oneWayRate 0.00085 (8.5 bp), oneWayCost 850, roundTripRate 0.0017, roundTripCost 1,700
 */
export function transactionCost(input: TransactionCostInput): TransactionCostResult {
  const o = requireObject('input', input);
  const notional = requirePositive('notional', o['notional']);
  const feeRate = requireFraction('feeRate', o['feeRate'], { maxInclusive: false });
  const spread = requireInRange('spread', o['spread'], {
    min: 0,
    max: 2,
    maxInclusive: false,
    hint: '(a decimal fraction of the mid price: 0.0001 means 1 bp)',
  });
  const impact = requireNonNegative('impact', o['impact']);
  const oneWayRate = requireFiniteResult('impact', feeRate + spread / 2 + impact);
  const money = (rate: number) => requireFiniteResult('notional', notional * rate);
  return {
    feeCost: money(feeRate),
    spreadCost: money(spread / 2),
    impactCost: money(impact),
    oneWayRate,
    oneWayCost: money(oneWayRate),
    roundTripRate: requireFiniteResult('impact', 2 * oneWayRate),
    roundTripCost: requireFiniteResult('notional', 2 * money(oneWayRate)),
  };
}

/** Input of {@link breakEvenPrice}. */
export interface BreakEvenPriceInput {
  /** `'long'` (buy, then sell) or `'short'` (sell, then buy back). */
  side: Side;
  /** Entry price E, quote currency, > 0. */
  entry: number;
  /** Proportional cost paid on entry c_in (fee + half spread + impact), decimal of notional, in [0, 1). */
  entryCostRate: number;
  /** Proportional cost paid on exit c_out, decimal of notional, in [0, 1). */
  exitCostRate: number;
}

/** Result of {@link breakEvenPrice}. */
export interface BreakEvenPriceResult {
  /** Exit price at which the trade's profit is zero after costs, quote currency, ≥ 0 (0 only by underflow of a tiny short entry). */
  price: number;
  /** Price move from entry to break-even, decimal fraction of the entry price: > 0 for a long, < 0 for a short (0 without costs). */
  move: number;
}

/**
 * Exit price at which a trade with proportional costs breaks even: a long must rise to cover what it
 * paid on the way in and will pay on the way out, a short must fall by as much.
 *
 * long: X_BE = E·(1 + c_in)/(1 − c_out),  short: X_BE = E·(1 − c_in)/(1 + c_out).
 * For small costs the move X_BE/E − 1 is close to ± the round-trip cost c_in + c_out.
 *
 * @param input.side - `'long'` or `'short'`.
 * @param input.entry - E, > 0.
 * @param input.entryCostRate - c_in, decimal, in [0, 1).
 * @param input.exitCostRate - c_out, decimal, in [0, 1).
 * @returns `{ price, move }`; see {@link BreakEvenPriceResult}.
 * @throws {RiskInputError} A field outside its domain; `entry` when the price overflows.
 * @see R. Almgren, C. Thum, E. Hauptmann, H. Li (2005), "Direct Estimation of Equity Market Impact", Risk 18(7)
 * (costs as a fraction of the trade's value), https://www.cis.upenn.edu/~mkearns/finread/costestim.pdf
 * @example
 * // Long at 50,000 with 5 bp each way (reference 3.4)
 * breakEvenPrice({ side: 'long', entry: 50_000, entryCostRate: 0.0005, exitCostRate: 0.0005 });
 * // { price: 50050.025…, move: 0.0010005… }
 */
export function breakEvenPrice(input: BreakEvenPriceInput): BreakEvenPriceResult {
  const o = requireObject('input', input);
  const side = requireSide('side', o['side']);
  const entry = requirePositive('entry', o['entry']);
  const costIn = requireFraction('entryCostRate', o['entryCostRate'], { maxInclusive: false });
  const costOut = requireFraction('exitCostRate', o['exitCostRate'], { maxInclusive: false });
  // move = ratio − 1 written without the subtraction, so that tiny costs keep their digits.
  const move = side === 'long' ? (costIn + costOut) / (1 - costOut) : -(costIn + costOut) / (1 + costOut);
  const ratio = side === 'long' ? (1 + costIn) / (1 - costOut) : (1 - costIn) / (1 + costOut);
  return { price: requireFiniteResult('entry', entry * ratio), move };
}
