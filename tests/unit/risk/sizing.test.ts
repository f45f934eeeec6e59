import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  continuousKelly,
  equalRiskContribution,
  inverseVolatilityWeights,
  kellyBet,
  kellyFraction,
  portfolioRiskContributions,
} from '../../../src/risk/index.ts';
import { expectClose, expectInputError, expectPublished, expectWithin, NOT_FINITE_NUMBERS } from './helpers.ts';

const kelly = (winProbability: number, winLossRatio: number) => kellyFraction({ winProbability, winLossRatio });

describe('kellyFraction', () => {
  it('Wikipedia: p 0.70, b 1 → 0.40; coin study p 0.60, b 1 → 0.20 (reference 9.1, 9.2)', () => {
    expectPublished(kelly(0.7, 1), '0.40');
    expectPublished(kelly(0.6, 1), '0.20');
  });

  it('Thorp (2006): p 0.51, b 1 → 0.02 (reference 9.3)', () => {
    expectPublished(kelly(0.51, 1), '0.02');
  });

  it('SELF 9.4: p 0.55, b 2 → 0.325; negative edge gives a negative fraction (do not bet)', () => {
    expectClose(kelly(0.55, 2), 0.325, 1e-15);
    expect(kelly(0.4, 1)).toBeCloseTo(-0.2, 15);
    expect(kelly(0, 4)).toBe(-0.25);
    expect(kelly(1, 0.5)).toBe(1);
  });

  it('property: maximises the expected log growth p·ln(1 + bf) + (1 − p)·ln(1 − f) when 0 < f* < 1', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 0.99, noNaN: true }), fc.double({ min: 0.1, max: 10, noNaN: true }), (p, b) => {
        const f = kelly(p, b);
        fc.pre(f > 0.01 && f < 0.99);
        const growth = (x: number) => p * Math.log(1 + b * x) + (1 - p) * Math.log(1 - x);
        expect(growth(f)).toBeGreaterThanOrEqual(growth(f - 0.005));
        expect(growth(f)).toBeGreaterThanOrEqual(growth(f + 0.005));
        expect(kelly(Math.min(1, p + 0.005), b)).toBeGreaterThan(f);
      }),
    );
  });

  it('bad input', () => {
    for (const bad of [...NOT_FINITE_NUMBERS, -0.1, 1.01, 55]) expectInputError(() => kellyFraction({ winProbability: bad, winLossRatio: 1 } as never), 'winProbability');
    for (const bad of [...NOT_FINITE_NUMBERS, 0, -1]) expectInputError(() => kellyFraction({ winProbability: 0.5, winLossRatio: bad } as never), 'winLossRatio');
    expectInputError(() => kellyFraction({ winProbability: 0.5, winLossRatio: 1e-320 }), 'winLossRatio');
  });
});

/** Expected log growth per bet, written out as in Thorp (2006) §2, for independent checks. */
const growthAt = (p: number, b: number, f: number) => p * Math.log(1 + b * f) + (1 - p) * Math.log(1 - f);

describe('kellyBet (fractional Kelly, discrete bet)', () => {
  it('Wikipedia / Thorp: full Kelly fractions 0.40, 0.20, 0.02 (reference 9.1–9.3)', () => {
    expectPublished(kellyBet({ winProbability: 0.7, winLossRatio: 1 }).kellyFraction, '0.40');
    expectPublished(kellyBet({ winProbability: 0.6, winLossRatio: 1 }).stake, '0.20');
    expectPublished(kellyBet({ winProbability: 0.51, winLossRatio: 1 }).stake, '0.02');
  });

  it('SELF 9.2: p 0.60, b 1 → g(f*) 0.02013551; half Kelly g 0.01504190, about 75 % of it', () => {
    const full = kellyBet({ winProbability: 0.6, winLossRatio: 1 });
    expectWithin(full.growthRate, 0.02013551, 5e-9);
    expect(full.growthRate).toBe(full.kellyGrowthRate);
    expect(full.growthShare).toBe(1);
    const half = kellyBet({ winProbability: 0.6, winLossRatio: 1, kellyMultiplier: 0.5 });
    expectClose(half.stake, 0.1, 1e-15);
    expectWithin(half.growthRate, 0.0150419, 5e-9);
    expectClose(half.growthShare!, 0.0150419016 / 0.0201355136, 1e-8);
  });

  it('SELF 9.3 and 9.4: p 0.51, b 1 → g 0.000200013; p 0.55, b 2 → f* 0.325, g 0.09855724', () => {
    expectWithin(kellyBet({ winProbability: 0.51, winLossRatio: 1 }).growthRate, 0.000200013, 5e-10);
    const r = kellyBet({ winProbability: 0.55, winLossRatio: 2 });
    expectClose(r.stake, 0.325, 1e-15);
    expectWithin(r.growthRate, 0.09855724, 5e-9);
    expectClose(r.growthRate, growthAt(0.55, 2, 0.325), 1e-14);
  });

  it('no edge: stake 0, growth 0, no share; a certain win stakes everything', () => {
    expect(kellyBet({ winProbability: 0.4, winLossRatio: 1, kellyMultiplier: 0.5 })).toEqual({
      kellyFraction: kellyFraction({ winProbability: 0.4, winLossRatio: 1 }),
      stake: 0,
      growthRate: 0,
      kellyGrowthRate: 0,
      growthShare: null,
    });
    const sure = kellyBet({ winProbability: 1, winLossRatio: 0.5 });
    expect(sure.stake).toBe(1);
    expectClose(sure.growthRate, Math.log(1.5), 1e-15);
  });

  it('properties: growth peaks at full Kelly; c·f* for c < 1 and c > 1 both grow slower; twice Kelly grows about nothing for small edges', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.05, max: 0.95, noNaN: true }), fc.double({ min: 0.2, max: 5, noNaN: true }), fc.double({ min: 0.05, max: 0.95, noNaN: true }), (p, b, c) => {
        const full = kellyBet({ winProbability: p, winLossRatio: b });
        fc.pre(full.kellyFraction > 0.01 && full.kellyFraction < 0.45);
        const under = kellyBet({ winProbability: p, winLossRatio: b, kellyMultiplier: c });
        const over = kellyBet({ winProbability: p, winLossRatio: b, kellyMultiplier: 2 - c });
        expect(under.growthRate).toBeLessThan(full.growthRate);
        expect(over.growthRate).toBeLessThan(full.growthRate);
        expectClose(under.growthRate, growthAt(p, b, c * full.kellyFraction), 1e-12, 1e-16);
        expect(under.growthShare!).toBeGreaterThan(0);
        expect(under.growthShare!).toBeLessThan(1);
      }),
    );
    // Small edge (Thorp's p = 0.51): half Kelly keeps ≈ 75 %, twice Kelly ≈ 0 of the growth.
    expectClose(kellyBet({ winProbability: 0.51, winLossRatio: 1, kellyMultiplier: 0.5 }).growthShare!, 0.75, 1e-3);
    expectWithin(kellyBet({ winProbability: 0.51, winLossRatio: 1, kellyMultiplier: 2 }).growthRate, 0, 1e-6);
  });

  it('bad input', () => {
    for (const bad of [...NOT_FINITE_NUMBERS, 0, -0.5]) expectInputError(() => kellyBet({ winProbability: 0.6, winLossRatio: 1, kellyMultiplier: bad } as never), 'kellyMultiplier');
    // Stake 6 × 0.2 = 120 % of capital with a 40 % chance of losing it; likewise 4 × 0.25 = 100 % exactly.
    expectInputError(() => kellyBet({ winProbability: 0.6, winLossRatio: 1, kellyMultiplier: 6 }), 'kellyMultiplier');
    expectInputError(() => kellyBet({ winProbability: 0.625, winLossRatio: 1, kellyMultiplier: 4 }), 'kellyMultiplier');
    expectInputError(() => kellyBet({ winProbability: 1.2, winLossRatio: 1 }), 'winProbability');
    expectInputError(() => kellyBet({ winProbability: 0.6, winLossRatio: 0 }), 'winLossRatio');
  });
});

describe('continuousKelly', () => {
  it('SELF 9.5: μ 0.11, r 0.06, σ 0.20 → f* 1.25, g 0.09125; half Kelly g 0.0834375 (75 % of the excess growth)', () => {
    const full = continuousKelly({ expectedReturn: 0.11, rate: 0.06, vol: 0.2 });
    expectClose(full.kellyFraction, 1.25, 1e-14);
    expectClose(full.growthRate, 0.09125, 1e-14);
    expect(full.growthRate).toBe(full.kellyGrowthRate);
    const half = continuousKelly({ expectedReturn: 0.11, rate: 0.06, vol: 0.2, kellyMultiplier: 0.5 });
    expectClose(half.allocation, 0.625, 1e-14);
    expectClose(half.growthRate, 0.0834375, 1e-14);
    expect(half.excessGrowthShare).toBe(0.75);
    expectClose(half.portfolioVol, 0.125, 1e-14);
  });

  it('properties: g(c·f*) = r + f(μ − r) − f²σ²/2 at f = c·f*; twice Kelly earns only r; a negative excess return shorts', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -0.5, max: 1.5, noNaN: true }),
        fc.double({ min: 0, max: 0.1, noNaN: true }),
        fc.double({ min: 0.05, max: 2, noNaN: true }),
        fc.double({ min: 0.05, max: 3, noNaN: true }),
        (mu, r, sigma, c) => {
          const k = continuousKelly({ expectedReturn: mu, rate: r, vol: sigma, kellyMultiplier: c });
          const f = k.allocation;
          expectClose(k.growthRate, r + f * (mu - r) - (f * f * sigma * sigma) / 2, 1e-9, 1e-12);
          expect(k.growthRate).toBeLessThanOrEqual(k.kellyGrowthRate + 1e-15);
          // Same sign as μ − r, unless (μ − r)/σ² underflows to ∓0 (fast-check found r = 5e-324, μ = 0).
          if (Math.abs(mu - r) > 1e-300) expect(Math.sign(k.kellyFraction)).toBe(Math.sign(mu - r));
          expectWithin(continuousKelly({ expectedReturn: mu, rate: r, vol: sigma, kellyMultiplier: 2 }).growthRate, r, 1e-12);
        },
      ),
    );
  });

  it('bad input', () => {
    const base = { expectedReturn: 0.3, rate: 0.05, vol: 0.6 };
    for (const bad of NOT_FINITE_NUMBERS) expectInputError(() => continuousKelly({ ...base, expectedReturn: bad } as never), 'expectedReturn');
    for (const bad of NOT_FINITE_NUMBERS) expectInputError(() => continuousKelly({ ...base, rate: bad } as never), 'rate');
    for (const bad of [...NOT_FINITE_NUMBERS, 0, -0.6]) expectInputError(() => continuousKelly({ ...base, vol: bad } as never), 'vol');
    for (const bad of [...NOT_FINITE_NUMBERS, 0, -1]) expectInputError(() => continuousKelly({ ...base, kellyMultiplier: bad } as never), 'kellyMultiplier');
    expectInputError(() => continuousKelly({ ...base, vol: 1e-200 }), 'vol');
  });
});

/** Correlation matrix of four assets with ρ₁₂ = 0.8, ρ₃₄ = −0.5 and no other correlation (reference 9.8). */
const MRT_CORRELATIONS = [
  [1, 0.8, 0, 0],
  [0.8, 1, 0, 0],
  [0, 0, 1, -0.5],
  [0, 0, -0.5, 1],
];
const MRT_VOLS = [0.1, 0.2, 0.3, 0.4];
const constantCorrelation = (n: number, rho: number) => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : rho)));

/** Independent route for ERC: cyclical coordinate descent (Griveau-Billion, Richard, Roncalli 2013), each step a closed-form root. */
function ercByCoordinateDescent(vols: readonly number[], correlations: readonly (readonly number[])[]): number[] {
  const n = vols.length;
  const cov = correlations.map((row, i) => row.map((rho, j) => rho * vols[i]! * vols[j]!));
  const y = vols.map((v) => 1 / v);
  for (let sweep = 0; sweep < 20_000; sweep++) {
    for (let i = 0; i < n; i++) {
      const cross = cov[i]!.reduce((sum, c, j) => (j === i ? sum : sum + c * y[j]!), 0);
      const a = cov[i]![i]!;
      y[i] = (-cross + Math.sqrt(cross * cross + (4 * a) / n)) / (2 * a);
    }
  }
  const total = y.reduce((s, v) => s + v, 0);
  return y.map((v) => v / total);
}

/** Random positive-definite correlation matrices from two-factor loadings. */
const correlationCase = fc.integer({ min: 2, max: 6 }).chain((n) =>
  fc.record({
    vols: fc.array(fc.double({ min: 0.02, max: 2, noNaN: true }), { minLength: n, maxLength: n }),
    loadings: fc.array(fc.tuple(fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true })), { minLength: n, maxLength: n }),
    specific: fc.array(fc.double({ min: 0.05, max: 1, noNaN: true }), { minLength: n, maxLength: n }),
  }).map(({ vols, loadings, specific }) => {
    const cov = (i: number, j: number) => loadings[i]![0] * loadings[j]![0] + loadings[i]![1] * loadings[j]![1] + (i === j ? specific[i]! : 0);
    const correlations = vols.map((_, i) => vols.map((__, j) => (i === j ? 1 : cov(i, j) / Math.sqrt(cov(i, i) * cov(j, j)))));
    for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) correlations[i]![j] = correlations[j]![i]!;
    return { vols, correlations };
  }),
);

describe('inverseVolatilityWeights', () => {
  it('SELF 9.6: σ = [0.6, 0.8, 0.2] → w = [0.2105263, 0.1578947, 0.6315789]', () => {
    const { weights } = inverseVolatilityWeights({ volatilities: [0.6, 0.8, 0.2] });
    [0.2105263, 0.1578947, 0.6315789].forEach((w, i) => expectWithin(weights[i]!, w, 5e-8));
    expectClose(weights[0]!, 4 / 19, 1e-15);
  });

  it('properties: weights sum to 1 and give every asset the same stand-alone risk w·σ; extreme scales do not overflow', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 1e-3, max: 1e3, noNaN: true }), { minLength: 1, maxLength: 10 }), (vols) => {
        const { weights } = inverseVolatilityWeights({ volatilities: vols });
        expectClose(weights.reduce((s, w) => s + w, 0), 1, 1e-14);
        const risk = weights[0]! * vols[0]!;
        weights.forEach((w, i) => expectClose(w * vols[i]!, risk, 1e-13));
      }),
    );
    const { weights } = inverseVolatilityWeights({ volatilities: [1e-300, 1e300] });
    expect(weights[0]).toBe(1);
    expect(weights[1]).toBe(0); // 1e-600 of the capital: below the smallest double
  });

  it('bad input', () => {
    for (const bad of [[], undefined, 0.2, 'x']) expectInputError(() => inverseVolatilityWeights({ volatilities: bad } as never), 'volatilities');
    for (const bad of [...NOT_FINITE_NUMBERS, 0, -0.2]) expectInputError(() => inverseVolatilityWeights({ volatilities: [0.5, bad] } as never), 'volatilities[1]');
  });
});

describe('equalRiskContribution (Maillard, Roncalli, Teïletche 2010)', () => {
  it('SELF 9.7: σ = [0.1, 0.2, 0.3, 0.4], ρ = 0.5 for every pair → ERC = inverse volatility = [0.48, 0.24, 0.16, 0.12], σ_p 0.151789', () => {
    const r = equalRiskContribution({ volatilities: MRT_VOLS, correlations: constantCorrelation(4, 0.5) });
    [0.48, 0.24, 0.16, 0.12].forEach((w, i) => expectClose(r.weights[i]!, w, 1e-12));
    expectWithin(r.portfolioVol, 0.151789, 5e-7);
    // σ_p² = Σᵢⱼ ρᵢⱼ uᵢuⱼ with uᵢ = wᵢσᵢ = 0.048 for all i: 0.048²·(4 + 12·0.5).
    expectClose(r.portfolioVol, 0.048 * Math.sqrt(10), 1e-12);
  });

  it('SELF 9.8: ρ₁₂ 0.8, ρ₃₄ −0.5 → w = [0.3836, 0.1918, 0.2426, 0.1820]; σ_p 0.1029340 (reference prints 0.102931), each RC σ_p/4', () => {
    // The reference believes these weights are Maillard–Roncalli–Teïletche's illustration (38.4/19.2/24.3/18.2 %),
    // recalled, not checked against the paper. Closed form: by symmetry u₁ = u₂ and u₃ = u₄ (uᵢ = wᵢσᵢ), and
    // RC₁ = 1.8u₁², RC₃ = 0.5u₃² are equal, so u₃ = √3.6·u₁; σ_p² = 4·1.8u₁² with Σwᵢ = 1. That gives
    // σ_p = 0.10293404, not the 0.102931 printed in the reference (and RC = 0.0257335, not 0.025733).
    const r = equalRiskContribution({ volatilities: MRT_VOLS, correlations: MRT_CORRELATIONS });
    [0.3836, 0.1918, 0.2426, 0.182].forEach((w, i) => expectWithin(r.weights[i]!, w, 5e-5));
    const u1 = 1 / (10 + 5 + Math.sqrt(3.6) * (1 / 0.3 + 1 / 0.4));
    expectClose(r.weights[0]!, 10 * u1, 1e-12);
    expectClose(r.weights[3]!, (Math.sqrt(3.6) * u1) / 0.4, 1e-12);
    expectClose(r.portfolioVol, Math.sqrt(7.2) * u1, 1e-12);
    expectWithin(r.portfolioVol, 0.1029340, 5e-8);
    r.riskContributions.forEach((rc) => expectClose(rc, r.portfolioVol / 4, 1e-12));
    r.riskShares.forEach((share) => expectClose(share, 0.25, 1e-12));
  });

  it('properties: equal contributions, weights positive and summing to 1, equal to coordinate descent, scale-free; σ_ERC ≤ σ of equal weights (MRT 2010)', () => {
    fc.assert(
      fc.property(correlationCase, fc.double({ min: 0.01, max: 100, noNaN: true }), ({ vols, correlations }, scale) => {
        const r = equalRiskContribution({ volatilities: vols, correlations });
        const n = vols.length;
        expectClose(r.weights.reduce((s, w) => s + w, 0), 1, 1e-14);
        r.weights.forEach((w) => expect(w).toBeGreaterThan(0));
        r.riskContributions.forEach((rc) => expectClose(rc, r.portfolioVol / n, 1e-10));
        ercByCoordinateDescent(vols, correlations).forEach((w, i) => expectClose(r.weights[i]!, w, 1e-8));
        const scaled = equalRiskContribution({ volatilities: vols.map((v) => v * scale), correlations });
        scaled.weights.forEach((w, i) => expectClose(w, r.weights[i]!, 1e-10));
        const equal = portfolioRiskContributions({ weights: vols.map(() => 1 / n), volatilities: vols, correlations });
        expect(r.portfolioVol).toBeLessThanOrEqual(equal.portfolioVol * (1 + 1e-12));
      }),
      { numRuns: 200 },
    );
  });

  it('one asset: all of the capital', () => {
    expect(equalRiskContribution({ volatilities: [0.7], correlations: [[1]] })).toEqual({ weights: [1], portfolioVol: 0.7, riskContributions: [0.7], riskShares: [1] });
  });

  it('bad input', () => {
    const base = { volatilities: MRT_VOLS, correlations: MRT_CORRELATIONS };
    expectInputError(() => equalRiskContribution({ ...base, correlations: MRT_CORRELATIONS.slice(0, 3) }), 'correlations');
    expectInputError(() => equalRiskContribution({ ...base, correlations: [[1, 0.8, 0, 0], [0.8, 1, 0], [0, 0, 1, -0.5], [0, 0, -0.5, 1]] }), 'correlations[1]');
    expectInputError(() => equalRiskContribution({ ...base, correlations: [[1, 0.8, 0, 0], [0.7, 1, 0, 0], [0, 0, 1, -0.5], [0, 0, -0.5, 1]] }), 'correlations[1][0]');
    expectInputError(() => equalRiskContribution({ ...base, correlations: [[0.9, 0.8, 0, 0], [0.8, 1, 0, 0], [0, 0, 1, -0.5], [0, 0, -0.5, 1]] }), 'correlations[0][0]');
    for (const bad of [...NOT_FINITE_NUMBERS, 1.1, -2]) {
      expectInputError(() => equalRiskContribution({ ...base, correlations: [[1, bad], [bad, 1]], volatilities: [0.1, 0.2] } as never), 'correlations[0][1]');
    }
    // Two assets at correlation 1, and three whose correlations contradict each other: not positive definite.
    expectInputError(() => equalRiskContribution({ volatilities: [0.1, 0.2], correlations: constantCorrelation(2, 1) }), 'correlations');
    expectInputError(
      () => equalRiskContribution({ volatilities: [0.1, 0.2, 0.3], correlations: [[1, 0.9, 0.9], [0.9, 1, -0.9], [0.9, -0.9, 1]] }),
      'correlations',
    );
    expectInputError(() => equalRiskContribution({ ...base, volatilities: [0.1, 0.2, 0, 0.4] }), 'volatilities[2]');
    expectInputError(() => equalRiskContribution({ volatilities: new Array(101).fill(0.1), correlations: constantCorrelation(101, 0) }), 'volatilities');
  });
});

describe('portfolioRiskContributions', () => {
  it('two assets: σ_p² = w₁²σ₁² + w₂²σ₂² + 2ρw₁w₂σ₁σ₂ and RC₁ = w₁(w₁σ₁² + ρw₂σ₁σ₂)/σ_p', () => {
    const r = portfolioRiskContributions({ weights: [0.6, 0.4], volatilities: [0.6, 0.8], correlations: constantCorrelation(2, 0.7) });
    const variance = 0.36 * 0.36 + 0.16 * 0.64 + 2 * 0.7 * 0.6 * 0.4 * 0.6 * 0.8;
    expectClose(r.portfolioVol, Math.sqrt(variance), 1e-14);
    expectClose(r.riskContributions[0]!, (0.6 * (0.6 * 0.36 + 0.7 * 0.4 * 0.6 * 0.8)) / Math.sqrt(variance), 1e-14);
    expectClose(r.riskShares[0]! + r.riskShares[1]!, 1, 1e-15);
  });

  it('inverse-volatility weights do not equalise risk when correlations differ (reference 9.8 inputs)', () => {
    const { weights } = inverseVolatilityWeights({ volatilities: MRT_VOLS });
    const r = portfolioRiskContributions({ weights, volatilities: MRT_VOLS, correlations: MRT_CORRELATIONS });
    // The correlated pair (0.8) carries more than half of the risk, the hedged pair (−0.5) less.
    expectClose(r.riskShares[0]!, 1.8 / (2 * 1.8 + 2 * 0.5), 1e-12);
    expectClose(r.riskShares[3]!, 0.5 / (2 * 1.8 + 2 * 0.5), 1e-12);
  });

  it('properties: contributions add up to σ_p; a short position can contribute negatively', () => {
    fc.assert(
      fc.property(correlationCase, fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 6, maxLength: 6 }), ({ vols, correlations }, raw) => {
        const weights = raw.slice(0, vols.length);
        fc.pre(weights.some((w) => Math.abs(w) > 1e-3));
        const r = portfolioRiskContributions({ weights, volatilities: vols, correlations });
        expectClose(r.riskContributions.reduce((s, x) => s + x, 0), r.portfolioVol, 1e-9, 1e-15);
        expectClose(r.riskShares.reduce((s, x) => s + x, 0), 1, 1e-9);
      }),
    );
    const hedged = portfolioRiskContributions({ weights: [1, -0.2], volatilities: [0.5, 0.5], correlations: constantCorrelation(2, 0.9) });
    expect(hedged.riskContributions[1]!).toBeLessThan(0);
  });

  it('bad input', () => {
    const base = { weights: [0.5, 0.5], volatilities: [0.2, 0.3], correlations: constantCorrelation(2, 0.3) };
    expectInputError(() => portfolioRiskContributions({ ...base, weights: [0, 0] }), 'weights');
    expectInputError(() => portfolioRiskContributions({ ...base, weights: [1] }), 'weights');
    for (const bad of NOT_FINITE_NUMBERS) expectInputError(() => portfolioRiskContributions({ ...base, weights: [0.5, bad] } as never), 'weights[1]');
    expectInputError(() => portfolioRiskContributions({ ...base, volatilities: [0.2] }), 'correlations');
  });
});
