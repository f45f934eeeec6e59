import type { ScenarioLinks } from '../lib/scenario.ts';

/** Link parameters of src/calculators/FeeDragCalculator.tsx (see src/scripts/scenario-parameters.ts). */
export const links: ScenarioLinks = {
  id: 'fee',
  spec: {
    principal: { name: 'P', about: 'Amount invested P (USD)' },
    grossReturn: { name: 'r', about: 'Return before fees r (% per year)' },
    feeRate: { name: 'f', about: 'Annual fee f (% of assets per year)' },
    years: { name: 'n', about: 'Years held n' },
  },
};
