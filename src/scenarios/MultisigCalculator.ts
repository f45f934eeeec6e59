import type { ScenarioLinks } from '../lib/scenario.ts';

/** Link parameters of src/calculators/MultisigCalculator.tsx (see src/scripts/scenario-parameters.ts). */
export const links: ScenarioLinks = {
  id: 'multisig',
  spec: {
    threshold: { name: 'k', about: 'Approvals required k' },
    keys: { name: 'n', about: 'Keys in the scheme n' },
    compromiseProbability: { name: 'q', about: 'Probability one key is stolen or misused q (%)' },
    lossProbability: { name: 'l', about: 'Probability one key is lost or unavailable ℓ (%)' },
  },
};
