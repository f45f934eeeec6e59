/**
 * Margin and liquidation of linear (USDT-margined) perpetual futures under
 * isolated margin: tiered maintenance margin (Binance USDⓈ-M "tax bracket"),
 * liquidation and bankruptcy prices, and the maximum loss of a leveraged
 * position with or without a stop.
 */
import { RiskInputError } from './errors.ts';
import {
  fail,
  optional,
  requireFiniteResult,
  requireFraction,
  requireInRange,
  requireInteger,
  requireNonEmptyArray,
  requireNonNegative,
  requireObject,
  requirePositive,
  requireSide,
} from './validate.ts';
import type { Side } from './validate.ts';

// Margin ratios, inverse-contract liquidation and leverage live in their own module so that pages
// which only need liquidation prices do not load them; they are part of this module's API.
export { binanceMarginRatio, binanceMarginRatioPrice, krakenFuturesInverseLiquidation, positionLeverage } from './margin-levels.ts';
export type {
  BinanceMarginRatioInput,
  BinanceMarginRatioPriceInput,
  BinanceMarginRatioResult,
  KrakenFuturesInverseInput,
  KrakenFuturesInverseResult,
  PositionLeverageInput,
  PositionLeverageResult,
} from './margin-levels.ts';

/** One tier of a maintenance-margin table. */
export interface MarginBracket {
  /** Notional floor of the tier, quote currency, ≥ 0; the first tier's floor is 0. The tier covers (floor, next floor]. */
  floor: number;
  /** Maintenance margin rate of the tier, decimal in [0, 1). */
  mmr: number;
}

/** Input of {@link maintenanceBracket}. */
export interface MaintenanceBracketInput {
  /** Position notional (size × price), quote currency, > 0. */
  notional: number;
  /** Tiers ascending by `floor` (first floor 0, floors strictly increasing, `mmr` non-decreasing). */
  brackets: readonly MarginBracket[];
}

/** Result of {@link maintenanceBracket}. */
export interface MaintenanceBracketResult {
  /** 1-based tier number containing the notional. */
  tier: number;
  /** Maintenance margin rate of that tier, decimal. */
  mmr: number;
  /** Maintenance amount ("cum") of that tier, quote currency, ≥ 0. Maintenance margin = notional·mmr − maintenanceAmount. */
  maintenanceAmount: number;
}

interface ParsedBracket {
  floor: number;
  mmr: number;
  maintenanceAmount: number;
}

/** Validates a bracket table (the input field `field`) and adds each tier's maintenance amount (cum). */
function parseBrackets(value: unknown, field = 'brackets'): ParsedBracket[] {
  const list = requireNonEmptyArray(field, value);
  const parsed: ParsedBracket[] = [];
  list.forEach((raw, i) => {
    const path = `${field}[${i}]`;
    const bracket = requireObject(path, raw);
    const floor = requireNonNegative(`${path}.floor`, bracket['floor']);
    const mmr = requireFraction(`${path}.mmr`, bracket['mmr'], { maxInclusive: false });
    const previous = parsed[i - 1];
    if (previous === undefined) {
      if (floor !== 0) fail(`${path}.floor`, '0 (the first tier starts at a notional of 0)', floor);
      parsed.push({ floor, mmr, maintenanceAmount: 0 });
      return;
    }
    if (floor <= previous.floor) {
      fail(`${path}.floor`, `greater than the previous tier's floor (${String(previous.floor)}); list tiers in ascending order`, floor);
    }
    if (mmr < previous.mmr) {
      fail(`${path}.mmr`, `at least the previous tier's mmr (${String(previous.mmr)}); rates must not decrease`, mmr);
    }
    // Binance: cum_n = cum_{n−1} + floor_n·(mmr_n − mmr_{n−1}); keeps MM continuous at tier edges.
    const maintenanceAmount = requireFiniteResult(
      `${path}.floor`,
      previous.maintenanceAmount + floor * (mmr - previous.mmr),
    );
    parsed.push({ floor, mmr, maintenanceAmount });
  });
  return parsed;
}

/**
 * 0-based index of the tier containing `notional`; tiers are (floor_n, floor_{n+1}]. Binary search
 * (floors strictly increase), so long tables and many lookups (a curve) stay cheap.
 */
function tierIndex(brackets: readonly ParsedBracket[], notional: number): number {
  let low = 0; // highest index known to have floor < notional (tier 1 holds everything ≤ floor₂)
  let high = brackets.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (notional > brackets[middle]!.floor) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * Tier, maintenance margin rate and maintenance amount for a notional, from a
 * tiered ("tax bracket") maintenance-margin table.
 *
 * Binance USDⓈ-M: tier n covers notionals in (floor_n, floor_{n+1}];
 * cum₁ = 0, cum_n = cum_{n−1} + floor_n·(mmr_n − mmr_{n−1}); maintenance margin
 * MM = notional·mmr_n − cum_n, which equals Σ_k mmr_k·(min(N, floor_{k+1}) − floor_k)⁺
 * (each slice of the notional at its own rate).
 *
 * @param input.notional - Position notional (size × mark price), quote currency, > 0.
 * @param input.brackets - Non-empty list of `{ floor, mmr }`: first floor 0, floors strictly
 * increasing (quote currency), `mmr` decimal in [0, 1) and non-decreasing.
 * @returns `{ tier, mmr, maintenanceAmount }`: 1-based tier, its rate (decimal) and cum (quote currency, ≥ 0).
 * @throws {RiskInputError} `notional` not > 0; empty `brackets`; a bracket field invalid or out of order (`brackets[i].floor`, `brackets[i].mmr`).
 * @see Binance, "How to Calculate Liquidation Price of USDⓈ-M Futures Contracts", https://www.binance.com/en/support/faq/b3c689c1f50a44cabb3a84e663b81d93 (maintenance amount).
 * @see Binance, "Leverage and Margin of USDⓈ-M Futures", https://www.binance.com/en/support/articles/360033162192
 * @example
 * // Binance FAQ: tier floor 250,000 at 1 % after 0.5 % with cum 50 → cum 1,300
 * maintenanceBracket({
 *   notional: 500_000,
 *   brackets: [{ floor: 0, mmr: 0.004 }, { floor: 50_000, mmr: 0.005 }, { floor: 250_000, mmr: 0.01 }],
 * }); // { tier: 3, mmr: 0.01, maintenanceAmount: 1300 }
 */
export function maintenanceBracket(input: MaintenanceBracketInput): MaintenanceBracketResult {
  const o = requireObject('input', input);
  const notional = requirePositive('notional', o['notional']);
  const brackets = parseBrackets(o['brackets']);
  const index = tierIndex(brackets, notional);
  const bracket = brackets[index]!;
  return { tier: index + 1, mmr: bracket.mmr, maintenanceAmount: bracket.maintenanceAmount };
}

/** Input of {@link liquidationPrice}. Give either `mmr` (with optional `maintenanceAmount`) or `brackets`. */
export interface LiquidationPriceInput {
  /** `'long'` or `'short'`. */
  side: Side;
  /** Position size Q in units of the base asset, > 0. */
  size: number;
  /** Entry price E, quote currency, > 0. */
  entry: number;
  /** Isolated wallet balance WB (margin put up for this position), quote currency, ≥ 0. */
  walletBalance: number;
  /** Maintenance margin rate, decimal in [0, 1). Give this or `brackets`. */
  mmr?: number | undefined;
  /** Maintenance amount (cum), quote currency, ≥ 0. Default 0. Only with `mmr`. */
  maintenanceAmount?: number | undefined;
  /** Tiered maintenance table (see {@link maintenanceBracket}). Give this or `mmr`. */
  brackets?: readonly MarginBracket[] | undefined;
}

/** Binance isolated LP for one tier; null when it would be ≤ 0. */
function binanceLiquidation(
  sign: 1 | -1,
  size: number,
  entry: number,
  walletBalance: number,
  mmr: number,
  maintenanceAmount: number,
): number | null {
  // LP = (WB + cum − s·Q·E) / (Q·mmr − s·Q); the denominator is never 0 because mmr < 1.
  const numerator = walletBalance + maintenanceAmount - sign * size * entry;
  const price = requireFiniteResult('size', numerator / (size * (mmr - sign)));
  return price > 0 ? price : null;
}

/**
 * Liquidation price of an isolated-margin linear (USDT-margined) perpetual,
 * Binance USDⓈ-M convention: liquidation happens when the margin balance
 * equals the maintenance margin measured at the liquidation price,
 *
 * LP = (WB + cum − s·Q·E) / (Q·mmr − s·Q),  s = +1 long, −1 short.
 *
 * With `brackets`, the tier is the one containing the notional Q·LP: starting
 * from the tier of the entry notional, LP is recomputed with the tier of the
 * last LP until the tier no longer changes. Because the tiered maintenance
 * margin is continuous, increasing and convex in the notional, each tier's
 * formula errs to the same side of the true price (below it for a long, above
 * it for a short), so the tiers move monotonically toward the one consistent
 * tier and the loop ends within the number of tiers. A repeat can only come
 * from rounding when LP sits exactly on a tier boundary; the loop then stops
 * and returns the price from the lower of the two tiers, to which the
 * boundary notional belongs (tiers are (floor_n, floor_{n+1}]); both formulas
 * agree there up to rounding.
 *
 * A result at or above entry for a long (at or below for a short) means the
 * margin is already below maintenance: the position would be liquidated at once.
 *
 * @param input.side - `'long'` or `'short'`.
 * @param input.size - Position size Q, base-asset units, > 0.
 * @param input.entry - Entry price E, quote currency, > 0.
 * @param input.walletBalance - Isolated wallet balance WB, quote currency, ≥ 0.
 * @param input.mmr - Maintenance margin rate, decimal in [0, 1) (give this or `brackets`).
 * @param input.maintenanceAmount - cum, quote currency, ≥ 0, default 0 (only with `mmr`).
 * @param input.brackets - Tier table `{ floor, mmr }[]` (give this or `mmr`).
 * @returns The liquidation price in quote currency, or `null` when the position cannot be
 * liquidated (the formula gives a price ≤ 0, shown as "--" by Binance); a short always has a price.
 * @throws {RiskInputError} Invalid field; both or neither of `mmr` and `brackets`; `maintenanceAmount`
 * together with `brackets`; invalid bracket table (`brackets[i].…`); overflow of size × entry.
 * @see Binance, "How to Calculate Liquidation Price of USDⓈ-M Futures Contracts", https://www.binance.com/en/support/faq/b3c689c1f50a44cabb3a84e663b81d93
 * @example
 * // Long 1 BTC at 50,000 with 5,000 USDT isolated, mmr 0.4 %
 * liquidationPrice({ side: 'long', size: 1, entry: 50_000, walletBalance: 5_000, mmr: 0.004 }); // 45180.72289…
 */
export function liquidationPrice(input: LiquidationPriceInput): number | null {
  const o = requireObject('input', input);
  const sign = requireSide('side', o['side']) === 'long' ? 1 : -1;
  const size = requirePositive('size', o['size']);
  const entry = requirePositive('entry', o['entry']);
  const walletBalance = requireNonNegative('walletBalance', o['walletBalance']);
  requireFiniteResult('size', size * entry);

  const hasMmr = o['mmr'] !== undefined;
  const hasBrackets = o['brackets'] !== undefined;
  if (hasMmr && hasBrackets) {
    throw new RiskInputError('brackets', 'Give either mmr (with maintenanceAmount) or brackets, not both.');
  }
  if (!hasMmr && !hasBrackets) {
    throw new RiskInputError('mmr', 'Maintenance margin rate (mmr) is required unless a bracket table (brackets) is given.');
  }
  if (hasMmr) {
    const mmr = requireFraction('mmr', o['mmr'], { maxInclusive: false });
    const maintenanceAmount = optional(o['maintenanceAmount'], 0, (v) => requireNonNegative('maintenanceAmount', v));
    return binanceLiquidation(sign, size, entry, walletBalance, mmr, maintenanceAmount);
  }
  if (o['maintenanceAmount'] !== undefined) {
    throw new RiskInputError(
      'maintenanceAmount',
      'Maintenance amount comes from the bracket table when brackets are given; omit maintenanceAmount.',
    );
  }
  const brackets = parseBrackets(o['brackets']);
  return liquidationWithBrackets(sign, size, entry, walletBalance, brackets);
}

function liquidationWithBrackets(
  sign: 1 | -1,
  size: number,
  entry: number,
  walletBalance: number,
  brackets: readonly ParsedBracket[],
): number | null {
  const visited = new Map<number, number | null>();
  let index = tierIndex(brackets, size * entry);
  for (;;) {
    const bracket = brackets[index]!;
    const price = binanceLiquidation(sign, size, entry, walletBalance, bracket.mmr, bracket.maintenanceAmount);
    visited.set(index, price);
    // No positive price: the notional at liquidation would be ≤ 0, i.e. in tier 1.
    const next = price === null ? 0 : tierIndex(brackets, size * price);
    if (next === index) return price;
    if (visited.has(next)) {
      // Rounding at a tier boundary: take the lower tier, which owns the boundary.
      return visited.get(Math.min(index, next)) ?? null;
    }
    index = next;
  }
}

/** Input of {@link liquidationDistanceCurve}. */
export interface LiquidationDistanceCurveInput {
  /** `'long'` or `'short'`. */
  side: Side;
  /**
   * Isolated wallet balance per unit of notional at entry, decimal ≥ 0, the same for every size on
   * the curve: 1 ÷ leverage (0.1 at 10×).
   */
  marginPerNotional: number;
  /** Tiered maintenance table (see {@link maintenanceBracket}). */
  brackets: readonly MarginBracket[];
  /** Smallest notional at entry on the curve, quote currency, > 0. */
  fromNotional: number;
  /** Largest notional at entry, quote currency, > `fromNotional`. */
  toNotional: number;
  /** Number of points, log-spaced from `fromNotional` to `toNotional`, whole number 2–1,000. Default 200. */
  points?: number | undefined;
}

/** One point of {@link liquidationDistanceCurve}. */
export interface LiquidationDistancePoint {
  /** Notional at entry N, quote currency. */
  notional: number;
  /** 1-based tier that contains N, and its maintenance margin rate (decimal). */
  tier: number;
  mmr: number;
  /**
   * Adverse move from entry to the liquidation price with the bracket table, as a fraction of the
   * entry price: (E − LP)/E for a long, (LP − E)/E for a short. Negative: liquidated at once.
   * `null`: a long that cannot be liquidated (no positive price; see {@link liquidationPrice}).
   */
  distance: number | null;
  /** The same at the first tier's rate for the whole notional and no maintenance amount (a flat rate). */
  flatDistance: number | null;
}

/**
 * How far the price can move against an isolated position before liquidation, as the position
 * grows at a fixed margin per notional (fixed leverage): one point per notional, each the
 * {@link liquidationPrice} (Binance USDⓈ-M convention) of that position with the bracket table,
 * and with a flat rate for comparison. The bracket table is validated once, not once per point.
 *
 * The distance does not depend on the entry price: with N = Q·E and WB = m·N,
 * LP/E = (m + cum/N − s)/(mmr − s), s = +1 long, −1 short, so the curve is computed at E = 1.
 *
 * @param input.side - `'long'` or `'short'`.
 * @param input.marginPerNotional - m = WB/N, decimal ≥ 0 (1 ÷ leverage).
 * @param input.brackets - Tier table `{ floor, mmr }[]` (see {@link maintenanceBracket}).
 * @param input.fromNotional - Smallest notional, quote currency, > 0.
 * @param input.toNotional - Largest notional, quote currency, > `fromNotional`.
 * @param input.points - Number of points, 2–1,000, default 200.
 * @returns The points in increasing notional; the first and last are exactly `fromNotional` and `toNotional`.
 * @throws {RiskInputError} Invalid field; invalid bracket table (`brackets[i].…`); `toNotional` not above
 * `fromNotional`; a margin per notional so large that a price overflows.
 * @see Binance, "How to Calculate Liquidation Price of USDⓈ-M Futures Contracts", https://www.binance.com/en/support/faq/b3c689c1f50a44cabb3a84e663b81d93
 * @example
 * // A 10× long: the 0.5 % tier above 50,000 USDT brings liquidation closer for the largest position
 * liquidationDistanceCurve({
 *   side: 'long', marginPerNotional: 0.1, fromNotional: 1_000, toNotional: 100_000, points: 3,
 *   brackets: [{ floor: 0, mmr: 0.004 }, { floor: 50_000, mmr: 0.005 }],
 * }).map((point) => point.distance); // [0.0963855…, 0.0963855…, 0.0959798…]
 */
export function liquidationDistanceCurve(input: LiquidationDistanceCurveInput): LiquidationDistancePoint[] {
  const o = requireObject('input', input);
  const sign = requireSide('side', o['side']) === 'long' ? 1 : -1;
  const margin = requireNonNegative('marginPerNotional', o['marginPerNotional']);
  const brackets = parseBrackets(o['brackets']);
  const from = requirePositive('fromNotional', o['fromNotional']);
  const to = requireInRange('toNotional', o['toNotional'], { min: from, minInclusive: false });
  const count = optional(o['points'], 200, (v) => requireInteger('points', v, 2, 1000));
  // Bounds the numerator WB + cum − s·N of every point (cum ≤ N·mmr < N), so only the division can overflow.
  requireFiniteResult('toNotional', to * (margin + 2));
  const first = brackets[0]!;
  const distance = (price: number | null) => (price === null ? null : sign * (1 - price));
  // Log-spaced in log space, so that a ratio to/from beyond the largest double still works.
  const logFrom = Math.log(from);
  const logStep = (Math.log(to) - logFrom) / (count - 1);
  const points: LiquidationDistancePoint[] = [];
  for (let k = 0; k < count; k += 1) {
    const notional = k === 0 ? from : k === count - 1 ? to : Math.exp(logFrom + k * logStep);
    const index = tierIndex(brackets, notional);
    let tiered: number | null;
    let flat: number | null;
    try {
      tiered = liquidationWithBrackets(sign, notional, 1, margin * notional, brackets);
      flat = binanceLiquidation(sign, notional, 1, margin * notional, first.mmr, 0);
    } catch (error) {
      if (!(error instanceof RiskInputError)) throw error;
      throw new RiskInputError('marginPerNotional', `Inputs too large to compute a finite liquidation price; reduce the margin per notional (marginPerNotional).`);
    }
    points.push({ notional, tier: index + 1, mmr: brackets[index]!.mmr, distance: distance(tiered), flatDistance: distance(flat) });
  }
  return points;
}

/** Input of {@link perpetualPositionRisk}. Give exactly one of `leverage` and `margin`. */
export interface PerpetualPositionRiskInput {
  /** `'long'` or `'short'`. */
  side: Side;
  /** Position size q, base-asset units, > 0. */
  size: number;
  /** Entry price E, quote currency, > 0. */
  entry: number;
  /** Leverage L > 0: isolated margin M = q·E / L. Give this or `margin`. */
  leverage?: number | undefined;
  /** Isolated margin M, quote currency, > 0. Give this or `leverage`. */
  margin?: number | undefined;
  /** Stop price X, quote currency, > 0: below entry for a long, above for a short. Optional. */
  stopPrice?: number | undefined;
  /** Maintenance margin rate, decimal in [0, 1). */
  mmr: number;
  /** Maintenance amount (cum), quote currency, ≥ 0. Default 0. */
  maintenanceAmount?: number | undefined;
  /** Taker fee rate f on each fill's notional, decimal in [0, 1). Default 0. */
  takerFee?: number | undefined;
}

/** Which exit a falling (long) or rising (short) price reaches first. */
export type FirstExit = 'stop' | 'liquidation' | 'none';

/** Result of {@link perpetualPositionRisk}; money in quote currency, losses as positive numbers. */
export interface PerpetualPositionRiskResult {
  /** q·E. */
  notional: number;
  /** Isolated margin M (q·E/L when leverage is given). */
  initialMargin: number;
  /** Binance isolated liquidation price with walletBalance = M, or null when it cannot be liquidated. */
  liquidationPrice: number | null;
  /** Price at which the margin is exhausted, E − s·M/q, or null when that would be ≤ 0. */
  bankruptcyPrice: number | null;
  /** f·q·E. */
  entryFee: number;
  /** q|E − X| + f·q·(E + X) when a stop X is given, else null. */
  lossAtStop: number | null;
  /** M + entry fee: the whole isolated margin plus fees paid (the liquidation fee comes out of the margin). */
  lossAtLiquidation: number;
  /** `'stop'`, `'liquidation'`, or `'none'` (no stop and no liquidation price). */
  firstExit: FirstExit;
  /** Loss at the first exit; with no exit (`'none'`), the loss if the price falls to 0, capped by the margin: min(q·E, M) + entry fee. */
  maxLoss: number;
  /** maxLoss / M; slightly above 1 when fees are included. */
  maxLossShareOfMargin: number;
}

/**
 * Maximum loss of a leveraged linear perpetual under isolated margin, with or
 * without a stop: which comes first, the stop or liquidation, and what it costs.
 *
 * Loss at a stop X: L_stop = q|E − X| + f·q·(E + X) (entry and exit taker fees).
 * Liquidation price: Binance isolated formula with WB = M (see {@link liquidationPrice});
 * bankruptcy price P_bk = E − s·M/q. Loss at liquidation = M + f·q·E (the whole
 * isolated margin plus the entry fee; the liquidation fee is taken out of the margin).
 * For a long the price falls through the higher of stop and LP first (a short: the
 * lower); a stop exactly at LP counts as liquidation (the conservative choice).
 * A gap fill beyond the stop is modelled by passing the fill price as `stopPrice`.
 *
 * @param input.side - `'long'` or `'short'`.
 * @param input.size - Position size q, base-asset units, > 0.
 * @param input.entry - Entry price E, quote currency, > 0.
 * @param input.leverage - Leverage L > 0 (M = q·E/L); exactly one of leverage/margin.
 * @param input.margin - Isolated margin M, quote currency, > 0; exactly one of leverage/margin.
 * @param input.stopPrice - Optional stop X, quote currency, > 0; below E for a long, above E for a short.
 * @param input.mmr - Maintenance margin rate, decimal in [0, 1).
 * @param input.maintenanceAmount - cum, quote currency, ≥ 0 (default 0).
 * @param input.takerFee - Taker fee rate, decimal in [0, 1) (default 0).
 * @returns See {@link PerpetualPositionRiskResult}.
 * @throws {RiskInputError} Invalid field; both or neither of leverage/margin (`margin` / `leverage`);
 * a stop on the wrong side of entry (`stopPrice`); overflow.
 * @see Binance, "How to Calculate Liquidation Price of USDⓈ-M Futures Contracts", https://www.binance.com/en/support/faq/b3c689c1f50a44cabb3a84e663b81d93 ;
 * Bybit, "Liquidation Price (USDT Contract)", https://testnet.bybit.com/en-US/help-center/s/article/Liquidation-Price-USDT-Contract
 * @example
 * // Long 0.5 BTC at 60,000 with 3,000 USDT isolated, 0.05 % taker fee, stop 57,000
 * perpetualPositionRisk({ side: 'long', size: 0.5, entry: 60_000, margin: 3_000, stopPrice: 57_000, mmr: 0.005, takerFee: 0.0005 });
 * // → lossAtStop 1529.25, liquidationPrice 54271.36, firstExit 'stop', maxLoss 1529.25
 */
export function perpetualPositionRisk(input: PerpetualPositionRiskInput): PerpetualPositionRiskResult {
  const o = requireObject('input', input);
  const side = requireSide('side', o['side']);
  const sign = side === 'long' ? 1 : -1;
  const size = requirePositive('size', o['size']);
  const entry = requirePositive('entry', o['entry']);
  const hasLeverage = o['leverage'] !== undefined;
  const hasMargin = o['margin'] !== undefined;
  if (hasLeverage && hasMargin) {
    throw new RiskInputError('margin', 'Give either leverage or margin, not both (margin = size × entry / leverage).');
  }
  if (!hasLeverage && !hasMargin) {
    throw new RiskInputError('leverage', 'Leverage is required unless the isolated margin (margin) is given.');
  }
  const leverage = hasLeverage ? requirePositive('leverage', o['leverage']) : undefined;
  const marginInput = hasMargin ? requirePositive('margin', o['margin']) : undefined;
  const stopPrice = optional<number | undefined>(o['stopPrice'], undefined, (v) => requirePositive('stopPrice', v));
  const mmr = requireFraction('mmr', o['mmr'], { maxInclusive: false });
  const maintenanceAmount = optional(o['maintenanceAmount'], 0, (v) => requireNonNegative('maintenanceAmount', v));
  const takerFee = optional(o['takerFee'], 0, (v) => requireFraction('takerFee', v, { maxInclusive: false }));

  if (stopPrice !== undefined) {
    if (side === 'long' && stopPrice >= entry) {
      fail('stopPrice', `below the entry price (${String(entry)}) for a long position`, stopPrice);
    }
    if (side === 'short' && stopPrice <= entry) {
      fail('stopPrice', `above the entry price (${String(entry)}) for a short position`, stopPrice);
    }
  }

  const notional = requireFiniteResult('size', size * entry);
  const initialMargin =
    leverage !== undefined ? requireFiniteResult('leverage', notional / leverage) : (marginInput as number);
  if (!(initialMargin > 0)) {
    throw new RiskInputError('leverage', 'Leverage is so large that the margin rounds to 0; use a smaller leverage.');
  }
  const liquidation = binanceLiquidation(sign, size, entry, initialMargin, mmr, maintenanceAmount);
  // Field blamed if the bankruptcy price or the loss at liquidation overflows: the margin when it is
  // given; with leverage, M = q·E/L and both results scale with the entry price (E(1 + 1/L), q·E(1/L + f)).
  const overflowField = hasMargin ? 'margin' : 'entry';
  const bankruptcy = requireFiniteResult(overflowField, entry - (sign * initialMargin) / size);
  const bankruptcyPrice = bankruptcy > 0 ? bankruptcy : null;
  const entryFee = takerFee * notional;
  const lossAtStop =
    stopPrice === undefined
      ? null
      : requireFiniteResult('stopPrice', size * Math.abs(entry - stopPrice) + takerFee * size * (entry + stopPrice));
  const lossAtLiquidation = requireFiniteResult(overflowField, initialMargin + entryFee);

  let firstExit: FirstExit;
  if (stopPrice !== undefined && liquidation !== null) {
    // The price moves against the position from E: a long meets the higher level first.
    const stopFirst = side === 'long' ? stopPrice > liquidation : stopPrice < liquidation;
    firstExit = stopFirst ? 'stop' : 'liquidation';
  } else if (stopPrice !== undefined) {
    firstExit = 'stop';
  } else {
    firstExit = liquidation !== null ? 'liquidation' : 'none';
  }
  let maxLoss: number;
  if (firstExit === 'stop') maxLoss = lossAtStop as number;
  else if (firstExit === 'liquidation') maxLoss = lossAtLiquidation;
  else maxLoss = Math.min(notional, initialMargin) + entryFee; // price to 0; exit fee at 0 is 0

  return {
    notional,
    initialMargin,
    liquidationPrice: liquidation,
    bankruptcyPrice,
    entryFee,
    lossAtStop,
    lossAtLiquidation,
    firstExit,
    maxLoss,
    maxLossShareOfMargin: requireFiniteResult('margin', maxLoss / initialMargin),
  };
}

/** Input of {@link bybitLinearLiquidationPrice}. */
export interface BybitLinearLiquidationPriceInput {
  /** `'long'` or `'short'`. */
  side: Side;
  /** Position size Q, base-asset units, > 0. */
  size: number;
  /** Entry price EP, quote currency, > 0. */
  entry: number;
  /** Leverage L > 0; initial margin IM = Q·EP/L. */
  leverage: number;
  /** Maintenance margin rate, decimal in [0, 1); MM = Q·EP·mmr. */
  mmr: number;
  /** Extra margin added to the position, quote currency, ≥ 0. Default 0. */
  extraMargin?: number | undefined;
}

/**
 * Liquidation price of a Bybit USDT-perpetual position under isolated margin,
 * Bybit's published convention:
 *
 * LP_long = EP − (IM − MM)/Q − ExtraMargin/Q,  LP_short = EP + (IM − MM)/Q + ExtraMargin/Q,
 * IM = Q·EP/L, MM = Q·EP·mmr.
 *
 * Bybit measures the maintenance margin at the entry price, Binance at the
 * liquidation price, so the two venues give different prices for the same
 * position (Bybit's example: 19,700; Binance's formula with the same margin: 19,698.49).
 * The maintenance-margin deduction of higher risk-limit tiers and Bybit's
 * fee-to-close adjustment are not modelled.
 *
 * @param input.side - `'long'` or `'short'`.
 * @param input.size - Q, base-asset units, > 0.
 * @param input.entry - EP, quote currency, > 0.
 * @param input.leverage - L > 0.
 * @param input.mmr - Maintenance margin rate, decimal in [0, 1).
 * @param input.extraMargin - Extra margin, quote currency, ≥ 0 (default 0).
 * @returns Liquidation price in quote currency, or `null` when it would be ≤ 0 (a long that cannot be liquidated).
 * @throws {RiskInputError} Invalid field or overflow.
 * @see Bybit, "Liquidation Price (USDT Contract)", https://testnet.bybit.com/en-US/help-center/s/article/Liquidation-Price-USDT-Contract
 * @example
 * // Bybit Example 1: long 1 BTC at 20,000, 50x, MMR 0.5 % → 19,700
 * bybitLinearLiquidationPrice({ side: 'long', size: 1, entry: 20_000, leverage: 50, mmr: 0.005 }); // 19700
 */
export function bybitLinearLiquidationPrice(input: BybitLinearLiquidationPriceInput): number | null {
  const o = requireObject('input', input);
  const sign = requireSide('side', o['side']) === 'long' ? 1 : -1;
  const size = requirePositive('size', o['size']);
  const entry = requirePositive('entry', o['entry']);
  const leverage = requirePositive('leverage', o['leverage']);
  const mmr = requireFraction('mmr', o['mmr'], { maxInclusive: false });
  const extraMargin = optional(o['extraMargin'], 0, (v) => requireNonNegative('extraMargin', v));
  return bybitLiquidation(sign, size, entry, leverage, mmr, extraMargin, 'extraMargin');
}

/** Bybit linear isolated LP for validated inputs; null when it would be ≤ 0. Overflow blames `overflowField`. */
function bybitLiquidation(
  sign: 1 | -1,
  size: number,
  entry: number,
  leverage: number,
  mmr: number,
  extraMargin: number,
  overflowField: string,
): number | null {
  const notional = requireFiniteResult('size', size * entry);
  const initialMargin = notional / leverage;
  const maintenanceMargin = notional * mmr;
  const price = requireFiniteResult(
    overflowField,
    entry - (sign * (initialMargin - maintenanceMargin + extraMargin)) / size,
  );
  return price > 0 ? price : null;
}

// ---------------------------------------------------------------------------------------------
// Margin levels and margin ratios: the thresholds behind margin calls (Kraken, Binance)
// ---------------------------------------------------------------------------------------------

/** Used margin of a Kraken margin position at price `price`: a long borrows quote (fixed), a short borrows base. */
function krakenUsedMargin(sign: 1 | -1, size: number, entry: number, price: number, leverage: number): number {
  return (size * (sign === 1 ? entry : price)) / leverage;
}

/** Price at which the Kraken margin level equals `level`, validated inputs; null when it would be ≤ 0. */
function krakenLevelPrice(
  sign: 1 | -1,
  size: number,
  entry: number,
  tradeBalance: number,
  leverage: number,
  level: number,
  overflowField: string,
): number | null {
  // Long: TB + Q(P − E) = ℓ·QE/L. Short: TB − Q(P − E) = ℓ·QP/L (used margin in the base asset).
  const price =
    sign === 1
      ? entry - (tradeBalance - level * krakenUsedMargin(1, size, entry, entry, leverage)) / size
      : (tradeBalance + size * entry) / (size * (1 + level / leverage));
  requireFiniteResult(overflowField, price);
  return price > 0 ? price : null;
}

/** Input of {@link krakenMarginLevel}. */
export interface KrakenMarginLevelInput {
  /** `'long'` (buys the base asset with borrowed quote) or `'short'` (sells borrowed base). */
  side: Side;
  /** Q: position size in the base asset (BTC for BTC/USD), > 0. */
  size: number;
  /** E: opening price, quote currency per unit, > 0. */
  entry: number;
  /** P: price now, quote currency per unit, > 0. */
  markPrice: number;
  /** TB: trade balance, the collateral of the account in the quote currency, ≥ 0. */
  tradeBalance: number;
  /** L: leverage chosen for the position (5 for 5:1), > 0: used margin = cost / L. */
  leverage: number;
}

/** Result of {@link krakenMarginLevel}; money in the quote currency. */
export interface KrakenMarginLevelResult {
  /** s·Q·(P − E). */
  unrealisedPnl: number;
  /** TB + unrealised P/L (may be negative). */
  equity: number;
  /** Q·E/L for a long (fixed in the quote currency); Q·P/L for a short (fixed in the base asset, valued at P). */
  usedMargin: number;
  /** Equity / used margin, a decimal (2.5 = 250 %); negative when equity is. */
  marginLevel: number;
}

/**
 * Margin level of a Kraken margin position (spot on margin, one position, collateral in the quote
 * currency): margin level = equity / used margin, equity = trade balance + unrealised P/L.
 * Kraken sends a margin call at about 80 % and liquidates at about 40 % (thresholds vary with
 * volatility). A long's used margin is the cost divided by the leverage, in the quote currency; a
 * short's is the borrowed base asset divided by the leverage, so its value in the quote currency
 * grows with the price.
 *
 * @param input.side - `'long'` or `'short'`. @param input.size - Q > 0 (base asset).
 * @param input.entry - E > 0. @param input.markPrice - P > 0. @param input.tradeBalance - TB ≥ 0.
 * @param input.leverage - L > 0.
 * @returns `{ unrealisedPnl, equity, usedMargin, marginLevel }`.
 * @throws {RiskInputError} Invalid field, or a result too large to represent.
 * @see Kraken, "Margin call level and margin liquidation level", https://support.kraken.com/hc/en-us/articles/203325763-Margin-call-level-and-margin-liquidation-level
 * @see Kraken, "Margin trading examples", https://support.kraken.com/hc/en-us/articles/203053156-Margin-trading-examples
 * @example
 * // Kraken: $10,000 account, long 1.5 BTC at 30,000 with 5:1, price 28,133.3 → margin level 79.999 %
 * krakenMarginLevel({ side: 'long', size: 1.5, entry: 30_000, markPrice: 28_133.3, tradeBalance: 10_000, leverage: 5 });
 * // { unrealisedPnl: -2800.05, equity: 7199.95, usedMargin: 9000, marginLevel: 0.79999… }
 */
export function krakenMarginLevel(input: KrakenMarginLevelInput): KrakenMarginLevelResult {
  const o = requireObject('input', input);
  const sign = requireSide('side', o['side']) === 'long' ? 1 : -1;
  const size = requirePositive('size', o['size']);
  const entry = requirePositive('entry', o['entry']);
  const markPrice = requirePositive('markPrice', o['markPrice']);
  const tradeBalance = requireNonNegative('tradeBalance', o['tradeBalance']);
  const leverage = requirePositive('leverage', o['leverage']);
  const unrealisedPnl = requireFiniteResult('size', sign * size * (markPrice - entry));
  const equity = requireFiniteResult('tradeBalance', tradeBalance + unrealisedPnl);
  const usedMargin = krakenUsedMargin(sign, size, entry, markPrice, leverage);
  if (!(usedMargin > 0)) fail('leverage', 'small enough that the used margin (cost / leverage) is above 0', leverage);
  const marginLevel = requireFiniteResult('leverage', equity / requireFiniteResult('size', usedMargin));
  return { unrealisedPnl, equity, usedMargin, marginLevel };
}

/** Input of {@link krakenMarginLevelPrice}: a position as in {@link KrakenMarginLevelInput} and a margin level. */
export interface KrakenMarginLevelPriceInput extends Omit<KrakenMarginLevelInput, 'markPrice'> {
  /** ℓ: the margin level to reach, decimal > 0 (0.8 = Kraken's margin call, 0.4 = its liquidation). */
  marginLevel: number;
}

/**
 * Price at which a Kraken margin position's margin level falls to ℓ (solving
 * equity / used margin = ℓ, see {@link krakenMarginLevel}):
 *
 * long: P_ℓ = E − (TB − ℓ·Q·E/L)/Q;  short: P_ℓ = (TB + Q·E) / (Q·(1 + ℓ/L)).
 *
 * A long is below entry and a short above when the level is lower than the level at entry;
 * otherwise the position is already past it.
 *
 * @param input.side - `'long'` or `'short'`. @param input.size - Q > 0. @param input.entry - E > 0.
 * @param input.tradeBalance - TB ≥ 0. @param input.leverage - L > 0. @param input.marginLevel - ℓ > 0.
 * @returns The price in the quote currency, or `null` for a long whose level never falls to ℓ (P_ℓ ≤ 0).
 * @throws {RiskInputError} Invalid field, or a price too large to represent.
 * @see Kraken, "Margin call level and margin liquidation level" (margin call price example), https://support.kraken.com/hc/en-us/articles/203325763-Margin-call-level-and-margin-liquidation-level
 * @example
 * // Kraken: long 1 BTC at 20,000 with 5:1, trade balance 10,000 → margin call (80 %) at 13,200
 * krakenMarginLevelPrice({ side: 'long', size: 1, entry: 20_000, tradeBalance: 10_000, leverage: 5, marginLevel: 0.8 }); // 13200
 */
export function krakenMarginLevelPrice(input: KrakenMarginLevelPriceInput): number | null {
  const o = requireObject('input', input);
  const sign = requireSide('side', o['side']) === 'long' ? 1 : -1;
  const size = requirePositive('size', o['size']);
  const entry = requirePositive('entry', o['entry']);
  const tradeBalance = requireNonNegative('tradeBalance', o['tradeBalance']);
  const leverage = requirePositive('leverage', o['leverage']);
  const marginLevel = requirePositive('marginLevel', o['marginLevel']);
  requireFiniteResult('size', size * entry);
  return krakenLevelPrice(sign, size, entry, tradeBalance, leverage, marginLevel, 'tradeBalance');
}

// ---------------------------------------------------------------------------------------------
// One position under several venues' conventions
// ---------------------------------------------------------------------------------------------

/** Input of {@link venueLiquidationPrices}: one isolated position and each venue's parameters. */
export interface VenueLiquidationPricesInput {
  /** `'long'` or `'short'`. */
  side: Side;
  /** Q: position size, base-asset units, > 0. */
  size: number;
  /** E: entry price, quote currency, > 0. */
  entry: number;
  /** Leverage L > 0 (margin = Q·E / L). Give this or `margin`. */
  leverage?: number | undefined;
  /** Collateral M > 0 put up for the position (leverage = Q·E / M). Give this or `leverage`. */
  margin?: number | undefined;
  /** Binance USDⓈ-M maintenance brackets (see {@link maintenanceBracket}). */
  binanceBrackets: readonly MarginBracket[];
  /** Bybit maintenance margin rate of the position's risk-limit tier, decimal in [0, 1). */
  bybitMmr: number;
  /** Kraken margin level at which liquidation is certain, decimal > 0 (about 0.4). */
  krakenLiquidationLevel: number;
}

/** Result of {@link venueLiquidationPrices}; prices in the quote currency, null where none exists. */
export interface VenueLiquidationPricesResult {
  /** Q·E. */
  notional: number;
  /** Collateral M. */
  margin: number;
  /** Q·E / M. */
  leverage: number;
  /** Binance USDⓈ-M isolated, maintenance at the liquidation price, brackets applied ({@link liquidationPrice}). */
  binance: number | null;
  /** Bybit USDT perpetual isolated, maintenance at entry ({@link bybitLinearLiquidationPrice}). */
  bybit: number | null;
  /** Kraken margin: the price at which the margin level falls to `krakenLiquidationLevel` ({@link krakenMarginLevelPrice}), trade balance = used margin = M. */
  kraken: number | null;
}

/**
 * The liquidation price of one position under three venues' published conventions, the same
 * collateral M backing it on each:
 *
 * - Binance USDⓈ-M: P = (M + cum − s·Q·E) / (Q·(MMR − s)), with the bracket of Q·P;
 * - Bybit linear: P = E − s·(M − Q·E·MMR) / Q (initial margin M = Q·E/L);
 * - Kraken margin: margin level (M + s·Q·(P − E)) / used margin = ℓ, used margin M (a short's
 *   in the base asset, M·P/E), i.e. long P = E − (1 − ℓ)·M/Q, short P = (M + Q·E)/(Q·(1 + ℓ/L)).
 *
 * @param input.side - `'long'` or `'short'`. @param input.size - Q > 0. @param input.entry - E > 0.
 * @param input.leverage - L > 0, or @param input.margin - M > 0 (exactly one).
 * @param input.binanceBrackets - Bracket table. @param input.bybitMmr - [0, 1). @param input.krakenLiquidationLevel - > 0.
 * @returns See {@link VenueLiquidationPricesResult}.
 * @throws {RiskInputError} Invalid field; both or neither of `leverage` and `margin`; overflow.
 * @example
 * venueLiquidationPrices({ side: 'long', size: 1, entry: 50_000, leverage: 5,
 *   binanceBrackets: [{ floor: 0, mmr: 0.004 }], bybitMmr: 0.005, krakenLiquidationLevel: 0.4 });
 * // { binance: 40160.64…, bybit: 40250, kraken: 44000, margin: 10000, leverage: 5, notional: 50000 }
 */
export function venueLiquidationPrices(input: VenueLiquidationPricesInput): VenueLiquidationPricesResult {
  const o = requireObject('input', input);
  const sign = requireSide('side', o['side']) === 'long' ? 1 : -1;
  const size = requirePositive('size', o['size']);
  const entry = requirePositive('entry', o['entry']);
  const hasLeverage = o['leverage'] !== undefined;
  if (hasLeverage && o['margin'] !== undefined) {
    throw new RiskInputError('margin', 'Give either leverage or margin, not both (margin = size × entry / leverage).');
  }
  if (!hasLeverage && o['margin'] === undefined) {
    throw new RiskInputError('leverage', 'Leverage is required unless the margin is given.');
  }
  const notional = requireFiniteResult('size', size * entry);
  const sizing = hasLeverage ? 'leverage' : 'margin';
  const given = requirePositive(sizing, o[sizing]);
  // The other of leverage and margin: notional divided by the one given.
  const derived = notional / given;
  if (!(derived > 0) || !Number.isFinite(derived)) fail(sizing, 'such that notional / value is a positive finite number', given);
  const [leverage, margin] = hasLeverage ? [given, derived] : [derived, given];
  const brackets = parseBrackets(o['binanceBrackets'], 'binanceBrackets');
  const bybitMmr = requireFraction('bybitMmr', o['bybitMmr'], { maxInclusive: false });
  const level = requirePositive('krakenLiquidationLevel', o['krakenLiquidationLevel']);
  return {
    notional,
    margin,
    leverage,
    binance: liquidationWithBrackets(sign, size, entry, margin, brackets),
    bybit: bybitLiquidation(sign, size, entry, leverage, bybitMmr, 0, sizing),
    kraken: krakenLevelPrice(sign, size, entry, margin, leverage, level, sizing),
  };
}
