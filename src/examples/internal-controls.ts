import { kOfNApproval, type KOfNApprovalInput } from '../risk/index.ts';
import { defineExample } from './define.ts';

/** Per-key probabilities over one year used on the page: 1 % that a key is stolen, 5 % that it is lost. */
export const KEY_COMPROMISE = 0.01;
export const KEY_LOSS = 0.05;

/** Inputs of {@link twoOfThree}, exported on their own so the calculator can use them without bundling the examples (marked pure). */
export const TWO_OF_THREE_INPUT = { threshold: 2, keys: 3, compromiseProbability: KEY_COMPROMISE, lossProbability: KEY_LOSS } satisfies KOfNApprovalInput;

const PROBABILITY = { percent: true, digits: 4 } as const;
/** "2-of-3" with non-breaking hyphens, so a narrow table cell does not split it. */
const schemeName = (i: KOfNApprovalInput) => `${i.threshold}\u2011of\u2011${i.keys}`;

const inputRows = {
  scheme: ['Scheme k-of-n', (i: KOfNApprovalInput) => schemeName(i)],
  compromiseProbability: ['Probability one key is stolen q (per year)', (i: KOfNApprovalInput) => i.compromiseProbability, { percent: true, digits: 0 }],
  lossProbability: ['Probability one key is lost ℓ (per year)', (i: KOfNApprovalInput) => i.lossProbability, { percent: true, digits: 0 }],
} as const;

type Result = ReturnType<typeof kOfNApproval>;
const outputRows = {
  compromise: ['Probability an attacker holds at least k keys', (r: Result) => r.compromise, PROBABILITY],
  compromiseOdds: ['Compromise: about one year in', (r: Result) => 1 / r.compromise, { digits: 0 }],
  lockOut: ['Probability fewer than k keys are left', (r: Result) => r.lockOut, PROBABILITY],
  lockOutOdds: ['Lock-out: about one year in', (r: Result) => 1 / r.lockOut, { digits: 0 }],
} as const;

/** Reference vector 19 (SELF): 2-of-3, q = 1 %, ℓ = 5 % → compromise 2.98e-4, lock-out 7.25e-3. */
export const twoOfThree = /* @__PURE__ */ defineExample({
  id: 'multisig-2-of-3',
  title: 'A 2-of-3 treasury wallet',
  fn: 'kOfNApproval',
  input: TWO_OF_THREE_INPUT,
  compute: kOfNApproval,
  inputs: inputRows,
  outputs: outputRows,
});

/** One row of the table of schemes: the same per-key probabilities, k-of-n keys. */
function schemeExample(threshold: number, keys: number) {
  return defineExample({
    id: `multisig-table-${threshold}-of-${keys}`,
    title: `${threshold}-of-${keys}`,
    fn: 'kOfNApproval',
    input: { threshold, keys, compromiseProbability: KEY_COMPROMISE, lossProbability: KEY_LOSS } satisfies KOfNApprovalInput,
    compute: kOfNApproval,
    inputs: { scheme: inputRows.scheme },
    // Odds rather than percentages: the probabilities span six orders of magnitude.
    outputs: { compromiseOdds: outputRows.compromiseOdds, lockOutOdds: outputRows.lockOutOdds },
  });
}

/** Reference vectors 19 (SELF): 1-of-1, 2-of-3, 3-of-5, 4-of-7 at the same per-key probabilities. */
export const single = /* @__PURE__ */ schemeExample(1, 1);
const twoOfThreeRow = /* @__PURE__ */ schemeExample(2, 3);
export const threeOfFive = /* @__PURE__ */ schemeExample(3, 5);
const fourOfSeven = /* @__PURE__ */ schemeExample(4, 7);
export const schemes = [single, twoOfThreeRow, threeOfFive, fourOfSeven];
