/**
 * Position sizing: the Kelly criterion.
 */
import { requireFiniteResult, requireFraction, requireObject, requirePositive } from './validate.ts';

/** Input of {@link kellyFraction}. */
export interface KellyFractionInput {
  /** Probability of a win p, decimal in [0, 1]. */
  winProbability: number;
  /** Net odds b: amount won per unit staked on a win (the stake is lost on a loss), > 0. */
  winLossRatio: number;
}

/**
 * Kelly fraction: the share of capital to stake on a bet with win probability
 * p and net odds b that maximises expected log growth.
 *
 * f* = p − (1 − p)/b.  A negative f* means the bet has negative edge: do not bet.
 * Values above 1 call for leverage.
 *
 * @param input.winProbability - p, decimal in [0, 1].
 * @param input.winLossRatio - b, > 0.
 * @returns f*, in (−∞, 1]: p = 1 gives 1; p = 0 gives −1/b.
 * @throws {RiskInputError} Invalid field, or overflow when b is tiny (`winLossRatio`).
 * @see E. O. Thorp (2006), "The Kelly Criterion in Blackjack, Sports Betting and the Stock Market"
 * (p = 0.51, b = 1 → 0.02), https://docslib.org/doc/12770584/the-kelly-criterion-in-blackjack-sports-betting-and-the-stock-market
 * @example
 * kellyFraction({ winProbability: 0.6, winLossRatio: 1 }); // 0.2
 */
export function kellyFraction(input: KellyFractionInput): number {
  const o = requireObject('input', input);
  const p = requireFraction('winProbability', o['winProbability']);
  const b = requirePositive('winLossRatio', o['winLossRatio']);
  return requireFiniteResult('winLossRatio', p - (1 - p) / b);
}
