import type { ScenarioLinks } from '../lib/scenario.ts';

/** Link parameters of src/calculators/AlmgrenChrissCalculator.tsx (see src/scripts/scenario-parameters.ts). */
export const links: ScenarioLinks = {
  id: 'ac',
  spec: {
    shares: { name: 'X', about: 'Position to sell X' },
    periods: { name: 'N', about: 'Number of periods N' },
    horizon: { name: 'T', about: 'Horizon T (days)' },
    vol: { name: 'sigma', about: 'Volatility σ' },
    eta: { name: 'eta', about: 'Temporary impact η' },
    gamma: { name: 'gamma', about: 'Permanent impact γ' },
    epsilon: { name: 'epsilon', about: 'Fixed cost ε' },
    riskAversion: { name: 'lambda', about: 'Risk aversion λ' },
  },
};
