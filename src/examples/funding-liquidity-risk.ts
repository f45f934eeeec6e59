import {
  liquidityCoverageRatio,
  perpetualFunding,
  survivalHorizon,
  type LiquidityCoverageRatioInput,
  type PerpetualFundingInput,
  type SurvivalHorizonInput,
} from '../risk/index.ts';
import { formatNumber } from '../lib/format.ts';
import { defineExample } from './define.ts';

/** Money on this page's stress examples is in millions of US dollars. */
export const MONEY_UNIT = 'USD\u00a0m';
const MONEY = { digits: 1, unit: MONEY_UNIT } as const;
const USDT = { digits: 2, unit: 'USDT' } as const;

/** Funding every 8 hours: three funding times a day (Binance, Bybit and OKX BTC perpetuals by default). */
export const FUNDING_TIMES_PER_DAY = 3;

/** Inputs of the three worked examples; the calculators import these for their defaults. */
export const LCR_EXAMPLE_INPUT = { liquidAssets: 120, outflows: 150, inflows: 130 } satisfies LiquidityCoverageRatioInput;
export const SURVIVAL_EXAMPLE_INPUT = {
  liquidAssets: 100,
  flows: [
    { days: 1, netFlowPerDay: -20 },
    { days: 1, netFlowPerDay: -15 },
    { days: 1, netFlowPerDay: -12 },
    { days: 6, netFlowPerDay: -10 },
  ],
} satisfies SurvivalHorizonInput;
export const FUNDING_EXAMPLE_INPUT = {
  contract: 'linear',
  side: 'long',
  size: 2,
  markPrice: 60_000,
  fundingRate: 0.0001,
  intervals: 30 * FUNDING_TIMES_PER_DAY,
} satisfies PerpetualFundingInput;

// The examples are marked pure: a calculator that imports only the inputs above leaves them (and their
// labels) out of the browser bundle; the page, which uses them, still computes them at build time.

/**
 * Reference vector 17.3 (SELF): HQLA 120, stressed 30-day outflows 150, inflows 130. The 75 % cap binds:
 * inflows counted 112.5, net outflows 37.5, LCR 320 %.
 */
export const lcrExample = /* @__PURE__ */ defineExample({
  id: 'lcr-inflow-cap',
  title: 'A 30-day stress where the inflow cap binds',
  fn: 'liquidityCoverageRatio',
  input: LCR_EXAMPLE_INPUT,
  compute: liquidityCoverageRatio,
  inputs: {
    liquidAssets: ['High-quality liquid assets (after haircuts)', (i) => i.liquidAssets, MONEY],
    outflows: ['Stressed outflows over 30 days', (i) => i.outflows, MONEY],
    inflows: ['Inflows over 30 days', (i) => i.inflows, MONEY],
  },
  outputs: {
    inflowCap: ['Inflow cap (75 % of outflows)', (r) => r.inflowCap, MONEY],
    inflowsCounted: ['Inflows counted', (r) => r.inflowsCounted, MONEY],
    netCashOutflows: ['Net cash outflows', (r) => r.netCashOutflows, MONEY],
    ratio: ['Liquidity coverage ratio', (r) => r.ratio, { percent: true, digits: 0 }],
    shortfall: ['HQLA missing to reach 100 %', (r) => r.shortfall, MONEY],
  },
});

/** Reference vector 17.5 (SELF): 100 of liquid assets, net outflows 20, 15, 12, then 10 a day; survives 8 days. */
export const survivalExample = /* @__PURE__ */ defineExample({
  id: 'survival-withdrawal-run',
  title: 'A lender’s cash buffer during a run on withdrawals',
  fn: 'survivalHorizon',
  input: SURVIVAL_EXAMPLE_INPUT,
  compute: survivalHorizon,
  inputs: {
    liquidAssets: ['Liquid assets at the start LA₀', (i) => i.liquidAssets, MONEY],
    flows: ['Net flow per day', (i) => i.flows.map(({ days, netFlowPerDay }) => `${formatNumber(netFlowPerDay, MONEY)} × ${String(days)} ${days === 1 ? 'day' : 'days'}`).join(', ')],
  },
  outputs: {
    days: ['Survival horizon', (r) => r.days, { digits: 0, unit: 'days' }],
    shortfallDay: ['First day that ends short', (r) => r.shortfallDay, { digits: 0, nullText: 'None' }],
    lastBalance: ['Balance at the end of the last day it survives', (r) => r.balances[r.days - 1] ?? null, MONEY],
    minimumBalance: ['Lowest balance', (r) => r.minimumBalance, MONEY],
  },
});

/** Reference vector 17.6 (SELF): long 2 BTC, mark 60,000 USDT, +0.01 % every 8 hours for 30 days: 12 USDT each time, 1,080 USDT. */
export const fundingExample = /* @__PURE__ */ defineExample({
  id: 'perp-funding-30-days',
  title: 'A month of funding on a 2 BTC long perpetual',
  fn: 'perpetualFunding',
  input: FUNDING_EXAMPLE_INPUT,
  compute: perpetualFunding,
  inputs: {
    position: ['Position', (i) => `${i.side === 'long' ? 'Long' : 'Short'} ${String(i.size)} BTC, USDT-margined`],
    markPrice: ['Mark price P', (i) => i.markPrice, { digits: 0, unit: 'USDT' }],
    fundingRate: ['Funding rate f per 8 hours', (i) => i.fundingRate, { percent: true, digits: 3 }],
    intervals: ['Funding times (30 days × 3)', (i) => i.intervals ?? 1, { digits: 0 }],
  },
  outputs: {
    positionValue: ['Position value at the mark', (r) => r.positionValue, { digits: 0, unit: 'USDT' }],
    costPerInterval: ['Funding paid each time', (r) => r.costPerInterval, USDT],
    totalCost: ['Funding paid over 30 days', (r) => r.totalCost, USDT],
  },
});
