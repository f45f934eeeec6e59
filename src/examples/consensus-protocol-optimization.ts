import {
  attackerSuccessProbability,
  confirmationsForRisk,
  confirmationWait,
  settlementExposure,
  type AttackerSuccessProbabilityInput,
  type ConfirmationsForRiskInput,
  type ConfirmationWaitInput,
  type SettlementExposureInput,
} from '../risk/index.ts';
import { defineExample } from './define.ts';

/** Bitcoin's target spacing between blocks (the difficulty adjustment aims at 10 minutes). */
export const BITCOIN_BLOCK_SECONDS = 600;
export const SECONDS_PER_MINUTE = 60;

const PROBABILITY = { digits: 7 } as const;
const SHARE = { percent: true, digits: 0 } as const;
const COUNT = { digits: 0 } as const;
const USD = { digits: 2, unit: 'USD' } as const;
const minutes = (seconds: number) => seconds / SECONDS_PER_MINUTE;

// The inputs are exported on their own so the calculator can take its defaults from them without
// bundling the examples: the examples are marked pure, and a bundle that does not use them drops them.

/** Inputs of {@link doubleSpend}. */
export const DOUBLE_SPEND_INPUT = { attackerShare: 0.1, confirmations: 6 } satisfies AttackerSuccessProbabilityInput;
/** Inputs of {@link depth}. */
export const DEPTH_INPUT = { attackerShare: 0.1, maxProbability: 0.001 } satisfies ConfirmationsForRiskInput;
/** Inputs of {@link wait}. */
export const WAIT_INPUT = { confirmations: 6, blockSeconds: BITCOIN_BLOCK_SECONDS, waitSeconds: 90 * SECONDS_PER_MINUTE } satisfies ConfirmationWaitInput;
/** Inputs of {@link exposure}. */
export const EXPOSURE_INPUT = { confirmations: 6, blockSeconds: BITCOIN_BLOCK_SECONDS, vol: 0.6, notional: 1_000_000, confidence: 0.99 } satisfies SettlementExposureInput;

/** Nakamoto (2008) §11, q = 0.1 table: z = 6 → P = 0.0002428 (PUBLISHED). */
export const doubleSpend = /* @__PURE__ */ defineExample({
  id: 'nakamoto-q10-z6',
  title: 'An attacker with 10 % of the hash power against six confirmations',
  fn: 'attackerSuccessProbability',
  input: DOUBLE_SPEND_INPUT,
  compute: attackerSuccessProbability,
  inputs: {
    attackerShare: ['Attacker’s share of hash power q', (i) => i.attackerShare, SHARE],
    confirmations: ['Confirmations z', (i) => i.confirmations, COUNT],
  },
  outputs: {
    probability: ['Probability the attacker ever catches up P', (p) => p, PROBABILITY],
    odds: ['About 1 in', (p) => 1 / p, COUNT],
  },
});

/** Nakamoto (2008) §11, "solving for P less than 0.1 %": q = 0.10 → z = 5 (PUBLISHED). */
export const depth = /* @__PURE__ */ defineExample({
  id: 'nakamoto-depth-q10',
  title: 'Confirmations needed to push the risk below 0.1 %',
  fn: 'confirmationsForRisk',
  input: DEPTH_INPUT,
  compute: confirmationsForRisk,
  inputs: {
    attackerShare: ['Attacker’s share of hash power q', (i) => i.attackerShare, SHARE],
    maxProbability: ['Highest acceptable probability', (i) => i.maxProbability, { percent: true, digits: 1 }],
  },
  outputs: {
    confirmations: ['Smallest number of confirmations', (r) => r.confirmations, COUNT],
    probability: ['Probability at that depth', (r) => r.probability, PROBABILITY],
  },
});

/** Reference vector 8.5 (SELF): z = 6, β = 600 s, P(T > 90 min) = 0.1156905. */
export const wait = /* @__PURE__ */ defineExample({
  id: 'confirmation-wait-6',
  title: 'How long six confirmations take',
  fn: 'confirmationWait',
  input: WAIT_INPUT,
  compute: confirmationWait,
  inputs: {
    confirmations: ['Confirmations z', (i) => i.confirmations, COUNT],
    blockMinutes: ['Mean time between blocks β', (i) => minutes(i.blockSeconds), { digits: 0, unit: 'min' }],
    waitMinutes: ['Waiting time compared with t', (i) => minutes(i.waitSeconds), { digits: 0, unit: 'min' }],
  },
  outputs: {
    expectedMinutes: ['Mean wait zβ', (r) => minutes(r.expectedSeconds), { digits: 0, unit: 'min' }],
    probabilityLonger: ['Probability the wait is longer than t', (r) => r.probabilityLonger, { percent: true, digits: 1 }],
  },
});

/** Reference vector 8.6 (SELF): σ = 60 %/yr over one hour, 99 % one-sided: 1.49133 % of the payment. */
export const exposure = /* @__PURE__ */ defineExample({
  id: 'settlement-exposure-6',
  title: 'Price exposure of a 1,000,000 USD payment while six blocks arrive',
  fn: 'settlementExposure',
  input: EXPOSURE_INPUT,
  compute: settlementExposure,
  inputs: {
    notional: ['Payment value', (i) => i.notional, USD],
    confirmations: ['Confirmations z', (i) => i.confirmations, COUNT],
    blockMinutes: ['Mean time between blocks β', (i) => minutes(i.blockSeconds), { digits: 0, unit: 'min' }],
    vol: ['BTC volatility σ (annualised)', (i) => i.vol, SHARE],
    confidence: ['Confidence level (one-sided)', (i) => i.confidence ?? 0.99, SHARE],
  },
  outputs: {
    windowMinutes: ['Mean settlement window', (r) => minutes(r.windowSeconds), { digits: 0, unit: 'min' }],
    windowVol: ['Volatility over the mean wait', (r) => r.windowVol, { percent: true, digits: 3 }],
    move: ['Adverse move at 99 %', (r) => r.move, { percent: true, digits: 3 }],
    moveValue: ['Loss on the payment for that move', (r) => r.moveValue, USD],
  },
});
