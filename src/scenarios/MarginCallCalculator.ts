import type { ScenarioLinks } from '../lib/scenario.ts';

/** Link parameters of src/calculators/MarginCallCalculator.tsx (see src/scripts/scenario-parameters.ts). */
export const links: ScenarioLinks = {
  id: 'mcall',
  spec: {
    side: { name: 'side', about: 'Side', choices: ['long', 'short'] },
    size: { name: 'size', about: 'Size Q' },
    entry: { name: 'entry', about: 'Entry price' },
    collateral: { name: 'collateral', about: 'Collateral' },
    leverage: { name: 'leverage', about: 'Kraken leverage' },
    markPrice: { name: 'mark', about: 'Price now' },
    callLevel: { name: 'call', about: 'Kraken margin-call level (% margin level)' },
    liquidationLevel: { name: 'liq', about: 'Kraken liquidation level (% margin level)' },
    mmr: { name: 'mmr', about: 'Binance maintenance margin rate (% of notional)' },
    warningRatio: { name: 'warn', about: 'Binance warning at margin ratio (%)' },
  },
};
