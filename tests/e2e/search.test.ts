import { describe, expect, it } from 'vitest';
import { watchErrors, useSite } from './support/browser.ts';

const site = useSite();

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
