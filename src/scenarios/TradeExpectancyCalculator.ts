import type { ScenarioLinks } from '../lib/scenario.ts';

/** Link parameters of src/calculators/TradeExpectancyCalculator.tsx (see src/scripts/scenario-parameters.ts). */
export const links: ScenarioLinks = {
  id: 'expectancy',
  spec: {
    win: { name: 'p', about: 'Win rate p (%)' },
    ratio: { name: 'ratio', about: 'Reward-to-risk ratio W̄/L̄' },
    risk: { name: 'risk', about: 'Average loss per losing trade L̄ (USDT)' },
  },
};
