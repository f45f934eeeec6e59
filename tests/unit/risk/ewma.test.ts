import { describe, expect, it } from 'vitest';
import { ewmaDecay, ewmaVolatility, ewmaVolatilityPath, periodReturns } from '../../../src/risk/index.ts';
import { expectClose, expectInputError, expectPublished, expectWithin, NOT_FINITE_NUMBERS } from './helpers.ts';

describe('ewmaVolatilityPath and ewmaDecay', () => {
  it('follows ewmaVolatility step by step: Hull RMFI Example 5.2 (σ 1 % → 1.14 %) and reference 22.4', () => {
    const hull = ewmaVolatilityPath({ lambda: 0.9, initialVariance: 0.0001, returns: [0.02] });
    expect(hull.volatilities[0]).toBe(0.01);
    expectPublished(hull.volatility * 100, '1.14');
    expectClose(hull.variance, 0.00013, 1e-12);
    const returns = [0.01, -0.02, 0.015, -0.005, 0.03];
    const path = ewmaVolatilityPath({ lambda: 0.94, initialVariance: 0.0004, returns });
    expectWithin(path.variance, 3.855187e-4, 5e-11);
    expectWithin(path.volatility * 100, 1.963463, 5e-7);
    expect(path.volatilities).toHaveLength(6);
    returns.forEach((_, i) => {
      expect(path.volatilities[i + 1]).toBe(ewmaVolatility({ lambda: 0.94, initialVariance: 0.0004, returns: returns.slice(0, i + 1) }).volatility);
    });
  });

  it('seeds with the mean of the squared returns when no σ₀² is given', () => {
    const r = ewmaVolatilityPath({ lambda: 0.94, returns: [0.03, -0.01] });
    expectClose(r.initialVariance, (0.0009 + 0.0001) / 2, 1e-15);
    expectClose(r.volatilities[0]!, Math.sqrt(0.0005), 1e-15);
  });

  it('takes the seed as a volatility too, but not both seeds at once', () => {
    const byVol = ewmaVolatilityPath({ lambda: 0.9, initialVolatility: 0.01, returns: [0.02] });
    expectClose(byVol.variance, 0.00013, 1e-12);
    expectClose(byVol.initialVariance, 0.0001, 1e-15);
    expectInputError(() => ewmaVolatilityPath({ lambda: 0.9, initialVolatility: -0.01, returns: [0.02] }), 'initialVolatility');
    expectInputError(() => ewmaVolatilityPath({ lambda: 0.9, initialVolatility: 0.01, initialVariance: 0.0001, returns: [0.02] }), 'initialVolatility');
    expectInputError(() => ewmaVolatilityPath({ lambda: 0.9, initialVolatility: 1e200, returns: [0.02] }), 'initialVolatility');
  });

  it('λ = 0.94: half-life 11.20 days, effective window 16.67 days (reference 22.5, SELF)', () => {
    const r = ewmaDecay({ lambda: 0.94 });
    expectWithin(r.halfLife, 11.2, 0.005);
    expectWithin(r.effectiveWindow, 16.67, 0.005);
    expectClose(r.halfLife, Math.log(0.5) / Math.log(0.94), 1e-14);
    // The weight of a return halfLife periods old is half the newest one's.
    expectClose(0.94 ** r.halfLife, 0.5, 1e-14);
    expectClose(ewmaDecay({ lambda: 0.97 }).effectiveWindow, 100 / 3, 1e-12);
  });

  it('bad input', () => {
    for (const bad of [...NOT_FINITE_NUMBERS, 0, 1]) {
      expectInputError(() => ewmaDecay({ lambda: bad } as never), 'lambda');
      expectInputError(() => ewmaVolatilityPath({ lambda: bad, returns: [0.01] } as never), 'lambda');
    }
    expectInputError(() => ewmaVolatilityPath({ lambda: 0.94, returns: [] }), 'returns');
    expectInputError(() => ewmaVolatilityPath({ lambda: 0.94, returns: [0.01, NaN] }), 'returns[1]');
    expectInputError(() => ewmaVolatilityPath({ lambda: 0.94, returns: [0.01], initialVariance: -1 }), 'initialVariance');
    expectInputError(() => ewmaVolatilityPath({ lambda: 0.94, returns: [1e200] }), 'returns[0]');
  });
});

describe('periodReturns', () => {
  it('simple (Hull) and log (RiskMetrics) returns of a price series', () => {
    const simple = periodReturns({ prices: [100, 102, 99.96] }).returns;
    expectClose(simple[0]!, 0.02, 1e-14);
    expectClose(simple[1]!, -0.02, 1e-13);
    const log = periodReturns({ prices: [100, 110, 100], kind: 'log' }).returns;
    expectClose(log[0]!, Math.log(1.1), 1e-15);
    expectClose(log[1]!, -Math.log(1.1), 1e-15);
    // Log returns add up to the log of the whole move; prices beyond the ratio's double range still work.
    expect(periodReturns({ prices: [1e-300, 1e300], kind: 'log' }).returns[0]).toBeCloseTo(600 * Math.LN10, 10);
  });

  it('bad input', () => {
    expectInputError(() => periodReturns({ prices: [100] }), 'prices');
    expectInputError(() => periodReturns({ prices: [100, 0] }), 'prices[1]');
    expectInputError(() => periodReturns({ prices: [100, 101], kind: 'pct' as never }), 'kind');
    expectInputError(() => periodReturns({ prices: [1e-300, 1e300] }), 'prices[1]');
  });
});
