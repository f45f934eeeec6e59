/**
 * Whether a DeFi protocol pays its way: revenue against token emissions ("real yield") in Token
 * Terminal's accounting, and how long its treasury lasts at the current burn.
 */
import { RiskInputError } from './errors.ts';
import { optional, requireFiniteResult, requireFraction, requireNonNegative, requireObject, requirePositive } from './validate.ts';

/** Input of {@link realYield}. All flows over the same period (a year on this site), in one currency (USD). */
export interface RealYieldInput {
  /** Fees: everything users paid to use the protocol in the period, ≥ 0. */
  fees: number;
  /** Supply-side fees: the part of `fees` paid out to liquidity providers or lenders, in [0, fees]; default 0. */
  supplySideFees?: number;
  /** Tokens emitted as incentives in the period (token count), ≥ 0. */
  tokensEmitted: number;
  /** Token price at emission time, currency per token, > 0. */
  tokenPrice: number;
}

/** Result of {@link realYield}. Currency amounts over the period. */
export interface RealYieldResult {
  /** Revenue = fees − supply-side fees: what the protocol keeps, ≥ 0. */
  revenue: number;
  /** Token incentives = tokens emitted × price, ≥ 0. */
  tokenIncentives: number;
  /** Earnings ("real yield") = revenue − token incentives; negative when emissions cost more than the protocol earns. */
  earnings: number;
  /**
   * Emissions-to-revenue ratio = token incentives / revenue, ≥ 0; above 1 the protocol pays more in new tokens
   * than it earns. `Infinity` when there is no revenue but there are emissions; 0 when there are no emissions.
   */
  emissionsToRevenue: number;
}

/**
 * Real yield of a protocol in Token Terminal's accounting: revenue net of token incentives, and the
 * emissions-to-revenue ratio.
 *
 * Revenue = Fees − Supply-side fees;  Token incentives = tokens emitted × price;
 * Earnings = Revenue − Token incentives;  Emissions/Revenue = Token incentives / Revenue.
 *
 * @param input.fees - ≥ 0, currency per period.
 * @param input.supplySideFees - In [0, fees], default 0.
 * @param input.tokensEmitted - ≥ 0 tokens in the same period.
 * @param input.tokenPrice - > 0, currency per token, at emission time.
 * @returns `{ revenue, tokenIncentives, earnings, emissionsToRevenue }`; `emissionsToRevenue` is `Infinity`
 * only when revenue is 0 and emissions are not (an unbounded ratio).
 * @throws {RiskInputError} Negative or non-finite amounts; `supplySideFees` above `fees`; a price ≤ 0;
 * overflow of emissions × price or of the ratio.
 * @see Token Terminal, "Key metrics FAQ", https://tokenterminal.com/articles/token-terminal-key-metrics-faq
 * (fees, supply-side fees, revenue, token incentives, earnings).
 * @example
 * realYield({ fees: 12e6, tokensEmitted: 40e6, tokenPrice: 0.5 });
 * // { revenue: 12e6, tokenIncentives: 20e6, earnings: -8e6, emissionsToRevenue: 1.6667 }
 */
export function realYield(input: RealYieldInput): RealYieldResult {
  const o = requireObject('input', input);
  const fees = requireNonNegative('fees', o['fees']);
  const supplySideFees = optional(o['supplySideFees'], 0, (value) => requireNonNegative('supplySideFees', value));
  if (supplySideFees > fees) {
    throw new RiskInputError('supplySideFees', `Supply-side fees must not exceed the fees (${String(fees)}); got ${String(supplySideFees)}.`);
  }
  const tokensEmitted = requireNonNegative('tokensEmitted', o['tokensEmitted']);
  const tokenPrice = requirePositive('tokenPrice', o['tokenPrice']);
  const revenue = fees - supplySideFees;
  const tokenIncentives = requireFiniteResult('tokensEmitted', tokensEmitted * tokenPrice);
  let emissionsToRevenue: number;
  if (tokenIncentives === 0) emissionsToRevenue = 0;
  else if (revenue === 0) emissionsToRevenue = Infinity;
  else emissionsToRevenue = requireFiniteResult('tokensEmitted', tokenIncentives / revenue);
  return { revenue, tokenIncentives, earnings: revenue - tokenIncentives, emissionsToRevenue };
}

/** Input of {@link treasuryRunway}. Currency amounts in one currency (USD). */
export interface TreasuryRunwayInput {
  /** Treasury held in stablecoins and other assets that keep their value in a sell-off, ≥ 0. */
  liquidTreasury: number;
  /** Treasury held in the protocol's own token, at market value, ≥ 0; default 0. */
  nativeTokenTreasury?: number;
  /** Haircut h on the own-token holding: the fraction its value is assumed to lose when sold, in [0, 1]; default 0. */
  nativeTokenHaircut?: number;
  /** Operating expenses per month (salaries, audits, grants, infrastructure), ≥ 0. */
  monthlyExpenses: number;
  /** Revenue per month that reaches the treasury, ≥ 0; default 0. */
  monthlyRevenue?: number;
}

/** Result of {@link treasuryRunway}. */
export interface TreasuryRunwayResult {
  /** Treasury counted towards the runway: liquid + own token × (1 − h). */
  countedTreasury: number;
  /** Net burn per month = expenses − revenue; ≤ 0 when the protocol covers its costs. */
  netBurnPerMonth: number;
  /** Months until the counted treasury runs out = counted / net burn; `Infinity` when the net burn is ≤ 0. */
  runwayMonths: number;
}

/**
 * Treasury runway: how many months the treasury covers the gap between expenses and revenue, with the
 * protocol's own token valued at a haircut (it cannot be sold at the screen price).
 *
 * Counted = liquid + own token × (1 − h);  Net burn = expenses − revenue;
 * Runway = Counted / Net burn, or ∞ ("cash-flow positive") when Net burn ≤ 0.
 *
 * @param input.liquidTreasury - ≥ 0, currency.
 * @param input.nativeTokenTreasury - ≥ 0, currency at market; default 0.
 * @param input.nativeTokenHaircut - h in [0, 1]; default 0 (30–50 % is a usual stress).
 * @param input.monthlyExpenses - ≥ 0, currency per month.
 * @param input.monthlyRevenue - ≥ 0, currency per month; default 0.
 * @returns `{ countedTreasury, netBurnPerMonth, runwayMonths }`; `runwayMonths` is `Infinity` only when the
 * net burn is ≤ 0 (the treasury does not shrink).
 * @throws {RiskInputError} Negative or non-finite amounts; a haircut outside [0, 1]; overflow.
 * @see Token Terminal, "Key metrics FAQ" (revenue); DAO treasury runway as treasury / (expenses − revenue),
 * e.g. https://zugdao.com/treasury/dao-runway-analysis
 * @example
 * treasuryRunway({ liquidTreasury: 10e6, monthlyExpenses: 450e3, monthlyRevenue: 150e3 });
 * // { countedTreasury: 10e6, netBurnPerMonth: 300e3, runwayMonths: 33.33 }
 */
export function treasuryRunway(input: TreasuryRunwayInput): TreasuryRunwayResult {
  const o = requireObject('input', input);
  const liquidTreasury = requireNonNegative('liquidTreasury', o['liquidTreasury']);
  const nativeTokenTreasury = optional(o['nativeTokenTreasury'], 0, (value) => requireNonNegative('nativeTokenTreasury', value));
  const haircut = optional(o['nativeTokenHaircut'], 0, (value) => requireFraction('nativeTokenHaircut', value));
  const monthlyExpenses = requireNonNegative('monthlyExpenses', o['monthlyExpenses']);
  const monthlyRevenue = optional(o['monthlyRevenue'], 0, (value) => requireNonNegative('monthlyRevenue', value));
  const countedTreasury = requireFiniteResult('nativeTokenTreasury', liquidTreasury + nativeTokenTreasury * (1 - haircut));
  const netBurnPerMonth = monthlyExpenses - monthlyRevenue;
  const runwayMonths = netBurnPerMonth > 0 ? requireFiniteResult('monthlyExpenses', countedTreasury / netBurnPerMonth) : Infinity;
  return { countedTreasury, netBurnPerMonth, runwayMonths };
}
