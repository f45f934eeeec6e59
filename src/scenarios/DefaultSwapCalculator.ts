import type { ScenarioLinks } from '../lib/scenario.ts';

/** Link parameters of src/calculators/DefaultSwapCalculator.tsx (see src/scripts/scenario-parameters.ts). */
export const links: ScenarioLinks = {
  id: 'cds',
  spec: {
    credit: { name: 'credit', about: 'Credit entered as', choices: ['hazard', 'spread'] },
    hazard: { name: 'lambda', about: 'Hazard rate λ (% per year)' },
    spread: { name: 'sm', about: 'Market par spread s_m (bp per year)' },
    recovery: { name: 'R', about: 'Recovery rate R (% of notional)' },
    rate: { name: 'r', about: 'Risk-free rate r (% per year, continuous)' },
    years: { name: 'T', about: 'Remaining maturity T (years)' },
    frequency: { name: 'freq', about: 'Premium payments per year', choices: ['1', '2', '4', '12'] },
    contract: { name: 'sc', about: 'Contract spread s_c (bp per year)' },
    notional: { name: 'N', about: 'Notional N (USD)' },
  },
};
