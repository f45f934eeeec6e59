import type { ScenarioLinks } from '../lib/scenario.ts';

/** Link parameters of src/calculators/KillSwitchCalculator.tsx (see src/scripts/scenario-parameters.ts). */
export const links: ScenarioLinks = {
  id: 'killsw',
  spec: {
    distance: { name: 'L', about: 'Loss limit L (USDT)' },
    vol: { name: 'sigma', about: 'P&L volatility σ (USDT per √day)' },
    drift: { name: 'mu', about: 'Drift μ (USDT per day)' },
    horizon: { name: 'T', about: 'Horizon T (days)' },
    probability: { name: 'p', about: 'Accepted chance of a trip on noise (% over T)' },
    referencePrice: { name: 'C', about: 'Reference price for breakers' },
    level1: { name: 'one', about: 'Level 1 decline (%)' },
    level2: { name: 'two', about: 'Level 2 decline (%)' },
    level3: { name: 'three', about: 'Level 3 decline (%)' },
  },
};
