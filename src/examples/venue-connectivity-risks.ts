import {
  connectionAvailability,
  MINUTES_PER_YEAR,
  priceMoveOverWindow,
  type ConnectionAvailabilityInput,
  type PriceMoveOverWindowInput,
} from '../risk/index.ts';
import { defineExample } from './define.ts';

export { MINUTES_PER_YEAR };
const USD = { digits: 2, unit: 'USD' } as const;
const toMinutes = (years: number) => years * MINUTES_PER_YEAR;

// The inputs are exported on their own so the calculator can take its defaults from them without
// bundling the examples: the examples are marked pure, and a bundle that does not use them drops them.

/** Inputs of {@link outage}. */
export const OUTAGE_INPUT = { notional: 10_000_000, vol: 0.6, years: 60 / MINUTES_PER_YEAR, confidence: 0.99 } satisfies PriceMoveOverWindowInput;
/** Inputs of {@link links}. */
export const LINKS_INPUT = { linkAvailability: 0.99, links: 2, venueAvailability: 0.999 } satisfies ConnectionAvailabilityInput;

/** Reference vector 25 (SELF): σ = 60 %/yr, one hour, 99 % → 1.491330 %, 149,133.03 USD on 10,000,000. */
export const outage = /* @__PURE__ */ defineExample({
  id: 'outage-1h-10m',
  title: 'A one-hour outage with a 10,000,000 USD BTC position open',
  fn: 'priceMoveOverWindow',
  input: OUTAGE_INPUT,
  compute: priceMoveOverWindow,
  inputs: {
    notional: ['Position value', (i) => i.notional, USD],
    vol: ['BTC volatility σ (annualised)', (i) => i.vol, { percent: true, digits: 0 }],
    minutes: ['Outage', (i) => toMinutes(i.years), { digits: 0, unit: 'min' }],
    confidence: ['Confidence level (one-sided)', (i) => i.confidence ?? 0.99, { percent: true, digits: 0 }],
  },
  outputs: {
    windowVol: ['Volatility over the outage σ√T', (r) => r.windowVol, { percent: true, digits: 3 }],
    z: ['Quantile z', (r) => r.z, { digits: 4 }],
    move: ['Adverse move at 99 %', (r) => r.move, { percent: true, digits: 3 }],
    moveValue: ['Loss for that move', (r) => r.moveValue, USD],
  },
});

/** Reference vector 25 (SELF) for the links (two of 99 % → 99.99 %, 52.56 min/yr), with a 99.9 % venue in series. */
export const links = /* @__PURE__ */ defineExample({
  id: 'two-links-one-venue',
  title: 'Two independent connections to a venue that is itself up 99.9 % of the time',
  fn: 'connectionAvailability',
  input: LINKS_INPUT,
  compute: connectionAvailability,
  inputs: {
    linkAvailability: ['Availability of one connection a', (i) => i.linkAvailability, { percent: true, digits: 0 }],
    links: ['Connections in parallel n', (i) => i.links, { digits: 0 }],
    venueAvailability: ['Availability of the venue', (i) => i.venueAvailability ?? 1, { percent: true, digits: 1 }],
  },
  outputs: {
    linksAvailability: ['At least one connection works', (r) => r.linksAvailability, { percent: true, digits: 4 }],
    linksDowntime: ['No connection at all', (r) => r.linksDowntimeMinutesPerYear, { digits: 2, unit: 'min a year' }],
    availability: ['Orders can reach a working venue', (r) => r.availability, { percent: true, digits: 4 }],
    downtime: ['Orders cannot reach a working venue', (r) => r.downtimeMinutesPerYear, { digits: 2, unit: 'min a year' }],
  },
});
