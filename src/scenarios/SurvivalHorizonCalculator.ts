import type { ScenarioLinks } from '../lib/scenario.ts';

/** Link parameters of src/calculators/SurvivalHorizonCalculator.tsx (see src/scripts/scenario-parameters.ts). */
export const links: ScenarioLinks = {
  id: 'lcrhorizon',
  spec: {
    liquidAssets: { name: 'LA', about: 'Liquid assets at the start LA₀' },
    periods: {
      name: 'p',
      about: 'Period',
      rows: {
        days: { name: 'days', about: 'Days in the period' },
        flow: { name: 'flow', about: 'Net flow per day' },
      },
    },
  },
};
