import { describe, expect, it } from 'vitest';
import { cspViolations, watchCsp, watchErrors, hydrateIslands, useSite } from './support/browser.ts';
import { builtTermSlugs } from './support/site.ts';

const site = useSite();

const pages = ['/', '/areas/quantitative-risk-modeling/', '/search/?q=margin', ...builtTermSlugs().map((slug) => `/terms/${slug}/`)];

describe('Content-Security-Policy', () => {
  it.each(pages)('%s carries the policy and triggers no violation, with calculators hydrated and search used', async (path) => {
    const page = await site.browser.newPage();
    await watchCsp(page);
    const errors = watchErrors(page);
    await page.goto(`${site.url}${path}`);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);

    await hydrateIslands(page);
    if (path.startsWith('/search/')) await page.locator('#search-results a').first().waitFor();
    await page.waitForLoadState('networkidle');

    expect(await cspViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
