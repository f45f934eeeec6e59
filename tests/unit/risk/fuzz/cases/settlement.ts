/** Fuzz schemas of src/risk/settlement.ts beyond attackerSuccessProbability (whose case stays in core.ts). */
import fc from 'fast-check';
import { fraction, nonNegative, object, positive, scalar, type Case } from '../spec.ts';

/** Confirmations inside the documented range 0…1,000,000, mostly small, sometimes the largest. */
const confirmations = scalar(fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 0, max: 200 }) }, { weight: 1, arbitrary: fc.constantFrom(0, 1, 1_000_000) }));
const blockSeconds = scalar(fc.oneof(fc.double({ min: 1, max: 3600, noNaN: true }), positive));
const confidence = scalar(fc.oneof(fc.double({ min: 0.5, max: 1, maxExcluded: true, noNaN: true }), fc.constantFrom(0.5, 0.95, 0.99, 1 - 2 ** -53)), { optional: true });

export const cases = {
  confirmationsForRisk: {
    input: object({
      attackerShare: scalar(fc.oneof(fraction(), fc.double({ min: 0.45, max: 0.5, noNaN: true }))),
      maxProbability: scalar(fraction({ minExcluded: true, maxExcluded: true })),
    }),
    // Documented: null when no count up to 1,000,000 is enough: always for q ≥ ½, and only just below ½
    // (at q = 0.45 even a target of 5e-324 needs about 75,000).
    allow: {
      confirmations: (value, input) => value === null && (input['attackerShare'] as number) > 0.45,
      probability: (value, input) => value === null && (input['attackerShare'] as number) > 0.45,
    },
  },
  confirmationWait: {
    input: object({
      confirmations,
      blockSeconds,
      waitSeconds: scalar(fc.oneof(fc.double({ min: 0, max: 1e6, noNaN: true }), nonNegative)),
    }),
  },
  settlementExposure: {
    input: object({
      confirmations,
      blockSeconds,
      vol: scalar(fc.oneof(fc.double({ min: 0, max: 3, noNaN: true }), nonNegative)),
      notional: scalar(positive),
      confidence,
    }),
  },
} as const satisfies Readonly<Record<string, Case>>;

