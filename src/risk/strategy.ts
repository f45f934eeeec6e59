/**
 * Option strategies: the profit at expiry of a position of calls, puts and the underlying,
 * with its exact extremes (maximum loss, maximum profit) and breakevens.
 * Separate from the Black–Scholes module so a page that only needs payoffs loads no pricing code.
 */
import { EPSILON_HALF, compensatedSum } from './numeric.ts';
import { RiskInputError } from './errors.ts';
import {
  optional,
  requireFiniteResult,
  requireNonEmptyArray,
  requireNonNegative,
  requireObject,
  requireOneOf,
  requirePositive,
  requireSide,
} from './validate.ts';
import type { Side } from './validate.ts';
/** What a strategy leg holds. `'underlying'` is the asset itself (spot or a linear future). */
export type LegKind = 'call' | 'put' | 'underlying';

/** The allowed values of {@link LegKind}; portfolio positions take the same kinds. */
export const LEG_KINDS: readonly LegKind[] = ['call', 'put', 'underlying'];

/** One leg of an option strategy (see {@link optionStrategy}). */
export interface StrategyLeg {
  /** `'call'`, `'put'` or `'underlying'`. */
  kind: LegKind;
  /** `'long'` (bought) or `'short'` (sold/written). */
  side: Side;
  /** Number of options or units of the underlying, > 0. */
  quantity: number;
  /** Strike, quote currency, > 0. Required for options; must be absent for `'underlying'`. */
  strike?: number | undefined;
  /** Premium per option paid (long) or received (short), quote currency, ≥ 0; for `'underlying'`, the entry price. Default 0. */
  premium?: number | undefined;
}

/** Input of {@link optionStrategy}. */
export interface OptionStrategyInput {
  /** The legs, at least one. */
  legs: readonly StrategyLeg[];
}

/** Result of {@link optionStrategy}, quote currency, for the whole position (quantities included). */
export interface OptionStrategyResult {
  /** Largest possible loss at expiry, ≥ 0 (0 if the strategy cannot lose); `Infinity` when unbounded. */
  maxLoss: number;
  /** Largest possible profit at expiry, ≥ 0 (0 if it cannot make money); `Infinity` when unbounded. */
  maxProfit: number;
  /** Underlying prices at expiry where profit is 0, ascending, exact (see {@link optionStrategy} for flat segments). */
  breakevens: number[];
}

/** Input of {@link strategyProfitAt}. */
export interface StrategyProfitAtInput {
  /** The legs, at least one (same shape as in {@link optionStrategy}). */
  legs: readonly StrategyLeg[];
  /** Underlying price at expiry, quote currency, ≥ 0 (0 is allowed so a chart can start at the origin). */
  price: number;
}

interface ParsedLeg {
  kind: LegKind;
  sign: 1 | -1;
  quantity: number;
  strike: number; // NaN-free: 0 for the underlying (unused)
  premium: number;
  path: string;
}

function parseLegs(value: unknown): ParsedLeg[] {
  const legs = requireNonEmptyArray('legs', value);
  return legs.map((raw, i) => {
    const path = `legs[${i}]`;
    const leg = requireObject(path, raw);
    const kind = requireOneOf(`${path}.kind`, leg['kind'], LEG_KINDS);
    const sign = requireSide(`${path}.side`, leg['side']) === 'long' ? 1 : -1;
    const quantity = requirePositive(`${path}.quantity`, leg['quantity']);
    let strike = 0;
    if (kind === 'underlying') {
      if (leg['strike'] !== undefined) {
        throw new RiskInputError(
          `${path}.strike`,
          `Strike (${path}.strike) applies only to options; remove it from the underlying leg (its entry price goes in premium).`,
        );
      }
    } else {
      strike = requirePositive(`${path}.strike`, leg['strike']);
    }
    const premium = optional(leg['premium'], 0, (v) => requireNonNegative(`${path}.premium`, v));
    requireFiniteResult(`${path}.quantity`, quantity * Math.max(strike, premium));
    return { kind, sign, quantity, strike, premium, path };
  });
}

/**
 * `sum` of `terms`, or exactly 0 when it is within a few ulps of the terms'
 * magnitude (rounding noise). The tolerance 16·(ε/2)·Σ|t| is accumulated term
 * by term, so it stays finite when Σ|t| itself would overflow (terms near
 * ±1e308 that cancel), instead of becoming Infinity and snapping every sum to 0.
 */
function snapRoundingToZero(sum: number, terms: readonly number[]): number {
  const tolerance = terms.reduce((s, t) => s + 16 * EPSILON_HALF * Math.abs(t), 0);
  return Math.abs(sum) <= tolerance ? 0 : sum;
}

/**
 * Profit at one expiry price. Terms are summed with compensated summation and
 * a total within a few ulps of the terms' magnitude is snapped to exactly 0, so
 * kinks that are breakevens in exact arithmetic (e.g. premiums 0.1 + 0.2 − 0.3) report 0.
 */
function profitAtPrice(legs: readonly ParsedLeg[], price: number): number {
  const terms: number[] = [];
  for (const leg of legs) {
    let payoff: number;
    if (leg.kind === 'underlying') payoff = price;
    else if (leg.kind === 'call') payoff = Math.max(price - leg.strike, 0);
    else payoff = Math.max(leg.strike - price, 0);
    const q = leg.sign * leg.quantity;
    terms.push(requireFiniteResult(`${leg.path}.quantity`, q * payoff), -q * leg.premium);
  }
  return snapRoundingToZero(requireFiniteResult('legs', compensatedSum(terms)), terms);
}

/**
 * Slope of profit for prices above every strike: Σ signed quantity of calls and
 * the underlying. Throws when that sum overflows (its sign decides whether profit
 * or loss is unbounded, so it must not silently become NaN).
 */
function tailSlope(legs: readonly ParsedLeg[]): number {
  const terms = legs.filter((l) => l.kind !== 'put').map((l) => l.sign * l.quantity);
  return snapRoundingToZero(requireFiniteResult('legs', compensatedSum(terms)), terms);
}

/**
 * Profit at expiry of an option strategy at one underlying price (used by the
 * payoff chart).
 *
 * Π(S) = Σᵢ sᵢ·nᵢ·(payoffᵢ(S) − premiumᵢ), with sᵢ = +1 long, −1 short; payoff
 * max(S − K, 0) for a call, max(K − S, 0) for a put, S for the underlying
 * (whose premium is its entry price). A result within rounding noise of 0
 * (a few ulps of the largest term) is returned as exactly 0.
 *
 * @param input.legs - Strategy legs (see {@link StrategyLeg}); non-empty.
 * @param input.price - Underlying price at expiry S, quote currency, ≥ 0.
 * @returns Profit in quote currency (negative is a loss), finite.
 * @throws {RiskInputError} Invalid leg field (path `legs[i].…`), negative or non-finite `price`, or overflow.
 * @see J. C. Hull, *Options, Futures, and Other Derivatives*, ch. 12 (trading strategies involving options).
 * @example
 * // Hull Example 12.2: bull call spread, buy 30-call at 3, sell 35-call at 1
 * strategyProfitAt({
 *   legs: [
 *     { kind: 'call', side: 'long', quantity: 1, strike: 30, premium: 3 },
 *     { kind: 'call', side: 'short', quantity: 1, strike: 35, premium: 1 },
 *   ],
 *   price: 33,
 * }); // 1
 */
export function strategyProfitAt(input: StrategyProfitAtInput): number {
  const o = requireObject('input', input);
  const legs = parseLegs(o['legs']);
  const price = requireNonNegative('price', o['price']);
  return profitAtPrice(legs, price);
}

/**
 * Maximum loss, maximum profit and breakevens at expiry of a strategy built
 * from calls, puts and the underlying.
 *
 * The profit Π(S) is piecewise linear in the expiry price S with kinks only at
 * the strikes, so its extremes over S ∈ [0, ∞) are exact from Π at 0 and at
 * every strike, plus the slope above the largest strike (Σ signed quantities of
 * calls and underlying): a negative slope makes the loss unbounded
 * (`maxLoss = Infinity`), a positive one the profit (`maxProfit = Infinity`).
 * MaxLoss = max(0, −min Π), MaxProfit = max(0, max Π).
 *
 * Breakevens are solved exactly on each linear piece (no sampling): every
 * kink (0 or a strike) where Π = 0, plus the root inside each piece whose ends
 * have opposite signs, plus the root above the largest strike if the tail
 * crosses zero; sorted ascending, duplicates removed. Where the profit is
 * exactly 0 on a whole segment, both ends of the segment are listed (so the
 * zero-profit range [a, b] can be read off; 0 is listed if the range starts
 * at a price of 0). If it is 0 on the whole tail above the largest strike,
 * only that strike is listed (the range is open-ended).
 *
 * @param input.legs - Non-empty list of legs `{ kind, side, quantity, strike?, premium = 0 }`
 * (`strike` required for options, absent for the underlying; `premium` per unit in quote currency).
 * @returns `{ maxLoss, maxProfit, breakevens }` in quote currency for the whole position.
 * @throws {RiskInputError} Empty `legs`, or a leg field that is missing, of the wrong type, NaN,
 * ±Infinity, non-positive (`quantity`, `strike`) or negative (`premium`), with path `legs[i].field`;
 * a strike on an underlying leg; overflow of quantity × price.
 * @see J. C. Hull, *Options, Futures, and Other Derivatives*, Examples 12.2 and 12.3 and the butterfly spread example (ch. 12).
 * @example
 * // Hull butterfly: +1 C55 @10, −2 C60 @7, +1 C65 @5
 * optionStrategy({
 *   legs: [
 *     { kind: 'call', side: 'long', quantity: 1, strike: 55, premium: 10 },
 *     { kind: 'call', side: 'short', quantity: 2, strike: 60, premium: 7 },
 *     { kind: 'call', side: 'long', quantity: 1, strike: 65, premium: 5 },
 *   ],
 * }); // { maxLoss: 1, maxProfit: 4, breakevens: [56, 64] }
 */
export function optionStrategy(input: OptionStrategyInput): OptionStrategyResult {
  const o = requireObject('input', input);
  const legs = parseLegs(o['legs']);

  const strikes = [...new Set(legs.filter((l) => l.kind !== 'underlying').map((l) => l.strike))].sort(
    (a, b) => a - b,
  );
  const points = [0, ...strikes];
  const values = points.map((s) => profitAtPrice(legs, s));
  const slope = tailSlope(legs);

  // A loop, not Math.min(...values): spreading ~200,000 strikes as arguments overflows the call stack.
  const minValue = values.reduce((min, v) => Math.min(min, v), Infinity);
  const maxValue = values.reduce((max, v) => Math.max(max, v), -Infinity);
  const maxLoss = slope < 0 ? Infinity : Math.max(0, -minValue);
  const maxProfit = slope > 0 ? Infinity : Math.max(0, maxValue);

  const breakevens: number[] = [];
  for (let i = 0; i < points.length; i += 1) {
    const a = points[i]!;
    const pa = values[i]!;
    if (pa === 0) breakevens.push(a);
    if (i + 1 < points.length) {
      const b = points[i + 1]!;
      const pb = values[i + 1]!;
      if ((pa < 0 && pb > 0) || (pa > 0 && pb < 0)) {
        // pa and pb have opposite signs: pb − pa does not cancel.
        const root = a + (-pa / (pb - pa)) * (b - a);
        breakevens.push(Math.min(b, Math.max(a, root)));
      }
    } else if ((pa < 0 && slope > 0) || (pa > 0 && slope < 0)) {
      breakevens.push(requireFiniteResult('legs', a - pa / slope));
    }
  }
  const unique = breakevens.filter((x, i) => i === 0 || x !== breakevens[i - 1]);
  return { maxLoss, maxProfit, breakevens: unique };
}
