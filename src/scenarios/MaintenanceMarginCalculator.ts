import type { ScenarioLinks } from '../lib/scenario.ts';

/** Link parameters of src/calculators/MaintenanceMarginCalculator.tsx (see src/scripts/scenario-parameters.ts). */
export const links: ScenarioLinks = {
  id: 'mmd',
  spec: {
    side: { name: 'side', about: 'Side', choices: ['long', 'short'] },
    size: { name: 'size', about: 'Size Q' },
    entry: { name: 'entry', about: 'Entry price' },
    walletBalance: { name: 'wallet', about: 'Isolated wallet balance' },
    brackets: {
      name: 't',
      about: 'Tier',
      maxRows: 20,
      rows: {
        floor: { name: 'floor', about: 'Floor (USDT notional)' },
        mmr: { name: 'mmr', about: 'Maintenance margin rate (% of notional)' },
      },
    },
  },
};
