/**
 * The library's one time convention: ACT/365. Crypto venues trade every calendar day, so a year is
 * 365 days of 24 hours, and every `years` input and every annualised figure uses it (a volatility
 * per day is the annual one divided by √365).
 *
 * Why 365 and not 252: volatility is measured per trading day and annualised with the number of
 * trading days in a year (Hull, *Options, Futures, and Other Derivatives*, ch. 15, on trading days
 * and calendar days: about 252 for a stock market); a market open every day has 365 of them, so
 * trading time and calendar time coincide.
 */

/** Calendar days in a year. */
export const DAYS_PER_YEAR = 365;
/** Hours in a year of 365 days. */
export const HOURS_PER_YEAR = DAYS_PER_YEAR * 24;
/** Minutes in a year of 365 days. */
export const MINUTES_PER_YEAR = HOURS_PER_YEAR * 60;
/** Seconds in a year of 365 days. */
export const SECONDS_PER_YEAR = MINUTES_PER_YEAR * 60;
