import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cspViolations, launchBrowser, watchCsp, watchErrors } from './support/browser.ts';
import { startServer } from './support/server.ts';
import { builtTermSlugs } from './support/site.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const pages = ['/', '/areas/quantitative-risk-modeling/', '/search/?q=margin', ...builtTermSlugs().map((slug) => `/terms/${slug}/`)];

describe('Content-Security-Policy', () => {
  it.each(pages)('%s carries the policy and triggers no violation, with calculators hydrated and search used', async (path) => {
    const page = await browser.newPage();
    await watchCsp(page);
    const errors = watchErrors(page);
    await page.goto(`${server.url}${path}`);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);

    for (const island of await page.locator('[data-island]').all()) await island.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelectorAll('[data-island]:not([data-hydrated])').length === 0);
    if (path.startsWith('/search/')) await page.locator('#search-results a').first().waitFor();
    await page.waitForLoadState('networkidle');

    expect(await cspViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
