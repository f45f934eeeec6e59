import type { ScenarioLinks } from '../lib/scenario.ts';

/** Link parameters of src/calculators/OptionStrategyCalculator.tsx (see src/scripts/scenario-parameters.ts). */
export const links: ScenarioLinks = {
  id: 'optstrat',
  spec: {
    preset: {
      name: 'preset',
      about: 'Strategy preset',
      choices: ['bull-call-spread', 'butterfly', 'long-call', 'short-strangle', 'iron-condor', 'covered-call', 'custom'],
    },
    legs: {
      name: 'l',
      about: 'Leg',
      maxRows: 4,
      rows: {
        kind: { name: 'type', about: 'Instrument', choices: ['call', 'put', 'underlying'] },
        side: { name: 'side', about: 'Side', choices: ['long', 'short'] },
        quantity: { name: 'q', about: 'Quantity' },
        strike: { name: 'k', about: 'Strike K (empty for the underlying)' },
        premium: { name: 'p', about: 'Premium per unit (for the underlying: entry price)' },
      },
    },
  },
};
