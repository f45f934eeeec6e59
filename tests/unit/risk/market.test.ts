import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ewmaVolatility, parametricVar } from '../../../src/risk/index.ts';
import { expectClose, expectInputError, expectPublished, expectWithin, NOT_FINITE_NUMBERS } from './helpers.ts';

describe('parametricVar: Hull RMFI Microsoft / AT&T example (z = 2.33)', () => {
  const msft = parametricVar({ value: 10e6, dailyVol: 0.02, days: 10, z: 2.33 });
  const att = parametricVar({ value: 5e6, dailyVol: 0.01, days: 10, z: 2.33 });

  it('$10m Microsoft, σ 2 %/day, 10 days: σ₁₀ = 632,456, VaR = 1,473,621', () => {
    expectPublished(msft.var / 2.33, '632,456');
    expectPublished(msft.var, '1,473,621');
  });

  it('$5m AT&T, σ 1 %/day, 10 days: VaR = 368,405', () => {
    expectPublished(att.var, '368,405');
  });

  it('both with ρ = 0.3: σ_P,1d = 220,227, VaR₁₀ = 1,622,657, diversification benefit 219,369; ρ = 1 gives the sum 1,842,026', () => {
    const sigmaP = Math.sqrt(200_000 ** 2 + 50_000 ** 2 + 2 * 0.3 * 200_000 * 50_000);
    expectPublished(sigmaP, '220,227');
    const portfolio = parametricVar({ value: 15e6, dailyVol: sigmaP / 15e6, days: 10, z: 2.33 });
    expectPublished(portfolio.var, '1,622,657');
    // Hull subtracts the rounded figures: 1,473,621 + 368,405 − 1,622,657.
    expect(Math.round(msft.var) + Math.round(att.var) - Math.round(portfolio.var)).toBe(219_369);
    const perfect = parametricVar({ value: 15e6, dailyVol: 250_000 / 15e6, days: 10, z: 2.33 });
    // Reference 24.1 adds the rounded stand-alone figures: 1,473,621 + 368,405 = 1,842,026.
    expect(Math.round(msft.var) + Math.round(att.var)).toBe(1_842_026);
    expectClose(perfect.var, msft.var + att.var, 1e-14);
  });

  it('with the exact z = Φ⁻¹(0.99) = 2.3263479: 1,471,311.58 / 367,827.90 / 1,620,113.82 (reference 18.4, SELF)', () => {
    expectWithin(parametricVar({ value: 10e6, dailyVol: 0.02, days: 10 }).var, 1_471_311.58, 0.005);
    expectWithin(parametricVar({ value: 5e6, dailyVol: 0.01, days: 10, confidence: 0.99 }).var, 367_827.9, 0.005);
    const sigmaP = Math.sqrt(200_000 ** 2 + 50_000 ** 2 + 2 * 0.3 * 200_000 * 50_000);
    expectWithin(parametricVar({ value: 15e6, dailyVol: sigmaP / 15e6, days: 10 }).var, 1_620_113.82, 0.005);
  });
});

describe('parametricVar: SELF vectors', () => {
  it.each([
    [0.95, 1.644854, 2.062713],
    [0.975, 1.959964, 2.337803],
    [0.99, 2.326348, 2.665214],
  ])('N(0,1) at %s: VaR %s, ES %s (reference 18.5 = QRMlib ESnorm)', (confidence, v, es) => {
    const r = parametricVar({ value: 1, dailyVol: 1, confidence });
    expectWithin(r.var, v, 5e-7);
    expectWithin(r.es, es, 5e-7);
  });

  it('loss ~ N(0, 20m) at 99 %: VaR 46.527m, ES 53.304m (reference 18.6); mpmath 46,526,957.48 / 53,304,284.41', () => {
    const r = parametricVar({ value: 20e6, dailyVol: 1 });
    expectWithin(r.var / 1e6, 46.527, 5e-4);
    expectWithin(r.es / 1e6, 53.304, 5e-4);
    expectClose(r.var, 46_526_957.480816822, 1e-14);
    expectClose(r.es, 53_304_284.406916096, 1e-14);
  });

  it('1-day VaR of 100,000 scales to 316,227.77 over 10 days (reference 18.8)', () => {
    const one = parametricVar({ value: 1e6, dailyVol: 0.03 });
    const ten = parametricVar({ value: 1e6, dailyVol: 0.03, days: 10 });
    expectWithin((ten.var / one.var) * 100_000, 316_227.77, 0.005);
  });

  it('margin = z·σ·√h·N: 98,698.58 (reference 22.6); initial margin 97,413.29, 13.159811 %, 14.713116 % (reference 26.2–26.4)', () => {
    expectWithin(parametricVar({ value: 1e6, dailyVol: 0.03, days: 2 }).var, 98_698.58, 0.005);
    expectWithin(parametricVar({ value: 1e6, dailyVol: 0.8 / Math.sqrt(365), days: 1 }).var, 97_413.29, 0.005);
    expectWithin(parametricVar({ value: 1, dailyVol: 0.04, days: 2 }).var, 0.13159811, 5e-9);
    expectWithin(parametricVar({ value: 1, dailyVol: 0.02, days: 10 }).var, 0.14713116, 5e-9);
  });

  it('venue outage, σ 60 %/yr, 1 hour: 99 % move 1.491330 % = $149,133.03 on $10m; 95 % 1.05445 % (reference 25, 8.6)', () => {
    const daily = 0.6 / Math.sqrt(365);
    expectWithin(parametricVar({ value: 10e6, dailyVol: daily, days: 1 / 24 }).var, 149_133.03, 0.005);
    expectWithin(parametricVar({ value: 1, dailyVol: daily, days: 1 / 24, confidence: 0.95 }).var, 0.0105445, 5e-8);
  });

  it('a given z replaces Φ⁻¹(confidence) in both VaR and ES; confidence stays in the ES denominator', () => {
    const r = parametricVar({ value: 1, dailyVol: 1, confidence: 0.99, z: 2.33 });
    expect(r.var).toBe(2.33);
    expectClose(r.es, Math.exp(-0.5 * 2.33 ** 2) / Math.sqrt(2 * Math.PI) / 0.01, 1e-14);
  });
});

describe('parametricVar: properties', () => {
  const args = fc.record({
    value: fc.double({ min: 1, max: 1e12, noNaN: true }),
    dailyVol: fc.double({ min: 1e-4, max: 0.5, noNaN: true }),
    days: fc.double({ min: 0.01, max: 500, noNaN: true }),
    confidence: fc.double({ min: 0.51, max: 0.9999, noNaN: true }),
  });

  it('VaR and ES rise with confidence and with the horizon; ES ≥ VaR', () => {
    fc.assert(
      fc.property(args, fc.double({ min: 1e-6, max: 0.0999, noNaN: true }), fc.double({ min: 1.01, max: 10, noNaN: true }), (a, step, factor) => {
        const base = parametricVar(a);
        const higher = parametricVar({ ...a, confidence: Math.min(0.99999, a.confidence + step) });
        const longer = parametricVar({ ...a, days: a.days * factor });
        expect(higher.var).toBeGreaterThan(base.var);
        expect(higher.es).toBeGreaterThan(base.es);
        expect(longer.var).toBeGreaterThan(base.var);
        expect(longer.es).toBeGreaterThan(base.es);
        expect(base.es).toBeGreaterThanOrEqual(base.var);
        expectClose(longer.var / base.var, Math.sqrt(factor), 1e-12);
      }),
    );
  });
});

describe('parametricVar: bad input', () => {
  const valid = { value: 1e6, dailyVol: 0.02, days: 10, confidence: 0.99, z: 2.33 };
  it.each(['value', 'dailyVol', 'days', 'confidence', 'z'])('%s: NaN, ±Infinity, wrong types', (field) => {
    for (const bad of NOT_FINITE_NUMBERS) expectInputError(() => parametricVar({ ...valid, [field]: bad } as never), field);
  });
  it.each([['value', 0], ['value', -1], ['dailyVol', 0], ['days', 0], ['days', -1], ['confidence', 0], ['confidence', 1], ['confidence', 99]])(
    '%s = %s is out of domain',
    (field, bad) => {
      expectInputError(() => parametricVar({ ...valid, [field]: bad } as never), field);
    },
  );
  it('overflow is reported', () => {
    expectInputError(() => parametricVar({ value: 1e308, dailyVol: 10, days: 100 }), 'value');
  });
});

describe('ewmaVolatility', () => {
  it('Hull RMFI Example 5.2: λ 0.90, σ 1 %/day, u 2 % → σ² = 0.00013, σ = 1.14 %', () => {
    const r = ewmaVolatility({ lambda: 0.9, initialVariance: 0.01 ** 2, returns: [0.02] });
    expectPublished(r.variance, '0.00013');
    expectPublished(r.volatility * 100, '1.14');
    expectWithin(r.volatility * 100, 1.140175, 5e-7);
  });

  it('SELF: λ 0.94 → σ² 0.000118, σ 1.086278 %; σ² 0.000324 and u −2.3 % → 0.0003363, σ 1.833848 % (reference 22.2, 22.3)', () => {
    const a = ewmaVolatility({ lambda: 0.94, initialVariance: 0.0001, returns: [0.02] });
    expectClose(a.variance, 0.000118, 1e-12);
    expectWithin(a.volatility * 100, 1.086278, 5e-7);
    // The reference notes AcadiFi prints 1.835 %; √0.0003363 = 1.833848 %.
    const b = ewmaVolatility({ lambda: 0.94, initialVariance: 0.000324, returns: [-0.023] });
    expectClose(b.variance, 0.0003363, 1e-12);
    expectWithin(b.volatility * 100, 1.833848, 5e-7);
  });

  it('SELF: λ 0.94, σ₀² 0.0004, returns [0.01, −0.02, 0.015, −0.005, 0.03] → σ² 3.855187e−4, σ 1.963463 % (reference 22.4)', () => {
    const r = ewmaVolatility({ lambda: 0.94, initialVariance: 0.0004, returns: [0.01, -0.02, 0.015, -0.005, 0.03] });
    expectWithin(r.variance, 3.855187e-4, 5e-11);
    expectWithin(r.volatility * 100, 1.963463, 5e-7);
  });

  it('variance stays positive and between the smallest and largest of σ₀² and the squared returns', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 0.999, noNaN: true }),
        fc.double({ min: 1e-8, max: 1, noNaN: true }),
        fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 1, maxLength: 300 }),
        (lambda, initialVariance, returns) => {
          const r = ewmaVolatility({ lambda, initialVariance, returns });
          const squares = [initialVariance, ...returns.map((u) => u * u)];
          expect(r.variance).toBeGreaterThan(0);
          expect(r.variance).toBeGreaterThanOrEqual(Math.min(...squares) * (1 - 1e-12));
          expect(r.variance).toBeLessThanOrEqual(Math.max(...squares) * (1 + 1e-12));
          expectClose(r.volatility ** 2, r.variance, 1e-14);
        },
      ),
    );
  });

  it('bad input', () => {
    const valid = { lambda: 0.94, initialVariance: 0.0001, returns: [0.01] };
    for (const bad of [...NOT_FINITE_NUMBERS, 0, 1, 1.5]) expectInputError(() => ewmaVolatility({ ...valid, lambda: bad } as never), 'lambda');
    for (const bad of [...NOT_FINITE_NUMBERS, -1e-6]) expectInputError(() => ewmaVolatility({ ...valid, initialVariance: bad } as never), 'initialVariance');
    for (const bad of [[], undefined, 'r', {}]) expectInputError(() => ewmaVolatility({ ...valid, returns: bad } as never), 'returns');
    for (const bad of NOT_FINITE_NUMBERS) expectInputError(() => ewmaVolatility({ ...valid, returns: [0.01, 0.02, bad] } as never), 'returns[2]');
    expectInputError(() => ewmaVolatility({ ...valid, returns: [1e200] }), 'returns[0]');
  });
});
