/**
 * Token vesting and unlocks: how much of an allocation is released by a given time (OpenZeppelin's
 * linear schedule with a cliff, or equal tranches), and how much each unlock dilutes the holders of the
 * circulating supply.
 */
import { RiskInputError } from './errors.ts';
import {
  optional,
  requireFinite,
  requireFiniteResult,
  requireNonNegative,
  requireObject,
  requirePositive,
} from './validate.ts';

/** A vesting schedule. Times in any one unit (seconds on-chain, months on this site), measured on one clock. */
export interface VestingSchedule {
  /** Total allocation A, in tokens, ≥ 0. */
  totalAmount: number;
  /** Start t₀ of the schedule, default 0. */
  start?: number;
  /** Cliff c, measured from the start, in [0, duration]: nothing is released before t₀ + c. */
  cliff: number;
  /** Duration D, measured from the start, > 0: everything is released at t₀ + D. */
  duration: number;
  /**
   * Tranche interval, > 0: tokens are released in equal steps at t₀ + interval, t₀ + 2·interval, …
   * (those that fall before the cliff are released at the cliff). Leave out for a continuous linear release.
   */
  interval?: number;
}

/** Input of {@link vestedAmount}. */
export interface VestedAmountInput extends VestingSchedule {
  /** Time t at which to measure, same unit and clock as `start`. */
  time: number;
}

interface Schedule {
  totalAmount: number;
  start: number;
  cliff: number;
  duration: number;
  interval: number | undefined;
}

function readSchedule(o: Readonly<Record<string, unknown>>): Schedule {
  const totalAmount = requireNonNegative('totalAmount', o['totalAmount']);
  const start = optional(o['start'], 0, (value) => requireFinite('start', value));
  const duration = requirePositive('duration', o['duration']);
  const cliff = requireNonNegative('cliff', o['cliff']);
  // OpenZeppelin's VestingWalletCliff reverts InvalidCliffDuration when the cliff is longer than the schedule.
  if (cliff > duration) {
    throw new RiskInputError('cliff', `Cliff must not be longer than the duration (${String(duration)}); got ${String(cliff)}.`);
  }
  const interval = optional<number | undefined>(o['interval'], undefined, (value) => requirePositive('interval', value));
  requireFiniteResult('duration', start + duration);
  return { totalAmount, start, cliff, duration, interval };
}

/** V(t) on a validated schedule. */
function vestedAt(schedule: Schedule, time: number): number {
  const { totalAmount, start, cliff, duration, interval } = schedule;
  const elapsed = time - start;
  if (!(elapsed >= cliff)) return 0;
  if (elapsed >= duration) return totalAmount;
  // Whole intervals elapsed (capped at the elapsed time: a tiny interval can overflow the step count).
  const counted = interval === undefined ? elapsed : Math.min(elapsed, Math.floor(elapsed / interval) * interval);
  // A·(counted/D) rather than A·counted/D: no overflow when A is near the largest double.
  return totalAmount * (counted / duration);
}

/**
 * Tokens released by time t under a vesting schedule with a cliff.
 *
 * Linear (OpenZeppelin `VestingWallet` + `VestingWalletCliff`):
 * V(t) = 0 for t < t₀ + c;  A·(t − t₀)/D for t₀ + c ≤ t < t₀ + D;  A for t ≥ t₀ + D.
 * The linear part runs from the start, so at the cliff a lump of A·c/D is released at once.
 * Tranches every i: the same with t − t₀ rounded down to a whole number of intervals, i.e. V(t) = Σ_{t_k ≤ t} a_k
 * with equal tranches a_k = A·i/D (the last one takes what is left).
 * On-chain the contract rounds V(t) down to a whole token unit; this function does not.
 *
 * @param input.totalAmount - A ≥ 0, tokens.
 * @param input.start - t₀, default 0.
 * @param input.cliff - c in [0, D].
 * @param input.duration - D > 0.
 * @param input.interval - Tranche interval > 0; omit for a linear release.
 * @param input.time - t, any finite time (before the start gives 0).
 * @returns V(t) in tokens, in [0, A], non-decreasing in t.
 * @throws {RiskInputError} A negative or non-finite amount or cliff; a duration or interval ≤ 0; a cliff
 * longer than the duration (OpenZeppelin reverts `InvalidCliffDuration`); a non-finite start or time.
 * @see OpenZeppelin Contracts 5.x, `finance/VestingWallet.sol` (`_vestingSchedule`) and
 * `finance/VestingWalletCliff.sol`, https://docs.openzeppelin.com/contracts/5.x/api/finance#VestingWallet
 * @example
 * // 200,000,000 tokens, 12-month cliff, 48 months: a lump of 50,000,000 at month 12
 * vestedAmount({ totalAmount: 200_000_000, cliff: 12, duration: 48, time: 12 }); // 50000000
 * vestedAmount({ totalAmount: 200_000_000, cliff: 12, duration: 48, time: 13 }); // 54166666.66…
 */
export function vestedAmount(input: VestedAmountInput): number {
  const o = requireObject('input', input);
  const schedule = readSchedule(o);
  const time = requireFinite('time', o['time']);
  return vestedAt(schedule, time);
}

/** Input of {@link unlockDilution}. */
export interface UnlockDilutionInput {
  /** Circulating supply S before the unlock, tokens, > 0. */
  circulatingSupply: number;
  /** Tokens U released by the unlock, ≥ 0. */
  unlockAmount: number;
  /** Maximum supply S_max, tokens; must be at least S + U. */
  maxSupply: number;
}

/** Result of {@link unlockDilution}. Fractions are decimals (0.08 is 8 %). */
export interface UnlockDilutionResult {
  /** U/S: new tokens as a fraction of the circulating supply before the unlock, ≥ 0. */
  dilution: number;
  /** U/(S + U) = 1 − S/(S + U): the fraction of the circulating supply that existing holders stop owning, in [0, 1). */
  holderShareLoss: number;
  /** S + U, tokens. */
  circulatingAfter: number;
  /** S/S_max before the unlock, in (0, 1]. */
  shareOfMaxBefore: number;
  /** (S + U)/S_max after the unlock, in (0, 1]. */
  shareOfMaxAfter: number;
}

/**
 * The ratios of one unlock, with the circulating supply after it given (callers compute it from exact
 * totals); `unlockField` names the input that sets the unlock's size, for overflow errors.
 */
function dilutionOf(circulating: number, unlock: number, circulatingAfter: number, maxSupply: number, unlockField: string): UnlockDilutionResult {
  return {
    dilution: requireFiniteResult(unlockField, unlock / circulating),
    holderShareLoss: unlock / circulatingAfter,
    circulatingAfter,
    shareOfMaxBefore: circulating / maxSupply,
    shareOfMaxAfter: circulatingAfter / maxSupply,
  };
}

function requireRoomUnderMax(maxSupply: number, circulating: number, unlock: number, unlockName: string): void {
  if (!(circulating + unlock <= maxSupply)) {
    throw new RiskInputError(
      'maxSupply',
      `Max supply must be at least the circulating supply plus ${unlockName} (${String(circulating + unlock)} tokens); got ${String(maxSupply)}.`,
    );
  }
}

/**
 * How much one token unlock dilutes the holders of the circulating supply.
 *
 * d = U/S;  holders' share loss = 1 − S/(S + U) = U/(S + U);  circulating share of max = S/S_max.
 *
 * @param input.circulatingSupply - S > 0.
 * @param input.unlockAmount - U ≥ 0.
 * @param input.maxSupply - S_max ≥ S + U.
 * @returns Fractions as decimals, supply in tokens.
 * @throws {RiskInputError} S ≤ 0; U < 0; non-finite values; S + U > S_max (on `maxSupply`); overflow.
 * @see OpenZeppelin `VestingWallet` (what an unlock releases); the dilution ratios are plain share arithmetic.
 * @example
 * unlockDilution({ circulatingSupply: 250e6, unlockAmount: 30e6, maxSupply: 1e9 });
 * // dilution 0.12, holderShareLoss 0.10714…, circulatingAfter 280e6, shareOfMaxBefore 0.25, shareOfMaxAfter 0.28
 */
export function unlockDilution(input: UnlockDilutionInput): UnlockDilutionResult {
  const o = requireObject('input', input);
  const circulating = requirePositive('circulatingSupply', o['circulatingSupply']);
  const unlock = requireNonNegative('unlockAmount', o['unlockAmount']);
  const maxSupply = requirePositive('maxSupply', o['maxSupply']);
  requireRoomUnderMax(maxSupply, circulating, unlock, 'the unlock');
  return dilutionOf(circulating, unlock, circulating + unlock, maxSupply, 'unlockAmount');
}

/** Input of {@link unlockSchedule}. */
export interface UnlockScheduleInput extends VestingSchedule {
  /**
   * Length of the periods to report, > 0, same time unit. Default: the schedule's `interval` (one row per
   * tranche). Required for a linear schedule (then each row is what the period releases).
   */
  period?: number;
  /** Circulating supply S before the first unlock, tokens, > 0. Nothing else is assumed to change it. */
  circulatingSupply: number;
  /** Maximum supply, tokens, ≥ S + A. */
  maxSupply: number;
}

/** One unlock of {@link unlockSchedule}. */
export interface UnlockRow extends UnlockDilutionResult {
  /** When the tokens are released (end of the period), same unit as the schedule. */
  time: number;
  /** Tokens released at `time` (for a linear schedule, during the period ending at `time`), > 0. */
  amount: number;
  /** Tokens of the allocation released so far, V(time). */
  vested: number;
  /** Circulating supply before this unlock. */
  circulatingBefore: number;
}

/** Result of {@link unlockSchedule}. */
export interface UnlockScheduleResult {
  /** The unlocks in time order; periods that release nothing are left out. */
  unlocks: UnlockRow[];
  /** The largest `dilution` of any unlock (0 if there are none). */
  largestDilution: number;
  /** Circulating supply once the whole allocation is released, S + A. */
  circulatingAfterVesting: number;
  /** (S + A)/S_max. */
  shareOfMaxAfterVesting: number;
}

/** Upper bound on the number of periods, so a tiny period cannot make a list of millions of rows. */
export const MAX_UNLOCK_PERIODS = 1200;

/**
 * The unlocks of a vesting schedule and the dilution each one causes: the cliff, every period after it,
 * and the end of the schedule, with the amount released, the circulating supply before and after, and
 * d = U/S for each (see {@link unlockDilution}), assuming nothing else changes the circulating supply.
 *
 * Row times: t₀ + c (when c > 0), every t₀ + k·period after the cliff, and t₀ + D. Amount of a row:
 * V(tₖ) − V(tₖ₋₁) with V from {@link vestedAmount}.
 *
 * @param input - A schedule (see {@link VestingSchedule}) plus `period`, `circulatingSupply`, `maxSupply`.
 * @returns `{ unlocks, largestDilution, circulatingAfterVesting, shareOfMaxAfterVesting }`.
 * @throws {RiskInputError} As {@link vestedAmount}; `period` missing for a linear schedule, ≤ 0, or so short
 * that the schedule has more than {@link MAX_UNLOCK_PERIODS} periods; S ≤ 0; S + A > max supply.
 * @see OpenZeppelin Contracts 5.x `VestingWallet`/`VestingWalletCliff`; dilution per unlock as in {@link unlockDilution}.
 * @example
 * // 200M tokens, 12-month cliff, 48 months, monthly tranches; 250M circulating, 1B max
 * unlockSchedule({ totalAmount: 200e6, cliff: 12, duration: 48, interval: 1, circulatingSupply: 250e6, maxSupply: 1e9 });
 * // unlocks[0]: { time: 12, amount: 50e6, dilution: 0.2, … }, then 36 monthly rows of 4,166,666.67
 */
export function unlockSchedule(input: UnlockScheduleInput): UnlockScheduleResult {
  const o = requireObject('input', input);
  const schedule = readSchedule(o);
  const periodField = o['period'] === undefined && schedule.interval !== undefined ? 'interval' : 'period';
  const period = optional(o['period'], schedule.interval, (value) => requirePositive('period', value));
  if (period === undefined) {
    throw new RiskInputError('period', 'Period is required for a linear schedule: it must be a finite number greater than 0 (for example 1 for monthly rows).');
  }
  if (!(schedule.duration / period <= MAX_UNLOCK_PERIODS)) {
    throw new RiskInputError(
      periodField,
      `The schedule would have more than ${String(MAX_UNLOCK_PERIODS)} periods; use a ${periodField} of at least ${String(schedule.duration / MAX_UNLOCK_PERIODS)}.`,
    );
  }
  const circulating = requirePositive('circulatingSupply', o['circulatingSupply']);
  const maxSupply = requirePositive('maxSupply', o['maxSupply']);
  requireRoomUnderMax(maxSupply, circulating, schedule.totalAmount, 'the whole allocation');

  const { start, cliff, duration } = schedule;
  const offsets = [cliff];
  for (let k = Math.floor(cliff / period) + 1; k * period < duration; k += 1) offsets.push(k * period);
  offsets.push(duration);

  const unlocks: UnlockRow[] = [];
  let released = 0;
  for (const offset of offsets) {
    const time = start + offset;
    const vested = vestedAt(schedule, time);
    const amount = vested - released;
    if (!(amount > 0)) continue;
    // Supplies from the running total, not by adding row after row, so they do not drift.
    const circulatingBefore = circulating + released;
    const circulatingAfter = circulating + vested;
    unlocks.push({ time, amount, vested, circulatingBefore, ...dilutionOf(circulatingBefore, amount, circulatingAfter, maxSupply, 'totalAmount') });
    released = vested;
  }
  const circulatingAfterVesting = circulating + schedule.totalAmount;
  return {
    unlocks,
    largestDilution: unlocks.reduce((largest, row) => Math.max(largest, row.dilution), 0),
    circulatingAfterVesting,
    shareOfMaxAfterVesting: circulatingAfterVesting / maxSupply,
  };
}
