/**
 * Options books: the Greeks of a portfolio of options and the underlying, the delta–gamma–vega
 * (Taylor) estimate of its profit for a move in spot, volatility and time beside a full
 * Black–Scholes repricing, and the hedge (two options and the underlying) that makes the book
 * delta-, gamma- and vega-neutral.
 */
import { RiskInputError } from './errors.ts';
import { compensatedSum } from './numeric.ts';
import { blackScholes, type BlackScholesResult } from './options.ts';
import { LEG_KINDS, type LegKind } from './strategy.ts';
import {
  optional,
  requireArray,
  requireFinite,
  requireFiniteResult,
  requireNonEmptyArray,
  requireNonNegative,
  requireObject,
  requireOneOf,
  requirePositive,
  requireSide,
  type Side,
} from './validate.ts';

/** What a portfolio position holds: a European call or put, or the underlying itself (spot or a linear perpetual). */
export type PortfolioPositionKind = LegKind;

/** Greeks of a position or a book, summed with the position's sign and quantity. */
export interface BookGreeks {
  /** Δ: change in value per 1 unit rise in spot, in units of the underlying. */
  delta: number;
  /** Γ: change in delta per 1 unit rise in spot, units of the underlying per unit of price. */
  gamma: number;
  /** Vega: change in value per 1.00 (100 vol points) rise in every volatility, quote currency; ÷100 for one vol point. */
  vega: number;
  /** Θ: change in value per year of calendar time passing (ACT/365), quote currency; ÷365 for one day. */
  theta: number;
}

/** One position with Greeks already known per unit (see {@link aggregateGreeks}). */
export interface GreeksPosition extends BookGreeks {
  /** `'long'` (held) or `'short'` (sold or written). */
  side: Side;
  /** Number of units (options, or units of the underlying), > 0. */
  quantity: number;
}

/** Input of {@link aggregateGreeks}. */
export interface AggregateGreeksInput {
  /** The positions, at least one, each with its Greeks per unit. */
  positions: readonly GreeksPosition[];
}

/** One position of an options book priced with Black–Scholes (see {@link portfolioGreeks}). */
export interface PortfolioPosition {
  /** `'call'`, `'put'` or `'underlying'`. */
  kind: PortfolioPositionKind;
  /** `'long'` or `'short'`. */
  side: Side;
  /** Options (each on one unit of the underlying) or units of the underlying, > 0. Multiply by the contract size first. */
  quantity: number;
  /** Strike K, quote currency, > 0. Options only; must be absent for the underlying. */
  strike?: number | undefined;
  /** Time to expiry T, years (ACT/365), ≥ 0. Options only; must be absent for the underlying. */
  years?: number | undefined;
  /** The option's own (implied) volatility σ, annualised decimal, > 0. Options only; must be absent for the underlying. */
  vol?: number | undefined;
}

/** Input of {@link portfolioGreeks}. */
export interface PortfolioGreeksInput {
  /** Spot price S of the underlying, quote currency, > 0. */
  spot: number;
  /** Continuously compounded risk-free rate r, decimal per year. Default 0. */
  rate?: number | undefined;
  /** Continuous yield q of the underlying (dividend, borrow or carry), decimal per year. Default 0. */
  dividendYield?: number | undefined;
  /** The positions, at least one. */
  positions: readonly PortfolioPosition[];
}

/** Value and Greeks of one position or of the book, signed (a short position has the opposite sign of a long). */
export interface PositionRisk extends BookGreeks {
  /** Mark value, quote currency: s·n·price for an option, s·n·S for the underlying (s = +1 long, −1 short). */
  value: number;
}

/** Result of {@link portfolioGreeks}: the book's totals and each position's share, in input order. */
export interface PortfolioGreeksResult extends PositionRisk {
  positions: PositionRisk[];
}

/** Input of {@link greeksPnl}. */
export interface GreeksPnlInput {
  /** Δ of the book, units of the underlying. */
  delta: number;
  /** Γ of the book, per unit of price. Default 0. */
  gamma?: number | undefined;
  /** Vega of the book per 1.00 of volatility, quote currency. Default 0. */
  vega?: number | undefined;
  /** Θ of the book per year, quote currency. Default 0. */
  theta?: number | undefined;
  /** Move in spot δS, quote currency (any sign). */
  spotChange: number;
  /** Move in volatility δσ, decimal (0.01 is one vol point; any sign). Default 0. */
  volChange?: number | undefined;
  /** Calendar time passed δt, years (ACT/365), ≥ 0. Default 0. */
  elapsedYears?: number | undefined;
}

/** Result of {@link greeksPnl}: the terms of the Taylor estimate and their sum, quote currency. */
export interface GreeksPnlResult {
  /** Δ·δS. */
  deltaPnl: number;
  /** ½·Γ·δS². */
  gammaPnl: number;
  /** Vega·δσ. */
  vegaPnl: number;
  /** Θ·δt. */
  thetaPnl: number;
  /** Sum of the four terms. */
  total: number;
}

/** Input of {@link portfolioPnl}: a book and a move. */
export interface PortfolioPnlInput extends PortfolioGreeksInput {
  /** Move in spot δS, quote currency; S + δS must stay > 0. */
  spotChange: number;
  /** Parallel move δσ of every option's volatility, decimal (0.01 is one vol point); each σ + δσ must stay > 0. Default 0. */
  volChange?: number | undefined;
  /** Calendar time passed δt, years (ACT/365), ≥ 0 and at most the shortest option's time to expiry. Default 0. */
  elapsedYears?: number | undefined;
}

/** Result of {@link portfolioPnl}, quote currency. */
export interface PortfolioPnlResult {
  /** The delta–gamma–vega(–theta) estimate from the book's Greeks before the move. */
  estimate: GreeksPnlResult;
  /** Profit from repricing every position with Black–Scholes after the move. */
  repriced: number;
  /** repriced − estimate.total: what the Taylor estimate misses. */
  difference: number;
}

/** Greeks of one hedge instrument, per unit (see {@link neutralizingHedge}). */
export interface HedgeInstrument {
  /** Δ per option, units of the underlying. */
  delta: number;
  /** Γ per option, per unit of price. */
  gamma: number;
  /** Vega per option per 1.00 of volatility. */
  vega: number;
}

/** Which Greek a single hedge option neutralises (with two options, both are). */
export type HedgeTarget = 'gamma' | 'vega';

const HEDGE_TARGETS: readonly HedgeTarget[] = ['gamma', 'vega'];

/** Input of {@link neutralizingHedge}. */
export interface NeutralizingHedgeInput {
  /** Δ of the book, units of the underlying. */
  delta: number;
  /** Γ of the book, per unit of price. */
  gamma: number;
  /** Vega of the book per 1.00 of volatility (same vega unit as the hedges). */
  vega: number;
  /** One or two traded options on the same underlying, with their Greeks per option. */
  hedges: readonly HedgeInstrument[];
  /** With one hedge option: the Greek it neutralises (default `'gamma'`). Not allowed with two. */
  neutralize?: HedgeTarget | undefined;
}

/** Result of {@link neutralizingHedge}: signed quantities to trade (+ buy, − sell) and the Greeks left afterwards. */
export interface NeutralizingHedgeResult {
  /** Quantity of each hedge option, in input order. */
  hedgeQuantities: number[];
  /** Units of the underlying, traded last to bring delta (including the options' delta) to zero. */
  underlyingQuantity: number;
  /** Book plus hedge: delta is 0, and so are the neutralised Greeks; a Greek left unhedged keeps its new value. */
  residual: { delta: number; gamma: number; vega: number };
}

// ---------------------------------------------------------------------------------------------
// Aggregation
// ---------------------------------------------------------------------------------------------

const GREEK_NAMES = ['delta', 'gamma', 'vega', 'theta'] as const;

/** Σ of signed terms, guarded against overflow of the sum (`field` names the list). */
function total(field: string, terms: readonly number[]): number {
  return requireFiniteResult(field, compensatedSum(terms));
}

/**
 * Greeks of a book from the Greeks of its positions:
 *
 * Δ_P = Σ sᵢ·nᵢ·Δᵢ,  Γ_P = Σ sᵢ·nᵢ·Γᵢ,  V_P = Σ sᵢ·nᵢ·Vᵢ,  Θ_P = Σ sᵢ·nᵢ·Θᵢ,
 *
 * with sᵢ = +1 for a long and −1 for a short position and nᵢ its quantity. The underlying enters
 * with Δ = 1 and the other Greeks 0. All positions must be on the same underlying (otherwise convert
 * to dollar delta ΔS and dollar gamma ΓS²/100 first).
 *
 * @param input.positions - Non-empty list of `{ side, quantity, delta, gamma, vega, theta }`; Greeks per unit, finite.
 * @returns `{ delta, gamma, vega, theta }` of the book, finite, in the units of the inputs times quantity.
 * @throws {RiskInputError} Invalid field (path `positions[i].…`), or a sum that overflows.
 * @see J. C. Hull, *Options, Futures, and Other Derivatives*, ch. 19 (delta of a portfolio; Taylor series expansions).
 * @example
 * // Hull: +100,000 calls (Δ 0.533), −200,000 calls (Δ 0.468), −50,000 puts (Δ −0.508) → Δ = −14,900
 * aggregateGreeks({ positions: [
 *   { side: 'long', quantity: 100_000, delta: 0.533, gamma: 0, vega: 0, theta: 0 },
 *   { side: 'short', quantity: 200_000, delta: 0.468, gamma: 0, vega: 0, theta: 0 },
 *   { side: 'short', quantity: 50_000, delta: -0.508, gamma: 0, vega: 0, theta: 0 },
 * ] }).delta; // −14,900
 */
export function aggregateGreeks(input: AggregateGreeksInput): BookGreeks {
  const o = requireObject('input', input);
  const rows = requireNonEmptyArray('positions', o['positions']).map((raw, i) => {
    const path = `positions[${i}]`;
    const row = requireObject(path, raw);
    const signed = (requireSide(`${path}.side`, row['side']) === 'long' ? 1 : -1) * requirePositive(`${path}.quantity`, row['quantity']);
    const greeks = GREEK_NAMES.map((name) => requireFinite(`${path}.${name}`, row[name]));
    return greeks.map((greek) => requireFiniteResult(`${path}.quantity`, signed * greek));
  });
  const [delta, gamma, vega, theta] = GREEK_NAMES.map((_, g) => total('positions', rows.map((row) => row[g]!)));
  return { delta: delta!, gamma: gamma!, vega: vega!, theta: theta! };
}

// ---------------------------------------------------------------------------------------------
// Books priced with Black–Scholes
// ---------------------------------------------------------------------------------------------

interface Market {
  spot: number;
  rate: number;
  dividendYield: number;
}

interface ParsedOption {
  type: 'call' | 'put';
  strike: number;
  years: number;
  vol: number;
}

interface ParsedPosition {
  path: string;
  /** Signed quantity s·n. */
  signed: number;
  option: ParsedOption | null;
}

function parseMarket(o: Readonly<Record<string, unknown>>): Market {
  return {
    spot: requirePositive('spot', o['spot']),
    rate: optional(o['rate'], 0, (v) => requireFinite('rate', v)),
    dividendYield: optional(o['dividendYield'], 0, (v) => requireFinite('dividendYield', v)),
  };
}

function parsePositions(value: unknown): ParsedPosition[] {
  return requireNonEmptyArray('positions', value).map((raw, i) => {
    const path = `positions[${i}]`;
    const row = requireObject(path, raw);
    const kind = requireOneOf(`${path}.kind`, row['kind'], LEG_KINDS);
    const signed = (requireSide(`${path}.side`, row['side']) === 'long' ? 1 : -1) * requirePositive(`${path}.quantity`, row['quantity']);
    if (kind === 'underlying') {
      for (const field of ['strike', 'years', 'vol'] as const) {
        if (row[field] !== undefined) {
          throw new RiskInputError(`${path}.${field}`, `${path}.${field} applies only to options; remove it from the underlying position.`);
        }
      }
      return { path, signed, option: null };
    }
    return {
      path,
      signed,
      option: {
        type: kind,
        strike: requirePositive(`${path}.strike`, row['strike']),
        years: requireNonNegative(`${path}.years`, row['years']),
        vol: requirePositive(`${path}.vol`, row['vol']),
      },
    };
  });
}

/** Black–Scholes for one position, with the pricing function's field names mapped to the book's paths. */
function priceOption(market: Market, option: ParsedOption, path: string): BlackScholesResult {
  try {
    return blackScholes({ ...market, ...option });
  } catch (error) {
    if (!(error instanceof RiskInputError)) throw error;
    const local = ['strike', 'years', 'vol'].includes(error.field);
    throw new RiskInputError(local ? `${path}.${error.field}` : error.field, error.message);
  }
}

/** Value and Greeks of each position, signed. */
function positionRisks(market: Market, positions: readonly ParsedPosition[]): PositionRisk[] {
  return positions.map(({ path, signed, option }) => {
    const scale = (x: number) => requireFiniteResult(`${path}.quantity`, signed * x);
    if (option === null) return { value: scale(market.spot), delta: signed, gamma: 0, vega: 0, theta: 0 };
    const bs = priceOption(market, option, path);
    return { value: scale(bs.price), delta: scale(bs.delta), gamma: scale(bs.gamma), vega: scale(bs.vega), theta: scale(bs.theta) };
  });
}

function bookTotals(risks: readonly PositionRisk[]): PortfolioGreeksResult {
  const sum = (pick: (risk: PositionRisk) => number) => total('positions', risks.map(pick));
  return {
    value: sum((r) => r.value),
    delta: sum((r) => r.delta),
    gamma: sum((r) => r.gamma),
    vega: sum((r) => r.vega),
    theta: sum((r) => r.theta),
    positions: [...risks],
  };
}

/**
 * Value and Greeks of an options book: European calls and puts priced with Black–Scholes–Merton
 * (see {@link blackScholes}) at one spot price, each with its own strike, expiry and implied
 * volatility, plus positions in the underlying. Totals are Σ sᵢ·nᵢ·(Greek)ᵢ as in
 * {@link aggregateGreeks}; the underlying has Δ = 1 and no gamma, vega or theta.
 *
 * @param input.spot - Spot price S, quote currency, > 0.
 * @param input.rate - Continuously compounded r, decimal per year (default 0).
 * @param input.dividendYield - Continuous yield q, decimal per year (default 0).
 * @param input.positions - Non-empty list of {@link PortfolioPosition}.
 * @returns `{ value, delta, gamma, vega, theta, positions }`: the book's mark value (quote currency) and
 * Greeks (vega per 1.00 of volatility, theta per year), and the same for each position, all signed.
 * @throws {RiskInputError} Invalid field (path `positions[i].…` for a position), option fields on an
 * underlying position, or a result that overflows.
 * @see J. C. Hull, *Options, Futures, and Other Derivatives*, ch. 19 (The Greek Letters).
 * @example
 * // Long 1 call (Hull's S = 49, K = 50 example) hedged with 0.522 units short of the underlying
 * portfolioGreeks({ spot: 49, rate: 0.05, positions: [
 *   { kind: 'call', side: 'long', quantity: 1, strike: 50, years: 20 / 52, vol: 0.2 },
 *   { kind: 'underlying', side: 'short', quantity: 0.522 },
 * ] }).delta; // ≈ 0.0000 (0.5216 − 0.522)
 */
export function portfolioGreeks(input: PortfolioGreeksInput): PortfolioGreeksResult {
  const o = requireObject('input', input);
  const market = parseMarket(o);
  return bookTotals(positionRisks(market, parsePositions(o['positions'])));
}

// ---------------------------------------------------------------------------------------------
// Profit and loss for a move
// ---------------------------------------------------------------------------------------------

interface Move {
  spotChange: number;
  volChange: number;
  elapsedYears: number;
}

function estimateFromGreeks(greeks: BookGreeks, move: Move): GreeksPnlResult {
  const deltaPnl = requireFiniteResult('spotChange', greeks.delta * move.spotChange);
  const gammaPnl = requireFiniteResult('spotChange', 0.5 * greeks.gamma * move.spotChange * move.spotChange);
  const vegaPnl = requireFiniteResult('volChange', greeks.vega * move.volChange);
  const thetaPnl = requireFiniteResult('elapsedYears', greeks.theta * move.elapsedYears);
  return { deltaPnl, gammaPnl, vegaPnl, thetaPnl, total: total('spotChange', [deltaPnl, gammaPnl, vegaPnl, thetaPnl]) };
}

/**
 * The second-order Taylor (delta–gamma–vega–theta) estimate of a book's profit for a move:
 *
 * ΔΠ ≈ Δ·δS + ½·Γ·δS² + V·δσ + Θ·δt.
 *
 * Good for small moves; a large move in spot, or any move close to expiry, needs a full repricing
 * (see {@link portfolioPnl}).
 *
 * @param input.delta - Δ of the book (units of the underlying), finite.
 * @param input.gamma - Γ of the book (per unit of price), finite (default 0).
 * @param input.vega - Vega per 1.00 of volatility, finite (default 0).
 * @param input.theta - Θ per year, finite (default 0).
 * @param input.spotChange - δS, quote currency, finite.
 * @param input.volChange - δσ, decimal, finite (default 0).
 * @param input.elapsedYears - δt, years, ≥ 0 (default 0).
 * @returns `{ deltaPnl, gammaPnl, vegaPnl, thetaPnl, total }`, quote currency.
 * @throws {RiskInputError} Invalid field, or a term that overflows.
 * @see J. C. Hull, *Options, Futures, and Other Derivatives*, ch. 19 (Taylor series expansions).
 * @example
 * greeksPnl({ delta: 50, gamma: 2, vega: 300, spotChange: 3, volChange: 0.02 }).total; // 150 + 9 + 6 = 165
 */
export function greeksPnl(input: GreeksPnlInput): GreeksPnlResult {
  const o = requireObject('input', input);
  const greeks: BookGreeks = {
    delta: requireFinite('delta', o['delta']),
    gamma: optional(o['gamma'], 0, (v) => requireFinite('gamma', v)),
    vega: optional(o['vega'], 0, (v) => requireFinite('vega', v)),
    theta: optional(o['theta'], 0, (v) => requireFinite('theta', v)),
  };
  return estimateFromGreeks(greeks, {
    spotChange: requireFinite('spotChange', o['spotChange']),
    volChange: optional(o['volChange'], 0, (v) => requireFinite('volChange', v)),
    elapsedYears: optional(o['elapsedYears'], 0, (v) => requireNonNegative('elapsedYears', v)),
  });
}

/**
 * Profit of an options book for a move in spot, in every option's volatility (a parallel shift)
 * and in time, two ways: the delta–gamma–vega–theta estimate from the book's Greeks before the
 * move ({@link greeksPnl}), and the exact change in Black–Scholes value after it:
 *
 * ΔΠ = Σ sᵢ·nᵢ·[cᵢ(S + δS, σᵢ + δσ, Tᵢ − δt) − cᵢ(S, σᵢ, Tᵢ)] + Σ_underlying sⱼ·nⱼ·δS.
 *
 * The difference between the two is the error of the Taylor estimate: third- and higher-order
 * terms, the cross term (vanna: delta changing with volatility) and gamma changing with time.
 *
 * @param input - The book as in {@link portfolioGreeks}, plus the move.
 * @param input.spotChange - δS, quote currency; S + δS > 0.
 * @param input.volChange - δσ, decimal (default 0); every σᵢ + δσ > 0.
 * @param input.elapsedYears - δt, years (ACT/365), ≥ 0 and ≤ every option's time to expiry (default 0).
 * @returns `{ estimate, repriced, difference }`, quote currency.
 * @throws {RiskInputError} Invalid field; a move that takes spot or a volatility to ≤ 0
 * (`spotChange`, `volChange`); elapsed time beyond an option's expiry (`elapsedYears`); or overflow.
 * @see J. C. Hull, *Options, Futures, and Other Derivatives*, ch. 19 (Taylor series expansions) and
 * *Risk Management and Financial Institutions*, ch. 14 (the quadratic model against full revaluation).
 * @example
 * // Hull's call (S = 49, K = 50, r = 5 %, σ = 20 %, 20 weeks), spot +1:
 * const r = portfolioPnl({ spot: 49, rate: 0.05, spotChange: 1,
 *   positions: [{ kind: 'call', side: 'long', quantity: 1, strike: 50, years: 20 / 52, vol: 0.2 }] });
 * r.estimate.total; // 0.554377…  (Δ + ½Γ)
 * r.repriced;       // 0.553999…
 */
export function portfolioPnl(input: PortfolioPnlInput): PortfolioPnlResult {
  const o = requireObject('input', input);
  const market = parseMarket(o);
  const positions = parsePositions(o['positions']);
  const move: Move = {
    spotChange: requireFinite('spotChange', o['spotChange']),
    volChange: optional(o['volChange'], 0, (v) => requireFinite('volChange', v)),
    elapsedYears: optional(o['elapsedYears'], 0, (v) => requireNonNegative('elapsedYears', v)),
  };
  const movedSpot = requireFiniteResult('spotChange', market.spot + move.spotChange);
  if (!(movedSpot > 0)) {
    throw new RiskInputError('spotChange', `Spot change must leave a positive spot price: ${market.spot} + ${move.spotChange} is not above 0.`);
  }
  const moved = positions.map((position) => {
    const { option, path } = position;
    if (option === null) return position;
    const vol = option.vol + move.volChange;
    if (!(vol > 0)) {
      throw new RiskInputError('volChange', `Volatility change must leave every volatility positive; ${path}.vol + ${move.volChange} is not above 0.`);
    }
    if (move.elapsedYears > option.years) {
      throw new RiskInputError(
        'elapsedYears',
        `Elapsed time must be at most the time to expiry of every option; ${path} expires in ${option.years} years.`,
      );
    }
    return { ...position, option: { ...option, vol, years: option.years - move.elapsedYears } };
  });

  const before = positionRisks(market, positions);
  const after = positionRisks({ ...market, spot: movedSpot }, moved);
  const estimate = estimateFromGreeks(bookTotals(before), move);
  // Position by position, so the cancellation of large values does not swamp a small profit.
  const repriced = total(
    'positions',
    before.map((risk, i) => requireFiniteResult(`${positions[i]!.path}.quantity`, after[i]!.value - risk.value)),
  );
  return { estimate, repriced, difference: requireFiniteResult('positions', repriced - estimate.total) };
}

// ---------------------------------------------------------------------------------------------
// Neutralising hedge
// ---------------------------------------------------------------------------------------------

/** Relative size of the 2 × 2 determinant below which the two hedge options count as proportional. */
const SINGULAR_TOLERANCE = 1e-10;

function parseHedge(raw: unknown, i: number): HedgeInstrument {
  const path = `hedges[${i}]`;
  const row = requireObject(path, raw);
  return {
    delta: requireFinite(`${path}.delta`, row['delta']),
    gamma: requireFinite(`${path}.gamma`, row['gamma']),
    vega: requireFinite(`${path}.vega`, row['vega']),
  };
}

/** Largest absolute value of a row, so the 2 × 2 system can be solved without overflow. */
const rowScale = (a: number, b: number) => Math.max(Math.abs(a), Math.abs(b));

/**
 * The trades that make a book neutral in delta and in gamma and/or vega, with traded options
 * on the same underlying and then the underlying itself (Hull, ch. 19):
 *
 * - two options, quantities w₁, w₂ solving Γ_P + w₁Γ₁ + w₂Γ₂ = 0 and V_P + w₁V₁ + w₂V₂ = 0;
 * - one option: w₁ = −Γ_P/Γ₁ (gamma-neutral) or −V_P/V₁ (vega-neutral);
 * - then the underlying: u = −(Δ_P + Σ wᵢΔᵢ), since its delta is 1 and its gamma and vega are 0.
 *
 * @param input.delta - Δ_P of the book, finite.
 * @param input.gamma - Γ_P of the book, finite.
 * @param input.vega - V_P of the book, finite (same vega unit as the hedges).
 * @param input.hedges - One or two `{ delta, gamma, vega }` per option, finite.
 * @param input.neutralize - With one hedge option, `'gamma'` (default) or `'vega'`.
 * @returns `{ hedgeQuantities, underlyingQuantity, residual }`: signed quantities (+ buy, − sell) and
 * the book's delta, gamma and vega after the trades.
 * @throws {RiskInputError} Invalid field; `hedges` with other than one or two options; `neutralize`
 * with two options; a single hedge with zero gamma (or vega) (`hedges[0].gamma`/`.vega`); two hedges whose
 * gamma and vega are proportional, so the system is singular (`hedges`); or quantities that overflow.
 * @see J. C. Hull, *Options, Futures, and Other Derivatives*, ch. 19 (gamma and vega; making a
 * portfolio gamma-, vega- and delta-neutral).
 * @example
 * // Hull: book Δ 0, Γ −5,000, vega −8,000; options (Δ 0.6, Γ 0.5, V 2.0) and (Δ 0.5, Γ 0.8, V 1.2)
 * neutralizingHedge({ delta: 0, gamma: -5000, vega: -8000, hedges: [
 *   { delta: 0.6, gamma: 0.5, vega: 2.0 }, { delta: 0.5, gamma: 0.8, vega: 1.2 },
 * ] }); // { hedgeQuantities: [400, 6000], underlyingQuantity: −3240, … }
 */
export function neutralizingHedge(input: NeutralizingHedgeInput): NeutralizingHedgeResult {
  const o = requireObject('input', input);
  const book = {
    delta: requireFinite('delta', o['delta']),
    gamma: requireFinite('gamma', o['gamma']),
    vega: requireFinite('vega', o['vega']),
  };
  const list = requireArray('hedges', o['hedges']);
  if (list.length < 1 || list.length > 2) {
    throw new RiskInputError('hedges', `The list of hedges must hold one or two options; got ${list.length}.`);
  }
  const hedges = list.map(parseHedge);
  const neutralize = optional(o['neutralize'], undefined, (v) => requireOneOf('neutralize', v, HEDGE_TARGETS));

  let quantities: number[];
  let residualGamma = 0;
  let residualVega = 0;
  if (hedges.length === 1) {
    const hedge = hedges[0]!;
    const target = neutralize ?? 'gamma';
    if (hedge[target] === 0) {
      throw new RiskInputError(`hedges[0].${target}`, `An option with zero ${target} cannot neutralise the book's ${target}; choose an option with ${target}.`);
    }
    const quantity = requireFiniteResult('hedges', -book[target] / hedge[target]);
    quantities = [quantity];
    if (target === 'gamma') residualVega = requireFiniteResult('hedges', book.vega + quantity * hedge.vega);
    else residualGamma = requireFiniteResult('hedges', book.gamma + quantity * hedge.gamma);
  } else {
    if (neutralize !== undefined) {
      throw new RiskInputError('neutralize', 'Neutralize applies to a single hedge option only: two options neutralise both gamma and vega.');
    }
    const [first, second] = [hedges[0]!, hedges[1]!];
    // Rows scaled to a largest entry of 1: Cramer's rule then cannot overflow in the products.
    const gammaScale = rowScale(first.gamma, second.gamma);
    const vegaScale = rowScale(first.vega, second.vega);
    const singular = () =>
      new RiskInputError(
        'hedges',
        'The two hedge options have gamma and vega in the same proportion, so they cannot neutralise both; use options with different expiries.',
      );
    if (gammaScale === 0 || vegaScale === 0) throw singular();
    const [g1, g2, v1, v2] = [first.gamma / gammaScale, second.gamma / gammaScale, first.vega / vegaScale, second.vega / vegaScale];
    const determinant = g1 * v2 - g2 * v1;
    if (Math.abs(determinant) <= SINGULAR_TOLERANCE * Math.max(Math.abs(g1 * v2), Math.abs(g2 * v1))) throw singular();
    const gammaTarget = -book.gamma / gammaScale;
    const vegaTarget = -book.vega / vegaScale;
    quantities = [
      requireFiniteResult('hedges', (gammaTarget * v2 - vegaTarget * g2) / determinant),
      requireFiniteResult('hedges', (vegaTarget * g1 - gammaTarget * v1) / determinant),
    ];
  }
  const optionDelta = quantities.map((quantity, i) => requireFiniteResult('hedges', quantity * hedges[i]!.delta));
  const underlyingQuantity = -total('hedges', [book.delta, ...optionDelta]);
  // `+ 0` turns a −0 (nothing to trade) into 0.
  return {
    hedgeQuantities: quantities.map((quantity) => quantity + 0),
    underlyingQuantity: underlyingQuantity + 0,
    residual: { delta: 0, gamma: residualGamma, vega: residualVega },
  };
}
