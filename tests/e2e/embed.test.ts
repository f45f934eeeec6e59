import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SITE_NAME } from '../../src/data/site.ts';
import { cspViolations, watchCsp, watchErrors, hydrateIslands, useSite } from './support/browser.ts';
import { builtTermSlugs } from './support/site.ts';

/**
 * `/embed/<slug>/` for every term: the term's calculators alone, its title, a link back (top window)
 * and the site's name; no header, search or navigation; noindex with the term page as canonical;
 * no console errors or CSP violations; usable at 320 px wide; light and dark from the system.
 */
const site = useSite();

const calculatorIds = (page: Page) => page.locator('[data-calculator]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-calculator')));

describe.each(builtTermSlugs())('embed of %s', (slug) => {
  it('shows the term’s calculators, its title, a link back and the site’s name, and nothing else of the site', async () => {
    const termPage = await site.browser.newPage();
    await termPage.goto(`${site.url}/terms/${slug}/`);
    const title = (await termPage.locator('h1').innerText()).trim();
    const termCalculators = await calculatorIds(termPage);
    await termPage.close();

    const page = await site.browser.newPage();
    await watchCsp(page);
    const errors = watchErrors(page);
    const response = await page.goto(`${site.url}/embed/${slug}/`);
    expect(response?.status()).toBe(200);
    expect((await page.locator('h1').innerText()).trim()).toBe(title);
    expect(termCalculators.length).toBeGreaterThan(0);
    expect(await calculatorIds(page)).toEqual(termCalculators);

    const back = page.locator('a[data-keep-query]');
    expect(new URL((await back.getAttribute('href'))!, site.url).pathname).toBe(`/terms/${slug}/`);
    expect(await back.getAttribute('target')).toBe('_top');
    expect(await page.locator('body').innerText()).toContain(SITE_NAME);
    expect(await page.locator('.site-header, form[role="search"], input[type="search"], nav, .breadcrumb, .site-footer').count()).toBe(0);
    // Only the calculator's own tools: no "Embed" inside an embed.
    expect(await page.locator('[data-scenario-action="embed"]').count()).toBe(0);

    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    expect(new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).pathname).toBe(`/terms/${slug}/`);
    expect(await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')).toContain("default-src 'none'");

    await hydrateIslands(page);
    await page.waitForLoadState('networkidle');
    expect(await cspViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the link back opens the full page with the embed’s scenario', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/terms/${slug}/`);
    const id = await page.locator('[data-calculator]').first().getAttribute('data-calculator');
    const search = `?${new URLSearchParams({ [`${id}.nothing`]: '1', other: 'kept' })}`;
    await page.goto(`${site.url}/embed/${slug}/${search}`);
    const back = page.locator('a[data-keep-query]');
    await expect.poll(async () => new URL((await back.getAttribute('href'))!, site.url).search).toBe(search);
    await page.close();
  });

  it('fits 320 px without horizontal scrolling, in light and dark, with no accessibility violations', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await site.browser.newContext({ viewport: { width: 320, height: 640 }, colorScheme });
      const page = await context.newPage();
      await page.goto(`${site.url}/embed/${slug}/`);
      await hydrateIslands(page);
      for (const summary of await page.locator('.scenario__params summary').all()) await summary.click();
      // Tables and charts scroll inside their own boxes by design; the page itself must not.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${colorScheme}: horizontal overflow in px`).toBeLessThanOrEqual(0);
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor || getComputedStyle(document.documentElement).backgroundColor);
      const htmlBackground = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      expect(htmlBackground, colorScheme).toBe(colorScheme === 'dark' ? 'rgb(18, 22, 27)' : 'rgb(255, 255, 255)');
      expect(background).toBeTruthy();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
      await context.close();
    }
  });
});
