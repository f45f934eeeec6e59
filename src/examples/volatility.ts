import { DAYS_PER_YEAR } from '../risk/index.ts';

/**
 * Volatility over one day from an annualised one: σ_day = σ_year / √365, the square root of time over
 * calendar days (src/risk/calendar.ts says why 365). Worked examples and calculators ask for volatility
 * per year, as traders quote it; the library's margin and VaR functions take it per day and validate it.
 */
export const dailyFromAnnualVol = (annualVol: number): number => annualVol / Math.sqrt(DAYS_PER_YEAR);

/** The other way round: annualised volatility from a daily one, σ_year = σ_day · √365. */
export const annualFromDailyVol = (dailyVol: number): number => dailyVol * Math.sqrt(DAYS_PER_YEAR);
