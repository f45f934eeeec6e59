import type { ScenarioLinks } from '../lib/scenario.ts';

/** Link parameters of src/calculators/InitialMarginCalculator.tsx (see src/scripts/scenario-parameters.ts). */
export const links: ScenarioLinks = {
  id: 'im',
  spec: {
    notional: { name: 'N', about: 'Position notional (USDT)' },
    vol: { name: 'sigma', about: 'Volatility (annualised, % per year)' },
    days: { name: 'mpor', about: 'Margin period of risk (days)' },
    confidence: { name: 'conf', about: 'Confidence level (one-tailed, %)' },
  },
};
