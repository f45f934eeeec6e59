import { balanceSheetRateShock, type DurationGapInput } from '../risk/index.ts';
import { defineExample } from './define.ts';

/** Money on this page is in millions of US dollars. */
export const MONEY_UNIT = 'USD\u00a0m';
const MONEY = { digits: 2, unit: MONEY_UNIT, signed: true } as const;
const LEVEL = { digits: 0, unit: MONEY_UNIT } as const;
const YEARS = { digits: 2, unit: 'years' } as const;

const inputRows = {
  assets: ['Assets A (market value)', (i: DurationGapInput) => i.assets, LEVEL],
  liabilities: ['Liabilities L (market value)', (i: DurationGapInput) => i.liabilities, LEVEL],
  assetDuration: ['Duration of assets D_A', (i: DurationGapInput) => i.assetDuration, YEARS],
  liabilityDuration: ['Duration of liabilities D_L', (i: DurationGapInput) => i.liabilityDuration, YEARS],
  yieldLevel: ['Interest rate now y', (i: DurationGapInput) => i.yieldLevel, { percent: true, digits: 0 }],
  // A change in a rate is in percentage points, not a percentage of the rate.
  yieldChange: ['Rate change Δy', (i: DurationGapInput) => i.yieldChange * 100, { digits: 2, unit: 'percentage points', signed: true }],
} as const;

type Shock = ReturnType<typeof balanceSheetRateShock>;
const outputRows = {
  gap: ['Duration gap DGAP', (r: Shock) => r.gap, YEARS],
  assetChange: ['Change in assets ΔA', (r: Shock) => r.assetChange, MONEY],
  liabilityChange: ['Change in liabilities ΔL', (r: Shock) => r.liabilityChange, MONEY],
  equityChange: ['Change in equity ΔE', (r: Shock) => r.equityChange, MONEY],
  equityChangeOfAssets: ['ΔE as a share of assets', (r: Shock) => r.equityChangeOfAssets, { percent: true, digits: 2, signed: true }],
  equityChangeOfEquity: ['ΔE as a share of equity', (r: Shock) => r.equityChangeOfEquity, { percent: true, digits: 1, signed: true, nullText: 'No equity' }],
  equityDuration: ['Duration of equity D_E', (r: Shock) => r.equityDuration, { ...YEARS, nullText: 'No equity' }],
} as const;

/** Inputs of the first worked example; the calculator imports them for its defaults. */
export const MISHKIN_EXAMPLE_INPUT = {
  assets: 100,
  assetDuration: 1.16,
  liabilities: 90,
  liabilityDuration: 2.77,
  yieldLevel: 0.1,
  yieldChange: 0.05,
} satisfies DurationGapInput;

// The examples are marked pure: a calculator that imports only the inputs leaves them (and their labels)
// out of the browser bundle; the page, which uses them, still computes them at build time.

/**
 * Mishkin's finance company (reference vector 16.1): A = 100, L = 90, D_A = 1.16, D_L = 2.77 years,
 * rates from 10 % to 15 %. Published: DGAP −1.33, ΔNW/A = +6.1 %.
 */
export const mishkinExample = /* @__PURE__ */ defineExample({
  id: 'mishkin-finance-company',
  title: 'Mishkin’s finance company when rates rise from 10 % to 15 %',
  fn: 'balanceSheetRateShock',
  input: MISHKIN_EXAMPLE_INPUT,
  compute: balanceSheetRateShock,
  inputs: inputRows,
  outputs: outputRows,
});

/**
 * A crypto lender funded by deposits that can be withdrawn at any time (D_L ≈ 0.05 years) and lending for
 * fixed terms or into locked staking (D_A 1.5 years): a positive gap, hurt by rising rates.
 */
export const cryptoLenderExample = /* @__PURE__ */ defineExample({
  id: 'crypto-lender-demand-deposits',
  title: 'A crypto lender funded by demand deposits when rates rise 3 points',
  fn: 'balanceSheetRateShock',
  input: { assets: 500, assetDuration: 1.5, liabilities: 450, liabilityDuration: 0.05, yieldLevel: 0.08, yieldChange: 0.03 } satisfies DurationGapInput,
  compute: balanceSheetRateShock,
  inputs: inputRows,
  outputs: {
    gap: outputRows.gap,
    equityChange: outputRows.equityChange,
    equityChangeOfEquity: outputRows.equityChangeOfEquity,
    equityDuration: outputRows.equityDuration,
  },
});
