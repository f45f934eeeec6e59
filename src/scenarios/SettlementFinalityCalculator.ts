import type { ScenarioLinks } from '../lib/scenario.ts';

/** Link parameters of src/calculators/SettlementFinalityCalculator.tsx (see src/scripts/scenario-parameters.ts). */
export const links: ScenarioLinks = {
  id: 'nakamoto',
  spec: {
    attackerShare: { name: 'q', about: "Attacker's share of hash power q (%)" },
    confirmations: { name: 'z', about: 'Confirmations waited for z' },
    maxProbability: { name: 'target', about: 'Highest acceptable probability of a reversal (%)' },
    blockMinutes: { name: 'block', about: 'Mean time between blocks (minutes)' },
    waitMinutes: { name: 'wait', about: 'Waiting time to compare with (minutes)' },
    notional: { name: 'value', about: 'Payment value (USD)' },
    vol: { name: 'sigma', about: 'Volatility of the coin σ (% per year)' },
    confidence: { name: 'conf', about: 'Confidence level (one-sided, %)' },
  },
};
