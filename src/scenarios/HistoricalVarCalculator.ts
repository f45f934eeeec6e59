import type { ScenarioLinks } from '../lib/scenario.ts';

/**
 * Link parameters of src/calculators/HistoricalVarCalculator.tsx (see src/scripts/scenario-parameters.ts).
 * The pasted P&L series is not a link parameter yet: the link code knows numbers, choices and short
 * text only (see the report on series fields); a link keeps the default series.
 */
export const links: ScenarioLinks = {
  id: 'varhist',
  spec: {
    confidence: { name: 'conf', about: 'Confidence level (%)' },
    days: { name: 'T', about: 'Horizon (periods of the data)' },
    sign: { name: 'sign', about: 'The figures are', choices: ['pnl', 'loss'] },
  },
};
