/**
 * Credit: the absolute-priority creditor waterfall, and credit default swaps with a
 * constant hazard rate (par spread, the hazard rate a spread implies, and the value of an
 * existing contract).
 */
import { compensatedSum } from './numeric.ts';
import { RiskInputError } from './errors.ts';
import {
  optional,
  requireArray,
  requireFinite,
  requireFiniteResult,
  requireFraction,
  requireInteger,
  requireNonEmptyArray,
  requireNonNegative,
  requireObject,
  requirePositive,
  requireString,
} from './validate.ts';

/** One claim in a creditor class. */
export interface CreditorClaim {
  /** Name of the claim holder (display only). */
  name: string;
  /** Amount claimed, currency, ≥ 0. */
  amount: number;
}

/** One class of creditors of equal rank. */
export interface CreditorClass {
  /** Name of the class (display only), e.g. "Secured", "General unsecured". */
  name: string;
  /** Claims in the class; may be empty (a class with no claims is paid 0 and has recovery 1). */
  claims: readonly CreditorClaim[];
}

/** Input of {@link creditorWaterfall}. */
export interface CreditorWaterfallInput {
  /** Value available for distribution, currency, ≥ 0. */
  assets: number;
  /** Classes in order of priority, most senior first; at least one. */
  classes: readonly CreditorClass[];
}

/** Payment to one claim. */
export interface CreditorClaimPayment {
  /** Name of the claim holder. */
  name: string;
  /** Amount claimed, currency. */
  amount: number;
  /** Amount paid, currency, in [0, amount]. */
  paid: number;
}

/** Payment to one class. */
export interface CreditorClassPayment {
  /** Name of the class. */
  name: string;
  /** Total claim of the class (Σ amounts), currency. */
  claim: number;
  /** Amount paid to the class, currency, in [0, claim]. */
  paid: number;
  /** paid / claim in [0, 1]; 1 for a class whose claim is 0. */
  recoveryRate: number;
  /** Payment to each claim, pro rata, in input order. */
  claims: CreditorClaimPayment[];
}

/** Result of {@link creditorWaterfall}. */
export interface CreditorWaterfallResult {
  /** One entry per class, in input (priority) order. */
  classes: CreditorClassPayment[];
  /** Value left after every class is paid in full (to equity), currency, ≥ 0. */
  residual: number;
}

/**
 * Absolute-priority distribution of an estate among classes of creditors.
 *
 * For classes k = 1…m in order of priority: paid_k = min(claim_k, R), R ← R − paid_k
 * (R starts at `assets`); within a class each claim receives
 * amount × recoveryRate_k with recoveryRate_k = paid_k / claim_k (pro rata,
 * 11 U.S.C. §726(b)); the residual R goes to equity. A secured claim is
 * entered as its own senior class for the collateral value, and its
 * deficiency as a claim in the general unsecured class (§506(a)).
 * Σ paid + residual = assets up to rounding.
 *
 * @param input.assets - Value to distribute, currency, ≥ 0.
 * @param input.classes - Non-empty list `{ name, claims: [{ name, amount }] }`, most senior first;
 * amounts in currency, ≥ 0.
 * @returns `{ classes: [{ name, claim, paid, recoveryRate, claims: [{ name, amount, paid }] }], residual }`.
 * @throws {RiskInputError} Negative or non-finite `assets`; empty `classes`; a class or claim that is not an
 * object, a name that is not a string, an amount that is negative or not finite (path
 * `classes[i].claims[j].amount`); a total claim that overflows.
 * @see 11 U.S.C. §506(a), http://codes.lp.findlaw.com/uscode/11/5/I/506 ; §726, https://govregs.com/uscode/11/726
 * @see Wall Street Prep, "Absolute Priority Rule (APR)", https://www.wallstreetprep.com/knowledge/absolute-priority-rule-apr-priority-of-claims-waterfall/
 * @example
 * creditorWaterfall({
 *   assets: 100,
 *   classes: [
 *     { name: 'Secured', claims: [{ name: 'Bank', amount: 30 }] },
 *     { name: 'Unsecured', claims: [{ name: 'Notes', amount: 50 }, { name: 'Trade', amount: 30 }] },
 *   ],
 * }); // Unsecured gets 70 of 80: recoveryRate 0.875, Notes 43.75, Trade 26.25; residual 0
 */
export function creditorWaterfall(input: CreditorWaterfallInput): CreditorWaterfallResult {
  const o = requireObject('input', input);
  const assets = requireNonNegative('assets', o['assets']);
  const classList = requireNonEmptyArray('classes', o['classes']);
  const parsed = classList.map((rawClass, i) => {
    const path = `classes[${i}]`;
    const cls = requireObject(path, rawClass);
    const name = requireString(`${path}.name`, cls['name']);
    const claims = requireArray(`${path}.claims`, cls['claims']).map((rawClaim, j) => {
      const claimPath = `${path}.claims[${j}]`;
      const claim = requireObject(claimPath, rawClaim);
      return {
        name: requireString(`${claimPath}.name`, claim['name']),
        amount: requireNonNegative(`${claimPath}.amount`, claim['amount']),
      };
    });
    const total = requireFiniteResult(`${path}.claims`, compensatedSum(claims.map((c) => c.amount)));
    return { name, claims, total };
  });

  let remaining = assets;
  const classes = parsed.map(({ name, claims, total }): CreditorClassPayment => {
    // Paid in full while value lasts; the class that exhausts it takes all that is left.
    const paid = Math.min(total, remaining);
    remaining = total <= remaining ? remaining - total : 0;
    const recoveryRate = total === 0 ? 1 : paid / total;
    return {
      name,
      claim: total,
      paid,
      recoveryRate,
      claims: claims.map((c) => ({
        name: c.name,
        amount: c.amount,
        paid: recoveryRate === 1 ? c.amount : c.amount * recoveryRate,
      })),
    };
  });
  return { classes, residual: remaining };
}

/** Input of {@link cdsParSpread}. */
export interface CdsParSpreadInput {
  /** Constant default intensity λ, per year, ≥ 0; survival to t is e^(−λt). */
  hazardRate: number;
  /** Recovery rate R, decimal in [0, 1). */
  recovery: number;
  /** Continuously compounded risk-free rate r, decimal per year, any finite value. */
  rate: number;
  /** Maturity of the swap, years, ≥ 0. A maturity that is not a whole number of periods ends with a short period; 0 gives the T → 0 limit. */
  years: number;
  /** Premium payments per year, integer ≥ 1. Default 1. */
  paymentsPerYear?: number | undefined;
}

/** Result of {@link cdsParSpread}, per 1 of notional. */
export interface CdsParSpreadResult {
  /** Par spread s: annual premium, decimal (0.0124 is 124 bp), making both legs equal in value. */
  spread: number;
  /** Present value of the premium leg per 1.00 of annual spread (risky annuity), including accrued premium on default, years. */
  premiumLegPv01: number;
  /** Present value of the protection leg, per 1 of notional. */
  protectionLegPv: number;
}

/**
 * Par spread of a credit default swap with a constant hazard rate, Hull's
 * method: defaults happen mid-period, the buyer pays accrued premium on
 * default, cash flows are discounted continuously.
 *
 * Q(t) = e^(−λt); for periods (t_{i−1}, t_i] of length δ_i, t_i^mid their midpoint and DF(t) = e^(−rt):
 * premiumLegPv01 = Σ Q(t_i)·δ_i·DF(t_i) + Σ (Q(t_{i−1}) − Q(t_i))·(δ_i/2)·DF(t_i^mid),
 * protectionLegPv = (1 − R)·Σ (Q(t_{i−1}) − Q(t_i))·DF(t_i^mid),
 * spread = protectionLegPv / premiumLegPv01.
 * At `years = 0` both legs are 0 and `spread` is the limit λ(1 − R).
 *
 * @param input.hazardRate - λ, per year, ≥ 0.
 * @param input.recovery - R, decimal in [0, 1).
 * @param input.rate - r, continuously compounded, decimal per year.
 * @param input.years - Maturity, years, ≥ 0 (0 gives the limit: legs 0, spread λ(1 − R)).
 * @param input.paymentsPerYear - Integer ≥ 1 (default 1).
 * @returns `{ spread, premiumLegPv01, protectionLegPv }` per 1 of notional.
 * @throws {RiskInputError} Invalid field, or discount factors that overflow (`rate`).
 * @see J. C. Hull, *Options, Futures, and Other Derivatives*, ch. "Credit Derivatives" (CDS valuation example: PD 2 %/yr, R = 40 %, r = 5 %, 5 years → 124 bp).
 * @example
 * // Hull's example with survival 0.98^t: spread ≈ 0.0124
 * cdsParSpread({ hazardRate: -Math.log(0.98), recovery: 0.4, rate: 0.05, years: 5 }).spread; // 0.012425…
 */
export function cdsParSpread(input: CdsParSpreadInput): CdsParSpreadResult {
  const o = requireObject('input', input);
  const hazardRate = requireNonNegative('hazardRate', o['hazardRate']);
  const recovery = requireFraction('recovery', o['recovery'], { maxInclusive: false });
  const rate = requireFinite('rate', o['rate']);
  const years = requireNonNegative('years', o['years']);
  const paymentsPerYear = optional(o['paymentsPerYear'], 1, (v) => requireInteger('paymentsPerYear', v, 1));
  return cdsLegs(hazardRate, recovery, rate, years, paymentsPerYear);
}

/** The two legs of {@link cdsParSpread} for inputs already validated (shared by the CDS functions below). */
function cdsLegs(hazardRate: number, recovery: number, rate: number, years: number, paymentsPerYear: number): CdsParSpreadResult {
  // Limit T → 0: both legs vanish, their ratio tends to λ(1 − R) (premium ≈ T, protection ≈ (1 − R)λT).
  if (years === 0) return { spread: hazardRate * (1 - recovery), premiumLegPv01: 0, protectionLegPv: 0 };

  const delta = 1 / paymentsPerYear;
  // Whole periods, then a short final period if the maturity is not a multiple of δ
  // (a remainder below 1e-9 of a period is rounding in years·paymentsPerYear, not a stub).
  const periods = requireFiniteResult('years', Math.floor(years * paymentsPerYear + 1e-9));
  const stub = Math.max(0, years - periods * delta);
  const hasStub = periods === 0 ? stub > 0 : stub > 1e-9 * delta;

  // Regular periods in closed form (geometric series in e^(−(λ+r)δ)), so any maturity costs O(1):
  // coupons δ·Σ_{i=1..m} e^(−(λ+r)iδ); default in period i has probability
  // Q((i−1)δ)(1 − e^(−λδ)) and is discounted from mid-period e^(−r(i−½)δ).
  const decay = (hazardRate + rate) * delta;
  const coupons = delta * geometricSum(decay, periods);
  const defaultWeight = -Math.expm1(-hazardRate * delta) * Math.exp((-rate * delta) / 2);
  const defaultsDiscounted = periods === 0 ? 0 : defaultWeight * (1 + geometricSum(decay, periods - 1));
  const premiumTerms = [coupons, defaultsDiscounted * (delta / 2)];
  const protectionTerms = [defaultsDiscounted];
  if (hasStub) {
    const start = periods * delta;
    const survivalStart = Math.exp(-hazardRate * start);
    const stubDefault = -survivalStart * Math.expm1(-hazardRate * stub);
    const discountMid = Math.exp(-rate * (start + stub / 2));
    premiumTerms.push(Math.exp(-(hazardRate + rate) * years) * stub, stubDefault * (stub / 2) * discountMid);
    protectionTerms.push(stubDefault * discountMid);
  }
  const premiumLegPv01 = requireFiniteResult('rate', compensatedSum(premiumTerms));
  const protectionLegPv = requireFiniteResult('rate', (1 - recovery) * compensatedSum(protectionTerms));
  if (!(premiumLegPv01 > 0)) {
    throw new RiskInputError('rate', 'Interest rate and hazard rate are so large that the premium leg is worth 0; reduce them.');
  }
  const spread = requireFiniteResult('rate', protectionLegPv / premiumLegPv01);
  return { spread, premiumLegPv01, protectionLegPv };
}

/** Σ_{i=1..m} e^(−a·i), accurate for small |a| (expm1) and finite or +Infinity for any m. */
function geometricSum(a: number, m: number): number {
  if (m <= 0) return 0;
  if (a === 0) return m;
  return (Math.exp(-a) * Math.expm1(-a * m)) / Math.expm1(-a);
}

/** Input of {@link hazardFromSpread}. */
export interface HazardFromSpreadInput {
  /** CDS spread s, annual, decimal (0.02 is 200 bp), ≥ 0. */
  spread: number;
  /** Recovery rate R, decimal in [0, 1). */
  recovery: number;
}

/**
 * Default intensity implied by a CDS spread, by the "credit triangle"
 * λ = s / (1 − R). An approximation to the exact inversion of
 * {@link cdsParSpread} (about 2.5 % high at 2 % hazard and 5 % rates).
 *
 * @param input.spread - s, annual decimal, ≥ 0.
 * @param input.recovery - R, decimal in [0, 1).
 * @returns λ, per year, ≥ 0.
 * @throws {RiskInputError} Invalid field, or overflow when R is within rounding of 1 (`recovery`).
 * @see PRMIA exam question on the credit triangle (s = 200 bp, R = 40 % → λ = 3.33 %),
 * https://www.validtests.com/discussions/prmia/view/exam-8008-topic-6-question-53-discussion
 * @example
 * hazardFromSpread({ spread: 0.02, recovery: 0.4 }); // 0.03333…
 */
export function hazardFromSpread(input: HazardFromSpreadInput): number {
  const o = requireObject('input', input);
  const spread = requireNonNegative('spread', o['spread']);
  const recovery = requireFraction('recovery', o['recovery'], { maxInclusive: false });
  return requireFiniteResult('spread', spread / (1 - recovery));
}

/** Input of {@link cdsImpliedHazard}. */
export interface CdsImpliedHazardInput {
  /** Market par spread s of the CDS, annual, decimal (0.01 is 100 bp), ≥ 0. */
  spread: number;
  /** Recovery rate R, decimal in [0, 1). */
  recovery: number;
  /** Continuously compounded risk-free rate r, decimal per year, any finite value. */
  rate: number;
  /** Maturity of the swap, years, ≥ 0 (0: the credit triangle s / (1 − R), the T → 0 limit). */
  years: number;
  /** Premium payments per year, integer ≥ 1. Default 1. */
  paymentsPerYear?: number | undefined;
}

/** λ·δ₁ at which survival to the end of the first premium period, e^(−λδ₁), is below 1e-304: the par spread has reached its limit. */
const HAZARD_PERIODS_AT_LIMIT = 700;

/**
 * The constant hazard rate at which {@link cdsParSpread} gives the market spread: the exact
 * inversion of Hull's method, where {@link hazardFromSpread} is the quick approximation.
 *
 * Solves cdsParSpread({ hazardRate: λ, … }).spread = s for λ by bisection (the par spread rises with λ
 * from 0 at λ = 0), to about 1e-15 relative. The par spread cannot exceed 2(1 − R)/δ₁, δ₁ the length of the
 * first premium period (default is certain within it and the buyer pays half a period of premium), so
 * higher spreads have no hazard rate.
 *
 * @param input.spread - s, annual decimal, ≥ 0.
 * @param input.recovery - R, decimal in [0, 1).
 * @param input.rate - r, continuously compounded, decimal per year.
 * @param input.years - Maturity, years, ≥ 0.
 * @param input.paymentsPerYear - Integer ≥ 1 (default 1).
 * @returns λ, per year, ≥ 0 (0 for a spread of 0).
 * @throws {RiskInputError} Invalid field; a spread at or above the highest par spread any hazard rate gives (`spread`);
 * discount factors that overflow (`rate`).
 * @see J. C. Hull, *Options, Futures, and Other Derivatives*, ch. "Credit Derivatives", Problem 25.14 (9th ed.):
 * a 5-year spread of 100 bp with R = 40 % and r = 5 % implies a hazard rate of 1.63 %,
 * https://studysoup.com/tsg/997429/options-futures-and-other-derivatives-9-edition-chapter-25-problem-25-14
 * @example
 * cdsImpliedHazard({ spread: 0.01, recovery: 0.4, rate: 0.05, years: 5 }); // 0.016258868…
 */
export function cdsImpliedHazard(input: CdsImpliedHazardInput): number {
  const o = requireObject('input', input);
  const spread = requireNonNegative('spread', o['spread']);
  const recovery = requireFraction('recovery', o['recovery'], { maxInclusive: false });
  const rate = requireFinite('rate', o['rate']);
  const years = requireNonNegative('years', o['years']);
  const paymentsPerYear = optional(o['paymentsPerYear'], 1, (v) => requireInteger('paymentsPerYear', v, 1));
  // At T = 0 the par spread is λ(1 − R) exactly, so the triangle is the inverse.
  if (years === 0) return requireFiniteResult('spread', spread / (1 - recovery));
  if (spread === 0) return 0;

  const spreadAt = (hazardRate: number) => cdsLegs(hazardRate, recovery, rate, years, paymentsPerYear).spread;
  const firstPeriod = Math.min(1 / paymentsPerYear, years);
  const hazardAtLimit = HAZARD_PERIODS_AT_LIMIT / firstPeriod;
  const spreadLimit = spreadAt(hazardAtLimit);
  if (!(spread < spreadLimit)) {
    throw new RiskInputError(
      'spread',
      `Spread must be below ${spreadLimit.toPrecision(4)}, the highest par spread any hazard rate gives for this recovery and payment period; got ${String(spread)} (a decimal: 0.01 is 100 bp).`,
    );
  }
  // Bracket from the credit triangle's guess, then bisect: spreadAt(low) < spread ≤ spreadAt(high).
  let low = 0;
  let high = Math.min(hazardAtLimit, Math.max(spread / (1 - recovery), Number.MIN_VALUE));
  while (spreadAt(high) < spread) {
    low = high;
    high = Math.min(hazardAtLimit, high * 2);
  }
  for (let i = 0; i < 200 && high - low > 2 * Number.EPSILON * high; i += 1) {
    const mid = low + (high - low) / 2;
    if (mid <= low || mid >= high) break;
    if (spreadAt(mid) < spread) low = mid;
    else high = mid;
  }
  return low + (high - low) / 2;
}

/** Input of {@link cdsMarkToMarket}. */
export interface CdsMarkToMarketInput {
  /** Spread fixed in the existing contract s_c, annual, decimal (0.015 is 150 bp), ≥ 0. */
  contractSpread: number;
  /** Today's constant hazard rate λ of the reference entity, per year, ≥ 0 (use {@link cdsImpliedHazard} to get it from a market spread). */
  hazardRate: number;
  /** Recovery rate R, decimal in [0, 1). */
  recovery: number;
  /** Continuously compounded risk-free rate r, decimal per year, any finite value. */
  rate: number;
  /** Remaining maturity of the contract, years, ≥ 0. */
  years: number;
  /** Premium payments per year, integer ≥ 1. Default 1. */
  paymentsPerYear?: number | undefined;
  /** Notional protected, currency, > 0. Default 1. */
  notional?: number | undefined;
}

/** Result of {@link cdsMarkToMarket}. */
export interface CdsMarkToMarketResult {
  /** Value of the contract to the protection buyer, currency (positive when the market spread is above the contract spread); the seller's value is its negative. */
  buyerValue: number;
  /** Today's par spread s_m for the remaining maturity, annual decimal (the spread a new contract would pay). */
  marketSpread: number;
  /** Risky annuity: PV of the premium leg per 1.00 of annual spread and 1 of notional, years. */
  premiumLegPv01: number;
  /** PV of the protection leg per 1 of notional. */
  protectionLegPv: number;
  /** Probability that the reference entity survives to maturity, e^(−λT), in [0, 1]. */
  survivalProbability: number;
}

/**
 * Mark-to-market of an existing credit default swap, by Hull's method: the protection buyer holds the
 * protection leg and owes premiums at the contract spread, both valued with today's hazard rate.
 *
 * buyerValue = N·(PV_protection − s_c·RPV01) = N·(s_m − s_c)·RPV01, with RPV01 the risky annuity
 * (premium leg per unit spread, accrual on default included) and s_m = PV_protection / RPV01 the
 * par spread of {@link cdsParSpread}. survivalProbability = e^(−λT).
 *
 * @param input.contractSpread - s_c, annual decimal, ≥ 0.
 * @param input.hazardRate - λ, per year, ≥ 0.
 * @param input.recovery - R, decimal in [0, 1).
 * @param input.rate - r, continuously compounded, decimal per year.
 * @param input.years - Remaining maturity, years, ≥ 0 (0: the contract is worth 0).
 * @param input.paymentsPerYear - Integer ≥ 1 (default 1).
 * @param input.notional - N, currency, > 0 (default 1).
 * @returns `{ buyerValue, marketSpread, premiumLegPv01, protectionLegPv, survivalProbability }`.
 * @throws {RiskInputError} Invalid field; discount factors that overflow (`rate`); a value that overflows (`notional`).
 * @see J. C. Hull, *Options, Futures, and Other Derivatives*, ch. "Credit Derivatives", CDS valuation example
 * (7th/8th ed.): a contract at 150 bp when the par spread is 124 bp is worth 4.1130 × 0.015 − 0.0511 = 0.0106 per 1
 * of notional to the seller.
 * @example
 * cdsMarkToMarket({ contractSpread: 0.015, hazardRate: -Math.log(0.98), recovery: 0.4, rate: 0.05, years: 5 }).buyerValue; // −0.010592
 */
export function cdsMarkToMarket(input: CdsMarkToMarketInput): CdsMarkToMarketResult {
  const o = requireObject('input', input);
  const contractSpread = requireNonNegative('contractSpread', o['contractSpread']);
  const hazardRate = requireNonNegative('hazardRate', o['hazardRate']);
  const recovery = requireFraction('recovery', o['recovery'], { maxInclusive: false });
  const rate = requireFinite('rate', o['rate']);
  const years = requireNonNegative('years', o['years']);
  const paymentsPerYear = optional(o['paymentsPerYear'], 1, (v) => requireInteger('paymentsPerYear', v, 1));
  const notional = optional(o['notional'], 1, (v) => requirePositive('notional', v));
  const legs = cdsLegs(hazardRate, recovery, rate, years, paymentsPerYear);
  // (s_m − s_c)·RPV01 rather than PV_protection − s_c·RPV01: the same value, exactly 0 when s_c is the par spread.
  const perNotional = requireFiniteResult('contractSpread', (legs.spread - contractSpread) * legs.premiumLegPv01);
  const buyerValue = requireFiniteResult('notional', notional * perNotional);
  return {
    buyerValue: buyerValue === 0 ? 0 : buyerValue,
    marketSpread: legs.spread,
    premiumLegPv01: legs.premiumLegPv01,
    protectionLegPv: legs.protectionLegPv,
    survivalProbability: Math.exp(-hazardRate * years),
  };
}
