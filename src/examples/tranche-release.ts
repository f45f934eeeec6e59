import { unlockSchedule, vestedAmount, type UnlockScheduleInput } from '../risk/index.ts';
import { defineExample } from './define.ts';

/** Inputs of the page's example and calculator: a schedule in months, the token's supply, and a month to read. */
export type TrancheExampleInput = UnlockScheduleInput & {
  /** Month (from the start of the schedule) at which to read the unlocked amount. */
  time: number;
};

const TOKENS = { digits: 0, unit: 'tokens' } as const;
/** The month at which the example reads the unlocked amount. */
const CHECK_MONTH = 18;
const SHARE = { percent: true, digits: 2 } as const;

/** 200,000,000 tokens over 48 months after a 12-month cliff, read at month 18 (the calculator's defaults). */
export const TEAM_VESTING_INPUT = {
  totalAmount: 200_000_000,
  cliff: 12,
  duration: 48,
  interval: 1,
  circulatingSupply: 250_000_000,
  maxSupply: 1_000_000_000,
  time: CHECK_MONTH,
} satisfies TrancheExampleInput;

/**
 * The team allocation of reference vector 20 (A = 200,000,000, 12-month cliff, 48 months) released in monthly
 * tranches, on a token with 250,000,000 circulating and 1,000,000,000 maximum supply. Expected: 50,000,000 at the
 * cliff (dilution 20 %), then 4,166,666.67 a month; 450,000,000 circulating (45 % of max) at the end.
 */
export const teamVestingExample = defineExample({
  id: 'team-vesting-12-48',
  title: 'A team allocation: 12-month cliff, 48 months, monthly tranches',
  fn: 'unlockSchedule, vestedAmount',
  input: TEAM_VESTING_INPUT,
  compute: ({ time, ...schedule }) => ({ ...unlockSchedule(schedule), vestedAtTime: vestedAmount({ ...schedule, time }) }),
  inputs: {
    totalAmount: ['Allocation A', (i) => i.totalAmount, TOKENS],
    cliff: ['Cliff c', (i) => i.cliff, { digits: 0, unit: 'months' }],
    duration: ['Vesting duration D', (i) => i.duration, { digits: 0, unit: 'months' }],
    interval: ['Tranches', () => 'monthly'],
    circulatingSupply: ['Circulating supply before the cliff S', (i) => i.circulatingSupply, TOKENS],
    maxSupply: ['Maximum supply', (i) => i.maxSupply, TOKENS],
  },
  outputs: {
    cliffUnlock: ['Unlocked at the cliff', (r) => r.unlocks[0]?.amount ?? null, TOKENS],
    cliffDilution: ['Dilution of the cliff unlock, U/S', (r) => r.unlocks[0]?.dilution ?? null, SHARE],
    cliffShareLoss: ['Holders’ share loss at the cliff, U/(S + U)', (r) => r.unlocks[0]?.holderShareLoss ?? null, SHARE],
    monthlyUnlock: ['Each monthly tranche after the cliff', (r) => r.unlocks[1]?.amount ?? null, TOKENS],
    monthlyDilution: ['Dilution of the first monthly tranche', (r) => r.unlocks[1]?.dilution ?? null, SHARE],
    vestedAtTime: [`Unlocked by month ${String(CHECK_MONTH)}`, (r) => r.vestedAtTime, TOKENS],
    circulatingAfterVesting: ['Circulating supply once fully vested', (r) => r.circulatingAfterVesting, TOKENS],
    shareOfMaxAfterVesting: ['Circulating share of maximum supply then', (r) => r.shareOfMaxAfterVesting, SHARE],
  },
});
