import type { ScenarioLinks } from '../lib/scenario.ts';

/** Link parameters of src/calculators/VenueComparisonCalculator.tsx (see src/scripts/scenario-parameters.ts). */
export const links: ScenarioLinks = {
  id: 'venues',
  spec: {
    side: { name: 'side', about: 'Side', choices: ['long', 'short'] },
    size: { name: 'size', about: 'Size Q' },
    entry: { name: 'entry', about: 'Entry price' },
    mode: { name: 'mode', about: 'Margin entered as', choices: ['leverage', 'margin'] },
    leverage: { name: 'leverage', about: 'Leverage' },
    margin: { name: 'margin', about: 'Margin' },
  },
};
