import type { ScenarioLinks } from '../lib/scenario.ts';

/** Link parameters of src/calculators/LendingLoopCalculator.tsx (see src/scripts/scenario-parameters.ts). */
export const links: ScenarioLinks = {
  id: 'loop',
  spec: {
    deposit: { name: 'd', about: 'Own capital deposited' },
    ltv: { name: 'ltv', about: 'Loan-to-value borrowed each loop (%)' },
    loops: { name: 'n', about: 'Number of loops' },
    threshold: { name: 'lt', about: 'Liquidation threshold (%)' },
    supply: { name: 's', about: 'Yield on the collateral (% per year)' },
    borrow: { name: 'b', about: 'Borrow rate (% per year)' },
  },
};
