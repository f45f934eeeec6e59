import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { watchErrors, useSite } from './support/browser.ts';
import { builtTermSlugs } from './support/site.ts';

const site = useSite();

/** The result paths, best first, for a query typed into the search page. */
async function searchResults(page: Page, query: string): Promise<string[]> {
  await page.goto(`${site.url}/search/?q=${encodeURIComponent(query)}`);
  await page.locator('#search-status').filter({ hasText: /No term matches|found/ }).waitFor();
  return page.locator('#search-results a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

describe('search', () => {
  it.each([
    ['bankruptcy', '/terms/creditor-hierarchy/'],
    ['gamma', '/terms/expiry-risk/'],
    ['brackets', '/terms/maintenance-margin-dynamics/'],
    ['Almgren', '/terms/tiered-liquidation/'],
    ['breakeven', '/terms/maximum-loss-calculation/'],
  ])('finds a page from the topic word "%s"', async (query, expected) => {
    const page = await site.browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${site.url}/`);
    await page.getByLabel('Search the glossary').first().fill(query);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    const results = page.locator('#search-results a');
    await results.first().waitFor();
    const hrefs = await results.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(hrefs).toContain(expected);
    expect(errors).toEqual([]);
    await page.close();
  });

  // What traders type: acronyms and venue words lead to the term through its aliases.
  it.each([
    ['HF', ['lending-security']],
    ['health ratio', ['lending-security']],
    ['LTV', ['lending-security', 'lending-protocol-integration']],
    ['MMR', ['maintenance-margin-dynamics']],
    ['margin ratio', ['margin-call-notifications']],
    ['risk limit', ['maintenance-margin-dynamics']],
    ['IM', ['initial-margin-calibration']],
    ['VaR', ['institutional-risk-management']],
    ['ES', ['institutional-risk-management']],
    ['expected shortfall', ['institutional-risk-management']],
    ['CDS', ['default-swap-dynamics']],
    ['TWAP', ['defi-oracle-manipulation']],
    ['ADL', ['creditor-hierarchy']],
    ['P&L', ['algorithmic-risk-mitigation', 'institutional-risk-management', 'maximum-loss-calculation']],
    ['liq price', ['maintenance-margin-dynamics', 'leverage-multiplier-calculation']],
    ['multisig', ['internal-controls']],
    ['Kelly', ['capital-allocation-techniques']],
  ])('"%s" leads to the right term first', async (query, expected) => {
    const page = await site.browser.newPage();
    const results = await searchResults(page, query);
    expect(expected.map((slug) => `/terms/${slug}/`)).toContain(results[0]);
    await page.close();
  });

  it('ranks a term first when the query is its exact title', async () => {
    const page = await site.browser.newPage();
    const misses: string[] = [];
    for (const slug of builtTermSlugs()) {
      const html = await (await fetch(`${site.url}/terms/${slug}/`)).text();
      const title = /<h1[^>]*>([^<]+)<\/h1>/.exec(html)?.[1] ?? slug;
      const results = await searchResults(page, title);
      if (results[0] !== `/terms/${slug}/`) misses.push(`${title} → ${results[0] ?? 'nothing'}`);
    }
    expect(misses).toEqual([]);
    await page.close();
  }, 120_000);

  it('loads no search JavaScript before search is used', async () => {
    const page = await site.browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${site.url}/`);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((url) => url.includes('pagefind'))).toEqual([]);
    await page.close();
  });

  it('shows typed text as text, never as HTML', async () => {
    const page = await site.browser.newPage();
    let dialogs = 0;
    page.on('dialog', async (dialog) => {
      dialogs += 1;
      await dialog.dismiss();
    });
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    await page.locator('#search-status').filter({ hasText: /No term matches|found/ }).waitFor();
    expect(await page.locator('main img').count()).toBe(0);
    expect(dialogs).toBe(0);
    await page.close();
  });
});
