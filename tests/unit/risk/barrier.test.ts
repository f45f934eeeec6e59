import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  circuitBreakerLevels,
  firstPassageDistance,
  firstPassageProbability,
  normalCdf,
  normalQuantile,
  priceTouchProbability,
} from '../../../src/risk/index.ts';
import { expectClose, expectInputError, expectPublished, expectWithin, NOT_FINITE_NUMBERS } from './helpers.ts';

/**
 * P(touch by T) as the integral of the first-passage-time density of X_t = μt + σW_t to −L
 * (the inverse Gaussian density L/(σ√(2πt³))·exp(−(L + μt)²/(2σ²t))), by composite Simpson after
 * t = T·u²: a route independent of the reflection-principle closed form.
 */
function touchByIntegration(distance: number, drift: number, vol: number, horizon: number, steps = 20_000): number {
  const density = (u: number) => {
    if (u === 0) return 0;
    const t = horizon * u * u;
    const f = (distance / (vol * Math.sqrt(2 * Math.PI * t ** 3))) * Math.exp(-((distance + drift * t) ** 2) / (2 * vol * vol * t));
    return f * 2 * horizon * u;
  };
  const h = 1 / steps;
  let sum = density(0) + density(1);
  for (let i = 1; i < steps; i += 1) sum += (i % 2 === 0 ? 2 : 4) * density(i * h);
  return (sum * h) / 3;
}

const phi = (x: number) => normalCdf({ x });

describe('firstPassageProbability: reference vectors (section 10, SELF)', () => {
  it('10.2: σ = 10,000 USDT/√day, L = 25,000, T = 5 days, μ = 0 → 0.2635525 (terminal only 0.1317762)', () => {
    const r = firstPassageProbability({ distance: 25_000, vol: 10_000, horizon: 5 });
    expectWithin(r.probability, 0.2635525, 5e-8);
    expectWithin(r.terminalProbability, 0.1317762, 5e-8);
  });

  it('10.3: the same with μ = +2,000 / −2,000 USDT per day → 0.1511618 / 0.4109003', () => {
    expectWithin(firstPassageProbability({ distance: 25_000, drift: 2_000, vol: 10_000, horizon: 5 }).probability, 0.1511618, 5e-8);
    expectWithin(firstPassageProbability({ distance: 25_000, drift: -2_000, vol: 10_000, horizon: 5 }).probability, 0.4109003, 5e-8);
  });

  it('10.4: σ = 2 %/√day, L = 5 %, T = 1 day → 0.0124193', () => {
    expectWithin(firstPassageProbability({ distance: 0.05, vol: 0.02, horizon: 1 }).probability, 0.0124193, 5e-8);
  });

  it('agrees with the integral of the first-passage-time density (an independent route)', () => {
    for (const [distance, drift, vol, horizon] of [
      [25_000, 0, 10_000, 5],
      [25_000, 2_000, 10_000, 5],
      [25_000, -2_000, 10_000, 5],
      [0.05, 0.01, 0.02, 1],
      [1, -3, 0.5, 2],
    ] as const) {
      const closed = firstPassageProbability({ distance, drift, vol, horizon }).probability;
      expectWithin(closed, touchByIntegration(distance, drift, vol, horizon), 1e-9, `L=${distance} μ=${drift}`);
    }
  });
});

describe('firstPassageProbability: properties', () => {
  const arbitrary = fc.record({
    distance: fc.double({ min: 0.01, max: 10, noNaN: true }),
    drift: fc.double({ min: -3, max: 3, noNaN: true }),
    vol: fc.double({ min: 0.05, max: 3, noNaN: true }),
    horizon: fc.double({ min: 0.01, max: 10, noNaN: true }),
  });

  it('without drift the touch probability is exactly twice the terminal one (reflection principle)', () => {
    fc.assert(
      fc.property(arbitrary, ({ distance, vol, horizon }) => {
        const r = firstPassageProbability({ distance, vol, horizon });
        expectClose(r.probability, 2 * r.terminalProbability, 1e-14);
        expectClose(r.terminalProbability, phi(-distance / (vol * Math.sqrt(horizon))), 1e-15);
      }),
    );
  });

  it('in [0, 1], at least the terminal probability; falls with distance and drift, rises with the horizon', () => {
    fc.assert(
      fc.property(arbitrary, fc.double({ min: 1.01, max: 3, noNaN: true }), (input, k) => {
        const r = firstPassageProbability(input);
        expect(r.probability).toBeGreaterThanOrEqual(r.terminalProbability);
        expect(r.probability).toBeLessThanOrEqual(1);
        expect(r.terminalProbability).toBeGreaterThanOrEqual(0);
        const slack = 1e-12;
        expect(firstPassageProbability({ ...input, distance: input.distance * k }).probability).toBeLessThanOrEqual(r.probability + slack);
        expect(firstPassageProbability({ ...input, drift: input.drift + k }).probability).toBeLessThanOrEqual(r.probability + slack);
        expect(firstPassageProbability({ ...input, horizon: input.horizon * k }).probability).toBeGreaterThanOrEqual(r.probability - slack);
      }),
    );
  });

  it('a negative drift uses the overflow-safe form, which equals the direct e^(−2μL/σ²)·Φ(a) where that is finite', () => {
    fc.assert(
      fc.property(arbitrary, ({ distance, drift, vol, horizon }) => {
        const mu = -Math.abs(drift);
        const s = vol * Math.sqrt(horizon);
        const a = (-distance + mu * horizon) / s;
        // Φ(a) itself underflows to 0 below a ≈ −37.5 (the direct form then drops the reflected term).
        fc.pre(a > -37);
        const direct = phi((-distance - mu * horizon) / s) + Math.exp((-2 * mu * distance) / (vol * vol)) * phi(a);
        fc.pre(Number.isFinite(direct));
        expectClose(firstPassageProbability({ distance, drift: mu, vol, horizon }).probability, Math.min(1, direct), 1e-12, 1e-300);
      }),
    );
  });

  it('infinite-horizon limits: 1 without favourable drift, e^(−2μL/σ²) with drift μ > 0 away from the barrier', () => {
    expectClose(firstPassageProbability({ distance: 1, drift: 0, vol: 1, horizon: 1e16 }).probability, 1, 1e-7);
    expectClose(firstPassageProbability({ distance: 1, drift: -0.1, vol: 1, horizon: 1e6 }).probability, 1, 1e-12);
    expectClose(firstPassageProbability({ distance: 1, drift: 0.1, vol: 1, horizon: 1e6 }).probability, Math.exp(-0.2), 1e-12);
  });

  it('where Φ(a) underflows (a ≤ −37, the Mills-ratio series) it still agrees with the integrated density', () => {
    // L = 1, σ = 0.05, T = 1, μ = −0.9: a = −38, b = −2; e^(−2μL/σ²) = e^720 overflows.
    const closed = firstPassageProbability({ distance: 1, drift: -0.9, vol: 0.05, horizon: 1 }).probability;
    expectWithin(closed, touchByIntegration(1, -0.9, 0.05, 1), 1e-9);
    expect(closed).toBeGreaterThan(phi(-2));
  });

  it('stays finite and continuous where e^(−2μL/σ²) overflows (strong drift toward the barrier)', () => {
    const near = firstPassageProbability({ distance: 1, drift: -400, vol: 0.1, horizon: 0.0025 });
    const nearer = firstPassageProbability({ distance: 1, drift: -400.000001, vol: 0.1, horizon: 0.0025 });
    // μT = −L exactly: the drift alone just reaches the barrier, so the touch probability is above ½.
    expect(near.probability).toBeGreaterThan(0.5);
    expect(near.probability).toBeLessThan(1);
    expectClose(nearer.probability, near.probability, 1e-5);
    expect(firstPassageProbability({ distance: 1, drift: -1e300, vol: 1e-3, horizon: 1 }).probability).toBe(1);
  });

  it('bad input names the field', () => {
    const base = { distance: 1, vol: 1, horizon: 1 };
    for (const bad of [...NOT_FINITE_NUMBERS, 0, -1]) {
      expectInputError(() => firstPassageProbability({ ...base, distance: bad } as never), 'distance');
      expectInputError(() => firstPassageProbability({ ...base, vol: bad } as never), 'vol');
      expectInputError(() => firstPassageProbability({ ...base, horizon: bad } as never), 'horizon');
    }
    for (const bad of NOT_FINITE_NUMBERS) expectInputError(() => firstPassageProbability({ ...base, drift: bad } as never), 'drift');
    expectInputError(() => firstPassageProbability({ distance: 1, vol: 5e-324, horizon: 1e-10 }), 'vol');
    expectInputError(() => firstPassageProbability(null as never), 'input');
  });
});

describe('firstPassageDistance: the loss limit for a chosen touch probability', () => {
  it('without drift it is σ√T·Φ⁻¹(1 − p/2): 19,599.64 USDT for p = 5 % a day at σ = 10,000 USDT/√day', () => {
    const limit = firstPassageDistance({ probability: 0.05, vol: 10_000, horizon: 1 });
    expectClose(limit, 10_000 * normalQuantile({ p: 0.975 }), 1e-12);
    expectWithin(limit, 19_599.64, 0.005);
  });

  it('property: inverts firstPassageProbability, with and without drift', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.double({ min: 0.05, max: 3, noNaN: true }),
        fc.double({ min: 0.01, max: 10, noNaN: true }),
        (probability, drift, vol, horizon) => {
          const distance = firstPassageDistance({ probability, drift, vol, horizon });
          expect(distance).toBeGreaterThan(0);
          expectWithin(firstPassageProbability({ distance, drift, vol, horizon }).probability, probability, 1e-10);
        },
      ),
    );
  });

  it('bad input names the field', () => {
    for (const bad of [...NOT_FINITE_NUMBERS, 0, 1, -0.1, 1.5]) {
      expectInputError(() => firstPassageDistance({ probability: bad, vol: 1, horizon: 1 } as never), 'probability');
    }
    expectInputError(() => firstPassageDistance({ probability: 0.5, vol: 0, horizon: 1 }), 'vol');
    expectInputError(() => firstPassageDistance({ probability: 0.5, vol: 1, horizon: -1 }), 'horizon');
  });
});

describe('priceTouchProbability: geometric Brownian motion, barrier on the log-price', () => {
  it('maps onto the arithmetic case: log distance ln(S/B), log drift μ − σ²/2', () => {
    const input = { spot: 49_000, barrier: 45_180.72, vol: 0.6, years: 7 / 365 };
    const r = priceTouchProbability({ ...input, direction: 'down' });
    const logDistance = Math.log(49_000 / 45_180.72);
    expectClose(r.logDistance, logDistance, 1e-13);
    expectClose(r.distance, (49_000 - 45_180.72) / 49_000, 1e-15);
    expectClose(r.driftlessProbability, 2 * phi(-logDistance / (0.6 * Math.sqrt(7 / 365))), 1e-13);
    const withDrift = firstPassageProbability({ distance: logDistance, drift: 0 - 0.18, vol: 0.6, horizon: 7 / 365 });
    expectClose(r.probability, withDrift.probability, 1e-13);
    // A martingale price still drifts down in logs (−σ²/2), so it touches a lower barrier a little more often.
    expect(r.probability).toBeGreaterThan(r.driftlessProbability);
  });

  it('an upper barrier (a short’s liquidation) takes the drift toward it: a rising price touches it more often', () => {
    const base = { spot: 50_000, barrier: 55_000, direction: 'up', vol: 0.8, years: 30 / 365 } as const;
    const flat = priceTouchProbability(base);
    const rising = priceTouchProbability({ ...base, drift: 1 });
    expect(rising.probability).toBeGreaterThan(flat.probability);
    expectClose(flat.probability, firstPassageProbability({ distance: Math.log(1.1), drift: 0.32, vol: 0.8, horizon: 30 / 365 }).probability, 1e-13);
  });

  it('property: up and down are mirror images on the log scale (barrier B up ↔ S²/B down, drift ν ↔ −ν)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1.001, max: 3, noNaN: true }),
        fc.double({ min: 0.05, max: 2, noNaN: true }),
        fc.double({ min: 0.001, max: 2, noNaN: true }),
        (ratio, vol, years) => {
          const up = priceTouchProbability({ spot: 100, barrier: 100 * ratio, direction: 'up', vol, years });
          const down = priceTouchProbability({ spot: 100, barrier: 100 / ratio, direction: 'down', vol, years });
          // The two barriers are rounded differently (100·r and 100/r); deep in the tail the probability
          // amplifies that rounding by the exponent (b²/2 up to ~60), hence 1e-9 rather than 1e-15.
          expectClose(up.driftlessProbability, down.driftlessProbability, 1e-9);
          // μ = σ² on the way up has log drift +σ²/2 toward the barrier, the mirror of μ = 0 on the way down.
          expectClose(priceTouchProbability({ spot: 100, barrier: 100 * ratio, direction: 'up', vol, years, drift: vol * vol }).probability, down.probability, 1e-9);
        },
      ),
    );
  });

  it('a price already at or beyond the barrier has touched it: probability 1, distance 0', () => {
    for (const [spot, barrier, direction] of [[100, 100, 'down'], [90, 100, 'down'], [100, 100, 'up'], [110, 100, 'up']] as const) {
      expect(priceTouchProbability({ spot, barrier, direction, vol: 0.5, years: 1 })).toEqual({ distance: 0, logDistance: 0, probability: 1, driftlessProbability: 1 });
    }
  });

  it('bad input names the field', () => {
    const base = { spot: 100, barrier: 90, direction: 'down', vol: 0.5, years: 1 } as const;
    for (const bad of [...NOT_FINITE_NUMBERS, 0, -1]) {
      for (const field of ['spot', 'barrier', 'vol', 'years']) expectInputError(() => priceTouchProbability({ ...base, [field]: bad } as never), field);
    }
    for (const bad of ['long', 'below', 1, undefined]) expectInputError(() => priceTouchProbability({ ...base, direction: bad } as never), 'direction');
    expectInputError(() => priceTouchProbability({ ...base, drift: NaN }), 'drift');
    expectInputError(() => priceTouchProbability({ ...base, vol: 1e200 }), 'vol');
  });
});

describe('circuitBreakerLevels', () => {
  it('Business Insider (2018): S&P 500 prior close 2,681.66 → 2,493.94 (−7 %), 2,333.04 (−13 %), 2,145.33 (−20 %) (reference 10.1, PUBLISHED)', () => {
    const { prices } = circuitBreakerLevels({ referencePrice: 2_681.66, thresholds: [0.07, 0.13, 0.2] });
    expect(prices).toHaveLength(3);
    expectPublished(prices[0]!, '2,493.94');
    expectPublished(prices[1]!, '2,333.04');
    expectPublished(prices[2]!, '2,145.33');
  });

  it('bad input: reference price, an empty list, thresholds outside (0, 1) or not ascending', () => {
    for (const bad of [...NOT_FINITE_NUMBERS, 0, -1]) expectInputError(() => circuitBreakerLevels({ referencePrice: bad, thresholds: [0.1] } as never), 'referencePrice');
    for (const bad of [[], undefined, 0.1, 'x']) expectInputError(() => circuitBreakerLevels({ referencePrice: 1, thresholds: bad } as never), 'thresholds');
    for (const bad of [0, 1, 7, -0.1, NaN]) expectInputError(() => circuitBreakerLevels({ referencePrice: 1, thresholds: [0.05, bad] }), 'thresholds[1]');
    expectInputError(() => circuitBreakerLevels({ referencePrice: 1, thresholds: [0.13, 0.07] }), 'thresholds[1]');
    expectInputError(() => circuitBreakerLevels({ referencePrice: 1, thresholds: [0.07, 0.07] }), 'thresholds[1]');
  });
});
