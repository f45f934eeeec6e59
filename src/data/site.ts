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
