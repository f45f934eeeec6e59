import { describe, expect, it } from 'vitest';
import { exactNamesFirst } from '../../../src/scripts/search.ts';

const result = (title: string, aliases = '') => ({ url: `/terms/${title.toLowerCase().replace(/\W+/g, '-')}/`, meta: { title, aliases } });

describe('exactNamesFirst', () => {
  const results = [
    result('Tiered Liquidation', 'partial liquidation, risk limit'),
    result('Maintenance Margin Dynamics', 'MMR, maintenance margin'),
    result('Lending Security', 'HF, health ratio, LTV'),
    result('Lending Protocol Integration', 'looping, LTV'),
  ];
  const titles = (list: typeof results) => list.map((item) => item.meta.title);

  it('moves a result whose title is the query to the front, ignoring case, spacing and punctuation', () => {
    expect(titles(exactNamesFirst('  maintenance-margin   DYNAMICS ', results))).toEqual([
      'Maintenance Margin Dynamics', 'Tiered Liquidation', 'Lending Security', 'Lending Protocol Integration',
    ]);
  });

  it('moves every result with the query as an alias to the front, keeping their order', () => {
    expect(titles(exactNamesFirst('ltv', results))).toEqual([
      'Lending Security', 'Lending Protocol Integration', 'Tiered Liquidation', 'Maintenance Margin Dynamics',
    ]);
  });

  it('leaves the order alone when nothing matches exactly, or only part of a name does', () => {
    expect(exactNamesFirst('margin', results)).toEqual(results);
    expect(exactNamesFirst('health', results)).toEqual(results);
    expect(exactNamesFirst('', results)).toEqual(results);
  });
});
