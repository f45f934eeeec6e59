import type { ScenarioLinks } from '../lib/scenario.ts';

/**
 * Link parameters of src/calculators/OrderBookCalculator.tsx (see src/scripts/scenario-parameters.ts).
 * The pasted trade prices are not a link parameter (the link code knows numbers, choices and short text only).
 */
export const links: ScenarioLinks = {
  id: 'book',
  spec: {
    direction: { name: 'side', about: 'Market order', choices: ['buy', 'sell'] },
    quantity: { name: 'Q', about: 'Order size Q (ETH)' },
    best: { name: 'best', about: 'Best price on the other side (USDT)' },
    levels: {
      name: 'l',
      about: 'Level',
      maxRows: 20,
      rows: {
        price: { name: 'p', about: 'Price (USDT)' },
        size: { name: 'q', about: 'Size (ETH)' },
      },
    },
    roll: { name: 'roll', about: 'Roll spread from', choices: ['prices', 'cov'] },
    cov: { name: 'cov', about: 'Serial covariance of price changes (USDT²)' },
    valueSd: { name: 'sigmav', about: 'Value uncertainty √Σ₀ (USDT)' },
    noise: { name: 'sigmau', about: 'Noise order flow σᵤ (ETH)' },
    flow: { name: 'y', about: 'Net order flow y (ETH)' },
  },
};
