import { meanReversionFit, ouExpectedValue, tradeExpectancy, type MeanReversionFitInput, type TradeExpectancyInput } from '../risk/index.ts';
import { defineExample } from './define.ts';

/**
 * Eleven daily closes of the annualised basis of a BTC quarterly future over spot, in % a year,
 * oldest first: a premium that spiked to 10 % and is drifting back (reference series 4.2).
 */
export const BASIS_PERCENT: readonly number[] = [10.0, 9.0, 8.6, 7.9, 8.2, 7.5, 7.7, 7.1, 7.4, 7.0, 7.3];

/** Days ahead for the expected value quoted on the page. */
export const PROJECTION_DAYS = 3;

export const basisInput = { series: BASIS_PERCENT, timeStep: 1 } as const satisfies MeanReversionFitInput;

export const basisFitExample = /* @__PURE__ */ defineExample({
  id: 'basis-half-life',
  title: 'Half-life of a BTC futures basis after a spike',
  fn: 'meanReversionFit, ouExpectedValue',
  input: basisInput,
  compute: (input) => {
    const fit = meanReversionFit(input);
    const projected = fit.ou ? ouExpectedValue({ current: fit.last, mean: fit.ou.mean, theta: fit.ou.theta, days: PROJECTION_DAYS }) : null;
    return { ...fit, projected };
  },
  inputs: {
    series: ['Daily closes of the basis', (i) => i.series.length, { digits: 0, unit: 'days' }],
    first: ['First close', (i) => i.series[0] ?? null, { digits: 1, unit: '% a year' }],
    last: ['Last close', (i) => i.series[i.series.length - 1] ?? null, { digits: 1, unit: '% a year' }],
    step: ['Time between closes Δ', (i) => i.timeStep, { digits: 0, unit: 'day' }],
  },
  outputs: {
    slope: ['Slope b of ΔXₜ on Xₜ₋₁', (r) => r.slope, { digits: 4 }],
    intercept: ['Intercept a', (r) => r.intercept, { digits: 4 }],
    mean: ['Long-run mean μ = −a/b', (r) => r.ou?.mean ?? null, { digits: 2, unit: '% a year' }],
    theta: ['Speed of reversion θ', (r) => r.ou?.theta ?? null, { digits: 4, unit: 'per day' }],
    halfLife: ['Half-life ln 2/θ', (r) => r.ou?.halfLife ?? null, { digits: 2, unit: 'days' }],
    halfLifeChan: ['Chan’s shortcut −ln 2/b', (r) => r.ou?.halfLifeChan ?? null, { digits: 2, unit: 'days' }],
    stationarySd: ['Stationary standard deviation σ∞', (r) => r.ou?.stationarySd ?? null, { digits: 3, unit: 'points' }],
    zScore: ['z-score of the last close', (r) => r.zScore, { digits: 2 }],
    projected: [`Expected basis in ${PROJECTION_DAYS} days`, (r) => r.projected, { digits: 2, unit: '% a year' }],
  },
});

/** Inputs as the calculator takes them: win rate, reward-to-risk ratio and the amount risked per trade. */
export const expectancyInput = { winProbability: 0.6, rewardToRisk: 1.5, riskPerTrade: 100 } as const;

/** The library's input: average loss = the amount risked, average win = reward:risk × that amount. */
export function expectancyLibraryInput(input: { winProbability: number; rewardToRisk: number; riskPerTrade: number }): TradeExpectancyInput {
  return { winProbability: input.winProbability, averageWin: input.rewardToRisk * input.riskPerTrade, averageLoss: input.riskPerTrade };
}

/** Reference vector 4.3: p = 0.6, average win 150, average loss 100 → 50 per trade = 0.5 R. */
export const expectancyExample = /* @__PURE__ */ defineExample({
  id: 'fade-expectancy',
  title: 'Expectancy of a fading rule',
  fn: 'tradeExpectancy',
  input: expectancyInput,
  compute: (input) => tradeExpectancy(expectancyLibraryInput(input)),
  inputs: {
    winProbability: ['Win rate p', (i) => i.winProbability, { percent: true, digits: 0 }],
    rewardToRisk: ['Reward-to-risk ratio W̄/L̄', (i) => i.rewardToRisk, { digits: 1 }],
    riskPerTrade: ['Average loss L̄ (the amount risked)', (i) => i.riskPerTrade, { digits: 0, unit: 'USDT' }],
  },
  outputs: {
    expectancy: ['Expectancy per trade', (r) => r.expectancy, { digits: 2, unit: 'USDT' }],
    expectancyR: ['Expectancy in R (multiples of the amount risked)', (r) => r.expectancyR, { digits: 2, unit: 'R' }],
    breakEven: ['Break-even win rate', (r) => r.breakEvenWinProbability, { percent: true, digits: 1 }],
  },
});
