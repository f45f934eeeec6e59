import type { ScenarioLinks } from '../lib/scenario.ts';

/** Link parameters of src/calculators/OutageRiskCalculator.tsx (see src/scripts/scenario-parameters.ts). */
export const links: ScenarioLinks = {
  id: 'outage',
  spec: {
    notional: { name: 'value', about: 'Position value (USD)' },
    vol: { name: 'sigma', about: 'Volatility σ (% per year)' },
    minutes: { name: 'min', about: 'Outage length (minutes)' },
    confidence: { name: 'conf', about: 'Confidence level (one-sided, %)' },
    linkAvailability: { name: 'a', about: 'Availability of one connection (%)' },
    links: { name: 'n', about: 'Independent connections in parallel' },
    venueAvailability: { name: 'venue', about: 'Availability of the venue itself (%)' },
  },
};
