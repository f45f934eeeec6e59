import type { ScenarioLinks } from '../lib/scenario.ts';

/**
 * The link parameters of every calculator: the one place that names them (documented on each
 * page under its calculator by ScenarioTools.astro, and in the README, "Linking and embedding").
 *
 * Keyed by the calculator's file name in src/calculators/. `id` is the calculator's id (the prefix
 * of its ids on the page and of its parameters); each `spec` key is a field of the state the
 * calculator hands to `useScenario`, which is also the field's `evaluate` key; `about` is the
 * field's label. Names are letters only: in a list, the row number follows the list's name
 * (`optstrat.l2k`). Choices list the values of the calculator's select, in order
 * (tests/unit/lib/scenario.test.ts checks them, and the round trip of every calculator, against the
 * calculators themselves).
 *
 * They live here, not in the calculators, because only the scenario-link code (loaded on first
 * need) and the server read them: declared in a calculator they would weigh on every page load.
 * Once published, a name must not change: links in other teams' documents use it.
 */
export const LINK_PARAMETERS: Readonly<Record<string, ScenarioLinks>> = {
  AlmgrenChrissCalculator: {
    id: 'ac',
    spec: {
      shares: { name: 'X', about: 'Position to sell X' },
      periods: { name: 'N', about: 'Number of periods N' },
      horizon: { name: 'T', about: 'Horizon T (days)' },
      vol: { name: 'sigma', about: 'Volatility σ' },
      eta: { name: 'eta', about: 'Temporary impact η' },
      gamma: { name: 'gamma', about: 'Permanent impact γ' },
      epsilon: { name: 'epsilon', about: 'Fixed cost ε' },
      riskAversion: { name: 'lambda', about: 'Risk aversion λ' },
    },
  },
  CreditorWaterfallCalculator: {
    id: 'waterfall',
    spec: {
      assets: { name: 'V', about: 'Value available for distribution V' },
      classes: {
        name: 'c',
        about: 'Class',
        rows: {
          name: { name: 'name', about: 'Name', text: true },
          claims: {
            name: 'k',
            about: 'Claimant',
            rows: {
              name: { name: 'name', about: 'Name', text: true },
              amount: { name: 'amount', about: 'Claim' },
            },
          },
        },
      },
    },
  },
  ExpiryRiskCalculator: {
    id: 'expiry',
    spec: {
      type: { name: 'type', about: 'Option', choices: ['call', 'put'] },
      timeUnit: { name: 'unit', about: 'Time entered in', choices: ['days', 'hours'] },
      spot: { name: 'S', about: 'Spot price S' },
      strike: { name: 'K', about: 'Strike K' },
      time: { name: 'T', about: 'Time to expiry (in the time unit)' },
      vol: { name: 'sigma', about: 'Volatility σ (% per year)' },
      rate: { name: 'r', about: 'Risk-free rate r (% per year)' },
    },
  },
  MaintenanceMarginCalculator: {
    id: 'mmd',
    spec: {
      side: { name: 'side', about: 'Side', choices: ['long', 'short'] },
      size: { name: 'size', about: 'Size Q' },
      entry: { name: 'entry', about: 'Entry price' },
      walletBalance: { name: 'wallet', about: 'Isolated wallet balance' },
      brackets: {
        name: 't',
        about: 'Tier',
        maxRows: 20,
        rows: {
          floor: { name: 'floor', about: 'Floor (USDT notional)' },
          mmr: { name: 'mmr', about: 'Maintenance margin rate (% of notional)' },
        },
      },
    },
  },
  OptionStrategyCalculator: {
    id: 'optstrat',
    spec: {
      preset: {
        name: 'preset',
        about: 'Strategy preset',
        choices: ['bull-call-spread', 'butterfly', 'long-call', 'short-strangle', 'iron-condor', 'covered-call', 'custom'],
      },
      legs: {
        name: 'l',
        about: 'Leg',
        maxRows: 4,
        rows: {
          kind: { name: 'type', about: 'Instrument', choices: ['call', 'put', 'underlying'] },
          side: { name: 'side', about: 'Side', choices: ['long', 'short'] },
          quantity: { name: 'q', about: 'Quantity' },
          strike: { name: 'k', about: 'Strike K (empty for the underlying)' },
          premium: { name: 'p', about: 'Premium per unit (for the underlying: entry price)' },
        },
      },
    },
  },
  PerpetualMaxLossCalculator: {
    id: 'perpml',
    spec: {
      side: { name: 'side', about: 'Side', choices: ['long', 'short'] },
      size: { name: 'size', about: 'Size Q' },
      entry: { name: 'entry', about: 'Entry price' },
      mode: { name: 'mode', about: 'Margin entered as', choices: ['margin', 'leverage'] },
      margin: { name: 'margin', about: 'Isolated margin' },
      leverage: { name: 'leverage', about: 'Leverage' },
      stop: { name: 'stop', about: 'Stop price (optional)' },
      mmr: { name: 'mmr', about: 'Maintenance margin rate' },
      fee: { name: 'fee', about: 'Taker fee' },
    },
  },
};

/** The link parameters of the calculator with this id, if it has any. */
export const linksOf = (id: string): ScenarioLinks | undefined => Object.values(LINK_PARAMETERS).find((links) => links.id === id);
