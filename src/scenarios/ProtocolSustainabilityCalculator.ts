import type { ScenarioLinks } from '../lib/scenario.ts';

/** Link parameters of src/calculators/ProtocolSustainabilityCalculator.tsx (see src/scripts/scenario-parameters.ts). */
export const links: ScenarioLinks = {
  id: 'yield',
  spec: {
    fees: { name: 'fees', about: 'Fees paid by users, per year (USD)' },
    supply: { name: 'supply', about: 'Paid to liquidity providers or lenders, per year (USD)' },
    emitted: { name: 'emitted', about: 'Tokens emitted as incentives, per year' },
    price: { name: 'price', about: 'Token price (USD)' },
    expenses: { name: 'expenses', about: 'Operating expenses, per year (USD)' },
    liquid: { name: 'stable', about: 'Treasury in stablecoins (USD)' },
    native: { name: 'own', about: 'Treasury in the protocol’s own token, at market (USD)' },
    haircut: { name: 'haircut', about: 'Haircut on the own token (%)' },
  },
};
