import type { ScenarioLinks } from '../lib/scenario.ts';

/** Link parameters of src/calculators/ExpiryRiskCalculator.tsx (see src/scripts/scenario-parameters.ts). */
export const links: ScenarioLinks = {
  id: 'expiry',
  spec: {
    type: { name: 'type', about: 'Option', choices: ['call', 'put'] },
    timeUnit: { name: 'unit', about: 'Time entered in', choices: ['days', 'hours'] },
    spot: { name: 'S', about: 'Spot price S' },
    strike: { name: 'K', about: 'Strike K' },
    time: { name: 'T', about: 'Time to expiry (in the time unit)' },
    vol: { name: 'sigma', about: 'Volatility σ (% per year)' },
    rate: { name: 'r', about: 'Risk-free rate r (% per year)' },
  },
};
