/** Fuzz schemas of src/risk/microstructure.ts (order book, Roll spread, Kyle's lambda). */
import fc from 'fast-check';
import { enumeration, finite, isNull, list, object, positive, scalar, type Arbitrary, type Case } from '../spec.ts';

const everydayPrice = fc.double({ min: 0.01, max: 1e6, noNaN: true });
const everydaySize = fc.double({ min: 1e-3, max: 1e4, noNaN: true });
const tick = fc.double({ min: 1e-6, max: 0.1, noNaN: true });

/** A consistent book side: prices strictly away from the touch (up for a buy, down for a sell), the opposite best across it. */
function bookInput(length: { minLength: number; maxLength: number }, start: Arbitrary, size: Arbitrary): Arbitrary {
  return fc
    .record({
      direction: fc.constantFrom('buy', 'sell'),
      quantity: fc.oneof(fc.double({ min: 1e-3, max: 1e5, noNaN: true }), positive),
      start,
      steps: fc.array(fc.record({ step: tick, size }), length),
      gap: tick,
    })
    .map(({ direction, quantity, start, steps, gap }) => {
      const factor = (step: number) => (direction === 'buy' ? 1 + step : 1 / (1 + step));
      let price = start as number;
      const levels = (steps as { step: number; size: number }[]).map(({ step, size: levelSize }, i) => {
        if (i > 0) price *= factor(step);
        return { price, size: levelSize };
      });
      return { direction, quantity, levels, oppositeBest: (start as number) / factor(gap as number) };
    });
}

const level = object({ price: scalar(positive), size: scalar(positive) });

export const cases = {
  walkTheBook: {
    input: object(
      {
        direction: enumeration('buy', 'sell'),
        quantity: scalar(positive),
        levels: list(level, { long: bookInput({ minLength: 1000, maxLength: 3000 }, everydayPrice, everydaySize).map((input) => (input as { levels: unknown }).levels) }),
        oppositeBest: scalar(positive),
      },
      { valid: bookInput({ minLength: 1, maxLength: 6 }, fc.oneof(everydayPrice, positive), fc.oneof(everydaySize, positive)) },
    ),
  },
  rollSpread: {
    input: object({ serialCovariance: scalar(finite) }),
    allow: { '': isNull },
  },
  rollSpreadFromPrices: {
    input: object({
      prices: list(scalar(fc.oneof(everydayPrice, positive)), {
        valid: fc.array(fc.oneof(everydayPrice, positive), { minLength: 4, maxLength: 12 }),
        long: fc.array(everydayPrice, { minLength: 1000, maxLength: 20_000 }),
      }),
    }),
    allow: { spread: isNull, relativeSpread: isNull },
  },
  kyleLambda: {
    input: object({
      valueVariance: scalar(positive),
      noiseStdDev: scalar(positive),
      orderFlow: scalar(finite, { optional: true }),
    }),
  },
} as const satisfies Readonly<Record<string, Case>>;
