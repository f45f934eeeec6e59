import type { ScenarioLinks } from '../lib/scenario.ts';

/** Link parameters of src/calculators/TransactionCostCalculator.tsx (see src/scripts/scenario-parameters.ts). */
export const links: ScenarioLinks = {
  id: 'tcost',
  spec: {
    side: { name: 'side', about: 'Position', choices: ['long', 'short'] },
    entry: { name: 'E', about: 'Entry price E (USDT)' },
    notional: { name: 'N', about: 'Order notional N (USDT)' },
    fee: { name: 'fee', about: 'Taker fee f, each side (% of notional)' },
    spread: { name: 'spread', about: 'Bid–ask spread s (% of mid)' },
    vol: { name: 'sigma', about: 'Daily volatility σ_D (% per day)' },
    volume: { name: 'V', about: 'Daily volume V_D (USDT)' },
    model: { name: 'model', about: 'Impact model', choices: ['sqrt', 'atthl'] },
    coef: { name: 'Y', about: 'Prefactor Y (square-root law)' },
    cap: { name: 'cap', about: 'Market capitalisation Θ (USDT; Almgren et al.)' },
    hours: { name: 'T', about: 'Execution time T (hours; Almgren et al.)' },
  },
};
