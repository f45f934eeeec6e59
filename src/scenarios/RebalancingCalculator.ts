import type { ScenarioLinks } from '../lib/scenario.ts';

/** Link parameters of src/calculators/RebalancingCalculator.tsx (see src/scripts/scenario-parameters.ts). */
export const links: ScenarioLinks = {
  id: 'rebal',
  spec: {
    type: { name: 'type', about: 'Option', choices: ['call', 'put'] },
    side: { name: 'side', about: 'Position', choices: ['short', 'long'] },
    spot: { name: 'S', about: 'Spot S (USDT)' },
    strike: { name: 'K', about: 'Strike K (USDT)' },
    days: { name: 'T', about: 'Time to expiry T (days)' },
    vol: { name: 'sigma', about: 'Volatility σ (% per year)' },
    rate: { name: 'r', about: 'Risk-free rate r (% per year)' },
    hours: { name: 'dt', about: 'Rebalancing interval Δt (hours)' },
    cost: { name: 'k', about: 'Round-trip cost k (% of value traded)' },
    weight: { name: 'w', about: 'Target weight of asset 1 w₀ (%)' },
    lower: { name: 'wl', about: 'Lower edge of the band (%)' },
    upper: { name: 'wu', about: 'Upper edge of the band (%)' },
    vol1: { name: 'sa', about: 'Volatility of asset 1 σ₁ (% per year)' },
    vol2: { name: 'sb', about: 'Volatility of asset 2 σ₂ (% per year)' },
    corr: { name: 'rho', about: 'Correlation ρ' },
    mu: { name: 'mu', about: 'Expected return of asset 1 minus asset 2, μ₁ − μ₂ (% per year)' },
  },
};
