import type { ScenarioLinks } from '../lib/scenario.ts';

/** Link parameters of src/calculators/ValueAtRiskCalculator.tsx (see src/scripts/scenario-parameters.ts). */
export const links: ScenarioLinks = {
  id: 'var',
  spec: {
    valueA: { name: 'A', about: 'Position 1 value (USDT, negative for a short)' },
    volA: { name: 'sigmaA', about: 'Position 1 daily volatility (% per day)' },
    valueB: { name: 'B', about: 'Position 2 value (USDT)' },
    volB: { name: 'sigmaB', about: 'Position 2 daily volatility (% per day)' },
    rho: { name: 'rho', about: 'Correlation ρ' },
    days: { name: 'T', about: 'Horizon (days)' },
    confidence: { name: 'conf', about: 'Confidence level (%)' },
  },
};
