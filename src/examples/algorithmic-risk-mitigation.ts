import {
  circuitBreakerLevels,
  firstPassageDistance,
  firstPassageProbability,
  type FirstPassageDistanceInput,
} from '../risk/index.ts';
import { CIRCUIT_BREAKER_EXAMPLE_INPUT, KILL_SWITCH_EXAMPLE_INPUT, TARGET_TRIP_PROBABILITY } from '../data/kill-switch.ts';
import { formatNumber } from '../lib/format.ts';
import { defineExample } from './define.ts';

const USDT = { digits: 2, unit: 'USDT' } as const;
const PROBABILITY = { percent: true, digits: 2 } as const;

/** Reference 10.2 (SELF): touch 0.2635525, end of horizon only 0.1317762. */
export const killSwitchExample = /* @__PURE__ */ defineExample({
  id: 'kill-switch-five-days',
  title: 'A 25,000 USDT loss limit over five days, P&L volatility 10,000 USDT per √day',
  fn: 'firstPassageProbability',
  input: KILL_SWITCH_EXAMPLE_INPUT,
  compute: firstPassageProbability,
  inputs: {
    distance: ['Loss limit L', (i) => i.distance, USDT],
    vol: ['P&L volatility σ', (i) => i.vol, { ...USDT, unit: 'USDT per √day' }],
    drift: ['Drift μ (expected P&L)', (i) => i.drift, { ...USDT, unit: 'USDT per day' }],
    horizon: ['Horizon T', (i) => i.horizon, { digits: 0, unit: 'days' }],
  },
  outputs: {
    probability: ['Probability the limit is touched within T', (r) => r.probability, PROBABILITY],
    terminalProbability: ['Probability the P&L ends T beyond the limit', (r) => r.terminalProbability, PROBABILITY],
  },
});

/** Reference 10.3 (SELF): with +2,000 / −2,000 USDT a day of drift, 0.1511618 / 0.4109003. */
export const killSwitchDriftExample = /* @__PURE__ */ defineExample({
  id: 'kill-switch-with-drift',
  title: 'The same limit when the strategy earns or bleeds 2,000 USDT a day on average',
  fn: 'firstPassageProbability',
  input: { ...KILL_SWITCH_EXAMPLE_INPUT, drifts: [2_000, -2_000] } as const,
  compute: ({ drifts, ...input }) => drifts.map((drift) => firstPassageProbability({ ...input, drift }).probability),
  inputs: {
    drifts: ['Drift μ', (i) => `${i.drifts.map((d) => formatNumber(d, { digits: 0, signed: true })).join(' and ')} USDT per day`],
  },
  outputs: {
    earning: ['Touch probability, earning 2,000 USDT a day', (r) => r[0] ?? null, PROBABILITY],
    bleeding: ['Touch probability, losing 2,000 USDT a day', (r) => r[1] ?? null, PROBABILITY],
  },
});

/** σ√T·Φ⁻¹(1 − p/2) = 10,000 × 1.959964 = 19,599.64 USDT. */
export const lossLimitExample = /* @__PURE__ */ defineExample({
  id: 'loss-limit-one-day-in-twenty',
  title: 'The daily loss limit that noise alone trips on one day in twenty',
  fn: 'firstPassageDistance',
  input: { probability: TARGET_TRIP_PROBABILITY, drift: 0, vol: 10_000, horizon: 1 } satisfies FirstPassageDistanceInput,
  compute: firstPassageDistance,
  inputs: {
    probability: ['Accepted chance of a trip on noise', (i) => i.probability, { percent: true, digits: 0 }],
    vol: ['P&L volatility σ', (i) => i.vol, { ...USDT, unit: 'USDT per √day' }],
    horizon: ['Horizon', (i) => i.horizon, { digits: 0, unit: 'day' }],
  },
  outputs: {
    limit: ['Loss limit L', (r) => r, USDT],
  },
});

/** Reference 10.1 (Business Insider, PUBLISHED): 2,493.94, 2,333.04, 2,145.33. */
export const circuitBreakerExample = /* @__PURE__ */ defineExample({
  id: 'market-wide-circuit-breakers',
  title: 'US market-wide circuit breakers on an S&P 500 close of 2,681.66',
  fn: 'circuitBreakerLevels',
  input: CIRCUIT_BREAKER_EXAMPLE_INPUT,
  compute: circuitBreakerLevels,
  inputs: {
    referencePrice: ['Prior close C', (i) => i.referencePrice, { digits: 2 }],
    thresholds: ['Declines ℓ of levels 1, 2, 3', (i) => i.thresholds.map((t) => formatNumber(t, { percent: true, digits: 0 })).join(', ')],
  },
  outputs: {
    level1: ['Level 1 trigger (−7 %)', (r) => r.prices[0] ?? null, { digits: 2 }],
    level2: ['Level 2 trigger (−13 %)', (r) => r.prices[1] ?? null, { digits: 2 }],
    level3: ['Level 3 trigger (−20 %)', (r) => r.prices[2] ?? null, { digits: 2 }],
  },
});
