import type { ScenarioLinks } from '../lib/scenario.ts';

/**
 * Link parameters of src/calculators/EwmaVolatilityCalculator.tsx (see src/scripts/scenario-parameters.ts).
 * The pasted series is not a link parameter yet (the link code knows numbers, choices and short text only).
 */
export const links: ScenarioLinks = {
  id: 'ewma',
  spec: {
    kind: { name: 'kind', about: 'The series holds', choices: ['returns', 'prices'] },
    lambda: { name: 'lambda', about: 'Decay factor λ' },
    seed: { name: 'seed', about: 'Starting volatility σ₀ (% per day; empty: root mean square)' },
    confidence: { name: 'conf', about: 'Margin confidence level (%)' },
    days: { name: 'mpor', about: 'Margin period of risk (days)' },
    notional: { name: 'N', about: 'Position notional (USDT)' },
  },
};
