/** Fuzz schemas of src/risk/initial-margin.ts. */
import fc from 'fast-check';

/** A valid leverage table: first floor 0, floors strictly increasing. */
const tierTable = (length: { minLength: number; maxLength: number }, gap: fc.Arbitrary<number>, leverage: fc.Arbitrary<unknown>) =>
  fc.array(fc.record({ gap, maxLeverage: leverage }), length).map((rows) => {
    let floor = 0;
    return rows.map((row, i) => {
      if (i > 0) floor += row.gap;
      return { floor, maxLeverage: row.maxLeverage };
    });
  });
const everydayGap = fc.double({ min: 1, max: 1e7, noNaN: true });
import { list, nonNegative, object, positive, scalar, type Case } from '../spec.ts';

export const cases = {
  initialMargin: {
    input: object({
      notional: scalar(positive),
      dailyVol: scalar(positive),
      days: scalar(positive),
      confidence: scalar(fc.oneof(fc.double({ min: 0.5, max: 1, minExcluded: true, maxExcluded: true, noNaN: true }), fc.constantFrom(0.5 + 2 ** -53, 1 - 2 ** -53)), { optional: true }),
      z: scalar(positive, { optional: true }),
    }),
  },
  leverageTier: {
    input: object({
      notional: scalar(positive),
      tiers: list(object({ floor: scalar(nonNegative), maxLeverage: scalar(positive) }), {
        valid: tierTable({ minLength: 1, maxLength: 8 }, fc.oneof(everydayGap, fc.double({ min: Number.MIN_VALUE, max: 1e300, noNaN: true })), positive),
        long: tierTable({ minLength: 1000, maxLength: 3000 }, everydayGap, fc.integer({ min: 1, max: 125 })),
      }),
    }),
  },
  marginCoverage: {
    input: object({
      maxLeverage: scalar(fc.oneof(fc.integer({ min: 1, max: 125 }), positive)),
      dailyVol: scalar(positive),
      days: scalar(positive),
    }),
  },
} as const satisfies Readonly<Record<string, Case>>;
