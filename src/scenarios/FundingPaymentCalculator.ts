import type { ScenarioLinks } from '../lib/scenario.ts';

/** Link parameters of src/calculators/FundingPaymentCalculator.tsx (see src/scripts/scenario-parameters.ts). */
export const links: ScenarioLinks = {
  id: 'lcrfunding',
  spec: {
    contract: { name: 'contract', about: 'Contract', choices: ['linear', 'inverse'] },
    side: { name: 'side', about: 'Side', choices: ['long', 'short'] },
    size: { name: 'Q', about: 'Position size (BTC, or USD of contracts for inverse)' },
    mark: { name: 'P', about: 'Mark price P (USD per BTC)' },
    rate: { name: 'f', about: 'Funding rate f per funding time (% of position value)' },
    perDay: { name: 'perday', about: 'Funding times per day', choices: ['1', '3', '6', '24'] },
    days: { name: 'days', about: 'Holding period (days)' },
  },
};
