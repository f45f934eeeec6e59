import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { almgrenChriss } from '../../../src/risk/index.ts';
import type { AlmgrenChrissInput } from '../../../src/risk/index.ts';
import { expectClose, expectInputError, expectPublished, expectWithin, NOT_FINITE_NUMBERS } from './helpers.ts';

// Almgren & Chriss (2000), Table 1: X = 10⁶ shares, T = 5 days, N = 5, σ = 0.95 $/share/√day,
// ε = 0.0625 $/share, γ = 2.5e−7 $/share², η = 2.5e−6 $/share·day/share (S₀ = 50, α = 0.02 are not inputs here).
const TABLE_1 = { shares: 1e6, periods: 5, horizon: 5, vol: 0.95, eta: 2.5e-6, gamma: 2.5e-7, epsilon: 0.0625 } as const;

/** The paper's closed forms for E[x] and V[x] (reference §15a), evaluated directly. */
function closedForm(input: AlmgrenChrissInput, kappa: number): { E: number; V: number } {
  const { shares: X, periods: N, horizon: T, vol: s, eta, gamma, epsilon = 0 } = input;
  const tau = T / N;
  const etaTilde = eta - (gamma * tau) / 2;
  if (kappa === 0) {
    return {
      E: 0.5 * gamma * X * X + epsilon * X + (etaTilde * X * X) / T,
      V: (1 / 3) * s * s * X * X * T * (1 - 1 / N) * (1 - 1 / (2 * N)),
    };
  }
  const k = kappa;
  const E =
    0.5 * gamma * X * X +
    epsilon * X +
    (etaTilde * X * X * Math.tanh(0.5 * k * tau) * (tau * Math.sinh(2 * k * T) + 2 * T * Math.sinh(k * tau))) /
      (2 * tau * tau * Math.sinh(k * T) ** 2);
  const V =
    (0.5 * s * s * X * X * (tau * Math.sinh(k * T) * Math.cosh(k * (T - tau)) - T * Math.sinh(k * tau))) /
    (Math.sinh(k * T) ** 2 * Math.sinh(k * tau));
  return { E, V };
}

/** Explicit sums of the paper's definitions, from an independently computed trajectory. */
function explicitSums(input: AlmgrenChrissInput, kappa: number): { x: number[]; n: number[]; E: number; V: number } {
  const { shares: X, periods: N, horizon: T, vol: s, eta, gamma, epsilon = 0 } = input;
  const tau = T / N;
  const x = Array.from({ length: N + 1 }, (_, j) =>
    kappa === 0 ? X * (1 - j / N) : (X * Math.sinh(kappa * (T - j * tau))) / Math.sinh(kappa * T),
  );
  // n_j = 2 sinh(κτ/2) cosh(κ(T − t_{j−½})) / sinh(κT) · X
  const n = Array.from({ length: N }, (_, i) =>
    kappa === 0
      ? X / N
      : ((2 * Math.sinh(0.5 * kappa * tau) * Math.cosh(kappa * (T - (i + 0.5) * tau))) / Math.sinh(kappa * T)) * X,
  );
  const etaTilde = eta - (gamma * tau) / 2;
  const E = 0.5 * gamma * X * X + epsilon * n.reduce((a, b) => a + Math.abs(b), 0) + (etaTilde / tau) * n.reduce((a, b) => a + b * b, 0);
  const V = s * s * tau * x.slice(1).reduce((a, b) => a + b * b, 0);
  return { x, n, E, V };
}

describe('almgrenChriss: published vectors', () => {
  it('§3.4: with λ = 1e−6 the urgency κ ≈ 0.6/day and κT ≈ 3 (reference 15.1)', () => {
    const r = almgrenChriss({ ...TABLE_1, riskAversion: 1e-6 });
    expectPublished(r.kappa, '0.6');
    expectPublished(r.kappa * 5, '3');
  });

  it.each([
    // λ per $, E (M$), V (M$²), E + λV (M$), θ = 1/κ (days): DROP junit output for the paper's parameters
    [1e-9, '0.6625', '1.0812', '0.6636', '51.30'],
    [2e-9, '0.6625', '1.0794', '0.6647', '36.27'],
    [5e-9, '0.6625', '1.0740', '0.6679', '22.94'],
    [9e-9, '0.6626', '1.0669', '0.6722', '17.10'],
  ])('DROP test output (reference 15.7), λ = %s per $', (riskAversion, E, V, U, theta) => {
    const r = almgrenChriss({ ...TABLE_1, riskAversion });
    expectPublished(r.expectedCost / 1e6, E, 'E');
    expectPublished(r.variance / 1e12, V, 'V');
    expectPublished((r.expectedCost + riskAversion * r.variance) / 1e6, U, 'E + λV');
    expectPublished(1 / r.kappa, theta, 'θ');
  });
});

describe('almgrenChriss: SELF vectors (reference 15.1, 15.4–15.6), recomputed', () => {
  it('15.1 λ = 1e−6: η̃ = 2.375e−6, κ̃ = 0.6164414, κ = 0.6070762, θ = 1.6472398 days', () => {
    const r = almgrenChriss({ ...TABLE_1, riskAversion: 1e-6 });
    const tau = 1;
    const kappaTilde = (2 / tau) * Math.sinh((r.kappa * tau) / 2);
    expectClose(kappaTilde, Math.sqrt((1e-6 * 0.95 ** 2) / 2.375e-6), 1e-14);
    expectWithin(kappaTilde, 0.6164414, 5e-8);
    expectWithin(r.kappa, 0.6070762, 5e-8);
    expectWithin(1 / r.kappa, 1.6472398, 5e-8);
    // mpmath, 60 digits: κ = acosh(1 + κ̃²τ²/2)/τ
    expectClose(r.kappa, 0.60707616324706279, 1e-14);
  });

  it('15.4 λ = 1e−6: trajectory, trades, E = 911,226.99, V = 3.6412857e11, √V = 603,430.67, E + λV = 1,275,355.56', () => {
    const r = almgrenChriss({ ...TABLE_1, riskAversion: 1e-6 });
    const x = [1_000_000, 541_955.55, 289_854.22, 147_897.49, 62_141.8, 0];
    const n = [458_044.45, 252_101.33, 141_956.73, 85_755.69, 62_141.8];
    r.holdings.forEach((h, i) => expectWithin(h, x[i]!, 0.005));
    r.trades.forEach((t, i) => expectWithin(t, n[i]!, 0.005));
    expectWithin(r.expectedCost, 911_226.99, 0.005);
    expectWithin(r.variance, 3.6412857e11, 5e3);
    expectWithin(Math.sqrt(r.variance), 603_430.67, 0.005);
    expectWithin(r.expectedCost + 1e-6 * r.variance, 1_275_355.56, 0.005);
    // mpmath (60 digits) of the same sums.
    expectClose(r.expectedCost, 911_226.98630379355, 1e-13);
    expectClose(r.variance, 364_128_572_058.141, 1e-13);
  });

  it('15.5 λ = 2e−6: κ = 0.8462971, x = [1,000,000; 428,599; 182,933; 76,296; 27,643; 0]', () => {
    const r = almgrenChriss({ ...TABLE_1, riskAversion: 2e-6 });
    expectWithin(r.kappa, 0.8462971, 5e-8);
    [1_000_000, 428_599, 182_933, 76_296, 27_643, 0].forEach((x, i) => expectWithin(r.holdings[i]!, x, 0.5));
    // mpmath (60 digits)
    expectClose(r.expectedCost, 1_140_715.1670497853, 1e-13);
    expectClose(r.variance, 201_931_287_150.52432, 1e-13);
  });

  it('15.6 λ = 0 (straight line): E = 662,500, V = 1.083e12', () => {
    const r = almgrenChriss({ ...TABLE_1, riskAversion: 0 });
    expect(r.kappa).toBe(0);
    expect(r.holdings).toEqual([1e6, 8e5, 6e5, 4e5, 2e5, 0]);
    expectClose(r.expectedCost, 662_500, 1e-15);
    expectClose(r.variance, 1.083e12, 1e-15);
  });
});

const acInput = fc.record({
  shares: fc.double({ min: 1, max: 1e8, noNaN: true }),
  periods: fc.integer({ min: 1, max: 60 }),
  horizon: fc.double({ min: 0.1, max: 30, noNaN: true }),
  // Zero, or a volatility large enough that σ²·X² is not subnormal.
  vol: fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 5, noNaN: true })),
  eta: fc.double({ min: 1e-7, max: 1e-4, noNaN: true }),
  gammaShare: fc.double({ min: 0, max: 0.9, noNaN: true }),
  epsilon: fc.double({ min: 0, max: 0.1, noNaN: true }),
  riskAversion: fc.oneof(fc.constant(0), fc.double({ min: 1e-10, max: 1e-4, noNaN: true })),
}).map(({ gammaShare, ...rest }) => ({
  ...rest,
  // γ below 2η/τ so that η̃ = η − γτ/2 stays positive.
  gamma: (gammaShare * 2 * rest.eta * rest.periods) / rest.horizon,
}));

describe('almgrenChriss: properties', () => {
  it('holdings go from shares to 0, non-increasing; trades are non-negative and sum to shares', () => {
    fc.assert(
      fc.property(acInput, (input) => {
        const r = almgrenChriss(input);
        expect(r.holdings).toHaveLength(input.periods + 1);
        expect(r.trades).toHaveLength(input.periods);
        expect(r.holdings[0]).toBe(input.shares);
        expect(r.holdings[input.periods]).toBe(0);
        for (let k = 1; k <= input.periods; k += 1) {
          expect(r.holdings[k]!).toBeLessThanOrEqual(r.holdings[k - 1]!);
          expect(r.trades[k - 1]!).toBeGreaterThanOrEqual(0);
        }
        expectClose(r.trades.reduce((a, b) => a + b, 0), input.shares, 1e-12);
      }),
    );
  });

  it('riskAversion = 0 (or vol = 0) gives the straight line x_k = X(1 − k/N)', () => {
    fc.assert(
      fc.property(acInput, (input) => {
        for (const variant of [{ ...input, riskAversion: 0 }, { ...input, vol: 0 }]) {
          const r = almgrenChriss(variant);
          expect(r.kappa).toBe(0);
          r.holdings.forEach((h, k) => expectClose(h, input.shares * (1 - k / input.periods), 1e-14, 1e-9));
        }
      }),
    );
  });

  it('E and V equal both the closed forms and the explicit sums; κ solves (2/τ²)(cosh κτ − 1) = λσ²/η̃', () => {
    fc.assert(
      fc.property(acInput, (input) => {
        const r = almgrenChriss(input);
        const tau = input.horizon / input.periods;
        const etaTilde = input.eta - (input.gamma * tau) / 2;
        const kappaTilde2 = (input.riskAversion * input.vol ** 2) / etaTilde;
        // (2/τ²)(cosh κτ − 1) = (4/τ²)·sinh²(κτ/2); the second form does not cancel for small κτ.
        expectClose((4 / tau ** 2) * Math.sinh((r.kappa * tau) / 2) ** 2, kappaTilde2, 1e-10, 1e-300);
        if (r.kappa * tau > 1e-3) expectClose((2 / tau ** 2) * (Math.cosh(r.kappa * tau) - 1), kappaTilde2, 1e-9);
        const kT = r.kappa * input.horizon;
        const sums = explicitSums(input, r.kappa);
        sums.x.forEach((x, k) => expectClose(r.holdings[k]!, x, 1e-9, 1e-9 * input.shares));
        sums.n.forEach((n, k) => expectClose(r.trades[k]!, n, 1e-9, 1e-9 * input.shares));
        expectClose(r.expectedCost, sums.E, 1e-9);
        expectClose(r.variance, sums.V, 1e-9, 1e-300);
        if (r.kappa === 0 || (kT > 1e-3 && kT < 300)) {
          // The closed forms overflow (sinh 2κT) for large κT, and for small κT the bracket in V cancels
          // (relative error ≈ 1e−16/(κT)²); the library's explicit sums have neither problem.
          const closed = closedForm(input, r.kappa);
          expectClose(r.expectedCost, closed.E, 1e-8);
          expectClose(r.variance, closed.V, 1e-7, 1e-12 * input.vol ** 2 * input.shares ** 2 * input.horizon);
        }
      }),
    );
  });

  it('more risk aversion trades faster: lower variance, higher expected cost', () => {
    fc.assert(
      fc.property(acInput, fc.double({ min: 1.5, max: 10, noNaN: true }), (input, factor) => {
        fc.pre(input.vol > 0.01 && input.periods > 1 && input.riskAversion > 0);
        const a = almgrenChriss(input);
        const b = almgrenChriss({ ...input, riskAversion: input.riskAversion * factor });
        expect(b.kappa).toBeGreaterThan(a.kappa);
        expect(b.variance).toBeLessThanOrEqual(a.variance * (1 + 1e-12));
        expect(b.expectedCost).toBeGreaterThanOrEqual(a.expectedCost * (1 - 1e-12));
      }),
    );
  });

  it('stays finite for very urgent schedules (κT in the thousands)', () => {
    const r = almgrenChriss({ ...TABLE_1, riskAversion: 1e3, vol: 50 });
    expect(r.kappa * 5).toBeGreaterThan(100);
    expect(r.holdings[1]!).toBeLessThan(1e-6);
    expect(r.trades[0]).toBeCloseTo(1e6, 5);
    for (const v of [...r.holdings, ...r.trades, r.expectedCost, r.variance, r.kappa]) expect(Number.isFinite(v)).toBe(true);
  });
});

describe('almgrenChriss: bad input', () => {
  const valid = { ...TABLE_1, riskAversion: 1e-6 };
  it.each(['shares', 'periods', 'horizon', 'vol', 'eta', 'gamma', 'epsilon', 'riskAversion'])('%s: NaN, ±Infinity, wrong types', (field) => {
    for (const bad of NOT_FINITE_NUMBERS) expectInputError(() => almgrenChriss({ ...valid, [field]: bad } as never), field);
  });
  it.each([
    ['shares', 0], ['shares', -1], ['periods', 0], ['periods', 2.5], ['periods', -3], ['horizon', 0], ['vol', -0.1],
    ['eta', 0], ['gamma', -1e-7], ['epsilon', -0.01], ['riskAversion', -1e-6],
  ])('%s = %s is out of domain', (field, bad) => {
    expectInputError(() => almgrenChriss({ ...valid, [field]: bad } as never), field);
  });
  it('rejects η̃ = η − γτ/2 ≤ 0 on eta with an explanation', () => {
    // τ = 1 day: γ = 6e−6 gives η̃ = 2.5e−6 − 3e−6 < 0; γ = 5e−6 gives exactly η̃ = 0.
    const error = expectInputError(() => almgrenChriss({ ...valid, gamma: 6e-6 }), 'eta');
    expect(error.message).toMatch(/gamma·τ\/2/);
    expectInputError(() => almgrenChriss({ ...valid, gamma: 5e-6 }), 'eta');
    expect(() => almgrenChriss({ ...valid, gamma: 4.9e-6 })).not.toThrow();
  });
  it('rejects overflow', () => {
    expectInputError(() => almgrenChriss({ ...valid, shares: 1e200 }), 'shares');
    expectInputError(() => almgrenChriss({ ...valid, vol: 1e200 }), 'vol');
  });
});
