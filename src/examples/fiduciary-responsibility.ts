import { feeDrag, type FeeDragInput } from '../risk/index.ts';
import { defineExample } from './define.ts';

const USD = { digits: 2, unit: 'USD' } as const;

const inputRows = {
  principal: ['Amount invested P', (i: FeeDragInput) => i.principal, { digits: 0, unit: 'USD' }],
  grossReturn: ['Return before fees r', (i: FeeDragInput) => i.grossReturn, { percent: true, digits: 2 }],
  feeRate: ['Annual fee f (of assets)', (i: FeeDragInput) => i.feeRate, { percent: true, digits: 2 }],
  holdingYears: ['Years held n', (i: FeeDragInput) => i.holdingYears, { digits: 0, unit: 'years' }],
} as const;

type Drag = ReturnType<typeof feeDrag>;
const outputRows = {
  valueWithoutFee: ['Value without the fee', (r: Drag) => r.valueWithoutFee, USD],
  valueWithFee: ['Value after fees', (r: Drag) => r.valueWithFee, USD],
  drag: ['Total cost of the fee', (r: Drag) => r.drag, USD],
  directFees: ['of which fees charged', (r: Drag) => r.directFees, USD],
  lostGrowth: ['of which growth lost on the fees', (r: Drag) => r.lostGrowth, USD],
  dragFraction: ['Share of the fee-free value lost', (r: Drag) => r.dragFraction, { percent: true, digits: 1 }],
} as const;

/** Inputs of the SEC example; the calculator imports them for its defaults. */
export const SEC_EXAMPLE_INPUT = { principal: 100_000, grossReturn: 0.04, feeRate: 0.01, holdingYears: 20 } satisfies FeeDragInput;

// The examples are marked pure: a calculator that imports only the inputs leaves them (and their labels)
// out of the browser bundle; the page, which uses them, still computes them at build time.

/**
 * The SEC investor bulletin's example (reference vector 7.1): 100,000 USD at 4 % a year for 20 years with a 1 % annual
 * fee. Published: fees 27,832, lost growth 12,067, about 40,000 in all. SELF: 219,112.31 without fees, 179,213.48 with.
 */
export const secExample = /* @__PURE__ */ defineExample({
  id: 'sec-fee-bulletin-1pct',
  title: 'The SEC bulletin’s 100,000 USD over 20 years with a 1 % fee',
  fn: 'feeDrag',
  input: SEC_EXAMPLE_INPUT,
  compute: feeDrag,
  inputs: inputRows,
  outputs: outputRows,
});

/** The bulletin's three fee levels (reference 7.1 and 7.2): 0.25 %, 0.50 % and 1 % a year, same 100,000 USD at 4 % for 20 years. */
export const feeLevelExamples = /* @__PURE__ */ [0.0025, 0.005, 0.01].map((feeRate) =>
  defineExample({
    id: `sec-fee-level-${String(feeRate * 10_000)}bp`,
    title: `Annual fee of ${String(feeRate * 100)} %`,
    fn: 'feeDrag',
    input: { ...SEC_EXAMPLE_INPUT, feeRate } satisfies FeeDragInput,
    compute: feeDrag,
    inputs: { feeRate: inputRows.feeRate },
    outputs: { valueWithFee: outputRows.valueWithFee, drag: outputRows.drag, dragFraction: outputRows.dragFraction },
  }),
);
