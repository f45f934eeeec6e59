/** Fuzz schemas of src/risk/vesting.ts. */
import fc from 'fast-check';
import { finite, nonNegative, object, positive, scalar, type Arbitrary, type Case } from '../spec.ts';

const everydayTokens = fc.oneof(fc.double({ min: 0, max: 1e10, noNaN: true }), nonNegative);
/** A valid schedule: duration > 0, cliff in [0, duration], optional interval > 0 and start. */
function schedule(extra: Record<string, Arbitrary>): Arbitrary {
  return fc
    .record({
      totalAmount: everydayTokens,
      duration: fc.oneof(fc.integer({ min: 1, max: 120 }), positive),
      cliffShare: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 1)),
      interval: fc.oneof(fc.constant(undefined), fc.integer({ min: 1, max: 12 }), positive),
      start: fc.oneof(fc.constant(undefined), fc.integer({ min: -100, max: 100 }), finite),
      ...extra,
    })
    .map(({ cliffShare, interval, start, ...rest }) => {
      const duration = rest['duration'] as number;
      return {
        ...rest,
        cliff: Math.min(duration, duration * (cliffShare as number)),
        ...(interval === undefined ? {} : { interval }),
        ...(start === undefined ? {} : { start }),
      };
    });
}
const scheduleFields = {
  totalAmount: scalar(nonNegative),
  start: scalar(finite, { optional: true }),
  cliff: scalar(nonNegative),
  duration: scalar(positive),
  interval: scalar(positive, { optional: true }),
};

export const cases = {
  vestedAmount: {
    input: object(
      { ...scheduleFields, time: scalar(finite) },
      { valid: schedule({ time: fc.oneof(fc.double({ min: -10, max: 200, noNaN: true }), finite) }) },
    ),
  },
  unlockDilution: {
    input: object(
      { circulatingSupply: scalar(positive), unlockAmount: scalar(nonNegative), maxSupply: scalar(positive) },
      {
        valid: fc
          .record({ circulatingSupply: positive, unlockAmount: nonNegative, room: fc.double({ min: 0, max: 10, noNaN: true }) })
          .map(({ circulatingSupply, unlockAmount, room }) => {
            const total = (circulatingSupply as number) + (unlockAmount as number);
            return { circulatingSupply, unlockAmount, maxSupply: Number.isFinite(total * (1 + room)) ? total * (1 + room) : Number.MAX_VALUE };
          }),
      },
    ),
  },
  unlockSchedule: {
    input: object(
      { ...scheduleFields, period: scalar(positive, { optional: true }), circulatingSupply: scalar(positive), maxSupply: scalar(positive) },
      {
        valid: schedule({
          period: fc.oneof(fc.integer({ min: 1, max: 12 }), positive),
          circulatingSupply: fc.oneof(fc.double({ min: 1, max: 1e10, noNaN: true }), positive),
          room: fc.double({ min: 1, max: 10, noNaN: true }),
        }).map((input) => {
          const { room, ...rest } = input as Record<string, number>;
          const total = rest['circulatingSupply']! + rest['totalAmount']!;
          return { ...rest, maxSupply: Number.isFinite(total * room!) ? total * room! : Number.MAX_VALUE };
        }),
      },
    ),
  },
} as const satisfies Readonly<Record<string, Case>>;
