import type { ScenarioLinks } from '../lib/scenario.ts';

/** Link parameters of src/calculators/DurationGapCalculator.tsx (see src/scripts/scenario-parameters.ts). */
export const links: ScenarioLinks = {
  id: 'dgap',
  spec: {
    assets: { name: 'A', about: 'Assets A (market value)' },
    liabilities: { name: 'L', about: 'Liabilities L (market value)' },
    assetDuration: { name: 'DA', about: 'Duration of assets D_A (years)' },
    liabilityDuration: { name: 'DL', about: 'Duration of liabilities D_L (years)' },
    yieldLevel: { name: 'y', about: 'Interest rate now y (% per year)' },
    yieldChange: { name: 'dy', about: 'Rate change Δy (percentage points)' },
  },
};
