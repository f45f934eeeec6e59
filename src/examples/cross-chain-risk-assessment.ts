import { bridgePathLoss, type BridgePathLossInput } from '../risk/index.ts';
import { formatNumber } from '../lib/format.ts';
import { defineExample } from './define.ts';

export const MONEY_UNIT = 'USDC';
const MONEY = { digits: 2, unit: MONEY_UNIT } as const;
const PROBABILITY = { percent: true, digits: 4 } as const;

/**
 * The hops of the page's example, in path order. Their probabilities are assumptions for the example
 * (per transfer), not estimates for any named bridge.
 */
export const HOP_NAMES = ['Lock-and-mint bridge to chain B', 'Message bridge to chain C', 'Deposit into the perp DEX vault'] as const;

/** Inputs of {@link bridgePath}, exported on their own so the calculator can use them without bundling the examples (marked pure). */
export const BRIDGE_PATH_INPUT = {
  exposure: 1_000_000,
  hops: [
    { failureProbability: 0.02, lossGivenFailure: 0.9 },
    { failureProbability: 0.01, lossGivenFailure: 1 },
    { failureProbability: 0.005, lossGivenFailure: 0.6 },
  ],
  transfers: 1,
} satisfies BridgePathLossInput;

type Result = ReturnType<typeof bridgePathLoss>;
const hopText = (input: BridgePathLossInput, i: number) => {
  const hop = input.hops[i];
  const percent = (value: number) => formatNumber(value, { percent: true, digits: 1 });
  return hop ? `fails with probability ${percent(hop.failureProbability)}, then loses ${percent(hop.lossGivenFailure)}` : '';
};

/** Reference vector 6.1 (SELF): P_fail = 0.034651, EL = 30,710.6, naive sum 31,000. */
export const bridgePath = /* @__PURE__ */ defineExample({
  id: 'bridge-path-3-hops',
  title: 'Moving 1,000,000 USDC across three hops',
  fn: 'bridgePathLoss',
  input: BRIDGE_PATH_INPUT,
  compute: bridgePathLoss,
  inputs: {
    exposure: ['Amount sent (exposure)', (i) => i.exposure, MONEY],
    hop1: [`Hop 1: ${HOP_NAMES[0]}`, (i) => hopText(i, 0)],
    hop2: [`Hop 2: ${HOP_NAMES[1]}`, (i) => hopText(i, 1)],
    hop3: [`Hop 3: ${HOP_NAMES[2]}`, (i) => hopText(i, 2)],
  },
  outputs: {
    failureProbability: ['Probability the transfer fails somewhere', (r: Result) => r.failureProbability, PROBABILITY],
    expectedLoss: ['Expected loss', (r: Result) => r.expectedLoss, MONEY],
    expectedLossRate: ['Expected loss, share of the amount sent', (r: Result) => r.expectedLossRate, { percent: true, digits: 3 }],
    hop1Loss: ['of which hop 1', (r: Result) => r.hops[0]?.expectedLoss ?? null, MONEY],
    hop2Loss: ['of which hop 2', (r: Result) => r.hops[1]?.expectedLoss ?? null, MONEY],
    hop3Loss: ['of which hop 3', (r: Result) => r.hops[2]?.expectedLoss ?? null, MONEY],
    naiveExpectedLoss: ['Naive sum of p × LGD × amount', (r: Result) => r.naiveExpectedLoss, MONEY],
  },
});

/** Reference vector 6.2 (SELF): one hop failing 0.2 % of the time, 50 transfers → 9.52532 %. */
export const repeatedTransfers = /* @__PURE__ */ defineExample({
  id: 'bridge-50-transfers',
  title: 'One bridge used for 50 transfers a year',
  fn: 'bridgePathLoss',
  input: { exposure: 20_000, hops: [{ failureProbability: 0.002, lossGivenFailure: 1 }], transfers: 50 } satisfies BridgePathLossInput,
  compute: bridgePathLoss,
  inputs: {
    exposure: ['Amount per transfer', (i) => i.exposure, MONEY],
    failure: ['Probability one transfer fails', (i) => i.hops[0]?.failureProbability ?? null, { percent: true, digits: 1 }],
    lgd: ['Loss given failure', (i) => i.hops[0]?.lossGivenFailure ?? null, { percent: true, digits: 0 }],
    transfers: ['Transfers in the year', (i) => i.transfers ?? 1, { digits: 0 }],
  },
  outputs: {
    failureProbabilityOverTransfers: ['Probability at least one transfer fails', (r: Result) => r.failureProbabilityOverTransfers, { percent: true, digits: 2 }],
    expectedLossOverTransfers: ['Expected loss over the year', (r: Result) => r.expectedLossOverTransfers, MONEY],
  },
});
