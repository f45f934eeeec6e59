/**
 * Market microstructure: filling an order against the levels of a limit order book, Roll's (1984)
 * spread estimator from the serial covariance of price changes, and Kyle's (1985) price impact λ.
 */
import { compensatedSum } from './numeric.ts';
import { RiskInputError } from './errors.ts';
import {
  optional,
  requireArray,
  requireFinite,
  requireFiniteResult,
  requireNonEmptyArray,
  requireObject,
  requireOneOf,
  requirePositive,
} from './validate.ts';

/** Which way an order trades: a buy takes the asks, a sell takes the bids. */
export type OrderDirection = 'buy' | 'sell';

/** The allowed values of {@link OrderDirection}, in display order. */
export const ORDER_DIRECTIONS: readonly OrderDirection[] = ['buy', 'sell'];

/** One price level of the side of the book an order takes. */
export interface BookLevel {
  /** Limit price of the level, quote currency, > 0. */
  price: number;
  /** Quantity resting at that price, base units (coins or contracts), > 0. */
  size: number;
}

/** Input of {@link walkTheBook}. */
export interface WalkTheBookInput {
  /** `'buy'` (takes the asks) or `'sell'` (takes the bids). */
  direction: OrderDirection;
  /** Order size Q, base units, > 0. */
  quantity: number;
  /**
   * The side the order takes, best price first: asks in strictly increasing price for a buy,
   * bids in strictly decreasing price for a sell. At least one level.
   */
  levels: readonly BookLevel[];
  /** Best price on the other side (the best bid for a buy, the best ask for a sell), quote currency, > 0; must not cross `levels[0].price`. */
  oppositeBest: number;
}

/** Result of {@link walkTheBook}. Prices and amounts in the quote currency, rates as decimal fractions. */
export interface WalkTheBookResult {
  /** Quantity filled, min(Q, depth) (a remainder below 1e-12·Q is treated as filled), base units, > 0. */
  filled: number;
  /** Quantity the book could not fill, Q − filled, base units, ≥ 0 (> 0 means the book is too thin for the order). */
  unfilled: number;
  /** Total quantity on the listed levels, base units. */
  depth: number;
  /** Quote currency paid (buy) or received (sell) for the filled quantity, Σ pₖ·min(sₖ, remaining). */
  notional: number;
  /** Volume-weighted average fill price, notional / filled. */
  vwap: number;
  /** Best price of the side taken, levels[0].price. */
  bestPrice: number;
  /** Price of the last level the order reached. */
  worstPrice: number;
  /** Number of levels the order reached, ≥ 1. */
  levelsUsed: number;
  /** Mid price (best bid + best ask)/2. */
  mid: number;
  /** Quoted spread (best ask − best bid)/mid, decimal fraction of mid, > 0. */
  quotedSpread: number;
  /** Slippage against the best price, decimal: VWAP/best − 1 for a buy, 1 − VWAP/best for a sell; ≥ 0. */
  slippageVsBest: number;
  /** Slippage against the mid price, decimal: VWAP/mid − 1 for a buy, 1 − VWAP/mid for a sell; > 0. */
  slippageVsMid: number;
  /** Cost against the mid price, quote currency: notional − filled·mid for a buy, filled·mid − notional for a sell; > 0. */
  costVsMid: number;
}

/**
 * Fills a market order against the listed levels of a limit order book ("walking the book") and
 * measures what it cost against the best price and the mid. When the order is larger than the
 * listed depth, the result is the partial fill with `unfilled` > 0.
 *
 * notional = Σₖ pₖ·min(sₖ, Q − Σ_{j<k} sⱼ),  VWAP = notional / filled,
 * mid m = (best bid + best ask)/2,  slippage vs mid = VWAP/m − 1 (buy) or 1 − VWAP/m (sell).
 *
 * @param input.direction - `'buy'` or `'sell'`.
 * @param input.quantity - Q, base units, > 0.
 * @param input.levels - Non-empty list `{ price, size }`, best first and strictly ordered (asks ascending for a buy, bids descending for a sell).
 * @param input.oppositeBest - Best bid (buy) or best ask (sell), > 0, strictly on the other side of `levels[0].price`.
 * @returns See {@link WalkTheBookResult}.
 * @throws {RiskInputError} A field outside its domain; `levels[i].price` out of order; `oppositeBest` crossing the book;
 * `levels` when a total overflows.
 * @see J. Hasbrouck (2007), Empirical Market Microstructure, Oxford University Press, ch. 1 and 3 (limit order books,
 * spreads and execution cost against the midpoint).
 * @example
 * // Buy 450 against asks 100 @ 100.0, 200 @ 100.5, 300 @ 101.0, best bid 99.9 (reference 12.1)
 * walkTheBook({ direction: 'buy', quantity: 450, oppositeBest: 99.9,
 *   levels: [{ price: 100, size: 100 }, { price: 100.5, size: 200 }, { price: 101, size: 300 }] });
 * // notional 45,250; vwap 100.5556; slippageVsBest 0.005556; slippageVsMid 0.006059; costVsMid 272.5
 */
export function walkTheBook(input: WalkTheBookInput): WalkTheBookResult {
  const o = requireObject('input', input);
  const direction = requireOneOf('direction', o['direction'], ORDER_DIRECTIONS);
  const quantity = requirePositive('quantity', o['quantity']);
  const levels = requireNonEmptyArray('levels', o['levels']).map((raw, i) => {
    const level = requireObject(`levels[${i}]`, raw);
    return {
      price: requirePositive(`levels[${i}].price`, level['price']),
      size: requirePositive(`levels[${i}].size`, level['size']),
    };
  });
  const buy = direction === 'buy';
  for (let i = 1; i < levels.length; i += 1) {
    const previous = levels[i - 1]!.price;
    const price = levels[i]!.price;
    if (buy ? price <= previous : price >= previous) {
      throw new RiskInputError(
        `levels[${i}].price`,
        buy
          ? `Ask level ${i + 1} must be priced above level ${i} (${String(previous)}): list the asks from the best (lowest) price up; got ${String(price)}.`
          : `Bid level ${i + 1} must be priced below level ${i} (${String(previous)}): list the bids from the best (highest) price down; got ${String(price)}.`,
      );
    }
  }
  const bestPrice = levels[0]!.price;
  const oppositeBest = requirePositive('oppositeBest', o['oppositeBest']);
  if (buy ? oppositeBest >= bestPrice : oppositeBest <= bestPrice) {
    throw new RiskInputError(
      'oppositeBest',
      buy
        ? `The best bid must be below the best ask (${String(bestPrice)}), or the book is crossed; got ${String(oppositeBest)}.`
        : `The best ask must be above the best bid (${String(bestPrice)}), or the book is crossed; got ${String(oppositeBest)}.`,
    );
  }

  const depth = requireFiniteResult('levels', compensatedSum(levels.map((level) => level.size)));
  // A remainder below this is rounding left by the subtractions, not quantity still to fill.
  const tolerance = quantity * 1e-12;
  const fills: number[] = [];
  const amounts: number[] = [];
  let remaining = quantity;
  let worstPrice = bestPrice;
  for (const level of levels) {
    if (remaining <= tolerance) break;
    const take = Math.min(level.size, remaining);
    fills.push(take);
    amounts.push(take * level.price);
    worstPrice = level.price;
    remaining -= take;
  }
  const filled = compensatedSum(fills);
  const notional = requireFiniteResult('levels', compensatedSum(amounts));
  // VWAP lies between the best and the worst price reached; clamp away the last bit of rounding.
  const low = Math.min(bestPrice, worstPrice);
  const high = Math.max(bestPrice, worstPrice);
  const vwap = Math.min(high, Math.max(low, notional / filled));
  const mid = bestPrice / 2 + oppositeBest / 2;
  const sign = buy ? 1 : -1;
  return {
    filled,
    unfilled: remaining > tolerance ? remaining : 0,
    depth,
    notional,
    vwap,
    bestPrice,
    worstPrice,
    levelsUsed: fills.length,
    mid,
    quotedSpread: Math.abs(bestPrice - oppositeBest) / mid,
    // Ratios to subnormal prices can overflow.
    slippageVsBest: requireFiniteResult('levels', (sign * (vwap - bestPrice)) / bestPrice),
    slippageVsMid: requireFiniteResult('levels', (sign * (vwap - mid)) / mid),
    costVsMid: requireFiniteResult('levels', sign * (notional - filled * mid)),
  };
}

/** Input of {@link rollSpread}. */
export interface RollSpreadInput {
  /** First-order serial covariance of successive price changes, cov(Δpₜ, Δpₜ₋₁), in price units squared. Any finite value. */
  serialCovariance: number;
}

/**
 * Roll's (1984) estimate of the effective bid–ask spread from the negative serial covariance that
 * trades bouncing between the bid and the ask leave in successive price changes.
 *
 * S = 2·√(−cov(Δpₜ, Δpₜ₋₁)),  defined only when the covariance is negative.
 *
 * @param input.serialCovariance - cov(Δpₜ, Δpₜ₋₁), price², finite.
 * @returns S in price units (≥ 0), or `null` when the covariance is ≥ 0 (the estimator is undefined).
 * @throws {RiskInputError} `serialCovariance` not a finite number.
 * @see R. Roll (1984), "A Simple Implicit Measure of the Effective Bid-Ask Spread in an Efficient Market",
 * Journal of Finance 39(4):1127–1139, https://authors.library.caltech.edu/95131/
 * @example
 * rollSpread({ serialCovariance: -0.0025 }); // 0.1 (reference 12.3)
 */
export function rollSpread(input: RollSpreadInput): number | null {
  const o = requireObject('input', input);
  const covariance = requireFinite('serialCovariance', o['serialCovariance']);
  if (!(covariance < 0)) return null;
  // 2√(−c) = √(−4c) may overflow for −c near 1e308; 2·√(−c) cannot.
  return 2 * Math.sqrt(-covariance);
}

/** Fewest prices from which {@link rollSpreadFromPrices} can estimate a covariance (two pairs of successive changes). */
export const ROLL_MIN_PRICES = 4;

/** Input of {@link rollSpreadFromPrices}. */
export interface RollSpreadFromPricesInput {
  /** Successive trade prices p₀ … pₙ₋₁, quote currency, each > 0, at least {@link ROLL_MIN_PRICES}. */
  prices: readonly number[];
}

/** Result of {@link rollSpreadFromPrices}. */
export interface RollSpreadFromPricesResult {
  /** Sample serial covariance of successive price changes, price². */
  serialCovariance: number;
  /** Roll spread S = 2√(−cov), price units; `null` when the covariance is ≥ 0. */
  spread: number | null;
  /** Mean of the prices, quote currency. */
  meanPrice: number;
  /** S / mean price, decimal fraction; `null` when `spread` is null. */
  relativeSpread: number | null;
  /** Number of pairs of successive changes used, n − 2. */
  pairs: number;
}

/**
 * Roll's spread estimated from a series of trade prices: the sample covariance of each price
 * change with the one before it, then S = 2√(−cov).
 *
 * Δpₜ = pₜ − pₜ₋₁ (t = 1 … n−1); pairs (xᵢ, yᵢ) = (Δpₜ, Δpₜ₋₁) for t = 2 … n−1, k = n − 2 pairs;
 * cov = Σ (xᵢ − x̄)(yᵢ − ȳ) / (k − 1).
 *
 * @param input.prices - At least 4 prices, each > 0, in trade order.
 * @returns See {@link RollSpreadFromPricesResult}.
 * @throws {RiskInputError} `prices` not a list of at least 4 positive numbers (`prices[i]` names the bad one); `prices` on overflow.
 * @see R. Roll (1984), "A Simple Implicit Measure of the Effective Bid-Ask Spread in an Efficient Market",
 * Journal of Finance 39(4):1127–1139, https://authors.library.caltech.edu/95131/
 * @example
 * rollSpreadFromPrices({ prices: [100, 100.1, 100, 100.1, 100] });
 * // serialCovariance −0.01333…, spread 0.2309…, meanPrice 100.04
 */
export function rollSpreadFromPrices(input: RollSpreadFromPricesInput): RollSpreadFromPricesResult {
  const o = requireObject('input', input);
  const prices = requireArray('prices', o['prices']).map((price, i) => requirePositive(`prices[${i}]`, price));
  if (prices.length < ROLL_MIN_PRICES) {
    throw new RiskInputError(
      'prices',
      `The list of prices must hold at least ${String(ROLL_MIN_PRICES)} prices (two pairs of successive changes); got ${String(prices.length)}.`,
    );
  }
  const changes = prices.slice(1).map((price, t) => price - prices[t]!);
  const current = changes.slice(1);
  const previous = changes.slice(0, -1);
  const pairs = current.length;
  const meanCurrent = compensatedSum(current) / pairs;
  const meanPrevious = compensatedSum(previous) / pairs;
  const serialCovariance = requireFiniteResult(
    'prices',
    compensatedSum(current.map((x, i) => (x - meanCurrent) * (previous[i]! - meanPrevious))) / (pairs - 1),
  );
  const meanPrice = compensatedSum(prices.map((price) => price / prices.length));
  const spread = rollSpread({ serialCovariance });
  return {
    serialCovariance,
    spread,
    meanPrice,
    relativeSpread: spread === null ? null : requireFiniteResult('prices', spread / meanPrice),
    pairs,
  };
}

/** Input of {@link kyleLambda}. */
export interface KyleLambdaInput {
  /** Σ₀: prior variance of the asset's value as seen by market makers, price² (a ±10 standard deviation is 100), > 0. */
  valueVariance: number;
  /** σᵤ: standard deviation of the noise traders' net order flow, base units, > 0. */
  noiseStdDev: number;
  /** Net order flow y to price (buys positive, sells negative), base units. Default 0. */
  orderFlow?: number | undefined;
}

/** Result of {@link kyleLambda}. */
export interface KyleLambdaResult {
  /** λ = ½√Σ₀/σᵤ: price move per unit of net order flow, quote currency per base unit, ≥ 0. */
  lambda: number;
  /** β = σᵤ/√Σ₀: the informed trader's order per unit of mispricing (v − p₀), base units per quote unit. */
  beta: number;
  /** Σ₁ = Σ₀/2: variance of the value left after the auction, price². */
  posteriorVariance: number;
  /** E[π] = ½√Σ₀·σᵤ: the informed trader's expected profit, quote currency. */
  expectedInsiderProfit: number;
  /** λ·y: the price change that clears the given order flow, quote currency (signed). */
  priceImpact: number;
}

/**
 * Kyle's (1985) one-auction equilibrium: market makers who cannot tell informed from noise orders
 * set the price linear in net order flow, p = p₀ + λ·y, and λ measures how much a unit of flow
 * moves the price (the inverse of market depth).
 *
 * λ = ½·√Σ₀/σᵤ,  β = σᵤ/√Σ₀,  Σ₁ = Σ₀/2,  E[π] = ½·√Σ₀·σᵤ.
 *
 * @param input.valueVariance - Σ₀, price², > 0.
 * @param input.noiseStdDev - σᵤ, base units, > 0.
 * @param input.orderFlow - y, base units, finite (default 0).
 * @returns See {@link KyleLambdaResult}.
 * @throws {RiskInputError} A field outside its domain; `valueVariance` or `noiseStdDev` when a result overflows.
 * @see A. S. Kyle (1985), "Continuous Auctions and Insider Trading", Econometrica 53(6):1315–1335, Theorem 1,
 * https://www.econometricsociety.org/publications/econometrica/1985/11/01/continuous-auctions-and-insider-trading
 * @example
 * kyleLambda({ valueVariance: 4, noiseStdDev: 1000 });
 * // { lambda: 0.001, beta: 500, posteriorVariance: 2, expectedInsiderProfit: 1000, priceImpact: 0 } (reference 12.4)
 */
export function kyleLambda(input: KyleLambdaInput): KyleLambdaResult {
  const o = requireObject('input', input);
  const valueVariance = requirePositive('valueVariance', o['valueVariance']);
  const noiseStdDev = requirePositive('noiseStdDev', o['noiseStdDev']);
  const orderFlow = optional(o['orderFlow'], 0, (v) => requireFinite('orderFlow', v));
  const valueStdDev = Math.sqrt(valueVariance);
  const lambda = requireFiniteResult('noiseStdDev', valueStdDev / noiseStdDev / 2);
  return {
    lambda,
    beta: requireFiniteResult('valueVariance', noiseStdDev / valueStdDev),
    posteriorVariance: valueVariance / 2,
    expectedInsiderProfit: requireFiniteResult('noiseStdDev', (valueStdDev / 2) * noiseStdDev),
    priceImpact: requireFiniteResult('orderFlow', lambda * orderFlow),
  };
}
