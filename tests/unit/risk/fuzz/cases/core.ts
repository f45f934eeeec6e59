/** Fuzz schemas of the library's first modules (normal, options, strategy, margin, execution, credit, market, lending, settlement, balance sheet, sizing). */
import fc from 'fast-check';
import { ABSENT, enumeration, finite, fraction, integerFrom, isNull, isPositiveInfinity, isString, list, nonNegative, object, positive, scalar, side, withoutAbsent, type Arbitrary, type Case } from '../spec.ts';


const mmr = scalar(fraction({ maxExcluded: true }));

/** A valid bracket table: first floor 0, floors strictly increasing, mmr non-decreasing in [0, 1). */
function bracketTable(length: { minLength: number; maxLength: number }, gap: Arbitrary): Arbitrary {
  return fc
    .array(fc.record({ gap, rate: fraction({ maxExcluded: true }) }), length)
    .map((rows) => {
      const rates = rows.map((row) => row.rate as number).sort((x, y) => x - y);
      let floor = 0;
      return rows.map((row, i) => {
        if (i > 0) floor += row.gap as number;
        return { floor, mmr: rates[i]! };
      });
    });
}
const everydayGap = fc.double({ min: 1, max: 1e6, noNaN: true });
const validBrackets = bracketTable({ minLength: 1, maxLength: 6 }, fc.oneof(everydayGap, positive));
const brackets = list(object({ floor: scalar(nonNegative), mmr }), {
  valid: validBrackets,
  long: bracketTable({ minLength: 1000, maxLength: 3000 }, everydayGap),
});

/** Strikes on a small grid so that legs share strikes and breakevens fall on kinks. */
const everydayStrike = fc.integer({ min: 1, max: 200 });
const everydayPremium = fc.integer({ min: 0, max: 40 }).map((quarters) => quarters / 4);
const everydayQuantity = fc.integer({ min: 1, max: 5 });
/** A consistent leg: options carry a strike, the underlying must not. */
function strategyLeg(values: { strike: Arbitrary; premium: Arbitrary; quantity: Arbitrary }): Arbitrary {
  return fc
    .record({
      kind: fc.constantFrom('call', 'put', 'underlying'),
      side: fc.constantFrom('long', 'short'),
      quantity: values.quantity,
      strike: values.strike,
      premium: fc.oneof(values.premium, fc.constant(ABSENT)),
    })
    .map((leg) => withoutAbsent(leg.kind === 'underlying' ? { ...leg, strike: ABSENT } : leg));
}
const everydayLeg = strategyLeg({ strike: everydayStrike, premium: everydayPremium, quantity: everydayQuantity });
const legSpec = object(
  {
    kind: enumeration('call', 'put', 'underlying'),
    side,
    quantity: scalar(fc.oneof(everydayQuantity, positive)),
    strike: scalar(fc.oneof(everydayStrike, positive), { optional: true }),
    premium: scalar(fc.oneof(everydayPremium, nonNegative), { optional: true }),
  },
  {
    valid: fc.oneof(
      { weight: 3, arbitrary: everydayLeg },
      { weight: 1, arbitrary: strategyLeg({ strike: positive, premium: nonNegative, quantity: positive }) },
    ),
  },
);
const legs = list(legSpec, { long: fc.array(everydayLeg, { minLength: 1000, maxLength: 1500 }) });

/** Valid perpetual inputs: exactly one of leverage/margin, a stop on the losing side of entry. */
const validPerpetual: Arbitrary = fc
  .record({
    side: fc.constantFrom('long', 'short'),
    size: positive,
    entry: positive,
    sizing: fc.oneof(
      fc.record({ leverage: fc.oneof(fc.double({ min: 1, max: 125, noNaN: true }), positive) }),
      fc.record({ margin: positive }),
    ),
    // Fraction of entry between entry and stop (tiny ones round the stop onto entry: a RiskInputError).
    stopDistance: fc.oneof(
      fc.double({ min: 0.001, max: 0.5, noNaN: true }),
      fc.double({ min: 0, max: 1, minExcluded: true, maxExcluded: true, noNaN: true }),
      fc.constant(ABSENT),
    ),
    mmr: fraction({ maxExcluded: true }),
    maintenanceAmount: fc.oneof(nonNegative, fc.constant(ABSENT)),
    takerFee: fc.oneof(fraction({ maxExcluded: true }), fc.constant(ABSENT)),
  })
  .map(({ sizing, stopDistance, ...rest }) => {
    const entry = rest.entry as number;
    const stopPrice = stopDistance === ABSENT
      ? ABSENT
      : entry * (rest.side === 'long' ? 1 - (stopDistance as number) : 1 + (stopDistance as number));
    return withoutAbsent({ ...rest, ...sizing, stopPrice });
  });

/** A consistent curve request: toNotional above fromNotional, everyday sizes or the whole double range. */
const validDistanceCurve: Arbitrary = fc
  .record({
    side: fc.constantFrom('long', 'short'),
    marginPerNotional: fc.oneof(fc.double({ min: 0, max: 2, noNaN: true }), nonNegative),
    brackets: validBrackets,
    fromNotional: fc.oneof(fc.double({ min: 1, max: 1e6, noNaN: true }), positive),
    ratio: fc.oneof(fc.double({ min: 1.5, max: 1e4, noNaN: true }), fc.constantFrom(1 + 2 ** -52, 1e300)),
    points: fc.oneof(fc.integer({ min: 2, max: 50 }), fc.constant(ABSENT)),
  })
  .map(({ fromNotional, ratio, ...rest }) =>
    withoutAbsent({ ...rest, fromNotional, toNotional: Math.min((fromNotional as number) * (ratio as number), Number.MAX_VALUE) }),
  );

/** Valid liquidation inputs: either mmr (with an optional maintenance amount) or a bracket table. */
const validLiquidation: Arbitrary = fc
  .record({
    side: fc.constantFrom('long', 'short'),
    size: positive,
    entry: positive,
    walletBalance: nonNegative,
    margin: fc.oneof(
      fc.record({ mmr: fraction({ maxExcluded: true }), maintenanceAmount: fc.oneof(nonNegative, fc.constant(ABSENT)) }),
      fc.record({ brackets: validBrackets }),
    ),
  })
  .map(({ margin, ...rest }) => withoutAbsent({ ...rest, ...margin }));

const everydayAmount = fc.double({ min: 0, max: 1e6, noNaN: true });
const claimName = fc.string({ maxLength: 6 });
const everydayClass = fc.record({
  name: claimName,
  claims: fc.array(fc.record({ name: claimName, amount: everydayAmount }), { maxLength: 3 }),
});
const claimSpec = object({ name: scalar(claimName), amount: scalar(fc.oneof(everydayAmount, nonNegative)) });
const classSpec = object({
  name: scalar(claimName),
  claims: list(claimSpec, { allowEmpty: true, long: fc.array(claimSpec.valid, { minLength: 1000, maxLength: 2000 }) }),
});
const everydayReturn = fc.double({ min: -0.2, max: 0.2, noNaN: true });
const everydayCollateral = fc.record({
  value: fc.double({ min: 1, max: 1e6, noNaN: true }),
  liquidationThreshold: fraction({ minExcluded: true }),
});


export const cases = {
  normalCdf: { input: object({ x: scalar(finite) }) },
  normalPdf: { input: object({ x: scalar(finite) }) },
  normalQuantile: { input: object({ p: scalar(fraction({ minExcluded: true, maxExcluded: true })) }) },
  blackScholes: {
    input: object({
      spot: scalar(positive),
      strike: scalar(positive),
      years: scalar(fc.oneof(nonNegative, fc.double({ min: 0, max: 5, noNaN: true }))),
      vol: scalar(fc.oneof(positive, fc.double({ min: 0.01, max: 3, noNaN: true }))),
      rate: scalar(finite, { optional: true }),
      dividendYield: scalar(finite, { optional: true }),
      type: enumeration('call', 'put'),
    }),
    // d1 = d2 = ±Infinity is the documented limit at expiry, and only there.
    allow: {
      d1: (_value, input) => input['years'] === 0,
      d2: (_value, input) => input['years'] === 0,
    },
  },
  optionStrategy: {
    input: object({ legs }),
    allow: { maxLoss: isPositiveInfinity, maxProfit: isPositiveInfinity },
  },
  strategyProfitAt: {
    input: object({ legs, price: scalar(fc.oneof(nonNegative, fc.integer({ min: 0, max: 250 }))) }),
  },
  maintenanceBracket: { input: object({ notional: scalar(positive), brackets }) },
  liquidationDistanceCurve: {
    input: object(
      {
        side,
        marginPerNotional: scalar(nonNegative),
        brackets,
        fromNotional: scalar(positive),
        toNotional: scalar(positive),
        points: scalar(integerFrom(2, 1000), { optional: true }),
      },
      { valid: validDistanceCurve },
    ),
    allow: { '[].distance': isNull, '[].flatDistance': isNull },
  },
  liquidationPrice: {
    input: object(
      {
        side,
        size: scalar(positive),
        entry: scalar(positive),
        walletBalance: scalar(nonNegative),
        mmr: { ...mmr, optional: true },
        maintenanceAmount: scalar(nonNegative, { optional: true }),
        brackets: { ...brackets, optional: true },
      },
      { valid: validLiquidation },
    ),
    allow: { '': isNull },
  },
  perpetualPositionRisk: {
    input: object(
      {
        side,
        size: scalar(positive),
        entry: scalar(positive),
        leverage: scalar(positive, { optional: true }),
        margin: scalar(positive, { optional: true }),
        stopPrice: scalar(positive, { optional: true }),
        mmr,
        maintenanceAmount: scalar(nonNegative, { optional: true }),
        takerFee: scalar(fraction({ maxExcluded: true }), { optional: true }),
      },
      { valid: validPerpetual },
    ),
    allow: {
      liquidationPrice: isNull,
      bankruptcyPrice: isNull,
      lossAtStop: (value, input) => value === null && input['stopPrice'] === undefined,
      firstExit: (value) => value === 'stop' || value === 'liquidation' || value === 'none',
    },
  },
  bybitLinearLiquidationPrice: {
    input: object({
      side,
      size: scalar(positive),
      entry: scalar(positive),
      leverage: scalar(fc.oneof(fc.double({ min: 1, max: 125, noNaN: true }), positive)),
      mmr,
      extraMargin: scalar(nonNegative, { optional: true }),
    }),
    allow: { '': isNull },
  },
  almgrenChriss: {
    input: object({
      shares: scalar(positive),
      periods: scalar(fc.integer({ min: 1, max: 200 })),
      horizon: scalar(positive),
      vol: scalar(nonNegative),
      eta: scalar(positive),
      gamma: scalar(fc.oneof(nonNegative, fc.double({ min: 0, max: 1e-6, noNaN: true }))),
      epsilon: scalar(nonNegative, { optional: true }),
      riskAversion: scalar(fc.oneof(nonNegative, fc.double({ min: 0, max: 1e-3, noNaN: true }))),
    }),
  },
  creditorWaterfall: {
    input: object({
      assets: scalar(nonNegative),
      classes: list(classSpec, { long: fc.array(everydayClass, { minLength: 1000, maxLength: 2000 }) }),
    }),
    allow: { 'classes[].name': isString, 'classes[].claims[].name': isString },
  },
  cdsParSpread: {
    input: object({
      hazardRate: scalar(fc.oneof(nonNegative, fc.double({ min: 0, max: 0.5, noNaN: true }))),
      recovery: scalar(fraction({ maxExcluded: true })),
      rate: scalar(finite),
      years: scalar(fc.oneof(nonNegative, fc.double({ min: 0, max: 30, noNaN: true }))),
      paymentsPerYear: scalar(integerFrom(1, 365), { optional: true }),
    }),
  },
  hazardFromSpread: {
    input: object({ spread: scalar(nonNegative), recovery: scalar(fraction({ maxExcluded: true })) }),
  },
  parametricVar: {
    input: object({
      value: scalar(positive),
      dailyVol: scalar(positive),
      days: scalar(positive, { optional: true }),
      confidence: scalar(fraction({ minExcluded: true, maxExcluded: true }), { optional: true }),
      z: scalar(finite, { optional: true }),
    }),
  },
  ewmaVolatility: {
    input: object({
      lambda: scalar(fraction({ minExcluded: true, maxExcluded: true })),
      initialVariance: scalar(nonNegative),
      returns: list(scalar(fc.oneof(everydayReturn, finite)), {
        long: fc.array(everydayReturn, { minLength: 1000, maxLength: 20_000 }),
      }),
    }),
  },
  healthFactor: {
    input: object({
      collateral: list(object({ value: scalar(positive), liquidationThreshold: scalar(fraction({ minExcluded: true })) }), {
        long: fc.array(everydayCollateral, { minLength: 1000, maxLength: 4000 }),
      }),
      debt: scalar(nonNegative),
    }),
    // Documented: Infinity when the debt is 0 (and only then).
    allow: { '': (value, input) => value === Infinity && input['debt'] === 0 },
  },
  loopLeverage: {
    input: object({ ltv: scalar(fraction({ maxExcluded: true })), loops: scalar(integerFrom(0, 1000)) }),
  },
  attackerSuccessProbability: {
    input: object({ attackerShare: scalar(fraction()), confirmations: scalar(integerFrom(0, 10_000)) }),
  },
  durationGap: {
    input: object({
      assets: scalar(positive),
      assetDuration: scalar(nonNegative),
      liabilities: scalar(nonNegative),
      liabilityDuration: scalar(nonNegative),
      yieldLevel: scalar(fc.oneof(fc.double({ min: -1, minExcluded: true, noNaN: true, noDefaultInfinity: true }), fc.constantFrom(-1 + 2 ** -53, 0))),
      yieldChange: scalar(finite),
    }),
  },
  kellyFraction: {
    input: object({ winProbability: scalar(fraction()), winLossRatio: scalar(positive) }),
  },
} as const satisfies Readonly<Record<string, Case>>;
