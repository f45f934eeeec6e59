/** Fuzz schemas of src/risk/controls.ts. */
import fc from 'fast-check';
import { fraction, object, scalar, type Case } from '../spec.ts';

/** Valid schemes: 1 ≤ k ≤ n ≤ 100. */
const validScheme = fc
  .oneof(fc.integer({ min: 1, max: 10 }), fc.constantFrom(1, 100))
  .chain((keys) =>
    fc.record({
      keys: fc.constant(keys),
      threshold: fc.integer({ min: 1, max: keys }),
      compromiseProbability: fraction(),
      lossProbability: fraction(),
    }),
  );

export const cases = {
  kOfNApproval: {
    input: object(
      {
        threshold: scalar(fc.integer({ min: 1, max: 100 })),
        keys: scalar(fc.integer({ min: 1, max: 100 })),
        compromiseProbability: scalar(fraction()),
        lossProbability: scalar(fraction()),
      },
      { valid: validScheme },
    ),
  },
} as const satisfies Readonly<Record<string, Case>>;
