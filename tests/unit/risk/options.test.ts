import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { blackScholes, optionStrategy, strategyProfitAt } from '../../../src/risk/index.ts';
import type { BlackScholesInput, StrategyLeg } from '../../../src/risk/index.ts';
import { expectClose, expectInputError, expectPublished, expectWithin, NOT_FINITE_NUMBERS } from './helpers.ts';

describe('blackScholes: published vectors', () => {
  const call = blackScholes({ spot: 42, strike: 40, years: 0.5, vol: 0.2, rate: 0.1, type: 'call' });
  const put = blackScholes({ spot: 42, strike: 40, years: 0.5, vol: 0.2, rate: 0.1, type: 'put' });

  it('Hull OFOD Example 15.6: d1 = 0.7693, d2 = 0.6278, c = 4.76, p = 0.81', () => {
    expectPublished(call.d1, '0.7693');
    expectPublished(call.d2, '0.6278');
    expectPublished(call.price, '4.76');
    expectPublished(put.price, '0.81');
  });

  it('Hull Example 15.6 as quoted by public test suites: c = 4.7594, p = 0.8086', () => {
    expectPublished(call.price, '4.7594');
    expectPublished(put.price, '0.8086');
  });

  it('Hull Greek letters example (S 49, K 50, r 5 %, σ 20 %, 20 weeks): c = 2.40, Δ = 0.522, d1 = 0.0542', () => {
    const r = blackScholes({ spot: 49, strike: 50, years: 20 / 52, vol: 0.2, rate: 0.05, type: 'call' });
    expectPublished(r.price, '2.40');
    expectPublished(r.delta, '0.522');
    expectPublished(r.d1, '0.0542');
    // Hull: 100,000 such calls are worth about $240,000 (SELF: 240,052.73).
    expectClose(100_000 * r.price, 240_052.73, 0, 0.005);
    // Hull (as recalled in the reference): Γ 0.066, Θ −4.31/yr = −0.0118/calendar day, vega 12.1, ρ 8.91.
    expectPublished(r.gamma, '0.066');
    expectPublished(r.theta, '-4.31');
    expectPublished(r.theta / 365, '-0.0118');
    expectPublished(r.vega, '12.1');
    expectPublished(r.rho, '8.91');
  });
});

describe('blackScholes: SELF vectors (reference 21.1b, 21.2b, 21.3), recomputed', () => {
  // Recomputed with mpmath at 60 digits; the reference's rounded figures are checked too.
  it('21.1b Hull 15.6 Greeks', () => {
    const r = blackScholes({ spot: 42, strike: 40, years: 0.5, vol: 0.2, rate: 0.1, type: 'call' });
    expectClose(r.probItm, 0.73494603684590845, 1e-12);
    expectClose(r.delta, 0.77913129094266894, 1e-12);
    expectClose(r.gamma, 0.049962670405911853, 1e-12);
    expectClose(r.vega, 8.8134150596028514, 1e-12);
    expectClose(r.theta, -4.5590921945926267, 1e-12);
    expectClose(r.rho, 13.982045913360281, 1e-12);
    expectWithin(r.probItm, 0.734946, 5e-7);
    expectWithin(r.theta, -4.559092, 5e-7);
  });

  it('21.2b Hull Greek-letters option', () => {
    const r = blackScholes({ spot: 49, strike: 50, years: 20 / 52, vol: 0.2, rate: 0.05, type: 'call' });
    expectClose(r.price, 2.4005273232717137, 1e-12);
    expectWithin(r.gamma, 0.065544, 5e-7);
    expectWithin(r.theta, -4.30533, 5e-6);
    expectWithin(r.vega, 12.10548, 5e-6);
    expectWithin(r.rho, 8.906962, 5e-7);
  });

  it.each([
    // T, c, Γ, Θ (per year), vega, N(d2)
    [30 / 365, 9.129841, 0.01728, -55.2968, 11.36236, 0.454351],
    // The reference prints Θ = −115.0539 here; the exact value is −115.0538497 (mpmath, 40 digits),
    // which rounds to −115.0538: the reference's last digit is off by one.
    [7 / 365, 4.417541, 0.035954, -115.0538, 5.51628, 0.477912],
    [1 / 365, 1.670405, 0.095251, -304.8044, 2.0877, 0.491648],
    [1 / 8760, 0.340994, 0.466733, -1493.5444, 0.42624, 0.498295],
  ])('21.3 ATM crypto option S = K = 100, σ 80 %, T = %s: gamma and theta blow up near expiry', (years, c, gamma, theta, vega, nd2) => {
    // Tolerance: ½ unit of the last digit printed in the reference table.
    const r = blackScholes({ spot: 100, strike: 100, years, vol: 0.8, type: 'call' });
    expectWithin(r.price, c, 5e-7);
    expectWithin(r.gamma, gamma, 5e-7);
    expectWithin(r.theta, theta, 5e-5);
    expectWithin(r.vega, vega, 5e-6);
    expectWithin(r.probItm, nd2, 5e-7);
  });
});

describe('blackScholes: accuracy against an exact (mpmath, 60-digit) evaluation', () => {
  // [spot, strike, years, vol, rate, dividendYield, type] → [price, delta, gamma, vega, theta, rho, d1, d2, probItm]
  const CASES: readonly [BlackScholesInput, readonly number[]][] = [
    [{ spot: 100, strike: 150, years: 0.25, vol: 0.3, rate: 0.03, dividendYield: 0.01, type: 'call' },
      [0.021332963893698206, 0.0047209306965872225, 0.00091563052501365562, 0.68672289376024169, -0.4208356087325085, 0.11269002644125601, -2.5947673873877627, -2.7447673873877626, 0.0030276901062654796]],
    [{ spot: 100, strike: 60, years: 1, vol: 0.25, rate: 0.02, dividendYield: 0.04, type: 'put' },
      [0.17487996336937987, -0.01766438119744755, 0.0017322779309180321, 4.3306948272950802, -0.57316801653939253, -1.9413180831141349, 2.0883024950639627, 1.8383024950639627, 0.033008921830186889]],
    [{ spot: 60000, strike: 100000, years: 7 / 365, vol: 0.6, type: 'call' },
      [3.9162512975275068e-7, 5.1002203620487669e-10, 6.4063668022957808e-13, 2.6538155082386906e-5, -4.1513256878876657e-4, 5.793640528706273e-7, -6.1062418477844955, -6.1893328195506332, 3.0209697042539851e-10]],
    [{ spot: 100, strike: 100, years: 2, vol: 0.5, rate: -0.01, dividendYield: 0.03, type: 'put' },
      [31.195076664930175, -0.38141818598800189, 0.005161979603806126, 51.61979603806126, -8.2900980153589668, -138.67379052746073, 0.24041630560342616, -0.46669047558312136, 0.67963932748717949]],
    [{ spot: 100, strike: 300, years: 0.1, vol: 0.2, rate: 0.05, type: 'call' },
      [1.709464376118432e-67, 4.7132316921557674e-67, 1.2905445756274694e-66, 2.5810891512549391e-64, -2.604569836496912e-64, 4.6961370483945833e-66, -17.259905770102195, -17.323151323305563, 1.5732255111027557e-67]],
    [{ spot: 1, strike: 1e6, years: 1, vol: 5, type: 'call' },
      [0.32541351030694522, 0.39623593822640997, 0.077074113566203815, 0.38537056783101907, -0.96342641957754768, 0.070822427919464743, -0.26310211159285482, -5.2631021115928548, 7.0822427919464743e-8]],
    [{ spot: 3000, strike: 2500, years: 0.5, vol: 0.9, rate: 0.05, dividendYield: 0.1, type: 'put' },
      [472.26758346710757, -0.27195568633813957, 0.00016940582029458008, 686.09357219304933, -634.66418875110997, -644.06732124076314, 0.56540502850245724, -0.070991074565435551, 0.52829757048305527]],
  ];
  const KEYS = ['price', 'delta', 'gamma', 'vega', 'theta', 'rho', 'd1', 'd2', 'probItm'] as const;

  it.each(CASES)('%o: every output within 1e-9 relative or 1e-12 absolute (the contract)', (input, expected) => {
    const r = blackScholes(input);
    KEYS.forEach((key, i) => expectClose(r[key], expected[i]!, 1e-9, 1e-12, key));
    // Tighter than the contract where there is no cancellation: the at- and in-the-money cases.
    if (input.strike <= input.spot * 1.5) KEYS.forEach((key, i) => expectClose(r[key], expected[i]!, 1e-12, 1e-300, key));
  });
});

describe('blackScholes: at expiry (years = 0)', () => {
  it.each([
    ['call', 110, 100, 10, 1, 1, Infinity],
    ['call', 90, 100, 0, 0, 0, -Infinity],
    ['call', 100, 100, 0, 0.5, 0.5, 0],
    ['put', 90, 100, 10, -1, 1, -Infinity],
    ['put', 110, 100, 0, 0, 0, Infinity],
    ['put', 100, 100, 0, -0.5, 0.5, 0],
  ] as const)('%s S=%s K=%s: intrinsic value, delta and probItm limits, zero gamma/vega/theta/rho', (type, spot, strike, price, delta, probItm, d) => {
    const r = blackScholes({ spot, strike, years: 0, vol: 0.5, rate: 0.05, type });
    expect(r).toEqual({ price, delta, gamma: 0, vega: 0, theta: 0, rho: 0, d1: d, d2: d, probItm });
  });

  it('converges to the limit as years → 0', () => {
    const r = blackScholes({ spot: 110, strike: 100, years: 1e-12, vol: 0.5, type: 'call' });
    expectClose(r.price, 10, 1e-12);
    expect(r.delta).toBe(1);
  });
});

const bsInput = fc.record({
  spot: fc.double({ min: 0.01, max: 1e6, noNaN: true }),
  moneyness: fc.double({ min: 0.2, max: 5, noNaN: true }),
  years: fc.double({ min: 1e-4, max: 10, noNaN: true }),
  vol: fc.double({ min: 0.01, max: 3, noNaN: true }),
  rate: fc.double({ min: -0.05, max: 0.2, noNaN: true }),
  dividendYield: fc.double({ min: -0.05, max: 0.2, noNaN: true }),
});

describe('blackScholes: properties', () => {
  it('put–call parity: c − p = S e^(−qT) − K e^(−rT)', () => {
    fc.assert(
      fc.property(bsInput, ({ spot, moneyness, years, vol, rate, dividendYield }) => {
        const strike = spot * moneyness;
        const base = { spot, strike, years, vol, rate, dividendYield };
        const c = blackScholes({ ...base, type: 'call' });
        const p = blackScholes({ ...base, type: 'put' });
        const forwardValue = spot * Math.exp(-dividendYield * years) - strike * Math.exp(-rate * years);
        expectWithin(c.price - p.price, forwardValue, 1e-12 * (spot + strike));
        expectWithin(c.delta - p.delta, Math.exp(-dividendYield * years), 1e-14);
        expectClose(c.gamma, p.gamma, 1e-14);
        expectClose(c.vega, p.vega, 1e-14);
        expectWithin(c.probItm + p.probItm, 1, 1e-15);
      }),
    );
  });

  it('call price within [max(0, S e^(−qT) − K e^(−rT)), S e^(−qT)]; delta in [0, 1]; gamma, vega ≥ 0', () => {
    // Delta is e^(−qT)·N(d1): it stays in [0, 1] for a non-negative yield q (a negative one lifts it above 1).
    fc.assert(
      fc.property(bsInput, fc.double({ min: 0, max: 0.2, noNaN: true }), ({ spot, moneyness, years, vol, rate }, dividendYield) => {
        const strike = spot * moneyness;
        const c = blackScholes({ spot, strike, years, vol, rate, dividendYield, type: 'call' });
        const discountedSpot = spot * Math.exp(-dividendYield * years);
        const lower = Math.max(0, discountedSpot - strike * Math.exp(-rate * years));
        const slack = 1e-12 * (spot + strike);
        expect(c.price).toBeGreaterThanOrEqual(lower - slack);
        expect(c.price).toBeLessThanOrEqual(discountedSpot + slack);
        expect(c.delta).toBeGreaterThanOrEqual(0);
        expect(c.delta).toBeLessThanOrEqual(1);
        expect(c.gamma).toBeGreaterThanOrEqual(0);
        expect(c.vega).toBeGreaterThanOrEqual(0);
        expect(c.probItm).toBeGreaterThanOrEqual(0);
        expect(c.probItm).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('delta and vega agree with finite differences of the price', () => {
    fc.assert(
      fc.property(bsInput, fc.constantFrom('call' as const, 'put' as const), ({ spot, moneyness, years, vol, rate, dividendYield }, type) => {
        const strike = spot * moneyness;
        const base = { strike, years, rate, dividendYield, type };
        const r = blackScholes({ ...base, spot, vol });
        const h = spot * 1e-5;
        const up = blackScholes({ ...base, spot: spot + h, vol }).price;
        const down = blackScholes({ ...base, spot: spot - h, vol }).price;
        expectWithin((up - down) / (2 * h), r.delta, 1e-5 + 1e-4 * r.gamma * spot);
        const hv = 1e-5;
        const vegaFd = (blackScholes({ ...base, spot, vol: vol + hv }).price - blackScholes({ ...base, spot, vol: vol - hv }).price) / (2 * hv);
        expectWithin(vegaFd, r.vega, 1e-5 * (spot + strike) + 1e-4 * r.vega);
      }),
    );
  });

  it('never returns NaN or an infinite value for finite valid inputs, even extreme ones', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-200, max: 1e200, noNaN: true }),
        fc.double({ min: 1e-200, max: 1e200, noNaN: true }),
        fc.double({ min: 1e-10, max: 100, noNaN: true }),
        fc.double({ min: 1e-6, max: 10, noNaN: true }),
        (spot, strike, years, vol) => {
          for (const type of ['call', 'put'] as const) {
            const r = blackScholes({ spot, strike, years, vol, type });
            for (const value of Object.values(r)) expect(Number.isFinite(value)).toBe(true);
          }
        },
      ),
    );
  });
});

describe('blackScholes: bad input', () => {
  const valid = { spot: 100, strike: 100, years: 1, vol: 0.2, rate: 0.01, dividendYield: 0, type: 'call' as const };
  it.each(['spot', 'strike', 'years', 'vol', 'rate', 'dividendYield'])('%s: NaN, ±Infinity, wrong types', (field) => {
    for (const bad of NOT_FINITE_NUMBERS) expectInputError(() => blackScholes({ ...valid, [field]: bad } as never), field);
  });
  it.each([
    ['spot', 0], ['spot', -1], ['strike', 0], ['strike', -5], ['years', -0.1], ['vol', 0], ['vol', -0.2],
  ])('%s = %s is out of domain', (field, bad) => {
    expectInputError(() => blackScholes({ ...valid, [field]: bad } as never), field);
  });
  it('type must be call or put', () => {
    for (const bad of ['CALL', 'c', '', undefined, null, 1]) expectInputError(() => blackScholes({ ...valid, type: bad } as never), 'type');
  });
  it('required fields must be present; the input must be an object', () => {
    const { spot: _spot, ...noSpot } = valid;
    expect(expectInputError(() => blackScholes(noSpot as never), 'spot').message).toMatch(/required/);
    expectInputError(() => blackScholes(null as never), 'input');
    expectInputError(() => blackScholes('spot=1' as never), 'input');
  });
  it('message is specific and actionable', () => {
    expect(expectInputError(() => blackScholes({ ...valid, strike: -1 } as never), 'strike').message).toBe(
      'Strike must be a finite number greater than 0; got -1.',
    );
    expect(expectInputError(() => blackScholes({ ...valid, vol: '0.2' } as never), 'vol').message).toContain('the text "0.2"');
  });
  it('overflow is reported, not returned as Infinity', () => {
    expectInputError(() => blackScholes({ ...valid, spot: 1e308, strike: 1e308, dividendYield: -10, years: 100 }), 'dividendYield');
    expectInputError(() => blackScholes({ ...valid, vol: 5e-324, spot: 1e300, strike: 1e-300 }), 'vol');
  });
});

// ————————————————————————————— strategies —————————————————————————————

const call = (side: 'long' | 'short', strike: number, premium: number, quantity = 1): StrategyLeg => ({ kind: 'call', side, quantity, strike, premium });
const put = (side: 'long' | 'short', strike: number, premium: number, quantity = 1): StrategyLeg => ({ kind: 'put', side, quantity, strike, premium });

describe('optionStrategy: published vectors (Hull OFOD ch. 12)', () => {
  it('Example 12.2 bull call spread (buy C30 @3, sell C35 @1): max loss 2, max profit 3, breakeven 32', () => {
    const legs = [call('long', 30, 3), call('short', 35, 1)];
    expect(optionStrategy({ legs })).toEqual({ maxLoss: 2, maxProfit: 3, breakevens: [32] });
    // Profit −2 for S_T ≤ 30, S_T − 32 between, +3 for S_T ≥ 35.
    expect([0, 25, 30, 31, 33, 35, 100].map((price) => strategyProfitAt({ legs, price }))).toEqual([-2, -2, -2, -1, 1, 3, 3]);
  });

  it('Example 12.3 bear put spread (buy P35 @3, sell P30 @1): max loss 2, max profit 3, breakeven 33', () => {
    const legs = [put('long', 35, 3), put('short', 30, 1)];
    expect(optionStrategy({ legs })).toEqual({ maxLoss: 2, maxProfit: 3, breakevens: [33] });
    expect([10, 30, 33, 35, 50].map((price) => strategyProfitAt({ legs, price }))).toEqual([3, 3, 0, -2, -2]);
  });

  it('butterfly (+C55 @10, −2×C60 @7, +C65 @5; cost 1): max loss 1, max profit 4 at 60, profitable 56 < S_T < 64', () => {
    const legs = [call('long', 55, 10), call('short', 60, 7, 2), call('long', 65, 5)];
    expect(optionStrategy({ legs })).toEqual({ maxLoss: 1, maxProfit: 4, breakevens: [56, 64] });
    expect(strategyProfitAt({ legs, price: 60 })).toBe(4);
    expect(strategyProfitAt({ legs, price: 61 })).toBe(3); // S₀ = 61 in Hull's example
  });
});

describe('optionStrategy: unbounded and edge cases', () => {
  it('naked short call: unbounded loss, profit = premium, breakeven K + premium', () => {
    expect(optionStrategy({ legs: [call('short', 100, 5)] })).toEqual({ maxLoss: Infinity, maxProfit: 5, breakevens: [105] });
  });
  it('long call: loss = premium, unbounded profit', () => {
    expect(optionStrategy({ legs: [call('long', 100, 5, 2)] })).toEqual({ maxLoss: 10, maxProfit: Infinity, breakevens: [105] });
  });
  it('short put: bounded loss at S = 0 (K − premium)', () => {
    expect(optionStrategy({ legs: [put('short', 100, 4)] })).toEqual({ maxLoss: 96, maxProfit: 4, breakevens: [96] });
  });
  it('long underlying (premium = entry price): loss = entry, unbounded profit, breakeven = entry', () => {
    expect(optionStrategy({ legs: [{ kind: 'underlying', side: 'long', quantity: 2, premium: 50 }] })).toEqual({
      maxLoss: 100,
      maxProfit: Infinity,
      breakevens: [50],
    });
  });
  it('covered call: underlying bought at 100, call 110 sold at 3: loss 97, profit 13, breakeven 97', () => {
    const legs: StrategyLeg[] = [{ kind: 'underlying', side: 'long', quantity: 1, premium: 100 }, call('short', 110, 3)];
    expect(optionStrategy({ legs })).toEqual({ maxLoss: 97, maxProfit: 13, breakevens: [97] });
  });
  it('short straddle: unbounded loss, two breakevens', () => {
    expect(optionStrategy({ legs: [call('short', 100, 6), put('short', 100, 4)] })).toEqual({
      maxLoss: Infinity,
      maxProfit: 10,
      breakevens: [90, 110],
    });
  });
  it('flat zero segment: both ends are listed (long call with no premium: [0, K])', () => {
    expect(optionStrategy({ legs: [call('long', 100, 0)] })).toEqual({ maxLoss: 0, maxProfit: Infinity, breakevens: [0, 100] });
  });
  it('zero on the whole tail: only its start (the last strike) is listed', () => {
    // Long P100 @0: profit 100 − S below 100, then 0 for ever.
    expect(optionStrategy({ legs: [put('long', 100, 0)] })).toEqual({ maxLoss: 0, maxProfit: 100, breakevens: [100] });
  });
  it('rounding noise is not a loss: premiums 0.1 + 0.2 − 0.3 net to exactly 0', () => {
    const legs = [call('long', 10, 0.1), call('long', 10, 0.2), call('short', 10, 0.3)];
    const r = optionStrategy({ legs });
    expect(r.maxLoss).toBe(0);
    expect(r.breakevens).toEqual([0, 10]);
    expect(strategyProfitAt({ legs, price: 5 })).toBe(0);
  });
  it('calls cancelling above the top strike give a bounded result (0.1 + 0.2 − 0.3 quantities)', () => {
    const legs = [call('long', 10, 1, 0.1), call('long', 10, 1, 0.2), call('short', 20, 1, 0.3)];
    const r = optionStrategy({ legs });
    expect(r.maxProfit).not.toBe(Infinity);
    expect(r.maxLoss).not.toBe(Infinity);
    expectClose(r.maxProfit, 3, 1e-14);
  });
});

/** Straightforward re-implementation of the payoff for cross-checking (no compensation, no snapping). */
function naiveProfit(legs: readonly StrategyLeg[], price: number): number {
  return legs.reduce((sum, leg) => {
    const s = leg.side === 'long' ? 1 : -1;
    const payoff =
      leg.kind === 'underlying' ? price : leg.kind === 'call' ? Math.max(price - leg.strike!, 0) : Math.max(leg.strike! - price, 0);
    return sum + s * leg.quantity * (payoff - (leg.premium ?? 0));
  }, 0);
}

const legArbitrary: fc.Arbitrary<StrategyLeg> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('call' as const, 'put' as const),
    side: fc.constantFrom('long' as const, 'short' as const),
    quantity: fc.integer({ min: 1, max: 5 }),
    strike: fc.integer({ min: 1, max: 40 }).map((k) => k * 5),
    premium: fc.integer({ min: 0, max: 100 }).map((p) => p / 4),
  }),
  fc.record({
    kind: fc.constant('underlying' as const),
    side: fc.constantFrom('long' as const, 'short' as const),
    quantity: fc.integer({ min: 1, max: 3 }),
    premium: fc.integer({ min: 1, max: 200 }),
  }),
);

describe('optionStrategy: properties', () => {
  it('extremes equal the payoff on a fine grid (which contains every kink) plus its tail slope', () => {
    fc.assert(
      fc.property(fc.array(legArbitrary, { minLength: 1, maxLength: 5 }), (legs) => {
        const r = optionStrategy({ legs });
        const top = 210;
        const grid: number[] = [];
        for (let s = 0; s <= top; s += 0.25) grid.push(s);
        const values = grid.map((price) => naiveProfit(legs, price));
        const slope = naiveProfit(legs, top + 1) - naiveProfit(legs, top);
        const gridMin = Math.min(...values);
        const gridMax = Math.max(...values);
        if (slope < 0) expect(r.maxLoss).toBe(Infinity);
        else expectWithin(r.maxLoss, Math.max(0, -gridMin), 1e-9);
        if (slope > 0) expect(r.maxProfit).toBe(Infinity);
        else expectWithin(r.maxProfit, Math.max(0, gridMax), 1e-9);
        expect(r.maxLoss).toBeGreaterThanOrEqual(0);
        expect(r.maxProfit).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('breakevens are ascending, have profit ≈ 0, and every sign change on the grid has one in between', () => {
    fc.assert(
      fc.property(fc.array(legArbitrary, { minLength: 1, maxLength: 5 }), (legs) => {
        const { breakevens } = optionStrategy({ legs });
        for (let i = 1; i < breakevens.length; i += 1) expect(breakevens[i]!).toBeGreaterThan(breakevens[i - 1]!);
        for (const price of breakevens) {
          expectWithin(strategyProfitAt({ legs, price }), 0, 1e-9);
          expectWithin(naiveProfit(legs, price), 0, 1e-9);
        }
        for (let s = 0; s < 400; s += 0.5) {
          const a = naiveProfit(legs, s);
          const b = naiveProfit(legs, s + 0.5);
          if (a * b < 0) expect(breakevens.some((x) => x > s && x < s + 0.5)).toBe(true);
        }
      }),
    );
  });

  it('strategyProfitAt equals the leg-by-leg payoff', () => {
    fc.assert(
      fc.property(fc.array(legArbitrary, { minLength: 1, maxLength: 5 }), fc.double({ min: 0, max: 1000, noNaN: true }), (legs, price) => {
        expectWithin(strategyProfitAt({ legs, price }), naiveProfit(legs, price), 1e-9);
      }),
    );
  });
});

describe('optionStrategy / strategyProfitAt: bad input', () => {
  const good = call('long', 100, 5);
  it('legs must be a non-empty list of objects', () => {
    for (const legs of [[], undefined, null, 'call', {}]) expectInputError(() => optionStrategy({ legs } as never), 'legs');
    expectInputError(() => optionStrategy({ legs: [good, null] } as never), 'legs[1]');
    expectInputError(() => optionStrategy({ legs: [good, 'put'] } as never), 'legs[1]');
  });
  it('kind and side must be from the enumerations', () => {
    expectInputError(() => optionStrategy({ legs: [{ ...good, kind: 'future' }] } as never), 'legs[0].kind');
    expectInputError(() => optionStrategy({ legs: [good, { ...good, side: 'buy' }] } as never), 'legs[1].side');
  });
  it.each(['quantity', 'strike', 'premium'] as const)('legs[1].%s: NaN, ±Infinity and wrong types', (field) => {
    for (const bad of NOT_FINITE_NUMBERS) expectInputError(() => optionStrategy({ legs: [good, { ...good, [field]: bad }] } as never), `legs[1].${field}`);
  });
  it('quantity > 0, strike > 0, premium ≥ 0', () => {
    expectInputError(() => optionStrategy({ legs: [{ ...good, quantity: 0 }] }), 'legs[0].quantity');
    expectInputError(() => optionStrategy({ legs: [{ ...good, quantity: -1 }] }), 'legs[0].quantity');
    expectInputError(() => optionStrategy({ legs: [{ ...good, strike: 0 }] }), 'legs[0].strike');
    expectInputError(() => optionStrategy({ legs: [{ ...good, premium: -0.01 }] }), 'legs[0].premium');
  });
  it('strike is required for options and rejected for the underlying', () => {
    expectInputError(() => optionStrategy({ legs: [{ kind: 'put', side: 'long', quantity: 1 }] }), 'legs[0].strike');
    expectInputError(
      () => optionStrategy({ legs: [good, { kind: 'underlying', side: 'long', quantity: 1, strike: 100 }] }),
      'legs[1].strike',
    );
  });
  it('price for strategyProfitAt must be a finite number ≥ 0', () => {
    for (const price of [...NOT_FINITE_NUMBERS, -1]) expectInputError(() => strategyProfitAt({ legs: [good], price } as never), 'price');
    expectInputError(() => strategyProfitAt({ legs: [], price: 1 }), 'legs');
  });
  it('overflow of quantity × price is reported on the leg', () => {
    expectInputError(() => optionStrategy({ legs: [{ ...good, quantity: 1e300, strike: 1e300 }] }), 'legs[0].quantity');
    expectInputError(() => strategyProfitAt({ legs: [{ ...good, quantity: 1e300, strike: 1 }], price: 1e300 }), 'legs[0].quantity');
  });
});
