import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { meanReversionFit, ouExpectedValue, ouFromRegression, tradeExpectancy } from '../../../src/risk/index.ts';
import { expectClose, expectInputError, expectWithin, NOT_FINITE_NUMBERS } from './helpers.ts';

/** Reference vector 4.2 (SELF): eleven observations of a spread falling back towards 7.36. */
const SERIES = [10.0, 9.0, 8.6, 7.9, 8.2, 7.5, 7.7, 7.1, 7.4, 7.0, 7.3];

describe('ouFromRegression', () => {
  it('b = −0.05 per day, Δ = 1: θ = 0.05129329, half-life 13.513407 d, Chan 13.862944 d (reference 4.1, SELF)', () => {
    const r = ouFromRegression({ slope: -0.05 });
    expectWithin(r.theta, 0.05129329, 5e-9);
    expectWithin(r.halfLife, 13.513407, 5e-7);
    expectWithin(r.halfLifeChan, 13.862944, 5e-7);
    expect(r.phi).toBe(0.95);
  });

  it('time step in days scales θ and the half-lives; σ∞ = σ/√(2θ) = σ̂_ε/√(1 − φ²)', () => {
    const daily = ouFromRegression({ slope: -0.2, intercept: 2, residualSd: 0.5 });
    const hourly = ouFromRegression({ slope: -0.2, intercept: 2, residualSd: 0.5, timeStep: 1 / 24 });
    expectClose(hourly.theta, daily.theta * 24, 1e-14);
    expectClose(hourly.halfLife, daily.halfLife / 24, 1e-14);
    expect(hourly.mean).toBe(10);
    expectClose(daily.stationarySd, 0.5 / Math.sqrt(1 - 0.8 ** 2), 1e-14);
    expectClose(daily.stationarySd, daily.sigma / Math.sqrt(2 * daily.theta), 1e-14);
    expectClose(hourly.stationarySd, daily.stationarySd, 1e-15);
  });

  it('Chan’s shortcut is the first-order form: always a little longer, equal in the limit b → 0 (fast-check)', () => {
    fc.assert(
      fc.property(fc.double({ min: -0.999, max: -1e-9, noNaN: true }), (slope) => {
        const r = ouFromRegression({ slope });
        expect(r.halfLifeChan).toBeGreaterThanOrEqual(r.halfLife * (1 - 1e-12));
        if (slope > -1e-6) expectClose(r.halfLifeChan, r.halfLife, 1e-5);
        expectClose(Math.exp(-r.theta * r.halfLife), 0.5, 1e-12);
      }),
    );
  });

  it('refuses a slope that does not revert', () => {
    for (const bad of [0, 0.1, -1, -1.5, ...NOT_FINITE_NUMBERS]) expectInputError(() => ouFromRegression({ slope: bad } as never), 'slope');
    expectInputError(() => ouFromRegression({ slope: -0.1, timeStep: 0 }), 'timeStep');
    expectInputError(() => ouFromRegression({ slope: -0.1, residualSd: -1 }), 'residualSd');
    expectInputError(() => ouFromRegression({ slope: -0.1, intercept: NaN }), 'intercept');
  });
});

describe('meanReversionFit', () => {
  it('reference series: a = 2.91589069, b = −0.39625506, μ = 7.35862069, half-life 1.373647 (Chan 1.749245), σ̂_ε = 0.35354087, σ∞ = 0.44349074, z(7.3) = −0.132180 (reference 4.2, SELF)', () => {
    const r = meanReversionFit({ series: SERIES });
    expectWithin(r.intercept, 2.91589069, 5e-9);
    expectWithin(r.slope, -0.39625506, 5e-9);
    expectWithin(r.residualSd, 0.35354087, 5e-9);
    expect(r.meanReverting).toBe(true);
    expectWithin(r.ou!.mean, 7.35862069, 5e-9);
    expectWithin(r.ou!.halfLife, 1.373647, 5e-7);
    expectWithin(r.ou!.halfLifeChan, 1.749245, 5e-7);
    expectWithin(r.ou!.stationarySd, 0.44349074, 5e-9);
    expectWithin(r.zScore!, -0.13218, 5e-6);
    expect(r.observations).toBe(11);
    expect(r.last).toBe(7.3);
  });

  it('agrees with ouFromRegression on its own regression', () => {
    const r = meanReversionFit({ series: SERIES, timeStep: 0.5 });
    const ou = ouFromRegression({ slope: r.slope, intercept: r.intercept, residualSd: r.residualSd, timeStep: 0.5 });
    for (const key of Object.keys(ou) as Array<keyof typeof ou>) expectClose(r.ou![key], ou[key], 1e-13, 1e-15, key);
  });

  it('a linear change of unit (price × k + c) leaves b, θ, the half-life and z unchanged (fast-check)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e3, noNaN: true }), fc.double({ min: -1e4, max: 1e4, noNaN: true }), (k, c) => {
        const base = meanReversionFit({ series: SERIES });
        const moved = meanReversionFit({ series: SERIES.map((x) => x * k + c) });
        expectClose(moved.slope, base.slope, 1e-7);
        expectClose(moved.ou!.halfLife, base.ou!.halfLife, 1e-7);
        expectClose(moved.zScore!, base.zScore!, 1e-6);
        expectClose(moved.ou!.mean, base.ou!.mean * k + c, 1e-9, 1e-6);
      }),
    );
  });

  it('a trending series is not mean-reverting: no half-life, no z-score', () => {
    const trend = meanReversionFit({ series: [100, 101, 103, 106, 110, 115, 121] });
    expect(trend.slope).toBeGreaterThan(0);
    expect(trend.meanReverting).toBe(false);
    expect(trend.ou).toBeNull();
    expect(trend.zScore).toBeNull();
    // A series that jumps across its mean every step (b ≤ −1) is not an OU process either.
    const flip = meanReversionFit({ series: [1, -1.1, 1.2, -1.3, 1.4, -1.5] });
    expect(flip.slope).toBeLessThanOrEqual(-1);
    expect(flip.meanReverting).toBe(false);
  });

  it('an exact AR(1) path recovers φ and μ, with σ̂_ε = 0', () => {
    // X_t − 50 = 0.5 (X_{t−1} − 50)
    const series = [66, 58, 54, 52, 51, 50.5];
    const r = meanReversionFit({ series });
    expectClose(r.ou!.phi, 0.5, 1e-13);
    expectClose(r.ou!.mean, 50, 1e-13);
    expectWithin(r.residualSd, 0, 1e-12);
    expectClose(r.ou!.halfLife, 1, 1e-12);
  });

  it('bad input: too short, constant, bad entries, bad time step', () => {
    expectInputError(() => meanReversionFit({ series: [1, 2, 3] }), 'series');
    expectInputError(() => meanReversionFit({ series: [] }), 'series');
    expectInputError(() => meanReversionFit({ series: [5, 5, 5, 5, 6] }), 'series');
    expectInputError(() => meanReversionFit({ series: [0, 0, 0, 0] }), 'series');
    for (const bad of NOT_FINITE_NUMBERS) expectInputError(() => meanReversionFit({ series: [1, 2, 3, bad, 5] } as never), 'series[3]');
    for (const bad of [0, -1, ...NOT_FINITE_NUMBERS]) expectInputError(() => meanReversionFit({ series: SERIES, timeStep: bad } as never), 'timeStep');
  });

  it('huge values do not overflow', () => {
    const r = meanReversionFit({ series: SERIES.map((x) => x * 1e306) });
    expectClose(r.slope, -0.39625506, 1e-7);
    expectClose(r.ou!.mean, 7.35862069e306, 1e-8);
  });
});

describe('ouExpectedValue', () => {
  it('the gap to the mean halves after one half-life and vanishes in the limit', () => {
    const theta = Math.LN2 / 5;
    expectClose(ouExpectedValue({ current: 110, mean: 100, theta, days: 5 }), 105, 1e-14);
    expectClose(ouExpectedValue({ current: 90, mean: 100, theta, days: 10 }), 97.5, 1e-14);
    expect(ouExpectedValue({ current: 110, mean: 100, theta, days: 0 })).toBe(110);
    expect(ouExpectedValue({ current: 110, mean: 100, theta: 0, days: 30 })).toBe(110);
    expect(ouExpectedValue({ current: 110, mean: 100, theta: 1e300, days: 1e300 })).toBe(100);
    expect(ouExpectedValue({ current: 1e308, mean: -1e308, theta: Math.LN2, days: 1 })).toBeCloseTo(0, -292);
  });

  it('bad input', () => {
    for (const bad of NOT_FINITE_NUMBERS) expectInputError(() => ouExpectedValue({ current: bad, mean: 1, theta: 1, days: 1 } as never), 'current');
    expectInputError(() => ouExpectedValue({ current: 1, mean: 1, theta: -1, days: 1 }), 'theta');
    expectInputError(() => ouExpectedValue({ current: 1, mean: 1, theta: 1, days: -1 }), 'days');
  });
});

describe('tradeExpectancy', () => {
  it('p = 0.6, average win 150, average loss 100: 50 per trade = 0.5 R (reference 4.3, SELF); break-even win rate 40 %', () => {
    expect(tradeExpectancy({ winProbability: 0.6, averageWin: 150, averageLoss: 100 })).toEqual({ expectancy: 50, expectancyR: 0.5, breakEvenWinProbability: 0.4 });
  });

  it('a rule that wins 80 % of trades can still lose money', () => {
    const r = tradeExpectancy({ winProbability: 0.8, averageWin: 20, averageLoss: 100 });
    expectClose(r.expectancy, -4, 1e-14);
    expectClose(r.breakEvenWinProbability, 100 / 120, 1e-15);
  });

  it('zero at the break-even win rate, rising with p (fast-check)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.double({ min: 1e-3, max: 1e6, noNaN: true }), (averageWin, averageLoss) => {
        const { breakEvenWinProbability: p } = tradeExpectancy({ winProbability: 0.5, averageWin, averageLoss });
        expectWithin(tradeExpectancy({ winProbability: p, averageWin, averageLoss }).expectancy, 0, 1e-9 * (averageWin + averageLoss));
        expect(tradeExpectancy({ winProbability: Math.min(1, p + 0.01), averageWin, averageLoss }).expectancyR).toBeGreaterThanOrEqual(-1e-12);
      }),
    );
  });

  it('bad input', () => {
    for (const bad of [-0.1, 1.1, ...NOT_FINITE_NUMBERS]) expectInputError(() => tradeExpectancy({ winProbability: bad, averageWin: 1, averageLoss: 1 } as never), 'winProbability');
    expectInputError(() => tradeExpectancy({ winProbability: 0.5, averageWin: -1, averageLoss: 1 }), 'averageWin');
    expectInputError(() => tradeExpectancy({ winProbability: 0.5, averageWin: 1, averageLoss: 0 }), 'averageLoss');
    expectInputError(() => tradeExpectancy({ winProbability: 0.5, averageWin: 1e308, averageLoss: 1e-10 }), 'averageWin');
  });
});
