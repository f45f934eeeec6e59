import type { ScenarioLinks } from '../lib/scenario.ts';

/** Link parameters of src/calculators/MarketSyncCalculator.tsx (see src/scripts/scenario-parameters.ts). */
export const links: ScenarioLinks = {
  id: 'sync',
  spec: {
    value1: { name: 'a', about: 'Asset 1 position value (negative for a short)' },
    vol1: { name: 'asigma', about: 'Asset 1 volatility (% per year)' },
    value2: { name: 'b', about: 'Asset 2 position value' },
    vol2: { name: 'bsigma', about: 'Asset 2 volatility (% per year)' },
    rho: { name: 'rho', about: 'Correlation now ρ' },
    stress: { name: 'stress', about: 'Stressed correlation' },
    confidence: { name: 'conf', about: 'Confidence (%)' },
    days: { name: 'h', about: 'Horizon (days)' },
    spot: { name: 'S', about: 'Spot (index) price S' },
    future: { name: 'F', about: 'Futures price F' },
    expiry: { name: 'T', about: "Days to the future's expiry" },
    priceA: { name: 'pa', about: 'Price on venue A' },
    priceB: { name: 'pb', about: 'Price on venue B' },
  },
};
