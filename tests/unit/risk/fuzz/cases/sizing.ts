/** Fuzz schemas of the fractional-Kelly and risk-weight functions of src/risk/sizing.ts (kellyFraction is in core.ts). */
import fc from 'fast-check';
import { finite, fraction, isNull, list, object, positive, scalar, type Arbitrary, type Case } from '../spec.ts';

const everydayVol = fc.double({ min: 0.01, max: 3, noNaN: true });
const vol = scalar(fc.oneof(everydayVol, positive));
const volatilities = list(vol, { long: fc.array(everydayVol, { minLength: 1000, maxLength: 4000 }) });
const correlationEntry = scalar(fc.double({ min: -1, max: 1, noNaN: true }));
const correlations = list(list(correlationEntry, { long: fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 1000, maxLength: 1000 }) }), {
  long: fc.array(fc.array(fc.constant(0), { minLength: 2, maxLength: 2 }), { minLength: 1000, maxLength: 1000 }),
});

/**
 * A valid correlation matrix of size n: R = D^(−½)·(B·Bᵀ + diag(d))·D^(−½) with random loadings B and
 * idiosyncratic variances d ≥ 0.05, so R is symmetric, has a unit diagonal and is positive definite.
 */
function correlationMatrix(n: number): fc.Arbitrary<number[][]> {
  return fc
    .record({
      loadings: fc.array(fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 2, maxLength: 2 }), { minLength: n, maxLength: n }),
      specific: fc.array(fc.double({ min: 0.05, max: 1, noNaN: true }), { minLength: n, maxLength: n }),
    })
    .map(({ loadings, specific }) => {
      const dot = (i: number, j: number) => loadings[i]![0]! * loadings[j]![0]! + loadings[i]![1]! * loadings[j]![1]!;
      const variance = (i: number) => dot(i, i) + specific[i]!;
      const matrix = Array.from({ length: n }, () => new Array<number>(n).fill(1));
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < i; j++) {
          const rho = Math.max(-1, Math.min(1, dot(i, j) / Math.sqrt(variance(i) * variance(j))));
          matrix[i]![j] = rho;
          matrix[j]![i] = rho;
        }
      }
      return matrix;
    });
}

/** Valid inputs: n assets (1–6), volatilities and a matching positive-definite correlation matrix, plus `extra` fields of length n. */
function covarianceInput(extra: (n: number) => Record<string, Arbitrary> = () => ({})): Arbitrary {
  return fc.integer({ min: 1, max: 6 }).chain((n) =>
    fc.record({
      volatilities: fc.array(vol.valid as fc.Arbitrary<number>, { minLength: n, maxLength: n }),
      correlations: correlationMatrix(n),
      ...extra(n),
    }),
  );
}

export const cases = {
  kellyBet: {
    input: object({
      winProbability: scalar(fraction()),
      winLossRatio: scalar(fc.oneof(positive, fc.double({ min: 0.1, max: 10, noNaN: true }))),
      kellyMultiplier: scalar(fc.oneof(positive, fc.double({ min: 0.1, max: 2, noNaN: true })), { optional: true }),
    }),
    // Documented: null when the bet has no edge (nothing to compare with).
    allow: { growthShare: isNull },
  },
  continuousKelly: {
    input: object({
      expectedReturn: scalar(finite),
      rate: scalar(finite, { optional: true }),
      vol,
      kellyMultiplier: scalar(fc.oneof(positive, fc.double({ min: 0.1, max: 2, noNaN: true })), { optional: true }),
    }),
  },
  inverseVolatilityWeights: {
    input: object({ volatilities }),
  },
  equalRiskContribution: {
    input: object({ volatilities, correlations }, { valid: covarianceInput() }),
  },
  portfolioRiskContributions: {
    input: object(
      { weights: list(scalar(finite), { long: fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 1000, maxLength: 2000 }) }), volatilities, correlations },
      { valid: covarianceInput((n) => ({ weights: fc.array(finite, { minLength: n, maxLength: n }) })) },
    ),
  },
} as const satisfies Readonly<Record<string, Case>>;
