import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bridgePathLoss, type BridgeHop } from '../../../src/risk/index.ts';
import { expectClose, expectInputError, NOT_FINITE_NUMBERS } from './helpers.ts';

const hop = (failureProbability: number, lossGivenFailure: number): BridgeHop => ({ failureProbability, lossGivenFailure });
const VECTOR_6_1 = [hop(0.02, 0.9), hop(0.01, 1), hop(0.005, 0.6)];
const hopArbitrary = fc.record({ failureProbability: fc.double({ min: 0, max: 1, noNaN: true }), lossGivenFailure: fc.double({ min: 0, max: 1, noNaN: true }) });

describe('bridgePathLoss', () => {
  // Reference vector 6.1 (SELF, recomputed exactly with mpmath).
  it('three hops, p = 2 %, 1 %, 0.5 %, LGD = 90 %, 100 %, 60 %, 1,000,000 sent: P_fail 0.034651, EL 30,710.6, naive 31,000', () => {
    const result = bridgePathLoss({ exposure: 1_000_000, hops: VECTOR_6_1 });
    expectClose(result.failureProbability, 0.034651, 1e-14);
    expectClose(result.expectedLoss, 30_710.6, 1e-14);
    expectClose(result.expectedLossRate, 0.0307106, 1e-14);
    expectClose(result.naiveExpectedLoss, 31_000, 1e-14);
    // Hop by hop: 18,000; 0.98 × 10,000 = 9,800; 0.98 × 0.99 × 0.005 × 0.6 × 10⁶ = 2,910.6.
    expect(result.hops.map((h) => h.reachProbability)).toEqual([1, 0.98, 0.98 * 0.99]);
    [18_000, 9_800, 2_910.6].forEach((value, i) => expectClose(result.hops[i]!.expectedLoss, value, 1e-13));
    expectClose(result.hops[2]!.failureProbability, 0.98 * 0.99 * 0.005, 1e-14);
  });

  it('reference vector 6.2: a hop failing 0.2 % of the time, used for 50 transfers: 1 − 0.998⁵⁰ = 0.0952532 (mpmath 0.0952531819959642)', () => {
    const result = bridgePathLoss({ exposure: 10_000, hops: [hop(0.002, 1)], transfers: 50 });
    expectClose(result.failureProbabilityOverTransfers, 0.09525318199596423, 1e-13);
    expectClose(result.expectedLossOverTransfers, 50 * 20, 1e-13);
    expect(result.failureProbability).toBe(0.002);
  });

  it('one hop: P = p and EL = EAD·p·LGD; default of one transfer', () => {
    const result = bridgePathLoss({ exposure: 500, hops: [hop(0.1, 0.4)] });
    expectClose(result.failureProbability, 0.1, 1e-15);
    expectClose(result.expectedLoss, 20, 1e-15);
    expect(result.failureProbabilityOverTransfers).toBe(result.failureProbability);
    expect(result.expectedLossOverTransfers).toBe(result.expectedLoss);
  });

  it('tiny probabilities keep their digits: ten hops of 10⁻¹² fail with probability 10⁻¹¹ (to 1e-12 relative), not 1 − 1 = 0', () => {
    const result = bridgePathLoss({ exposure: 1, hops: Array.from({ length: 10 }, () => hop(1e-12, 1)) });
    expectClose(result.failureProbability, 1e-11 - 45e-24, 1e-13);
  });

  it('a hop sure to fail stops everything after it', () => {
    const result = bridgePathLoss({ exposure: 100, hops: [hop(1, 0.5), hop(0.5, 1)] });
    expect(result.failureProbability).toBe(1);
    expect(result.expectedLoss).toBe(50);
    expect(result.hops[1]).toEqual({ reachProbability: 0, failureProbability: 0, expectedLoss: 0 });
    expect(result.naiveExpectedLoss).toBe(100);
  });

  it('properties: per-hop parts add up, the naive sum is an upper bound, bounds hold, adding a hop never lowers the risk', () => {
    fc.assert(
      fc.property(fc.array(hopArbitrary, { minLength: 1, maxLength: 8 }), hopArbitrary, fc.double({ min: 0, max: 1e9, noNaN: true }), fc.integer({ min: 1, max: 1000 }), (hops, extra, exposure, transfers) => {
        const result = bridgePathLoss({ exposure, hops, transfers });
        const parts = result.hops.reduce((sum, h) => sum + h.expectedLoss, 0);
        expectClose(parts, result.expectedLoss, 1e-12, 1e-6);
        expect(result.naiveExpectedLoss).toBeGreaterThanOrEqual(result.expectedLoss * (1 - 1e-12));
        expect(result.expectedLoss).toBeLessThanOrEqual(exposure * (1 + 1e-12));
        expect(result.failureProbability).toBeGreaterThanOrEqual(0);
        expect(result.failureProbability).toBeLessThanOrEqual(1);
        expect(result.failureProbabilityOverTransfers).toBeGreaterThanOrEqual(result.failureProbability * (1 - 1e-12));
        // Failure anywhere = 1 − product of survivals, checked against the per-hop failures.
        expectClose(result.hops.reduce((sum, h) => sum + h.failureProbability, 0), result.failureProbability, 1e-12, 1e-15);
        const longer = bridgePathLoss({ exposure, hops: [...hops, extra] });
        expect(longer.failureProbability).toBeGreaterThanOrEqual(result.failureProbability * (1 - 1e-12));
        expect(longer.expectedLoss).toBeGreaterThanOrEqual(result.expectedLoss * (1 - 1e-12));
      }),
    );
  });

  it('order matters: a likely failure early shields the later hops', () => {
    const forward = bridgePathLoss({ exposure: 1, hops: [hop(0.5, 0), hop(0.1, 1)] });
    const backward = bridgePathLoss({ exposure: 1, hops: [hop(0.1, 1), hop(0.5, 0)] });
    expectClose(forward.expectedLoss, 0.05, 1e-15);
    expectClose(backward.expectedLoss, 0.1, 1e-15);
    expect(forward.failureProbability).toBe(backward.failureProbability);
  });

  it('bad input names the hop and field', () => {
    for (const bad of [...NOT_FINITE_NUMBERS, -1]) expectInputError(() => bridgePathLoss({ exposure: bad, hops: VECTOR_6_1 } as never), 'exposure');
    for (const bad of [[], null, 'hops', {}]) expectInputError(() => bridgePathLoss({ exposure: 1, hops: bad } as never), 'hops');
    for (const bad of [...NOT_FINITE_NUMBERS, -0.1, 1.1, 2]) {
      expectInputError(() => bridgePathLoss({ exposure: 1, hops: [VECTOR_6_1[0], { failureProbability: bad, lossGivenFailure: 1 }] } as never), 'hops[1].failureProbability');
      expectInputError(() => bridgePathLoss({ exposure: 1, hops: [{ failureProbability: 0.1, lossGivenFailure: bad }] } as never), 'hops[0].lossGivenFailure');
    }
    expectInputError(() => bridgePathLoss({ exposure: 1, hops: [VECTOR_6_1[0], undefined] } as never), 'hops[1]');
    for (const bad of [...NOT_FINITE_NUMBERS, 0, -1, 2.5]) expectInputError(() => bridgePathLoss({ exposure: 1, hops: VECTOR_6_1, transfers: bad } as never), 'transfers');
    expectInputError(() => bridgePathLoss({ exposure: 1e308, hops: [hop(1, 1), hop(1, 1)] }), 'exposure');
    expectInputError(() => bridgePathLoss({ exposure: 1e308, hops: [hop(0.5, 1)], transfers: 10 }), 'transfers');
  });
});
