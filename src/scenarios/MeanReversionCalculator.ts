import type { ScenarioLinks } from '../lib/scenario.ts';

/**
 * Link parameters of src/calculators/MeanReversionCalculator.tsx (see src/scripts/scenario-parameters.ts).
 * The pasted series is not a link parameter yet (the link code knows numbers, choices and short text only).
 */
export const links: ScenarioLinks = {
  id: 'meanrev',
  spec: {
    unit: { name: 'unit', about: 'Time measured in', choices: ['days', 'hours'] },
    step: { name: 'step', about: 'Time between observations Δ (in the time unit)' },
    ahead: { name: 'ahead', about: 'Look ahead (in the time unit)' },
  },
};
