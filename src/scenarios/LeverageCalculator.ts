import type { ScenarioLinks } from '../lib/scenario.ts';

/** Link parameters of src/calculators/LeverageCalculator.tsx (see src/scripts/scenario-parameters.ts). */
export const links: ScenarioLinks = {
  id: 'lev',
  spec: {
    side: { name: 'side', about: 'Side', choices: ['long', 'short'] },
    size: { name: 'size', about: 'Size Q' },
    entry: { name: 'entry', about: 'Entry price' },
    margin: { name: 'margin', about: 'Isolated margin' },
    markPrice: { name: 'mark', about: 'Mark price now' },
    mmr: { name: 'mmr', about: 'Maintenance margin rate (% of notional)' },
    vol: { name: 'sigma', about: 'Volatility σ (% per year)' },
    days: { name: 'days', about: 'Horizon (days)' },
    drift: { name: 'mu', about: 'Drift μ of the price (% per year)' },
  },
};
