import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { kyleLambda, rollSpread, rollSpreadFromPrices, walkTheBook, type BookLevel } from '../../../src/risk/index.ts';
import { expectClose, expectInputError, expectWithin, NOT_FINITE_NUMBERS } from './helpers.ts';

const BP = 1e4;
// Reference 12.1: asks 100 @ 100.0, 200 @ 100.5, 300 @ 101.0; best bid 99.9.
const ASKS: BookLevel[] = [{ price: 100, size: 100 }, { price: 100.5, size: 200 }, { price: 101, size: 300 }];

describe('walkTheBook', () => {
  it('SELF 12.1: buy 450 → notional 45,250; VWAP 100.5555556; 55.5556 bp vs best ask, 60.5858 bp vs mid 99.95; cost vs mid 272.5', () => {
    const r = walkTheBook({ direction: 'buy', quantity: 450, levels: ASKS, oppositeBest: 99.9 });
    expect(r.filled).toBe(450);
    expect(r.unfilled).toBe(0);
    expect(r.depth).toBe(600);
    expect(r.notional).toBe(45_250);
    expectWithin(r.vwap, 100.5555556, 5e-8);
    expectWithin(r.slippageVsBest * BP, 55.5556, 5e-5);
    expectWithin(r.slippageVsMid * BP, 60.5858, 5e-5);
    expectClose(r.mid, 99.95, 1e-15);
    expectClose(r.costVsMid, 272.5, 1e-12);
    expect(r.levelsUsed).toBe(3);
    expect(r.worstPrice).toBe(101);
    expect(r.bestPrice).toBe(100);
    expectClose(r.quotedSpread, 0.1 / 99.95, 1e-12);
  });

  it('SELF 12.2: buy 700 against 600 of depth → 100 unfilled, the 600 filled at VWAP 100.6667', () => {
    const r = walkTheBook({ direction: 'buy', quantity: 700, levels: ASKS, oppositeBest: 99.9 });
    expect(r.depth).toBe(600);
    expect(r.filled).toBe(600);
    expect(r.unfilled).toBe(100);
    expect(r.notional).toBe(60_400);
    expectClose(r.vwap, 60_400 / 600, 1e-15);
  });

  it('an order inside the first level fills at the best price with no slippage against it', () => {
    const r = walkTheBook({ direction: 'buy', quantity: 40, levels: ASKS, oppositeBest: 99.9 });
    expect(r).toMatchObject({ filled: 40, notional: 4_000, vwap: 100, levelsUsed: 1, slippageVsBest: 0 });
    expectClose(r.slippageVsMid, 0.05 / 99.95, 1e-12);
  });

  it('a sell against bids is the mirror image of a buy against asks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ step: fc.double({ min: 0.01, max: 5, noNaN: true }), size: fc.double({ min: 0.1, max: 100, noNaN: true }) }), { minLength: 1, maxLength: 8 }),
        fc.double({ min: 0.1, max: 1000, noNaN: true }),
        fc.double({ min: 0.01, max: 5, noNaN: true }),
        (steps, quantity, halfSpread) => {
          // Asks at 1000 + offsets, bids at 1000 − offsets: slippage and costs must agree.
          let offset = halfSpread;
          const offsets = steps.map(({ step }, i) => (i === 0 ? offset : (offset += step)));
          const asks = offsets.map((o, i) => ({ price: 1000 + o, size: steps[i]!.size }));
          const bids = offsets.map((o, i) => ({ price: 1000 - o, size: steps[i]!.size }));
          const buy = walkTheBook({ direction: 'buy', quantity, levels: asks, oppositeBest: 1000 - halfSpread });
          const sell = walkTheBook({ direction: 'sell', quantity, levels: bids, oppositeBest: 1000 + halfSpread });
          expectClose(sell.filled, buy.filled, 1e-12);
          expectClose(sell.unfilled, buy.unfilled, 1e-9, 1e-9);
          expectClose(sell.costVsMid, buy.costVsMid, 1e-9, 1e-9);
          expectClose(buy.mid, 1000, 1e-15);
          expectClose(sell.vwap - 1000, 1000 - buy.vwap, 1e-9, 1e-9);
        },
      ),
    );
  });

  it('properties: filled + unfilled = quantity; VWAP between the best and worst price reached; slippage never falls as the order grows', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ tick: fc.double({ min: 0.001, max: 1, noNaN: true }), size: fc.double({ min: 0.01, max: 50, noNaN: true }) }), { minLength: 1, maxLength: 10 }),
        fc.double({ min: 0.01, max: 400, noNaN: true }),
        fc.double({ min: 1.01, max: 3, noNaN: true }),
        (rows, quantity, growth) => {
          let price = 50;
          const levels = rows.map(({ tick, size }, i) => ({ price: i === 0 ? price : (price += tick), size }));
          const r = walkTheBook({ direction: 'buy', quantity, levels, oppositeBest: 49.9 });
          expectClose(r.filled + r.unfilled, quantity, 1e-12);
          expect(r.vwap).toBeGreaterThanOrEqual(r.bestPrice);
          expect(r.vwap).toBeLessThanOrEqual(r.worstPrice);
          expectClose(r.costVsMid, r.filled * (r.vwap - r.mid), 1e-9);
          const bigger = walkTheBook({ direction: 'buy', quantity: quantity * growth, levels, oppositeBest: 49.9 });
          expect(bigger.slippageVsBest).toBeGreaterThanOrEqual(r.slippageVsBest - 1e-15);
          expect(bigger.filled).toBeGreaterThanOrEqual(r.filled);
        },
      ),
    );
  });

  it('rounding in the running remainder does not reach an extra level', () => {
    // 0.1 + 0.2 in floating point: the order exactly consumes the first two levels.
    const r = walkTheBook({ direction: 'buy', quantity: 0.1 + 0.2, levels: [{ price: 1, size: 0.1 }, { price: 2, size: 0.2 }, { price: 3, size: 1 }], oppositeBest: 0.5 });
    expect(r.levelsUsed).toBe(2);
    expect(r.worstPrice).toBe(2);
    expect(r.unfilled).toBe(0);
  });

  it('bad input', () => {
    const good = { direction: 'buy', quantity: 450, levels: ASKS, oppositeBest: 99.9 } as const;
    for (const bad of ['long', undefined, 'BUY']) expectInputError(() => walkTheBook({ ...good, direction: bad } as never), 'direction');
    for (const bad of [...NOT_FINITE_NUMBERS, 0, -5]) expectInputError(() => walkTheBook({ ...good, quantity: bad } as never), 'quantity');
    for (const bad of [[], undefined, 'book', {}]) expectInputError(() => walkTheBook({ ...good, levels: bad } as never), 'levels');
    expectInputError(() => walkTheBook({ ...good, levels: [ASKS[0], 7] } as never), 'levels[1]');
    for (const bad of [...NOT_FINITE_NUMBERS, 0, -100]) expectInputError(() => walkTheBook({ ...good, levels: [ASKS[0]!, { price: bad, size: 1 }] } as never), 'levels[1].price');
    for (const bad of [...NOT_FINITE_NUMBERS, 0, -1]) expectInputError(() => walkTheBook({ ...good, levels: [{ price: 100, size: bad }] } as never), 'levels[0].size');
    // Out of order: asks must rise, bids must fall; equal prices are one level, not two.
    const unsorted = expectInputError(() => walkTheBook({ ...good, levels: [ASKS[1]!, ASKS[0]!] }), 'levels[1].price');
    expect(unsorted.message).toMatch(/above level 1/);
    expectInputError(() => walkTheBook({ ...good, levels: [ASKS[0]!, { price: 100, size: 5 }] }), 'levels[1].price');
    expectInputError(() => walkTheBook({ ...good, direction: 'sell', oppositeBest: 102 }), 'levels[1].price');
    // A crossed or locked book.
    for (const bad of [100, 100.2, ...NOT_FINITE_NUMBERS, 0]) expectInputError(() => walkTheBook({ ...good, oppositeBest: bad } as never), 'oppositeBest');
    expectInputError(() => walkTheBook({ direction: 'sell', quantity: 1, levels: [{ price: 100, size: 1 }], oppositeBest: 99 }), 'oppositeBest');
    expectInputError(() => walkTheBook({ ...good, levels: [{ price: 1e308, size: 1e308 }, { price: 1.5e308, size: 1e308 }], quantity: 1e308, oppositeBest: 1 }), 'levels');
  });
});

describe('rollSpread', () => {
  it('SELF 12.3: serial covariance −0.0025 → spread 0.10', () => {
    expectClose(rollSpread({ serialCovariance: -0.0025 })!, 0.1, 1e-15);
  });

  it('is undefined (null) when the covariance is not negative', () => {
    expect(rollSpread({ serialCovariance: 0 })).toBeNull();
    expect(rollSpread({ serialCovariance: 0.01 })).toBeNull();
    expect(rollSpread({ serialCovariance: -Number.MAX_VALUE })).toBe(2 * Math.sqrt(Number.MAX_VALUE));
  });

  it('bad input', () => {
    for (const bad of NOT_FINITE_NUMBERS) expectInputError(() => rollSpread({ serialCovariance: bad } as never), 'serialCovariance');
  });
});

describe('rollSpreadFromPrices', () => {
  it('a five-trade bounce 100, 100.1, 100, 100.1, 100: three pairs, cov = −0.04/3, spread 2√(0.04/3)', () => {
    // Changes +0.1, −0.1, +0.1, −0.1; pairs (Δpₜ, Δpₜ₋₁) = (−0.1, 0.1), (0.1, −0.1), (−0.1, 0.1);
    // means ∓1/30; Σ(x − x̄)(y − ȳ) = −(1/15)² − (2/15)² − (1/15)² = −6/225; divided by k − 1 = 2.
    const r = rollSpreadFromPrices({ prices: [100, 100.1, 100, 100.1, 100] });
    expect(r.pairs).toBe(3);
    expectClose(r.serialCovariance, -3 / 225, 1e-12);
    expectClose(r.spread!, 2 * Math.sqrt(3 / 225), 1e-12);
    expectClose(r.meanPrice, 100.04, 1e-15);
    expectClose(r.relativeSpread!, r.spread! / 100.04, 1e-15);
  });

  it('recovers the spread of Roll’s model (fixed value, trades at the bid or ask with equal chance) from a long series', () => {
    // Deterministic ±1 signs from a linear congruential generator: 20,000 trades around 2,000 with a spread of 0.5.
    let seed = 20_240_601;
    const sign = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) < 2 ** 30 ? 1 : -1);
    const prices = Array.from({ length: 20_000 }, () => 2_000 + 0.25 * sign());
    const r = rollSpreadFromPrices({ prices });
    // The sampling error of the covariance is about 1/√n ≈ 0.7 %; 3 % leaves room without hiding a wrong estimator.
    expectClose(r.spread!, 0.5, 0.03);
  });

  it('a trending series (changes positively correlated) has no Roll spread', () => {
    const r = rollSpreadFromPrices({ prices: [100, 101, 103, 106, 110, 115] });
    expect(r.serialCovariance).toBeGreaterThanOrEqual(0);
    expect(r.spread).toBeNull();
    expect(r.relativeSpread).toBeNull();
  });

  it('property: the covariance is unchanged by shifting all prices, and scales with the square of a scale factor', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 90, max: 110, noNaN: true }), { minLength: 4, maxLength: 40 }), fc.double({ min: 0.5, max: 4, noNaN: true }), (prices, scale) => {
        const r = rollSpreadFromPrices({ prices });
        const shifted = rollSpreadFromPrices({ prices: prices.map((p) => p + 50) });
        const scaled = rollSpreadFromPrices({ prices: prices.map((p) => p * scale) });
        expectClose(shifted.serialCovariance, r.serialCovariance, 1e-9, 1e-12);
        expectClose(scaled.serialCovariance, r.serialCovariance * scale * scale, 1e-9, 1e-12);
      }),
    );
  });

  it('bad input', () => {
    for (const bad of [[], [100, 101, 102], undefined, 'prices', {}]) expectInputError(() => rollSpreadFromPrices({ prices: bad } as never), 'prices');
    for (const bad of [...NOT_FINITE_NUMBERS, 0, -100]) expectInputError(() => rollSpreadFromPrices({ prices: [100, 101, bad, 100] } as never), 'prices[2]');
  });
});

describe('kyleLambda (Kyle 1985, one auction)', () => {
  it('SELF 12.4 (formulas published): Σ₀ = 4, σᵤ = 1,000 → λ = 0.001, β = 500, E[π] = 1,000, Σ₁ = 2', () => {
    const r = kyleLambda({ valueVariance: 4, noiseStdDev: 1_000 });
    expect(r).toEqual({ lambda: 0.001, beta: 500, posteriorVariance: 2, expectedInsiderProfit: 1_000, priceImpact: 0 });
    expectClose(kyleLambda({ valueVariance: 4, noiseStdDev: 1_000, orderFlow: -2_500 }).priceImpact, -2.5, 1e-15);
  });

  it('equilibrium identities: λβ = ½, E[π] = λσᵤ², price impact linear in flow', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e8, noNaN: true }), fc.double({ min: 1e-3, max: 1e9, noNaN: true }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), (valueVariance, noiseStdDev, orderFlow) => {
        const r = kyleLambda({ valueVariance, noiseStdDev, orderFlow });
        expectClose(r.lambda * r.beta, 0.5, 1e-15);
        expectClose(r.expectedInsiderProfit, r.lambda * noiseStdDev * noiseStdDev, 1e-14);
        expectClose(r.priceImpact, r.lambda * orderFlow, 1e-15, 1e-300);
        expect(r.posteriorVariance).toBe(valueVariance / 2);
      }),
    );
  });

  it('bad input', () => {
    for (const bad of [...NOT_FINITE_NUMBERS, 0, -4]) expectInputError(() => kyleLambda({ valueVariance: bad, noiseStdDev: 1 } as never), 'valueVariance');
    for (const bad of [...NOT_FINITE_NUMBERS, 0, -1]) expectInputError(() => kyleLambda({ valueVariance: 4, noiseStdDev: bad } as never), 'noiseStdDev');
    for (const bad of NOT_FINITE_NUMBERS) expectInputError(() => kyleLambda({ valueVariance: 4, noiseStdDev: 1, orderFlow: bad } as never), 'orderFlow');
    expectInputError(() => kyleLambda({ valueVariance: 1e308, noiseStdDev: 5e-324 }), 'noiseStdDev');
  });
});
