import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  aggregateGreeks,
  blackScholes,
  greeksPnl,
  neutralizingHedge,
  portfolioGreeks,
  portfolioPnl,
  type PortfolioPosition,
} from '../../../src/risk/index.ts';
import { expectClose, expectInputError, expectPublished, expectWithin, NOT_FINITE_NUMBERS } from './helpers.ts';

/** Hull's Greek-letters call (reference 21.2): S = 49, K = 50, r = 5 %, σ = 20 %, 20 weeks. */
const HULL_CALL: PortfolioPosition = { kind: 'call', side: 'long', quantity: 1, strike: 50, years: 20 / 52, vol: 0.2 };
const HULL_MARKET = { spot: 49, rate: 0.05 } as const;

/** Hull's delta–gamma–vega example (reference Q.1): the book and the two traded options. */
const HULL_BOOK = { delta: 0, gamma: -5_000, vega: -8_000 } as const;
const OPTION_1 = { delta: 0.6, gamma: 0.5, vega: 2.0 } as const;
const OPTION_2 = { delta: 0.5, gamma: 0.8, vega: 1.2 } as const;

describe('neutralizingHedge (Hull, ch. 19)', () => {
  it('PUBLISHED Q.1, Hull OFOD ch. 19 slides: delta-gamma-vega neutral with both options → +400 option 1, +6,000 option 2, −3,240 of the asset', () => {
    const hedge = neutralizingHedge({ ...HULL_BOOK, hedges: [OPTION_1, OPTION_2] });
    expectPublished(hedge.hedgeQuantities[0]!, '400');
    expectPublished(hedge.hedgeQuantities[1]!, '6,000');
    expectPublished(hedge.underlyingQuantity, '-3,240');
    expect(hedge.residual).toEqual({ delta: 0, gamma: 0, vega: 0 });
  });

  it('PUBLISHED Q.1, Hull OFOD ch. 19 slides: delta-gamma neutral with option 1 → +10,000 options, −6,000 of the asset', () => {
    const hedge = neutralizingHedge({ ...HULL_BOOK, hedges: [OPTION_1] });
    expectPublished(hedge.hedgeQuantities[0]!, '10,000');
    expectPublished(hedge.underlyingQuantity, '-6,000');
    // Vega is left unhedged: −8,000 + 10,000 × 2.0.
    expectClose(hedge.residual.vega, 12_000, 1e-12);
    expect(hedge.residual.gamma).toBe(0);
  });

  it('PUBLISHED Q.1, Hull OFOD ch. 19 slides: delta-vega neutral with option 1 → +4,000 options, −2,400 of the asset', () => {
    const hedge = neutralizingHedge({ ...HULL_BOOK, hedges: [OPTION_1], neutralize: 'vega' });
    expectPublished(hedge.hedgeQuantities[0]!, '4,000');
    expectPublished(hedge.underlyingQuantity, '-2,400');
    // Gamma is left unhedged: −5,000 + 4,000 × 0.5.
    expectClose(hedge.residual.gamma, -3_000, 1e-12);
    expect(hedge.residual.vega).toBe(0);
  });

  it('the order of the two hedge options does not matter', () => {
    const swapped = neutralizingHedge({ ...HULL_BOOK, hedges: [OPTION_2, OPTION_1] });
    expectClose(swapped.hedgeQuantities[0]!, 6_000, 1e-12);
    expectClose(swapped.hedgeQuantities[1]!, 400, 1e-12);
    expectClose(swapped.underlyingQuantity, -3_240, 1e-12);
  });

  it('property: the book plus the trades has zero delta, gamma and vega (checked by summing the positions)', () => {
    const greek = fc.double({ min: -1e4, max: 1e4, noNaN: true });
    const option = fc.record({
      delta: fc.double({ min: -1, max: 1, noNaN: true }),
      gamma: fc.double({ min: 1e-4, max: 1, noNaN: true }),
      vega: fc.double({ min: 1e-2, max: 100, noNaN: true }),
    });
    fc.assert(
      fc.property(greek, greek, greek, option, option, (delta, gamma, vega, first, second) => {
        // Keep to well-conditioned pairs: gamma/vega ratios at least 10 % apart.
        fc.pre(Math.abs(first.gamma / first.vega - second.gamma / second.vega) > 0.1 * Math.max(first.gamma / first.vega, second.gamma / second.vega));
        const { hedgeQuantities: [w1, w2], underlyingQuantity } = neutralizingHedge({ delta, gamma, vega, hedges: [first, second] });
        const scale = Math.abs(delta) + Math.abs(gamma) + Math.abs(vega) + 1;
        const book = aggregateGreeks({
          positions: [
            { side: 'long', quantity: 1, delta, gamma, vega, theta: 0 },
            { side: w1! >= 0 ? 'long' : 'short', quantity: Math.abs(w1!) || 1, ...(w1 === 0 ? { delta: 0, gamma: 0, vega: 0 } : first), theta: 0 },
            { side: w2! >= 0 ? 'long' : 'short', quantity: Math.abs(w2!) || 1, ...(w2 === 0 ? { delta: 0, gamma: 0, vega: 0 } : second), theta: 0 },
            { side: 'long', quantity: 1, delta: underlyingQuantity, gamma: 0, vega: 0, theta: 0 },
          ],
        });
        // Relative to the largest trade's Greeks (the solve loses a few digits when the options are close).
        const tolerance = 1e-7 * scale * (1 + Math.abs(w1!) + Math.abs(w2!));
        expectWithin(book.gamma, 0, tolerance, 'gamma');
        expectWithin(book.vega, 0, tolerance, 'vega');
        expectWithin(book.delta, 0, tolerance, 'delta');
      }),
    );
  });

  it('property: quantities scale with the book (the system is linear)', () => {
    fc.assert(
      fc.property(fc.double({ min: -100, max: 100, noNaN: true }).filter((k) => Math.abs(k) > 1e-3), (k) => {
        const base = neutralizingHedge({ ...HULL_BOOK, delta: 100, hedges: [OPTION_1, OPTION_2] });
        const scaled = neutralizingHedge({ delta: 100 * k, gamma: -5_000 * k, vega: -8_000 * k, hedges: [OPTION_1, OPTION_2] });
        expectClose(scaled.hedgeQuantities[0]!, k * base.hedgeQuantities[0]!, 1e-10);
        expectClose(scaled.hedgeQuantities[1]!, k * base.hedgeQuantities[1]!, 1e-10);
        expectClose(scaled.underlyingQuantity, k * base.underlyingQuantity, 1e-10, 1e-9);
      }),
    );
  });

  it('a singular system is a RiskInputError on hedges: equal options, proportional options, no gamma at all', () => {
    expectInputError(() => neutralizingHedge({ ...HULL_BOOK, hedges: [OPTION_1, OPTION_1] }), 'hedges');
    const double = { delta: 1.2, gamma: 1.0, vega: 4.0 };
    const error = expectInputError(() => neutralizingHedge({ ...HULL_BOOK, hedges: [OPTION_1, double] }), 'hedges');
    expect(error.message).toMatch(/same proportion/);
    expectInputError(() => neutralizingHedge({ ...HULL_BOOK, hedges: [{ ...OPTION_1, gamma: 0 }, { ...OPTION_2, gamma: 0 }] }), 'hedges');
    // Two options on the same expiry: Black–Scholes gamma/vega = 1/(S²σ²T) is the same for every strike.
    const sameExpiry = [40, 60].map((strike) => blackScholes({ spot: 50, strike, years: 0.25, vol: 0.3, type: 'call' }));
    expectInputError(() => neutralizingHedge({ ...HULL_BOOK, hedges: sameExpiry }), 'hedges');
  });

  it('a single hedge without the Greek to neutralise names it', () => {
    expectInputError(() => neutralizingHedge({ ...HULL_BOOK, hedges: [{ ...OPTION_1, gamma: 0 }] }), 'hedges[0].gamma');
    expectInputError(() => neutralizingHedge({ ...HULL_BOOK, hedges: [{ ...OPTION_1, vega: 0 }], neutralize: 'vega' }), 'hedges[0].vega');
  });

  it('bad input', () => {
    for (const bad of NOT_FINITE_NUMBERS) {
      expectInputError(() => neutralizingHedge({ ...HULL_BOOK, gamma: bad, hedges: [OPTION_1] } as never), 'gamma');
      expectInputError(() => neutralizingHedge({ ...HULL_BOOK, hedges: [OPTION_1, { ...OPTION_2, vega: bad }] } as never), 'hedges[1].vega');
    }
    for (const bad of [[], [OPTION_1, OPTION_2, OPTION_1], undefined, 'x']) {
      expectInputError(() => neutralizingHedge({ ...HULL_BOOK, hedges: bad } as never), 'hedges');
    }
    expectInputError(() => neutralizingHedge({ ...HULL_BOOK, hedges: [OPTION_1, OPTION_2], neutralize: 'gamma' }), 'neutralize');
    expectInputError(() => neutralizingHedge({ ...HULL_BOOK, hedges: [OPTION_1], neutralize: 'theta' } as never), 'neutralize');
    expectInputError(() => neutralizingHedge({ ...HULL_BOOK, hedges: [OPTION_1, null] } as never), 'hedges[1]');
    // Quantities too large to represent.
    expectInputError(() => neutralizingHedge({ ...HULL_BOOK, gamma: -1e308, hedges: [{ ...OPTION_1, gamma: 1e-10 }] }), 'hedges');
  });
});

describe('aggregateGreeks', () => {
  it('PUBLISHED Q.2, Hull (portfolio delta example, quoted by Bionic Turtle): +100,000 calls Δ 0.533, −200,000 calls Δ 0.468, −50,000 puts Δ −0.508 → Δ = −14,900', () => {
    const zero = { gamma: 0, vega: 0, theta: 0 };
    const book = aggregateGreeks({
      positions: [
        { side: 'long', quantity: 100_000, delta: 0.533, ...zero },
        { side: 'short', quantity: 200_000, delta: 0.468, ...zero },
        { side: 'short', quantity: 50_000, delta: -0.508, ...zero },
      ],
    });
    expectPublished(book.delta, '-14,900');
  });

  it('a long and an equal short cancel exactly', () => {
    const greeks = { delta: 0.3, gamma: 0.01, vega: 12.5, theta: -4.2 };
    expect(aggregateGreeks({ positions: [{ side: 'long', quantity: 7, ...greeks }, { side: 'short', quantity: 7, ...greeks }] })).toEqual({
      delta: 0,
      gamma: 0,
      vega: 0,
      theta: 0,
    });
  });

  it('bad input', () => {
    const row = { side: 'long', quantity: 1, delta: 0.5, gamma: 0.1, vega: 1, theta: -1 } as const;
    for (const bad of [...NOT_FINITE_NUMBERS, 0, -1]) expectInputError(() => aggregateGreeks({ positions: [row, { ...row, quantity: bad }] } as never), 'positions[1].quantity');
    for (const bad of NOT_FINITE_NUMBERS) expectInputError(() => aggregateGreeks({ positions: [{ ...row, theta: bad }] } as never), 'positions[0].theta');
    expectInputError(() => aggregateGreeks({ positions: [{ ...row, side: 'flat' }] } as never), 'positions[0].side');
    expectInputError(() => aggregateGreeks({ positions: [] }), 'positions');
    expectInputError(() => aggregateGreeks({ positions: [{ ...row, quantity: 1e308, delta: 10 }] }), 'positions[0].quantity');
    expectInputError(() => aggregateGreeks({ positions: [{ ...row, quantity: 1e308, delta: 1 }, { ...row, quantity: 1e308, delta: 1 }] }), 'positions');
  });
});

describe('portfolioGreeks', () => {
  it('PUBLISHED 21.2, Hull Greek-letters example: one call on S = 49, K = 50 has Δ = 0.522 and is worth 2.40 (100,000 calls ≈ $240,000)', () => {
    const one = portfolioGreeks({ ...HULL_MARKET, positions: [HULL_CALL] });
    expectPublished(one.delta, '0.522');
    expectPublished(one.value, '2.40');
    const book = portfolioGreeks({ ...HULL_MARKET, positions: [{ ...HULL_CALL, quantity: 100_000 }] });
    expectWithin(book.value, 240_000, 5_000); // Hull rounds the price to 2.40: 100,000 × 2.4 ± 100,000 × 0.005
  });

  it('sums Black–Scholes Greeks with sign and quantity; the underlying adds Δ = 1 per unit and its value', () => {
    const positions: PortfolioPosition[] = [
      { kind: 'call', side: 'short', quantity: 25, strike: 66_000, years: 30 / 365, vol: 0.55 },
      { kind: 'put', side: 'long', quantity: 10, strike: 54_000, years: 7 / 365, vol: 0.6 },
      { kind: 'underlying', side: 'long', quantity: 1.5 },
    ];
    const market = { spot: 60_000, rate: 0.03, dividendYield: 0.01 };
    const book = portfolioGreeks({ ...market, positions });
    const call = blackScholes({ ...market, strike: 66_000, years: 30 / 365, vol: 0.55, type: 'call' });
    const put = blackScholes({ ...market, strike: 54_000, years: 7 / 365, vol: 0.6, type: 'put' });
    expectClose(book.delta, -25 * call.delta + 10 * put.delta + 1.5, 1e-14);
    expectClose(book.gamma, -25 * call.gamma + 10 * put.gamma, 1e-14);
    expectClose(book.vega, -25 * call.vega + 10 * put.vega, 1e-14);
    expectClose(book.theta, -25 * call.theta + 10 * put.theta, 1e-14);
    expectClose(book.value, -25 * call.price + 10 * put.price + 1.5 * 60_000, 1e-14);
    expect(book.positions).toHaveLength(3);
    expect(book.positions[2]).toEqual({ value: 90_000, delta: 1.5, gamma: 0, vega: 0, theta: 0 });
    expectClose(book.positions[0]!.vega, -25 * call.vega, 1e-15);
  });

  it('property: the Greeks are linear in quantity and flip sign with the side', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('call', 'put'),
        fc.double({ min: 0.01, max: 1000, noNaN: true }),
        fc.double({ min: 20, max: 200, noNaN: true }),
        fc.double({ min: 1 / 365, max: 2, noNaN: true }),
        fc.double({ min: 0.05, max: 2, noNaN: true }),
        (kind, quantity, strike, years, vol) => {
          const one = portfolioGreeks({ spot: 100, positions: [{ kind, side: 'long', quantity: 1, strike, years, vol }] });
          const short = portfolioGreeks({ spot: 100, positions: [{ kind, side: 'short', quantity, strike, years, vol }] });
          for (const greek of ['value', 'delta', 'gamma', 'vega', 'theta'] as const) {
            expectClose(short[greek], -quantity * one[greek], 1e-14, 1e-300, greek);
          }
        },
      ),
    );
  });

  it('bad input', () => {
    const call = HULL_CALL;
    for (const bad of [...NOT_FINITE_NUMBERS, 0, -49]) expectInputError(() => portfolioGreeks({ spot: bad, positions: [call] } as never), 'spot');
    expectInputError(() => portfolioGreeks({ spot: 49, rate: NaN, positions: [call] }), 'rate');
    expectInputError(() => portfolioGreeks({ spot: 49, positions: [] }), 'positions');
    expectInputError(() => portfolioGreeks({ spot: 49, positions: [call, { ...call, strike: undefined }] }), 'positions[1].strike');
    expectInputError(() => portfolioGreeks({ spot: 49, positions: [{ ...call, years: -1 }] }), 'positions[0].years');
    expectInputError(() => portfolioGreeks({ spot: 49, positions: [{ ...call, vol: 0 }] }), 'positions[0].vol');
    expectInputError(() => portfolioGreeks({ spot: 49, positions: [{ ...call, kind: 'future' }] } as never), 'positions[0].kind');
    const error = expectInputError(() => portfolioGreeks({ spot: 49, positions: [{ kind: 'underlying', side: 'long', quantity: 1, strike: 50 }] }), 'positions[0].strike');
    expect(error.message).toMatch(/only to options/);
    expectInputError(() => portfolioGreeks({ spot: 49, positions: [{ kind: 'underlying', side: 'long', quantity: 1, vol: 0.2 }] }), 'positions[0].vol');
    // The pricing function's own complaint is reported on the position's field.
    expectInputError(() => portfolioGreeks({ spot: 49, positions: [{ ...call, strike: 1e300, vol: 1e-300, years: 1e-300 }] }), 'positions[0].vol');
    expectInputError(() => portfolioGreeks({ spot: 1e300, positions: [{ kind: 'underlying', side: 'long', quantity: 1e10 }] }), 'positions[0].quantity');
  });
});

describe('greeksPnl (delta–gamma–vega–theta estimate)', () => {
  it('SELF Q.7: Δ = 50, Γ = 2, vega = 300, δS = 3, δσ = 0.02 → 150 + 9 + 6 = 165', () => {
    const pnl = greeksPnl({ delta: 50, gamma: 2, vega: 300, spotChange: 3, volChange: 0.02 });
    expect(pnl.deltaPnl).toBe(150);
    expect(pnl.gammaPnl).toBe(9);
    expectClose(pnl.vegaPnl, 6, 1e-15);
    expect(pnl.thetaPnl).toBe(0);
    expectClose(pnl.total, 165, 1e-15);
  });

  it('Q.3 (Hull, recalled; arithmetic SELF): a delta-neutral book with Γ = −10,000 loses about 20,000 for a move of ±2', () => {
    for (const move of [2, -2]) expect(greeksPnl({ delta: 0, gamma: -10_000, spotChange: move }).total).toBe(-20_000);
  });

  it('adds theta times the time passed', () => {
    expectClose(greeksPnl({ delta: 0, theta: -365, spotChange: 0, elapsedYears: 1 / 365 }).thetaPnl, -1, 1e-15);
  });

  it('bad input', () => {
    for (const bad of NOT_FINITE_NUMBERS) expectInputError(() => greeksPnl({ delta: 1, spotChange: bad } as never), 'spotChange');
    expectInputError(() => greeksPnl({ delta: 1, spotChange: 1, elapsedYears: -1 }), 'elapsedYears');
    expectInputError(() => greeksPnl({ spotChange: 1 } as never), 'delta');
    expectInputError(() => greeksPnl({ delta: 1, gamma: 1, spotChange: 1e200 }), 'spotChange');
  });
});

describe('portfolioPnl (estimate beside full repricing)', () => {
  const hull = (spotChange: number, volChange = 0) => portfolioPnl({ ...HULL_MARKET, spotChange, volChange, positions: [HULL_CALL] });

  it('SELF Q.4: Hull’s call, δS = +1 → estimate Δ + ½Γ = 0.554377, Black–Scholes repricing 0.553989 (the reference prints 0.553999)', () => {
    const pnl = hull(1);
    expectWithin(pnl.estimate.total, 0.554377, 5e-7);
    // The reference file's 0.553999 has a slipped digit: c(S = 50) − c(S = 49) with the same inputs
    // is 5.2281 − 4.6742… = 0.5539887 (recomputed with Python's math.erf, and equal to the repricing in
    // Q.6's style with δσ = 0). The difference estimate − repricing is 3.9e-4, not 3.8e-4.
    expectWithin(pnl.repriced, 0.553989, 5e-7);
    expectWithin(pnl.difference, 0.553989 - 0.554377, 1e-6);
  });

  it('SELF Q.5: Hull’s call, δσ = +0.01 → estimate 0.121055, repricing 0.121043', () => {
    const pnl = hull(0, 0.01);
    // Half a unit of the sixth printed digit.
    expectWithin(pnl.estimate.total, 0.121055, 5e-7);
    expectWithin(pnl.repriced, 0.121043, 5e-7);
  });

  it('SELF Q.6: Hull’s call, δS = +2 and δσ = +0.01 → estimate 1.295352 (the reference prints 1.295353), repricing 1.288497 (0.5 % apart)', () => {
    const pnl = hull(2, 0.01);
    // The reference's 1.295353 comes from Greeks rounded first (0.521605·2 + ½·0.065544·4 + 12.10548·0.01
    // = 1.2953528); with the unrounded Greeks (Δ 0.52160466, Γ 0.06554404, vega 12.1054799) it is 1.2953522.
    expectWithin(pnl.estimate.total, 1.295352, 5e-7);
    expectWithin(pnl.repriced, 1.288497, 5e-7);
    expectWithin(pnl.difference, 1.288497 - 1.295352, 1e-6);
  });

  it('the estimate uses the Greeks of portfolioGreeks, and the repricing is the change in its value', () => {
    const positions: PortfolioPosition[] = [
      { kind: 'call', side: 'short', quantity: 25, strike: 66_000, years: 30 / 365, vol: 0.55 },
      { kind: 'put', side: 'short', quantity: 25, strike: 54_000, years: 30 / 365, vol: 0.6 },
      { kind: 'underlying', side: 'long', quantity: 1.4 },
    ];
    const before = portfolioGreeks({ spot: 60_000, positions });
    const after = portfolioGreeks({
      spot: 54_000,
      positions: positions.map((p) => (p.kind === 'underlying' ? p : { ...p, vol: p.vol! + 0.1, years: p.years! - 1 / 365 })),
    });
    const pnl = portfolioPnl({ spot: 60_000, positions, spotChange: -6_000, volChange: 0.1, elapsedYears: 1 / 365 });
    expectClose(pnl.repriced, after.value - before.value, 1e-10);
    const estimate = greeksPnl({ ...before, spotChange: -6_000, volChange: 0.1, elapsedYears: 1 / 365 });
    expect(pnl.estimate).toEqual(estimate);
    expectClose(pnl.difference, pnl.repriced - estimate.total, 1e-12);
  });

  it('is exact for the underlying alone (linear), and its error shrinks like δS³ for an option', () => {
    const linear = portfolioPnl({ spot: 100, spotChange: -7, positions: [{ kind: 'underlying', side: 'short', quantity: 3 }] });
    expect(linear.repriced).toBe(21);
    expect(linear.estimate.total).toBe(21);
    expect(linear.difference).toBe(0);
    // Third-order error: halving the move divides it by about 8.
    const ratio = hull(0.2).difference / hull(0.1).difference;
    expectWithin(ratio, 8, 0.2);
  });

  it('property: with no move the profit is 0 both ways', () => {
    fc.assert(
      fc.property(fc.double({ min: 10, max: 1000, noNaN: true }), fc.double({ min: 0.01, max: 2, noNaN: true }), (strike, years) => {
        const pnl = portfolioPnl({ spot: 100, spotChange: 0, positions: [{ kind: 'put', side: 'short', quantity: 2, strike, years, vol: 0.7 }] });
        expect(pnl.repriced).toBe(0);
        expect(pnl.estimate.total).toBe(0);
      }),
    );
  });

  it('bad moves name their field', () => {
    const base = { ...HULL_MARKET, positions: [HULL_CALL] };
    expectInputError(() => portfolioPnl({ ...base, spotChange: -49 }), 'spotChange');
    expectInputError(() => portfolioPnl({ ...base, spotChange: NaN }), 'spotChange');
    const vol = expectInputError(() => portfolioPnl({ ...base, spotChange: 0, volChange: -0.2 }), 'volChange');
    expect(vol.message).toMatch(/positions\[0\]\.vol/);
    expectInputError(() => portfolioPnl({ ...base, spotChange: 0, elapsedYears: 0.5 }), 'elapsedYears');
    expectInputError(() => portfolioPnl({ ...base, spotChange: 0, elapsedYears: -0.01 }), 'elapsedYears');
    expectInputError(() => portfolioPnl({ ...base, positions: [{ ...HULL_CALL, side: 'both' }], spotChange: 1 } as never), 'positions[0].side');
  });
});
