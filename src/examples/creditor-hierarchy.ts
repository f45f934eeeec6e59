import { creditorWaterfall } from '../risk/index.ts';
import { defineExample } from './define.ts';

export type WaterfallInput = Parameters<typeof creditorWaterfall>[0];
export type WaterfallResult = ReturnType<typeof creditorWaterfall>;

/** Money on this page is in millions of US dollars; any one currency works the same way. */
export const MONEY_UNIT = 'USD\u00a0m';
const MONEY = { digits: 2, unit: MONEY_UNIT } as const;
const RATE = { percent: true, digits: 3 } as const;

/** The secured lender's claim and the value of its collateral (11 U.S.C. § 506(a) splits the claim at that value). */
export const SECURED_CLAIM = 40;
export const COLLATERAL_VALUE = 30;
export const DEFICIENCY = SECURED_CLAIM - COLLATERAL_VALUE;

/**
 * Reference vector 11.2: a debtor with four classes, most senior first. The secured lender's claim of 40
 * is split at the collateral value: 30 is secured, the deficiency of 10 joins the general unsecured class.
 */
const classes: WaterfallInput['classes'] = [
  { name: 'Secured', claims: [{ name: 'Secured lender (collateral value)', amount: COLLATERAL_VALUE }] },
  { name: 'Admin and priority', claims: [{ name: 'Administrative and priority claims', amount: 5 }] },
  {
    name: 'General unsecured',
    claims: [
      { name: 'Senior notes', amount: 50 },
      { name: 'Trade creditors', amount: 10 },
      { name: 'Secured lender deficiency', amount: DEFICIENCY },
    ],
  },
  { name: 'Subordinated notes', claims: [{ name: 'Subordinated notes', amount: 30 }] },
];

const claimAmount = (input: WaterfallInput, c: number, k: number) => input.classes[c]?.claims[k]?.amount ?? null;
const classPaid = (result: WaterfallResult, c: number) => result.classes[c]?.paid ?? null;
const classRate = (result: WaterfallResult, c: number) => result.classes[c]?.recoveryRate ?? null;
const claimPaid = (result: WaterfallResult, c: number, k: number) => result.classes[c]?.claims[k]?.paid ?? null;

const inputRows = {
  assets: ['Value available for distribution V', (i: WaterfallInput) => i.assets, MONEY],
  secured: ['1. Secured lender, up to the collateral value', (i: WaterfallInput) => claimAmount(i, 0, 0), MONEY],
  admin: ['2. Administrative and priority claims', (i: WaterfallInput) => claimAmount(i, 1, 0), MONEY],
  seniorNotes: ['3. Senior notes (unsecured)', (i: WaterfallInput) => claimAmount(i, 2, 0), MONEY],
  trade: ['3. Trade creditors (unsecured)', (i: WaterfallInput) => claimAmount(i, 2, 1), MONEY],
  deficiency: ['3. Secured lender’s deficiency (unsecured)', (i: WaterfallInput) => claimAmount(i, 2, 2), MONEY],
  sub: ['4. Subordinated notes', (i: WaterfallInput) => claimAmount(i, 3, 0), MONEY],
} as const;

const outputRows = {
  securedPaid: ['Paid to the secured class', (r: WaterfallResult) => classPaid(r, 0), MONEY],
  adminPaid: ['Paid to administrative and priority claims', (r: WaterfallResult) => classPaid(r, 1), MONEY],
  guPaid: ['Paid to the general unsecured class', (r: WaterfallResult) => classPaid(r, 2), MONEY],
  guRecovery: ['General unsecured recovery rate', (r: WaterfallResult) => classRate(r, 2), RATE],
  seniorNotesPaid: ['of which senior notes', (r: WaterfallResult) => claimPaid(r, 2, 0), MONEY],
  tradePaid: ['of which trade creditors', (r: WaterfallResult) => claimPaid(r, 2, 1), MONEY],
  deficiencyPaid: ['of which the secured lender’s deficiency', (r: WaterfallResult) => claimPaid(r, 2, 2), MONEY],
  subPaid: ['Paid to subordinated notes', (r: WaterfallResult) => classPaid(r, 3), MONEY],
  subRecovery: ['Subordinated notes recovery rate', (r: WaterfallResult) => classRate(r, 3), RATE],
  residual: ['Residual to equity', (r: WaterfallResult) => r.residual, MONEY],
} as const;

/** A 100 USD m estate for the claims above (the calculator's defaults). */
export const WATERFALL_100_INPUT = { assets: 100, classes } satisfies WaterfallInput;

/** Reference vector 11.2: V = 100. Expected: general unsecured recovery 92.857143 %, subordinated notes 0, equity 0. */
export const waterfall100 = defineExample({
  id: 'waterfall-100',
  title: 'A 100 USD m estate with an undersecured lender',
  fn: 'creditorWaterfall',
  input: WATERFALL_100_INPUT,
  compute: creditorWaterfall,
  inputs: inputRows,
  outputs: outputRows,
});

/** Reference vector 11.3: the same claims with V = 120. Expected: general unsecured 100 %, subordinated notes 50 %, equity 0. */
export const waterfall120 = defineExample({
  id: 'waterfall-120',
  title: 'The same claims with 120 USD m to distribute',
  fn: 'creditorWaterfall',
  input: { assets: 120, classes } satisfies WaterfallInput,
  compute: creditorWaterfall,
  inputs: { assets: inputRows.assets },
  outputs: {
    guRecovery: outputRows.guRecovery,
    deficiencyPaid: outputRows.deficiencyPaid,
    subPaid: outputRows.subPaid,
    subRecovery: outputRows.subRecovery,
    residual: outputRows.residual,
  },
});
