import type { ScenarioLinks } from '../lib/scenario.ts';

/** Link parameters of src/calculators/TrancheReleaseCalculator.tsx (see src/scripts/scenario-parameters.ts). */
export const links: ScenarioLinks = {
  id: 'vest',
  spec: {
    total: { name: 'A', about: 'Allocation A (tokens)' },
    cliff: { name: 'c', about: 'Cliff c (months)' },
    duration: { name: 'D', about: 'Vesting duration D (months)' },
    release: { name: 'release', about: 'Release', choices: ['linear', 'monthly', 'quarterly'] },
    circulating: { name: 'S', about: 'Circulating supply before the first unlock S (tokens)' },
    max: { name: 'max', about: 'Maximum supply (tokens)' },
    month: { name: 't', about: 'Month to read' },
  },
};
