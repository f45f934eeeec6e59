/**
 * Funding liquidity: the Basel III liquidity coverage ratio, the survival horizon of a cash
 * buffer under daily net flows, and the funding payments of a perpetual swap.
 */
import { RiskInputError } from './errors.ts';
import {
  optional,
  requireFinite,
  requireFiniteResult,
  requireInRange,
  requireInteger,
  requireNonEmptyArray,
  requireNonNegative,
  requireObject,
  requireOneOf,
  requirePositive,
  requireSide,
  type Side,
} from './validate.ts';

/** Share of 30-day outflows that inflows may offset (Basel Framework LCR40.1). */
export const LCR_INFLOW_CAP = 0.75;

/** Input of {@link liquidityCoverageRatio}. */
export interface LiquidityCoverageRatioInput {
  /** Stock of high-quality liquid assets (HQLA) after haircuts and the level 2 caps, currency, ≥ 0. */
  liquidAssets: number;
  /** Cash outflows over the next 30 calendar days under stress (balances × run-off rates), currency, ≥ 0. */
  outflows: number;
  /** Cash inflows over the same 30 days (contractual amounts × inflow rates), currency, ≥ 0. */
  inflows: number;
}

/** Result of {@link liquidityCoverageRatio}. */
export interface LiquidityCoverageRatioResult {
  /** LCR = HQLA / net cash outflows, decimal (1 is 100 %, the minimum); `Infinity` when net outflows are 0. */
  ratio: number;
  /** Total net cash outflows over 30 days, currency, ≥ 0.25 × outflows. */
  netCashOutflows: number;
  /** Inflows counted, min(inflows, 0.75 × outflows), currency. */
  inflowsCounted: number;
  /** The cap on inflows, 0.75 × outflows, currency. */
  inflowCap: number;
  /** HQLA missing to reach an LCR of 100 %, max(0, net outflows − HQLA), currency. */
  shortfall: number;
}

/**
 * Basel III liquidity coverage ratio: the stock of high-quality liquid assets over the net cash
 * outflows of a 30-day stress, with inflows capped at 75 % of outflows.
 *
 * NCO = Out − min(In, 0.75·Out);  LCR = HQLA / NCO (≥ 100 % required);  shortfall = max(0, NCO − HQLA).
 * Because of the cap, NCO ≥ 0.25·Out and LCR ≤ 4·HQLA/Out.
 *
 * @param input.liquidAssets - HQLA after haircuts and caps, currency, ≥ 0.
 * @param input.outflows - Weighted 30-day outflows, currency, ≥ 0.
 * @param input.inflows - Weighted 30-day inflows, currency, ≥ 0.
 * @returns `{ ratio, netCashOutflows, inflowsCounted, inflowCap, shortfall }`; `ratio` is a decimal,
 * `Infinity` when outflows (hence net outflows) are 0.
 * @throws {RiskInputError} Invalid field; a ratio that overflows (`liquidAssets`).
 * @see Basel Committee on Banking Supervision, Basel Framework LCR20 (ratio ≥ 100 %) and LCR40.1
 * (net outflows, 75 % cap on inflows), https://www.bis.org/basel_framework/chapter/LCR/40.htm
 * @example
 * liquidityCoverageRatio({ liquidAssets: 120, outflows: 150, inflows: 130 });
 * // { ratio: 3.2, netCashOutflows: 37.5, inflowsCounted: 112.5, inflowCap: 112.5, shortfall: 0 }
 */
export function liquidityCoverageRatio(input: LiquidityCoverageRatioInput): LiquidityCoverageRatioResult {
  const o = requireObject('input', input);
  const hqla = requireNonNegative('liquidAssets', o['liquidAssets']);
  const outflows = requireNonNegative('outflows', o['outflows']);
  const inflows = requireNonNegative('inflows', o['inflows']);
  const inflowCap = LCR_INFLOW_CAP * outflows;
  const inflowsCounted = Math.min(inflows, inflowCap);
  const netCashOutflows = outflows - inflowsCounted;
  const ratio = netCashOutflows === 0 ? Infinity : requireFiniteResult('liquidAssets', hqla / netCashOutflows);
  return { ratio, netCashOutflows, inflowsCounted, inflowCap, shortfall: Math.max(0, netCashOutflows - hqla) };
}

/** A run of days with the same net flow. */
export interface NetFlowPeriod {
  /** Number of days in the run, whole number from 1 to {@link MAX_SURVIVAL_DAYS}. */
  days: number;
  /** Net flow of each of those days, inflows minus outflows, currency (negative: cash leaves). */
  netFlowPerDay: number;
}

/** The longest stress the survival horizon is computed for: 100 years of days. */
export const MAX_SURVIVAL_DAYS = 36_500;

/** Input of {@link survivalHorizon}. */
export interface SurvivalHorizonInput {
  /** Liquid assets available at the start LA₀, currency, ≥ 0. */
  liquidAssets: number;
  /** Daily net flows in order, as runs of equal days (one day per entry for a day-by-day list); at least one, at most {@link MAX_SURVIVAL_DAYS} days in all. */
  flows: readonly NetFlowPeriod[];
}

/** Result of {@link survivalHorizon}. */
export interface SurvivalHorizonResult {
  /**
   * Survival horizon: whole days, counted from the start, before the balance first goes below 0, in
   * [0, total days]. When it never does, this is the total number of days (survival at least that long).
   */
  days: number;
  /** The first day (1-based) that ends with a negative balance, or null if none does. */
  shortfallDay: number | null;
  /** Balance at the end of each day, LA₀ + Σ_{d ≤ h} flow_d, currency; one entry per day. */
  balances: number[];
  /** Lowest end-of-day balance (LA₀ if every balance is higher), currency. */
  minimumBalance: number;
}

/**
 * How many days a stock of liquid assets lasts under a sequence of daily net flows: the survival
 * horizon of a liquidity stress test.
 *
 * B_h = LA₀ + Σ_{d=1..h} (In_d − Out_d);  days = (first h with B_h < 0) − 1, or the number of days given.
 *
 * @param input.liquidAssets - LA₀, currency, ≥ 0.
 * @param input.flows - Non-empty list of runs `{ days, netFlowPerDay }`: days a whole number ≥ 1, flow in currency
 * per day (negative: net outflow); at most 36,500 days in all.
 * @returns `{ days, shortfallDay, balances, minimumBalance }`, balances in currency.
 * @throws {RiskInputError} Invalid field (path `flows[i].days`, `flows[i].netFlowPerDay`); more than 36,500 days in
 * all (`flows`); a balance that overflows (`flows`).
 * @see Basel Framework LCR20 (the LCR asks for enough liquid assets to survive a 30-day stress: a survival
 * horizon fixed by rule), https://www.bis.org/basel_framework/chapter/LCR/20.htm ; reference vector 17.5: LA₀ = 100,
 * flows −20, −15, −12, then −10 six times → 8 days.
 * @example
 * survivalHorizon({
 *   liquidAssets: 100,
 *   flows: [{ days: 1, netFlowPerDay: -20 }, { days: 1, netFlowPerDay: -15 }, { days: 1, netFlowPerDay: -12 }, { days: 6, netFlowPerDay: -10 }],
 * });
 * // { days: 8, shortfallDay: 9, balances: [80, 65, 53, 43, 33, 23, 13, 3, -7], minimumBalance: -7 }
 */
export function survivalHorizon(input: SurvivalHorizonInput): SurvivalHorizonResult {
  const o = requireObject('input', input);
  const liquidAssets = requireNonNegative('liquidAssets', o['liquidAssets']);
  const periods = requireNonEmptyArray('flows', o['flows']).map((raw, i) => {
    const path = `flows[${i}]`;
    const period = requireObject(path, raw);
    return {
      days: requireInteger(`${path}.days`, period['days'], 1, MAX_SURVIVAL_DAYS),
      netFlowPerDay: requireFinite(`${path}.netFlowPerDay`, period['netFlowPerDay']),
    };
  });
  const totalDays = periods.reduce((total, period) => total + period.days, 0);
  if (totalDays > MAX_SURVIVAL_DAYS) {
    throw new RiskInputError('flows', `The list of flows must cover at most ${String(MAX_SURVIVAL_DAYS)} days in all; got ${String(totalDays)}.`);
  }
  const balances: number[] = [];
  // Running compensated sum (Neumaier), so a long run of mixed flows keeps its accuracy.
  let sum = liquidAssets;
  let compensation = 0;
  for (const { days, netFlowPerDay } of periods) {
    for (let day = 0; day < days; day += 1) {
      const next = sum + netFlowPerDay;
      compensation += Math.abs(sum) >= Math.abs(netFlowPerDay) ? sum - next + netFlowPerDay : netFlowPerDay - next + sum;
      sum = next;
      balances.push(requireFiniteResult('flows', sum + compensation));
    }
  }
  const firstNegative = balances.findIndex((balance) => balance < 0);
  return {
    days: firstNegative === -1 ? balances.length : firstNegative,
    shortfallDay: firstNegative === -1 ? null : firstNegative + 1,
    balances,
    minimumBalance: balances.reduce((lowest, balance) => Math.min(lowest, balance), liquidAssets),
  };
}

/** How a perpetual is margined and quoted. */
export type PerpetualContract = 'linear' | 'inverse';

/** The allowed values of {@link PerpetualContract}, in display order. */
export const PERPETUAL_CONTRACTS: readonly PerpetualContract[] = ['linear', 'inverse'];

/** Input of {@link perpetualFunding}. */
export interface PerpetualFundingInput {
  /**
   * `'linear'` (USDT-margined: size in coins, payments in the quote currency) or `'inverse'`
   * (coin-margined, such as BitMEX XBTUSD: size in USD of contract face value, payments in the coin). Default `'linear'`.
   */
  contract?: PerpetualContract | undefined;
  /** `'long'` or `'short'`. */
  side: Side;
  /** Position size, > 0: coins for a linear contract, USD of face value (contracts × contract size) for an inverse one. */
  size: number;
  /** Mark price, quote currency per coin, > 0. */
  markPrice: number;
  /** Funding rate per funding interval, decimal, in (−1, 1) (0.0001 is 0.01 % per interval); positive: longs pay shorts. */
  fundingRate: number;
  /** Number of funding intervals, integer ≥ 0 (mark price and rate held constant). Default 1. */
  intervals?: number | undefined;
}

/** Result of {@link perpetualFunding}. */
export interface PerpetualFundingResult {
  /** Position value at the mark: size × mark (quote currency) for linear, size / mark (coin) for inverse. */
  positionValue: number;
  /** Funding paid by the position at one funding time, in the settlement currency; negative: received. */
  costPerInterval: number;
  /** Funding paid over all intervals, costPerInterval × intervals; negative: received. */
  totalCost: number;
}

/**
 * Funding payments of a perpetual swap: at each funding time the position pays (or receives)
 * its value at the mark price times the funding rate; longs pay shorts when the rate is positive.
 *
 * value = Q·P (linear) or Q/P (inverse);  cost per interval = s·value·f with s = +1 long, −1 short;
 * total = cost per interval × intervals.
 *
 * @param input.contract - `'linear'` or `'inverse'` (default `'linear'`).
 * @param input.side - `'long'` or `'short'`.
 * @param input.size - Q, > 0 (coins for linear, USD face value for inverse).
 * @param input.markPrice - P, quote currency per coin, > 0.
 * @param input.fundingRate - f per interval, decimal in (−1, 1).
 * @param input.intervals - Integer ≥ 0 (default 1).
 * @returns `{ positionValue, costPerInterval, totalCost }` in the quote currency (linear) or the coin (inverse).
 * @throws {RiskInputError} Invalid field; a payment that overflows (`size`, `intervals`).
 * @see Binance, "Funding Amount = Nominal Value of Positions × Funding Rate"; BitMEX, Perpetual Contracts Guide,
 * https://www.bitmex.com/app/perpetualContractsGuideExamples ; Kraken, inverse perpetual specifications,
 * https://support.kraken.com/hc/en-us/articles/360022835911-Inverse-Crypto-Collateral-Perpetual-Contract-Specifications
 * @example
 * perpetualFunding({ side: 'long', size: 2, markPrice: 60_000, fundingRate: 0.0001, intervals: 90 });
 * // { positionValue: 120000, costPerInterval: 12, totalCost: 1080 }
 */
export function perpetualFunding(input: PerpetualFundingInput): PerpetualFundingResult {
  const o = requireObject('input', input);
  const contract = optional(o['contract'], 'linear' as PerpetualContract, (v) => requireOneOf('contract', v, PERPETUAL_CONTRACTS));
  const side = requireSide('side', o['side']);
  const size = requirePositive('size', o['size']);
  const markPrice = requirePositive('markPrice', o['markPrice']);
  const fundingRate = requireInRange('fundingRate', o['fundingRate'], {
    min: -1,
    max: 1,
    minInclusive: false,
    maxInclusive: false,
    hint: '(a decimal per funding interval: 0.0001 means 0.01 %)',
  });
  const intervals = optional(o['intervals'], 1, (v) => requireInteger('intervals', v, 0));
  const positionValue = requireFiniteResult('size', contract === 'linear' ? size * markPrice : size / markPrice);
  const direction = side === 'long' ? 1 : -1;
  const costPerInterval = plainZero(direction * positionValue * fundingRate);
  const totalCost = plainZero(requireFiniteResult('intervals', costPerInterval * intervals));
  return { positionValue, costPerInterval, totalCost };
}

/** −0 → 0, so that results never print as "−0". */
function plainZero(value: number): number {
  return value === 0 ? 0 : value;
}
