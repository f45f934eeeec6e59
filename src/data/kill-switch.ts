import type { CircuitBreakerLevelsInput, FirstPassageProbabilityInput } from '../risk/index.ts';

// Inputs shared by the kill-switch worked examples and the calculator. They live here, not in
// src/examples/, so the calculator's browser bundle does not carry the build-time example computations.

/**
 * The kill-switch worked example and the calculator's defaults (reference 10.2): a book whose daily
 * P&L has a volatility of 10,000 USDT, a loss limit of 25,000 USDT, a five-day horizon, no drift.
 */
export const KILL_SWITCH_EXAMPLE_INPUT = {
  distance: 25_000,
  drift: 0,
  vol: 10_000,
  horizon: 5,
} as const satisfies FirstPassageProbabilityInput;

/** The circuit-breaker example and the calculator's defaults (reference 10.1): S&P 500 close 2,681.66, levels 7, 13 and 20 %. */
export const CIRCUIT_BREAKER_EXAMPLE_INPUT = {
  referencePrice: 2_681.66,
  thresholds: [0.07, 0.13, 0.2],
} as const satisfies CircuitBreakerLevelsInput;

/** The share of days on which noise alone may trip the limit, for the suggested limit. */
export const TARGET_TRIP_PROBABILITY = 0.05;
