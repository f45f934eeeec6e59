import {
  continuousKelly,
  equalRiskContribution,
  inverseVolatilityWeights,
  kellyBet,
  portfolioRiskContributions,
  type ContinuousKellyInput,
  type EqualRiskContributionInput,
  type KellyBetInput,
} from '../risk/index.ts';
import { defineExample } from './define.ts';

const PERCENT = { percent: true, digits: 2 } as const;
const GROWTH = { percent: true, digits: 3 } as const;

// Inputs are exported alone, and every example is marked pure, so that the calculator's defaults do not
// pull the worked examples into the browser.

/** Inputs of {@link tradeRule}. */
export const tradeRuleInput: KellyBetInput = { winProbability: 0.55, winLossRatio: 2, kellyMultiplier: 0.5 };
/** Inputs of {@link btcAllocation}. */
export const btcAllocationInput: ContinuousKellyInput = { expectedReturn: 0.3, rate: 0.05, vol: 0.6, kellyMultiplier: 0.5 };

/**
 * Reference vector 9.4 at half Kelly: a rule that wins twice what it risks 55 % of the time.
 * Expected: f* = 0.325, full-Kelly growth 0.09855724 per trade.
 */
export const tradeRule = /* @__PURE__ */ defineExample({
  id: 'kelly-trade-rule',
  title: 'A trading rule that wins 2 for 1 risked, 55 % of the time',
  fn: 'kellyBet',
  input: tradeRuleInput,
  compute: kellyBet,
  inputs: {
    p: ['Win probability p', (i) => i.winProbability, PERCENT],
    b: ['Win per 1 risked b', (i) => i.winLossRatio, { digits: 2 }],
    c: ['Share of Kelly used c', (i) => i.kellyMultiplier ?? 1, { percent: true, digits: 0 }],
  },
  outputs: {
    kellyFraction: ['Full Kelly: capital risked per trade', (r) => r.kellyFraction, PERCENT],
    stake: ['Half Kelly: capital risked per trade', (r) => r.stake, PERCENT],
    kellyGrowthRate: ['Growth per trade at full Kelly (log)', (r) => r.kellyGrowthRate, GROWTH],
    growthRate: ['Growth per trade at half Kelly (log)', (r) => r.growthRate, GROWTH],
    growthShare: ['Share of the full-Kelly growth kept', (r) => r.growthShare, { percent: true, digits: 1 }],
  },
});

/** Continuous Kelly for BTC against cash with an assumed drift (SELF, checked by hand: f* = 0.25/0.36 = 0.69444). */
export const btcAllocation = /* @__PURE__ */ defineExample({
  id: 'kelly-btc-allocation',
  title: 'How much capital to hold in BTC, at half Kelly',
  fn: 'continuousKelly',
  input: btcAllocationInput,
  compute: continuousKelly,
  inputs: {
    mu: ['Expected return of BTC μ (assumed)', (i) => i.expectedReturn, { percent: true, digits: 1 }],
    r: ['Rate earned on cash r', (i) => i.rate ?? 0, { percent: true, digits: 1 }],
    sigma: ['Volatility of BTC σ', (i) => i.vol, { percent: true, digits: 1 }],
    c: ['Share of Kelly used c', (i) => i.kellyMultiplier ?? 1, { percent: true, digits: 0 }],
  },
  outputs: {
    kellyFraction: ['Full Kelly: share of capital in BTC', (r) => r.kellyFraction, PERCENT],
    allocation: ['Half Kelly: share of capital in BTC', (r) => r.allocation, PERCENT],
    kellyGrowthRate: ['Growth rate at full Kelly, per year', (r) => r.kellyGrowthRate, PERCENT],
    growthRate: ['Growth rate at half Kelly, per year', (r) => r.growthRate, PERCENT],
    excessGrowthShare: ['Share of the growth above cash kept', (r) => r.excessGrowthShare, { percent: true, digits: 0 }],
    portfolioVol: ['Volatility of capital at half Kelly', (r) => r.portfolioVol, PERCENT],
  },
});

/** Names of the three sleeves of the allocation examples, in input order. */
export const SLEEVES = ['BTC', 'ETH', 'Basis trade'] as const;

/**
 * Three sleeves: BTC (σ 60 %), ETH (σ 80 %) and a market-neutral basis trade (σ 20 %); BTC and ETH move
 * together (ρ 0.8), the basis trade with neither. Inverse-volatility weights are reference vector 9.6
 * ([0.2105263, 0.1578947, 0.6315789]).
 */
export const sleeveInput = {
  volatilities: [0.6, 0.8, 0.2],
  correlations: [
    [1, 0.8, 0],
    [0.8, 1, 0],
    [0, 0, 1],
  ],
} satisfies EqualRiskContributionInput;

const sleeveRows = {
  btc: ['BTC volatility', (i: EqualRiskContributionInput) => i.volatilities[0] ?? null, { percent: true, digits: 0 }],
  eth: ['ETH volatility', (i: EqualRiskContributionInput) => i.volatilities[1] ?? null, { percent: true, digits: 0 }],
  basis: ['Basis trade volatility', (i: EqualRiskContributionInput) => i.volatilities[2] ?? null, { percent: true, digits: 0 }],
  rho: ['Correlation BTC–ETH (others 0)', (i: EqualRiskContributionInput) => i.correlations[0]?.[1] ?? null, { digits: 2 }],
} as const;

type Weights = { weights: number[]; portfolioVol: number; riskShares: number[] };
/** For each sleeve, its weight and its share of the risk. */
const weightRows = /* @__PURE__ */ (() =>
  Object.fromEntries(
    SLEEVES.flatMap((name, i) => [
      [`weight${i}`, [`${name}: weight`, (r: Weights) => r.weights[i] ?? null, PERCENT]],
      [`risk${i}`, [`${name}: share of the risk`, (r: Weights) => r.riskShares[i] ?? null, PERCENT]],
    ]),
  ) as Record<string, readonly [string, (r: Weights) => number | null, typeof PERCENT]>)();

/** Inverse-volatility weights of the three sleeves and the share of the portfolio's risk each then carries. */
export const inverseVolSleeves = /* @__PURE__ */ defineExample({
  id: 'inverse-vol-sleeves',
  title: 'Inverse-volatility weights of BTC, ETH and a basis trade',
  fn: 'inverseVolatilityWeights, portfolioRiskContributions',
  input: sleeveInput,
  compute: (input): Weights => {
    const { weights } = inverseVolatilityWeights({ volatilities: input.volatilities });
    return { weights, ...portfolioRiskContributions({ ...input, weights }) };
  },
  inputs: sleeveRows,
  outputs: { ...weightRows, portfolioVol: ['Portfolio volatility', (r: Weights) => r.portfolioVol, PERCENT] },
});

/** Equal-risk-contribution weights of the same sleeves: each carries a third of the risk. */
export const ercSleeves = /* @__PURE__ */ defineExample({
  id: 'erc-sleeves',
  title: 'Equal-risk-contribution weights of the same three sleeves',
  fn: 'equalRiskContribution',
  input: sleeveInput,
  compute: equalRiskContribution,
  inputs: sleeveRows,
  outputs: { ...weightRows, portfolioVol: ['Portfolio volatility', (r: Weights) => r.portfolioVol, PERCENT] },
});
