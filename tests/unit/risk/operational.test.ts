import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { connectionAvailability, MINUTES_PER_YEAR, parametricVar, priceMoveOverWindow } from '../../../src/risk/index.ts';
import { expectClose, expectInputError, NOT_FINITE_NUMBERS } from './helpers.ts';

const HOURS_PER_YEAR = 8760;

describe('priceMoveOverWindow', () => {
  // Reference vector 25 (SELF, recomputed with mpmath at 40 digits): σ = 60 %/yr.
  it('σ = 60 %/yr over 1 hour (8,760 a year): σ_w = 0.6410608 %, 99 % move 1.491330 %, 149,133.03 on 10,000,000', () => {
    const hour = priceMoveOverWindow({ notional: 10_000_000, vol: 0.6, years: 1 / HOURS_PER_YEAR, confidence: 0.99 });
    expectClose(hour.windowVol, 0.0064106076475603234, 1e-13);
    expectClose(hour.z, 2.3263478740408408, 1e-14);
    expectClose(hour.move, 0.014913303472211916, 1e-13);
    expectClose(hour.moveValue, 149_133.03472211916, 1e-13);
  });

  it('σ = 60 %/yr over 15 minutes: σ_w = 0.3205304 %; 95 % over 1 hour: 1.05445 %', () => {
    expectClose(priceMoveOverWindow({ notional: 1, vol: 0.6, years: 15 / MINUTES_PER_YEAR }).windowVol, 0.0032053038237801617, 1e-13);
    expectClose(priceMoveOverWindow({ notional: 1, vol: 0.6, years: 1 / HOURS_PER_YEAR, confidence: 0.95 }).move, 0.010544511240052446, 1e-13);
  });

  it('default confidence is 99 %; ½ gives no move; a zero window or zero volatility gives none', () => {
    const base = { notional: 1_000, vol: 0.8, years: 0.01 };
    expect(priceMoveOverWindow(base)).toEqual(priceMoveOverWindow({ ...base, confidence: 0.99 }));
    expect(priceMoveOverWindow({ ...base, confidence: 0.5 }).moveValue).toBe(0);
    expect(priceMoveOverWindow({ ...base, years: 0 }).moveValue).toBe(0);
    expect(priceMoveOverWindow({ ...base, vol: 0 }).moveValue).toBe(0);
  });

  it('is parametric VaR with an annual volatility: equals parametricVar with dailyVol = σ/√365 and days = 365·T', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e9, noNaN: true }),
        fc.double({ min: 0.01, max: 3, noNaN: true }),
        fc.double({ min: 1e-6, max: 2, noNaN: true }),
        fc.double({ min: 0.5, max: 0.9999, noNaN: true }),
        (notional, vol, years, confidence) => {
          const ours = priceMoveOverWindow({ notional, vol, years, confidence }).moveValue;
          const hulls = parametricVar({ value: notional, dailyVol: vol / Math.sqrt(365), days: 365 * years, confidence }).var;
          expectClose(ours, hulls, 1e-12, 1e-9);
        },
      ),
    );
  });

  it('square root of time: four times the window doubles the move; linear in notional and volatility', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1, noNaN: true }), (years) => {
        const one = priceMoveOverWindow({ notional: 1, vol: 0.5, years });
        expectClose(priceMoveOverWindow({ notional: 1, vol: 0.5, years: 4 * years }).move, 2 * one.move, 1e-14);
        expectClose(priceMoveOverWindow({ notional: 3, vol: 1, years }).moveValue, 6 * one.moveValue, 1e-14);
      }),
    );
  });

  it('bad input', () => {
    const ok = { notional: 1e6, vol: 0.6, years: 0.001 };
    for (const bad of [...NOT_FINITE_NUMBERS, 0, -1]) expectInputError(() => priceMoveOverWindow({ ...ok, notional: bad } as never), 'notional');
    for (const bad of [...NOT_FINITE_NUMBERS, -0.2]) expectInputError(() => priceMoveOverWindow({ ...ok, vol: bad } as never), 'vol');
    for (const bad of [...NOT_FINITE_NUMBERS, -1 / HOURS_PER_YEAR]) expectInputError(() => priceMoveOverWindow({ ...ok, years: bad } as never), 'years');
    for (const bad of [NaN, Infinity, '0.99', 0.49, 0, 1, 99]) expectInputError(() => priceMoveOverWindow({ ...ok, confidence: bad } as never), 'confidence');
    expectInputError(() => priceMoveOverWindow({ notional: 1, vol: 1e300, years: 1e300 }), 'vol');
    expectInputError(() => priceMoveOverWindow({ notional: 1e308, vol: 100, years: 1 }), 'notional');
  });
});

describe('connectionAvailability', () => {
  // Reference vector 25 (SELF, recomputed with mpmath): parallel availability and minutes of downtime a year (525,600 min).
  it.each([
    [0.99, 1, 0.99, 5256],
    [0.99, 2, 0.9999, 52.56],
    [0.99, 3, 0.999999, 0.5256],
    [0.95, 2, 0.9975, 1314],
    [0.999, 2, 0.999999, 0.5256],
  ])('a = %s, n = %s: A = %s, %s minutes a year without a connection', (linkAvailability, links, availability, minutes) => {
    const result = connectionAvailability({ linkAvailability, links });
    expectClose(result.linksAvailability, availability, 1e-14);
    expectClose(result.availability, availability, 1e-14);
    // The unavailability (1 − a)ⁿ is rounded once per factor: a few ulps relative, even at 10⁻⁶.
    expectClose(result.downtimeMinutesPerYear, minutes, 1e-12);
    expectClose(result.linksDowntimeMinutesPerYear, minutes, 1e-12);
  });

  it('the venue in series caps what redundancy buys: 99.9 % venue × two 99 % links = 0.9989001 (578.10744 min/yr)', () => {
    const result = connectionAvailability({ linkAvailability: 0.99, links: 2, venueAvailability: 0.999 });
    expectClose(result.linksAvailability, 0.9999, 1e-14);
    expectClose(result.availability, 0.999 * 0.9999, 1e-14);
    expectClose(result.downtimeMinutesPerYear, (1 - 0.999 * 0.9999) * MINUTES_PER_YEAR, 1e-9);
    expectClose(result.downtimeMinutesPerYear, 578.10744, 1e-9);
    // Even infinitely many links leave the venue's own 525.6 minutes.
    expectClose(connectionAvailability({ linkAvailability: 0.99, links: 1000, venueAvailability: 0.999 }).downtimeMinutesPerYear, 525.6, 1e-9);
  });

  it('edges: perfect links, dead links, a dead venue', () => {
    expect(connectionAvailability({ linkAvailability: 1, links: 1 }).downtimeMinutesPerYear).toBe(0);
    expect(connectionAvailability({ linkAvailability: 0, links: 5 }).availability).toBe(0);
    expect(connectionAvailability({ linkAvailability: 0, links: 5 }).downtimeMinutesPerYear).toBe(MINUTES_PER_YEAR);
    expect(connectionAvailability({ linkAvailability: 0.99, links: 3, venueAvailability: 0 }).downtimeMinutesPerYear).toBe(MINUTES_PER_YEAR);
  });

  it('properties: availability and downtime add up, more links never hurt, a better venue never hurts', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 20 }), fc.double({ min: 0, max: 1, noNaN: true }), (a, n, v) => {
        const result = connectionAvailability({ linkAvailability: a, links: n, venueAvailability: v });
        expect(result.availability).toBeGreaterThanOrEqual(0);
        expect(result.availability).toBeLessThanOrEqual(result.linksAvailability);
        expect(result.availability + result.downtimeMinutesPerYear / MINUTES_PER_YEAR).toBeCloseTo(1, 12);
        expect(connectionAvailability({ linkAvailability: a, links: n + 1, venueAvailability: v }).availability).toBeGreaterThanOrEqual(result.availability);
        expect(connectionAvailability({ linkAvailability: a, links: n, venueAvailability: Math.min(1, v + 0.01) }).availability).toBeGreaterThanOrEqual(result.availability);
      }),
    );
  });

  it('bad input', () => {
    for (const bad of [...NOT_FINITE_NUMBERS, -0.01, 1.01, 99]) expectInputError(() => connectionAvailability({ linkAvailability: bad, links: 2 } as never), 'linkAvailability');
    for (const bad of [...NOT_FINITE_NUMBERS, 0, -1, 1.5]) expectInputError(() => connectionAvailability({ linkAvailability: 0.99, links: bad } as never), 'links');
    for (const bad of [NaN, -0.1, 1.1, '1', null]) expectInputError(() => connectionAvailability({ linkAvailability: 0.99, links: 2, venueAvailability: bad } as never), 'venueAvailability');
  });
});
