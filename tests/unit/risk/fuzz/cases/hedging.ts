/** Fuzz schemas of src/risk/hedging.ts (discrete hedging error, Leland, Whalley–Wilmott, rebalancing bands). */
import fc from 'fast-check';
import { enumeration, finite, fraction, isNull, isPositiveInfinity, nonNegative, object, positive, scalar, side, type Arbitrary, type Case } from '../spec.ts';

const optionType = enumeration('call', 'put');
const everydayYears = fc.double({ min: 1 / 8760, max: 5, noNaN: true });
const years = scalar(fc.oneof(everydayYears, positive));
/** The fraction of the time to expiry between rebalances. */
const share = fc.oneof(fc.double({ min: 1e-6, max: 1, noNaN: true }), fc.constantFrom(1, 5e-324, 0.5));
const roundTripCost = scalar(fraction({ maxExcluded: true }));
const correlation = scalar(fc.oneof(fc.double({ min: -1, max: 1, noNaN: true }), fc.constantFrom(-1, 1, 0)));
const weight = scalar(fraction({ minExcluded: true, maxExcluded: true }));

/** Option fields with an interval that is a share of the time to expiry (so that most inputs are valid). */
function withInterval(fields: Readonly<Record<string, Arbitrary>>): Arbitrary {
  return fc
    .record({ ...fields, years: fc.oneof(everydayYears, positive), share })
    .map(({ share: part, ...rest }) => ({ ...rest, intervalYears: (rest['years'] as number) * (part as number) }));
}
const optionFields = {
  spot: fc.oneof(fc.double({ min: 1, max: 1e5, noNaN: true }), positive),
  strike: fc.oneof(fc.double({ min: 1, max: 1e5, noNaN: true }), positive),
  vol: fc.oneof(fc.double({ min: 0.01, max: 3, noNaN: true }), positive),
  rate: fc.oneof(fc.double({ min: -0.1, max: 0.3, noNaN: true }), finite),
  type: fc.constantFrom('call', 'put'),
};

/** Band edges inside (0, w) and (w, 1). */
const validBand = fc
  .record({
    weight: fc.double({ min: 0, max: 1, minExcluded: true, maxExcluded: true, noNaN: true }),
    down: fc.double({ min: 0, max: 1, minExcluded: true, maxExcluded: true, noNaN: true }),
    up: fc.double({ min: 0, max: 1, minExcluded: true, maxExcluded: true, noNaN: true }),
    vol1: fc.oneof(fc.double({ min: 0, max: 2, noNaN: true }), nonNegative),
    vol2: fc.oneof(fc.double({ min: 0, max: 2, noNaN: true }), nonNegative),
    correlation: fc.double({ min: -1, max: 1, noNaN: true }),
    drift1: fc.oneof(fc.double({ min: -1, max: 1, noNaN: true }), finite),
    drift2: fc.oneof(fc.double({ min: -1, max: 1, noNaN: true }), finite),
  })
  .map(({ weight: w, down, up, ...rest }) => ({ ...rest, weight: w, lowerWeight: w * down, upperWeight: w + (1 - w) * up }));

export const cases = {
  discreteHedgingError: {
    input: object(
      {
        spot: scalar(positive),
        strike: scalar(positive),
        years,
        vol: scalar(positive),
        rate: scalar(finite, { optional: true }),
        type: optionType,
        intervalYears: scalar(positive),
      },
      { valid: withInterval(optionFields) },
    ),
    allow: { relativeStdDev: isNull },
  },
  lelandVolatility: {
    input: object({ vol: scalar(positive), roundTripCost, intervalYears: scalar(positive), side }),
  },
  lelandOptionPrice: {
    input: object(
      {
        spot: scalar(positive),
        strike: scalar(positive),
        years,
        vol: scalar(positive),
        rate: scalar(finite, { optional: true }),
        type: optionType,
        side,
        roundTripCost,
        intervalYears: scalar(positive),
      },
      {
        valid: withInterval({
          ...optionFields,
          side: fc.constantFrom('long', 'short'),
          roundTripCost: fc.oneof(fc.double({ min: 0, max: 0.01, noNaN: true }), fraction({ maxExcluded: true })),
        }),
      },
    ),
  },
  whalleyWilmottBand: {
    input: object({
      spot: scalar(positive),
      optionGamma: scalar(nonNegative),
      costRate: roundTripCost,
      riskAversion: scalar(positive),
      rate: scalar(finite, { optional: true }),
      years: scalar(nonNegative, { optional: true }),
    }),
  },
  rebalancingBandExitTime: {
    input: object(
      {
        weight,
        lowerWeight: weight,
        upperWeight: weight,
        vol1: scalar(nonNegative),
        vol2: scalar(nonNegative),
        correlation,
        drift1: scalar(finite, { optional: true }),
        drift2: scalar(finite, { optional: true }),
      },
      { valid: validBand },
    ),
    allow: { expectedYears: isPositiveInfinity, probabilityUpperFirst: isNull },
  },
  calendarWeightDrift: {
    input: object({ weight, vol1: scalar(nonNegative), vol2: scalar(nonNegative), correlation, intervalYears: scalar(positive) }),
  },
} as const satisfies Readonly<Record<string, Case>>;
