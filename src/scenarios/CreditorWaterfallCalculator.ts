import type { ScenarioLinks } from '../lib/scenario.ts';

/** Link parameters of src/calculators/CreditorWaterfallCalculator.tsx (see src/scripts/scenario-parameters.ts). */
export const links: ScenarioLinks = {
  id: 'waterfall',
  spec: {
    assets: { name: 'V', about: 'Value available for distribution V' },
    classes: {
      name: 'c',
      about: 'Class',
      rows: {
        name: { name: 'name', about: 'Name', text: true },
        claims: {
          name: 'k',
          about: 'Claimant',
          rows: {
            name: { name: 'name', about: 'Name', text: true },
            amount: { name: 'amount', about: 'Claim' },
          },
        },
      },
    },
  },
};
