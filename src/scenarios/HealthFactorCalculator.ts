import type { ScenarioLinks } from '../lib/scenario.ts';

/** Link parameters of src/calculators/HealthFactorCalculator.tsx (see src/scripts/scenario-parameters.ts). */
export const links: ScenarioLinks = {
  id: 'hf',
  spec: {
    collateral: {
      name: 'c',
      about: 'Collateral',
      maxRows: 4,
      rows: {
        name: { name: 'name', about: 'Asset name', text: true },
        quantity: { name: 'q', about: 'Quantity supplied' },
        price: { name: 'p', about: 'Price (USD per unit)' },
        threshold: { name: 'lt', about: 'Liquidation threshold (%)' },
      },
    },
    debt: { name: 'D', about: 'Debt (USD)' },
    seize: { name: 'seize', about: 'Collateral the liquidator takes (row number)' },
    bonus: { name: 'bonus', about: 'Liquidation bonus of the seized asset (%)' },
    fee: { name: 'fee', about: 'Protocol fee (% of the bonus)' },
    cover: { name: 'cover', about: 'Debt the liquidator repays (USD; empty for the most allowed)' },
  },
};
