/** Site-wide constants shared by layouts, pages and the content schema. */
export const SITE_NAME = 'Crypto Derivatives Risk Glossary';

export const AREA = {
  name: 'Quantitative Risk Modeling',
  slug: 'quantitative-risk-modeling',
  facets: ['Algorithm', 'Calibration', 'Exposure'],
} as const;

/** The fixed set of topics a term belongs to (one each). */
export const TOPICS = [
  'margin and liquidation',
  'options',
  'execution and liquidity',
  'market risk',
  'credit and balance sheet',
  'DeFi',
  'operations and governance',
] as const;

export type Topic = (typeof TOPICS)[number];

/** URL segment of a topic page: `/topics/<slug>/` ("margin and liquidation" → "margin-and-liquidation"). */
export function topicSlug(topic: Topic): string {
  return topic.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** A topic with its first letter in capitals, for headings ("DeFi" stays "DeFi"). */
export function topicHeading(topic: Topic): string {
  return topic[0]!.toUpperCase() + topic.slice(1);
}

/** One paragraph per topic page: what the terms under it have in common. */
export const TOPIC_INTROS: Readonly<Record<Topic, string>> = {
  'margin and liquidation':
    'How an exchange decides how much collateral a leveraged position needs, when that collateral is no longer enough, and what happens to the position then: initial and maintenance margin, warnings before liquidation, leverage and the worst loss it allows.',
  options:
    'Risks that come from holding options rather than the underlying: how their value and Greeks change with spot, volatility and time, and what it costs to keep an options book hedged.',
  'execution and liquidity':
    'What it costs to get into and out of a position, and what can stop you: fees, spreads, market impact, the depth of an order book and the connections to the venues themselves.',
  'market risk':
    'How much a portfolio can lose from price moves: volatility and how to estimate it, value at risk and expected shortfall, correlation, mean reversion and how much capital to put at risk.',
  'credit and balance sheet':
    'Who loses when a counterparty or an institution cannot pay: priority of claims, credit default swaps, funding and liquidity gaps, duration mismatches and the duties of those who manage other people\u2019s money.',
  DeFi: 'Risks particular to protocols that run on public blockchains: collateralised lending, recursive borrowing, price oracles and pool manipulation, token unlocks and whether a protocol\u2019s yield is paid from revenue or from new tokens.',
  'operations and governance':
    'Risks of the machinery around trading: how many approvals move funds, how final a blockchain settlement is, how safe a bridge is, and the automatic limits that stop a strategy before it loses too much.',
};
