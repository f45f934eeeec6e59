import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hydrateIslands, useSite } from './support/browser.ts';
import { DIST } from './support/server.ts';

/**
 * axe-core over every page the sitemap lists, in both colour schemes, with calculators hydrated:
 * WCAG 2.0–2.2 A and AA rules plus axe's best practices. No rule is disabled.
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

function sitemapPaths(): string[] {
  const xml = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
}

const site = useSite();

describe('accessibility (axe)', () => {
  const paths = sitemapPaths();

  it('the sitemap lists the pages', () => {
    expect(paths.length).toBeGreaterThan(3);
  });

  describe.each(['light', 'dark'] as const)('%s scheme', (scheme) => {
    it.each(paths)(`%s has no violations`, async (path) => {
      const context = await site.browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(`${site.url}${path}`);
      await hydrateIslands(page);
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      const summary = results.violations.map(
        (violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 5).join(', ')}`,
      );
      expect(summary).toEqual([]);
      await context.close();
    });
  });
});
