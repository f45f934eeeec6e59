import type { ScenarioLinks } from '../lib/scenario.ts';

/** Link parameters of src/calculators/OracleManipulationCalculator.tsx (see src/scripts/scenario-parameters.ts). */
export const links: ScenarioLinks = {
  id: 'amm',
  spec: {
    base: { name: 'x', about: 'Pool reserve x of the priced token' },
    quote: { name: 'y', about: 'Pool reserve y of the quote token' },
    fee: { name: 'fee', about: 'Pool fee φ (% of input)' },
    target: { name: 'target', about: 'Target price for the oracle P̄ (quote per token)' },
    blocks: { name: 'n', about: 'Blocks in the TWAP window n' },
    held: { name: 'm', about: 'Blocks the attacker holds m' },
    averaging: { name: 'avg', about: 'TWAP averaging', choices: ['geometric', 'arithmetic'] },
  },
};
