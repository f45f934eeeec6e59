import { cdsImpliedHazard, cdsMarkToMarket, hazardFromSpread, type CdsImpliedHazardInput, type CdsMarkToMarketInput } from '../risk/index.ts';
import { defineExample } from './define.ts';

/** Spreads are quoted in basis points on this page; the library takes decimals. */
export const BP_PER_UNIT = 10_000;

const BP = { digits: 1, unit: 'bp' } as const;
const PERCENT = { percent: true, digits: 2 } as const;
const USD = { digits: 0, unit: 'USD' } as const;

/** Inputs of the first worked example; the calculator imports them for its defaults. */
export const CDS_EXAMPLE_INPUT = {
  contractSpread: 0.015,
  hazardRate: 0.02,
  recovery: 0.4,
  rate: 0.05,
  years: 5,
  paymentsPerYear: 1,
  notional: 10_000_000,
} satisfies CdsMarkToMarketInput;

// The examples are marked pure: a calculator that imports only the inputs leaves them (and their labels)
// out of the browser bundle; the page, which uses them, still computes them at build time.

/**
 * Hull's CDS valuation example in its 9th-edition form (hazard rate 2 % a year, R = 40 %, r = 5 %, 5 years,
 * annual premiums; reference vector 23.2), applied to 10 million USD of protection bought at 150 bp.
 * Expected (SELF): par spread 123.0 bp, RPV01 4.114988, protection leg 0.050615, value to the buyer −111,094 USD.
 */
export const cdsExample = /* @__PURE__ */ defineExample({
  id: 'cds-150bp-mark',
  title: 'Protection bought at 150 bp, marked when the hazard rate is 2 %',
  fn: 'cdsMarkToMarket',
  input: CDS_EXAMPLE_INPUT,
  compute: cdsMarkToMarket,
  inputs: {
    notional: ['Notional protected N', (i) => i.notional ?? 1, USD],
    contractSpread: ['Contract spread s_c', (i) => i.contractSpread * BP_PER_UNIT, BP],
    hazardRate: ['Hazard rate λ', (i) => i.hazardRate, PERCENT],
    recovery: ['Recovery rate R', (i) => i.recovery, { percent: true, digits: 0 }],
    rate: ['Risk-free rate r (continuous)', (i) => i.rate, { percent: true, digits: 0 }],
    years: ['Remaining maturity T', (i) => i.years, { digits: 0, unit: 'years' }],
    paymentsPerYear: ['Premium payments per year', (i) => i.paymentsPerYear ?? 1, { digits: 0 }],
  },
  outputs: {
    marketSpread: ['Par spread today s_m', (r) => r.marketSpread * BP_PER_UNIT, BP],
    premiumLegPv01: ['Risky annuity RPV01 (per 1 of spread and notional)', (r) => r.premiumLegPv01, { digits: 4 }],
    protectionLegPv: ['Protection leg value (share of notional)', (r) => r.protectionLegPv, { percent: true, digits: 3 }],
    survivalProbability: ['Probability of no default in 5 years', (r) => r.survivalProbability, PERCENT],
    buyerValue: ['Value to the protection buyer', (r) => r.buyerValue, USD],
  },
});

type TriangleInput = CdsImpliedHazardInput;
/** Both readings of one spread: the credit triangle and the exact inversion of Hull's method. */
function hazardReadings(input: TriangleInput) {
  return { triangle: hazardFromSpread(input), exact: cdsImpliedHazard(input) };
}

/**
 * The PRMIA credit-triangle question (s = 200 bp, R = 40 % → λ = 3.33 %; reference 23.4) set beside the exact
 * hazard rate for a 5-year CDS with annual premiums and r = 5 % (SELF 3.2527 %).
 */
export const triangleExample = /* @__PURE__ */ defineExample({
  id: 'cds-200bp-triangle',
  title: 'Reading a 200 bp spread as a hazard rate',
  fn: 'hazardFromSpread',
  input: { spread: 0.02, recovery: 0.4, rate: 0.05, years: 5, paymentsPerYear: 1 } satisfies TriangleInput,
  compute: hazardReadings,
  inputs: {
    spread: ['Market spread s', (i) => i.spread * BP_PER_UNIT, BP],
    recovery: ['Recovery rate R', (i) => i.recovery, { percent: true, digits: 0 }],
    rate: ['Risk-free rate r (continuous)', (i) => i.rate, { percent: true, digits: 0 }],
    years: ['Maturity T, annual premiums', (i) => i.years, { digits: 0, unit: 'years' }],
  },
  outputs: {
    triangle: ['Credit triangle s / (1 − R)', (r) => r.triangle, { percent: true, digits: 3 }],
    exact: ['Exact hazard rate (Hull’s method inverted)', (r) => r.exact, { percent: true, digits: 3 }],
  },
});
