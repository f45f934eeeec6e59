import type { ScenarioLinks } from '../lib/scenario.ts';

/** Link parameters of src/calculators/BridgePathCalculator.tsx (see src/scripts/scenario-parameters.ts). */
export const links: ScenarioLinks = {
  id: 'bridge',
  spec: {
    exposure: { name: 'amount', about: 'Amount sent (USDC)' },
    transfers: { name: 'n', about: 'Number of such transfers' },
    hops: {
      name: 'h',
      about: 'Hop',
      rows: {
        name: { name: 'name', about: 'Name', text: true },
        failureProbability: { name: 'p', about: 'Probability the hop fails (%)' },
        lossGivenFailure: { name: 'lgd', about: 'Loss given failure (%)' },
      },
    },
  },
};
