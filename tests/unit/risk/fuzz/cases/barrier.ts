/** Fuzz schemas of src/risk/barrier.ts (first-passage probabilities, circuit-breaker levels). */
import fc from 'fast-check';
import { enumeration, finite, fraction, list, object, positive, scalar, type Case } from '../spec.ts';

const everydayVol = fc.double({ min: 1e-3, max: 5, noNaN: true });
const vol = scalar(fc.oneof(everydayVol, positive));
const horizon = scalar(fc.oneof(fc.double({ min: 1e-3, max: 400, noNaN: true }), positive));
const drift = scalar(fc.oneof(fc.double({ min: -5, max: 5, noNaN: true }), finite), { optional: true });
const everydayThreshold = fc.double({ min: 0.01, max: 0.5, noNaN: true });

/** Strictly ascending thresholds in (0, 1). */
const ascendingThresholds = fc
  .uniqueArray(fc.oneof(everydayThreshold, fraction({ minExcluded: true, maxExcluded: true })), { minLength: 1, maxLength: 6 })
  .map((values) => (values as number[]).filter((value) => value > 0 && value < 1).sort((a, b) => a - b))
  .filter((values) => values.length > 0);

export const cases = {
  firstPassageProbability: {
    input: object({ distance: scalar(fc.oneof(fc.double({ min: 1e-3, max: 10, noNaN: true }), positive)), drift, vol, horizon }),
  },
  firstPassageDistance: {
    input: object({ probability: scalar(fraction({ minExcluded: true, maxExcluded: true })), drift, vol, horizon }),
  },
  priceTouchProbability: {
    input: object({
      spot: scalar(positive),
      barrier: scalar(positive),
      direction: enumeration('down', 'up'),
      vol,
      years: horizon,
      drift,
    }),
  },
  circuitBreakerLevels: {
    input: object({
      referencePrice: scalar(positive),
      thresholds: list(scalar(fraction({ minExcluded: true, maxExcluded: true })), {
        valid: ascendingThresholds,
        long: fc.integer({ min: 1000, max: 3000 }).map((n) => Array.from({ length: n }, (_, i) => (i + 1) / (n + 1))),
      }),
    }),
  },
} as const satisfies Readonly<Record<string, Case>>;
