import type { ScenarioLinks } from '../lib/scenario.ts';

/** Link parameters of src/calculators/PortfolioGreeksCalculator.tsx (see src/scripts/scenario-parameters.ts). */
export const links: ScenarioLinks = {
  id: 'greeks',
  spec: {
    spot: { name: 'S', about: 'Spot price S' },
    rate: { name: 'r', about: 'Risk-free rate r (% per year)' },
    positions: {
      name: 'p',
      about: 'Position',
      maxRows: 6,
      rows: {
        kind: { name: 'type', about: 'Instrument', choices: ['call', 'put', 'underlying'] },
        side: { name: 'side', about: 'Side', choices: ['long', 'short'] },
        quantity: { name: 'q', about: 'Quantity (units of the underlying)' },
        strike: { name: 'k', about: 'Strike K (empty for the underlying)' },
        days: { name: 't', about: 'Time to expiry in days (empty for the underlying)' },
        vol: { name: 'sigma', about: 'Volatility σ, % per year (empty for the underlying)' },
      },
    },
    spotMove: { name: 'dS', about: 'Spot move δS' },
    volMove: { name: 'dsigma', about: 'Volatility move δσ of every option (vol points)' },
    daysPassed: { name: 'dt', about: 'Time passed δt (days)' },
    aStrike: { name: 'ak', about: 'Hedge call A: strike K' },
    aDays: { name: 'at', about: 'Hedge call A: time to expiry (days)' },
    aVol: { name: 'asigma', about: 'Hedge call A: volatility σ (% per year)' },
    bStrike: { name: 'bk', about: 'Hedge call B: strike K' },
    bDays: { name: 'bt', about: 'Hedge call B: time to expiry (days)' },
    bVol: { name: 'bsigma', about: 'Hedge call B: volatility σ (% per year)' },
  },
};
