import { formatNumber } from '../lib/format.ts';
import type { FirstExit, PerpetualPositionRiskInput, StrategyLeg } from '../risk/index.ts';

// Inputs and labels shared by the maximum-loss worked examples (src/examples/maximum-loss-calculation.ts)
// and the two calculators. They live here, not in the examples module, so the calculators' browser
// bundles do not carry the build-time example computations.

/**
 * The perpetual worked example and the perpetual calculator's defaults (reference vectors 2.5 and
 * 2.6): long 0.5 BTC at 60,000 USDT, 3,000 USDT isolated margin, stop 57,000 USDT, MMR 0.5 % and
 * taker fee 0.05 %, both of notional.
 */
export const PERPETUAL_EXAMPLE_INPUT = {
  side: 'long',
  size: 0.5,
  entry: 60000,
  margin: 3000,
  stopPrice: 57000,
  mmr: 0.005,
  takerFee: 0.0005,
} as const satisfies PerpetualPositionRiskInput;

/** Which exit a leveraged position reaches first, in words. */
export const FIRST_EXIT_WORDS: Readonly<Record<FirstExit, string>> = {
  stop: 'The stop, before liquidation',
  liquidation: 'Liquidation, before the stop',
  none: 'Neither (no stop, no liquidation price)',
};

/** Ascending breakevens in words: "32.00", "56.00 and 64.00", "None" when the profit never crosses zero. */
export function breakevenWords(breakevens: ReadonlyArray<number>): string {
  const prices = breakevens.map((price) => formatNumber(price));
  const last = prices.pop();
  if (last === undefined) return 'None';
  return prices.length === 0 ? last : `${prices.join('; ')} and ${last}`;
}

/** A ready-made option strategy for the strategy calculator. */
export interface StrategyPreset {
  /** Stable id (used as the preset picker's value). */
  id: string;
  label: string;
  /** Where the figures come from. */
  source: string;
  legs: StrategyLeg[];
}

/**
 * Strategy presets. The two Hull strategies are the textbook's published examples (Options,
 * Futures, and Other Derivatives, Chapter 12); the others are illustrative ETH option figures
 * (underlying near 3,000 USDT), chosen for the shape of the payoff, not market quotes.
 * For an `underlying` leg, `premium` is the entry price.
 */
export const STRATEGY_PRESETS: ReadonlyArray<StrategyPreset> = [
  {
    id: 'bull-call-spread',
    label: 'Bull call spread (Hull 12.2)',
    source: 'Hull, OFOD Example 12.2',
    legs: [
      { kind: 'call', side: 'long', quantity: 1, strike: 30, premium: 3 },
      { kind: 'call', side: 'short', quantity: 1, strike: 35, premium: 1 },
    ],
  },
  {
    id: 'butterfly',
    label: 'Butterfly (Hull)',
    source: 'Hull, OFOD Chapter 12, butterfly spread example (S₀ = 61)',
    legs: [
      { kind: 'call', side: 'long', quantity: 1, strike: 55, premium: 10 },
      { kind: 'call', side: 'short', quantity: 2, strike: 60, premium: 7 },
      { kind: 'call', side: 'long', quantity: 1, strike: 65, premium: 5 },
    ],
  },
  {
    id: 'long-call',
    label: 'Long call',
    source: 'Illustrative ETH option figures (USDT)',
    legs: [{ kind: 'call', side: 'long', quantity: 1, strike: 3000, premium: 150 }],
  },
  {
    id: 'short-strangle',
    label: 'Short strangle',
    source: 'Illustrative ETH option figures (USDT)',
    legs: [
      { kind: 'put', side: 'short', quantity: 1, strike: 2600, premium: 40 },
      { kind: 'call', side: 'short', quantity: 1, strike: 3400, premium: 45 },
    ],
  },
  {
    id: 'iron-condor',
    label: 'Iron condor',
    source: 'Illustrative ETH option figures (USDT)',
    legs: [
      { kind: 'put', side: 'long', quantity: 1, strike: 2400, premium: 15 },
      { kind: 'put', side: 'short', quantity: 1, strike: 2600, premium: 40 },
      { kind: 'call', side: 'short', quantity: 1, strike: 3400, premium: 45 },
      { kind: 'call', side: 'long', quantity: 1, strike: 3600, premium: 18 },
    ],
  },
  {
    id: 'covered-call',
    label: 'Covered call',
    source: 'Illustrative ETH option figures (USDT)',
    legs: [
      { kind: 'underlying', side: 'long', quantity: 1, premium: 3000 },
      { kind: 'call', side: 'short', quantity: 1, strike: 3300, premium: 70 },
    ],
  },
];

/** The preset with this id (throws on an unknown id: presets are fixed data). */
export function strategyPreset(id: string): StrategyPreset {
  const preset = STRATEGY_PRESETS.find((p) => p.id === id);
  if (!preset) throw new Error(`Unknown strategy preset "${id}".`);
  return preset;
}
