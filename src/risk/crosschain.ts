/**
 * Cross-chain transfers: the probability of losing funds on a path of bridges and other hops, and the
 * expected loss (probability of failure × loss given failure × amount, hop by hop).
 */
import { compensatedSum } from './numeric.ts';
import {
  optional,
  requireFiniteResult,
  requireFraction,
  requireInteger,
  requireNonEmptyArray,
  requireNonNegative,
  requireObject,
} from './validate.ts';

/** 1 − e^x for a log-survival x ≤ 0, without cancellation for small |x| (and +0, not −0, at x = 0). */
const failureFromLogSurvival = (logSurvival: number): number => 0 - Math.expm1(logSurvival);

/** One hop of a path: a bridge, a wrapped-token contract, a swap venue the funds pass through. */
export interface BridgeHop {
  /** Probability p that the hop fails while the funds pass through it, decimal in [0, 1]. */
  failureProbability: number;
  /** Share of the funds lost when it fails (LGD), decimal in [0, 1]. */
  lossGivenFailure: number;
}

/** Input of {@link bridgePathLoss}. */
export interface BridgePathLossInput {
  /** Amount sent along the path (exposure at default), currency, ≥ 0. */
  exposure: number;
  /** Hops in the order the funds pass through them, at least one; they fail independently. */
  hops: readonly BridgeHop[];
  /** Number of times the same transfer is made (each independent, each of `exposure`), integer ≥ 1. Default 1. */
  transfers?: number | undefined;
}

/** One hop's share of the risk of a path. */
export interface BridgeHopLoss {
  /** ∏_{j<i}(1 − p_j): probability that the funds reach this hop, decimal in [0, 1]. */
  reachProbability: number;
  /** reach·p_i: probability that the transfer fails at this hop, decimal in [0, 1]. */
  failureProbability: number;
  /** exposure·reach·p_i·LGD_i: this hop's part of the expected loss, currency, ≥ 0. */
  expectedLoss: number;
}

/** Result of {@link bridgePathLoss}. */
export interface BridgePathLossResult {
  /** 1 − ∏(1 − p_i): probability that one transfer fails somewhere on the path, decimal in [0, 1]. */
  failureProbability: number;
  /** Σ exposure·reach_i·p_i·LGD_i: expected loss of one transfer, currency, ≥ 0. */
  expectedLoss: number;
  /** expectedLoss / exposure: expected loss as a decimal fraction of the amount sent, in [0, 1]. */
  expectedLossRate: number;
  /** Σ exposure·p_i·LGD_i: the naive sum that ignores that funds stop at the first failure, currency, ≥ expectedLoss. */
  naiveExpectedLoss: number;
  /** Per hop, in path order. */
  hops: BridgeHopLoss[];
  /** 1 − ∏(1 − p_i)^transfers: probability that at least one of the transfers fails, decimal in [0, 1]. */
  failureProbabilityOverTransfers: number;
  /** transfers·expectedLoss: expected loss over all the transfers, currency, ≥ 0. */
  expectedLossOverTransfers: number;
}

/**
 * Loss on a path of hops crossed in sequence, each failing independently with probability p_i and then
 * losing the share LGD_i of what it holds; funds stop at the first failure, so a hop is only exposed if
 * every earlier hop worked. Per hop, expected loss is Basel's PD × LGD × EAD:
 *
 * P_fail = 1 − ∏ᵢ(1 − p_i);  EL = Σᵢ EAD·[∏_{j<i}(1 − p_j)]·p_i·LGD_i;
 * over k independent transfers: 1 − ∏ᵢ(1 − p_i)ᵏ and k·EL.
 * 1 − ∏ is computed as −expm1(Σ log1p(−p_i)), so tiny probabilities keep their digits. A component shared by
 * several hops (one validator set, one multisig) fails for all of them at once: enter it as one hop.
 *
 * @param input.exposure - EAD, currency, ≥ 0.
 * @param input.hops - Non-empty list of `{ failureProbability, lossGivenFailure }`, decimals in [0, 1].
 * @param input.transfers - k, integer ≥ 1 (default 1).
 * @returns Probabilities in [0, 1], losses in currency ≥ 0 (see {@link BridgePathLossResult}); with one hop,
 * failureProbability = p and expectedLoss = EAD·p·LGD.
 * @throws {RiskInputError} Empty `hops`; `hops[i].failureProbability` or `hops[i].lossGivenFailure` outside [0, 1];
 * negative `exposure`; `transfers` not a whole number ≥ 1; overflow (`exposure`, `transfers`).
 * @see Basel Committee on Banking Supervision, Basel Framework CRE35 (expected loss = PD × LGD × EAD),
 * https://www.bis.org/basel_framework/chapter/CRE/35.htm ; Open Risk Manual, "Regulatory Expected Loss",
 * https://www.openriskmanual.org/wiki/Regulatory_Expected_Loss
 * @example
 * // 1,000,000 through three hops: p = 2 %, 1 %, 0.5 %; LGD = 90 %, 100 %, 60 %
 * bridgePathLoss({ exposure: 1_000_000, hops: [
 *   { failureProbability: 0.02, lossGivenFailure: 0.9 },
 *   { failureProbability: 0.01, lossGivenFailure: 1 },
 *   { failureProbability: 0.005, lossGivenFailure: 0.6 },
 * ] }); // failureProbability 0.034651, expectedLoss 30,710.6, naiveExpectedLoss 31,000
 */
export function bridgePathLoss(input: BridgePathLossInput): BridgePathLossResult {
  const o = requireObject('input', input);
  const exposure = requireNonNegative('exposure', o['exposure']);
  const hops = requireNonEmptyArray('hops', o['hops']).map((raw, i) => {
    const path = `hops[${i}]`;
    const hop = requireObject(path, raw);
    return {
      failureProbability: requireFraction(`${path}.failureProbability`, hop['failureProbability']),
      lossGivenFailure: requireFraction(`${path}.lossGivenFailure`, hop['lossGivenFailure']),
    };
  });
  const transfers = optional(o['transfers'], 1, (v) => requireInteger('transfers', v, 1));

  let reachProbability = 1;
  let logSurvival = 0; // Σ log1p(−p_i): −Infinity once a hop is sure to fail
  const perHop = hops.map(({ failureProbability, lossGivenFailure }) => {
    const failureHere = reachProbability * failureProbability;
    const lossRate = failureHere * lossGivenFailure;
    const hop = { reachProbability, failureProbability: failureHere, lossRate };
    reachProbability *= 1 - failureProbability;
    logSurvival += Math.log1p(-failureProbability);
    return hop;
  });
  const expectedLossRate = Math.min(1, compensatedSum(perHop.map((hop) => hop.lossRate)));
  const naiveRate = compensatedSum(hops.map((hop) => hop.failureProbability * hop.lossGivenFailure));
  const expectedLoss = expectedLossRate * exposure;
  return {
    failureProbability: failureFromLogSurvival(logSurvival),
    expectedLoss,
    expectedLossRate,
    naiveExpectedLoss: requireFiniteResult('exposure', naiveRate * exposure),
    hops: perHop.map((hop) => ({
      reachProbability: hop.reachProbability,
      failureProbability: hop.failureProbability,
      expectedLoss: hop.lossRate * exposure,
    })),
    failureProbabilityOverTransfers: failureFromLogSurvival(transfers * logSurvival),
    expectedLossOverTransfers: requireFiniteResult('transfers', transfers * expectedLoss),
  };
}
