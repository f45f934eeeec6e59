import { realYield, treasuryRunway, type RealYieldResult, type TreasuryRunwayResult } from '../risk/index.ts';
import { defineExample } from './define.ts';

export const MONTHS_PER_YEAR = 12;

/** A protocol's year and its treasury, as the page and the calculator take them (money in USD). */
export interface SustainabilityInput {
  /** Fees users paid over the year. */
  fees: number;
  /** Part of the fees paid out to liquidity providers or lenders over the year. */
  supplySideFees: number;
  /** Tokens emitted as incentives over the year. */
  tokensEmitted: number;
  /** Token price, USD per token. */
  tokenPrice: number;
  /** Operating expenses over the year. */
  annualExpenses: number;
  /** Treasury in stablecoins and other assets that keep their value in a sell-off. */
  liquidTreasury: number;
  /** Treasury in the protocol's own token, at market value. */
  nativeTokenTreasury: number;
  /** Haircut on the own-token holding, decimal fraction. */
  nativeTokenHaircut: number;
}

export interface SustainabilityResult {
  year: RealYieldResult;
  runway: TreasuryRunwayResult;
  /** The same runway with the own token counted at market value (no haircut). */
  runwayAtMarket: TreasuryRunwayResult;
}

/**
 * The page's computation: Token Terminal's earnings for the year, then the runway with the year's expenses and
 * revenue spread evenly over its twelve months (the revenue is assumed to reach the treasury).
 */
export function sustainability(input: SustainabilityInput): SustainabilityResult {
  const year = realYield({ fees: input.fees, supplySideFees: input.supplySideFees, tokensEmitted: input.tokensEmitted, tokenPrice: input.tokenPrice });
  const treasury = {
    liquidTreasury: input.liquidTreasury,
    nativeTokenTreasury: input.nativeTokenTreasury,
    monthlyExpenses: input.annualExpenses / MONTHS_PER_YEAR,
    monthlyRevenue: year.revenue / MONTHS_PER_YEAR,
  };
  return {
    year,
    runway: treasuryRunway({ ...treasury, nativeTokenHaircut: input.nativeTokenHaircut }),
    runwayAtMarket: treasuryRunway(treasury),
  };
}

const USD = { digits: 0, unit: 'USD' } as const;
const MONTHS = { digits: 1, unit: 'months', unboundedText: 'No end (cash-flow positive)' } as const;

/** A DEX that keeps a sixth of its fees and pays liquidity providers in new tokens (the calculator's defaults). */
export const DEX_INPUT = {
  fees: 30_000_000,
  supplySideFees: 25_000_000,
  tokensEmitted: 40_000_000,
  tokenPrice: 0.5,
  annualExpenses: 12_000_000,
  liquidTreasury: 18_000_000,
  nativeTokenTreasury: 30_000_000,
  nativeTokenHaircut: 0.5,
} satisfies SustainabilityInput;

/**
 * A DEX that keeps a sixth of its trading fees and pays liquidity providers in new tokens. The year's figures follow
 * reference vector 30 (40m tokens at 0.50 USD = 20m of incentives); the treasury adds a 50 % haircut on its own token.
 */
export const dexExample = defineExample({
  id: 'dex-real-yield-runway',
  title: 'A DEX that pays for liquidity with new tokens',
  fn: 'realYield, treasuryRunway',
  input: DEX_INPUT,
  compute: sustainability,
  inputs: {
    fees: ['Fees paid by traders, per year', (i) => i.fees, USD],
    supplySideFees: ['Paid to liquidity providers (supply side), per year', (i) => i.supplySideFees, USD],
    tokensEmitted: ['Tokens emitted as incentives, per year', (i) => i.tokensEmitted, { digits: 0, unit: 'tokens' }],
    tokenPrice: ['Token price', (i) => i.tokenPrice, { digits: 2, unit: 'USD' }],
    annualExpenses: ['Operating expenses, per year', (i) => i.annualExpenses, USD],
    liquidTreasury: ['Treasury in stablecoins', (i) => i.liquidTreasury, USD],
    nativeTokenTreasury: ['Treasury in its own token, at market', (i) => i.nativeTokenTreasury, USD],
    nativeTokenHaircut: ['Haircut on its own token', (i) => i.nativeTokenHaircut, { percent: true, digits: 0 }],
  },
  outputs: {
    revenue: ['Revenue, per year', (r) => r.year.revenue, USD],
    tokenIncentives: ['Token incentives, per year', (r) => r.year.tokenIncentives, USD],
    earnings: ['Earnings (real yield), per year', (r) => r.year.earnings, USD],
    emissionsToRevenue: ['Emissions-to-revenue ratio', (r) => r.year.emissionsToRevenue, { digits: 2, unit: '×' }],
    countedTreasury: ['Treasury counted after the haircut', (r) => r.runway.countedTreasury, USD],
    netBurn: ['Net burn per month', (r) => r.runway.netBurnPerMonth, USD],
    runway: ['Runway', (r) => r.runway.runwayMonths, MONTHS],
    runwayAtMarket: ['Runway with the own token at market price', (r) => r.runwayAtMarket.runwayMonths, MONTHS],
  },
});
