/**
 * Operational exposure: the price move a position can suffer while its owner cannot act (a venue
 * outage, a settlement window), and the availability of redundant connections to a venue.
 */
import { standardNormalQuantile } from './normal.ts';
import {
  optional,
  requireFiniteResult,
  requireFraction,
  requireInteger,
  requireNonNegative,
  requireObject,
  requirePositive,
} from './validate.ts';

import { MINUTES_PER_YEAR } from './calendar.ts';

/** Input of {@link priceMoveOverWindow}. */
export interface PriceMoveOverWindowInput {
  /** Position value exposed to the price, currency, > 0 (long or short: the move is one-sided against it). */
  notional: number;
  /** Volatility of the price, annualised, decimal (0.6 is 60 % a year), ≥ 0. */
  vol: number;
  /** Length of the window in years (ACT/365: one hour is 1/8,760), ≥ 0. */
  years: number;
  /** One-sided confidence level, decimal in [0.5, 1). Default 0.99. */
  confidence?: number | undefined;
}

/** Result of {@link priceMoveOverWindow}. */
export interface PriceMoveOverWindowResult {
  /** σ_w = σ·√T: standard deviation of the return over the window, decimal fraction of the price, ≥ 0. */
  windowVol: number;
  /** z = Φ⁻¹(confidence), ≥ 0. */
  z: number;
  /** z·σ_w: the adverse move not exceeded with probability `confidence`, decimal fraction of the price, ≥ 0. */
  move: number;
  /** move·notional: the loss on the position for that move, currency, ≥ 0. */
  moveValue: number;
}

/**
 * The adverse price move over a window in which the position cannot be closed or hedged (an exchange
 * outage, the wait for blockchain confirmations), at a one-sided confidence level, with normal
 * zero-mean returns and square-root-of-time scaling.
 *
 * σ_w = σ·√T;  move = z·σ_w with z = Φ⁻¹(confidence);  moveValue = move·notional.
 * This is parametric value at risk with an annualised volatility and a window in years: the same number
 * as `parametricVar` with dailyVol = σ/√365 and days = 365·T.
 *
 * @param input.notional - Position value, currency, > 0.
 * @param input.vol - σ, annualised decimal, ≥ 0.
 * @param input.years - T, years (ACT/365), ≥ 0.
 * @param input.confidence - Decimal in [0.5, 1) (default 0.99).
 * @returns `{ windowVol, z, move, moveValue }`, all ≥ 0 (0 when σ or T is 0, or confidence is ½).
 * @throws {RiskInputError} Invalid field; overflow of σ·√T (`vol`) or of the loss (`notional`).
 * @see J. C. Hull, *Risk Management and Financial Institutions*, VaR chapter (square-root-of-time rule,
 * VaR = z·σ·√T·value), http://www.hezhiquan.com/docs/view/7f6f95514a9f4ad4ba0fb2a651e4955b_2.html
 * @example
 * // σ = 60 % a year, a one-hour outage, 99 %, 10,000,000 USD → σ_w 0.641 %, move 1.4913 %, 149,133.03 USD
 * priceMoveOverWindow({ notional: 10_000_000, vol: 0.6, years: 1 / 8760, confidence: 0.99 }).moveValue; // 149133.03…
 */
export function priceMoveOverWindow(input: PriceMoveOverWindowInput): PriceMoveOverWindowResult {
  const o = requireObject('input', input);
  const notional = requirePositive('notional', o['notional']);
  const vol = requireNonNegative('vol', o['vol']);
  const years = requireNonNegative('years', o['years']);
  const confidence = optional(o['confidence'], 0.99, (v) =>
    requireFraction('confidence', v, { min: 0.5, maxInclusive: false }),
  );
  const z = standardNormalQuantile(confidence);
  const windowVol = requireFiniteResult('vol', vol * Math.sqrt(years));
  const move = requireFiniteResult('vol', z * windowVol);
  return { windowVol, z, move, moveValue: requireFiniteResult('notional', move * notional) };
}

/** Input of {@link connectionAvailability}. */
export interface ConnectionAvailabilityInput {
  /** Availability a of one connection (share of time it works), decimal in [0, 1] (0.99 is 99 %). */
  linkAvailability: number;
  /** Number n of independent, identical connections in parallel (any one is enough), integer ≥ 1. */
  links: number;
  /** Availability of the venue itself (its API or matching engine), in series with the links, decimal in [0, 1]. Default 1 (not modelled). */
  venueAvailability?: number | undefined;
}

/** Result of {@link connectionAvailability}. */
export interface ConnectionAvailabilityResult {
  /** A_links = 1 − (1 − a)ⁿ: at least one connection works, decimal in [0, 1]. */
  linksAvailability: number;
  /** A = a_venue·A_links: the venue can be reached and is working, decimal in [0, 1]. */
  availability: number;
  /** (1 − A_links)·525,600: expected minutes a year with no working connection, ≥ 0. */
  linksDowntimeMinutesPerYear: number;
  /** (1 − A)·525,600: expected minutes a year in which orders cannot reach a working venue, ≥ 0. */
  downtimeMinutesPerYear: number;
}

/**
 * Availability of redundant connections to a venue, and the downtime it implies over a year of
 * 365 days. Connections fail independently; the venue is in series with them (it must be up too).
 *
 * A_links = 1 − (1 − a)ⁿ (parallel);  A = a_venue·A_links (series);  downtime = (1 − A)·525,600 min/yr.
 * The unavailabilities are computed directly, 1 − A = (1 − a_venue) + a_venue·(1 − a)ⁿ, so small
 * downtimes keep their precision.
 *
 * @param input.linkAvailability - a, decimal in [0, 1].
 * @param input.links - n, integer ≥ 1.
 * @param input.venueAvailability - a_venue, decimal in [0, 1] (default 1).
 * @returns `{ linksAvailability, availability, linksDowntimeMinutesPerYear, downtimeMinutesPerYear }`;
 * availabilities in [0, 1], non-decreasing in n; downtimes in [0, 525,600] minutes.
 * @throws {RiskInputError} Availability outside [0, 1]; `links` not a whole number ≥ 1.
 * @see ReliaSoft, *Reliability Engineering Handbook*, Vol. 2, ch. 2 "Reliability of parallel systems",
 * https://www.globalspec.com/reference/75484/203279/chapter-2-reliability-of-parallel-systems
 * @example
 * // Two connections of 99 % each: 99.99 %, 52.56 minutes a year without a connection
 * connectionAvailability({ linkAvailability: 0.99, links: 2 }); // { linksAvailability: 0.9999, …, downtimeMinutesPerYear: 52.56… }
 */
export function connectionAvailability(input: ConnectionAvailabilityInput): ConnectionAvailabilityResult {
  const o = requireObject('input', input);
  const linkAvailability = requireFraction('linkAvailability', o['linkAvailability']);
  const links = requireInteger('links', o['links'], 1);
  const venueAvailability = optional(o['venueAvailability'], 1, (v) => requireFraction('venueAvailability', v));
  const linksUnavailability = (1 - linkAvailability) ** links;
  const unavailability = 1 - venueAvailability + venueAvailability * linksUnavailability;
  return {
    linksAvailability: 1 - linksUnavailability,
    availability: venueAvailability * (1 - linksUnavailability),
    linksDowntimeMinutesPerYear: linksUnavailability * MINUTES_PER_YEAR,
    downtimeMinutesPerYear: Math.min(1, unavailability) * MINUTES_PER_YEAR,
  };
}
