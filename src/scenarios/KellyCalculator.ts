import type { ScenarioLinks } from '../lib/scenario.ts';

/** Link parameters of src/calculators/KellyCalculator.tsx (see src/scripts/scenario-parameters.ts). */
export const links: ScenarioLinks = {
  id: 'kelly',
  spec: {
    method: { name: 'method', about: 'Method', choices: ['bet', 'asset', 'weights'] },
    p: { name: 'p', about: 'Win probability p (%)' },
    b: { name: 'b', about: 'Win per 1 staked b' },
    c: { name: 'c', about: 'Share of Kelly used (%)' },
    mu: { name: 'mu', about: 'Expected return μ (% per year)' },
    r: { name: 'r', about: 'Cash rate r (% per year)' },
    sigma: { name: 'sigma', about: 'Volatility σ (% per year)' },
    assets: {
      name: 'a',
      about: 'Asset',
      maxRows: 4,
      rows: {
        name: { name: 'name', about: 'Name', text: true },
        vol: { name: 'vol', about: 'Volatility (% per year)' },
        corr: { name: 'rho', about: 'Correlation with an earlier asset', maxRows: 3, rows: { value: { name: 'v', about: 'Correlation (−1 to 1)' } } },
      },
    },
  },
};
