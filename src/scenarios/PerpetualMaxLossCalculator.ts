import type { ScenarioLinks } from '../lib/scenario.ts';

/** Link parameters of src/calculators/PerpetualMaxLossCalculator.tsx (see src/scripts/scenario-parameters.ts). */
export const links: ScenarioLinks = {
  id: 'perpml',
  spec: {
    side: { name: 'side', about: 'Side', choices: ['long', 'short'] },
    size: { name: 'size', about: 'Size Q' },
    entry: { name: 'entry', about: 'Entry price' },
    mode: { name: 'mode', about: 'Margin entered as', choices: ['margin', 'leverage'] },
    margin: { name: 'margin', about: 'Isolated margin' },
    leverage: { name: 'leverage', about: 'Leverage' },
    stop: { name: 'stop', about: 'Stop price (optional)' },
    mmr: { name: 'mmr', about: 'Maintenance margin rate' },
    fee: { name: 'fee', about: 'Taker fee' },
  },
};
