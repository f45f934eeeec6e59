import type { ScenarioLinks } from '../lib/scenario.ts';

/** Link parameters of src/calculators/LiquidityCoverageCalculator.tsx (see src/scripts/scenario-parameters.ts). */
export const links: ScenarioLinks = {
  id: 'lcr',
  spec: {
    liquidAssets: { name: 'hqla', about: 'High-quality liquid assets (after haircuts)' },
    outflows: { name: 'out', about: 'Stressed outflows over 30 days' },
    inflows: { name: 'in', about: 'Inflows over 30 days' },
  },
};
