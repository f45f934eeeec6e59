import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, watchErrors, hydrateIslands } from './support/browser.ts';
import { startServer } from './support/server.ts';
import { builtTermSlugs } from './support/site.ts';

/**
 * Linking and reading: heading anchors with copy controls, "Copy as Markdown link", previews of linked
 * terms, the colour-scheme switch, narrow screens and print.
 */
let browser: Browser;
let server: Awaited<ReturnType<typeof startServer>>;
const slugs = builtTermSlugs();

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page in a fresh context that may read and write the clipboard. */
async function openWithClipboard(path: string): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.url}${path}`);
  return { context, page, errors };
}

const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** The reading aids load on first use: hover a control, then wait until they are live. */
async function wakeReadingAids(page: Page, selector: string): Promise<void> {
  await page.locator(selector).first().hover();
  await page.waitForFunction(() => document.documentElement.dataset['readingAids'] === 'ready');
}

interface HeadingInfo {
  id: string;
  text: string;
  anchorHref: string | null;
  anchorLabel: string | null;
}

describe('heading anchors', () => {
  it('finds the term pages', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(5);
  });

  it.each(slugs)('%s: every h2–h4 of the article has a copy-link control that copies the section URL', async (slug) => {
    const { context, page, errors } = await openWithClipboard(`/terms/${slug}/`);
    // Headings of the prose and the layout; calculators' own headings are part of the widget.
    const headings = await page.locator('article.term :is(h2, h3, h4)').evaluateAll((elements): HeadingInfo[] =>
      elements
        .filter((heading) => !heading.closest('.calculator, [data-island]'))
        .map((heading) => {
          const anchor = heading.nextElementSibling;
          return {
            id: heading.id,
            text: heading.textContent?.trim() ?? '',
            anchorHref: anchor?.matches('a.heading-anchor') ? anchor.getAttribute('href') : null,
            anchorLabel: anchor?.getAttribute('aria-label') ?? null,
          };
        }),
    );
    expect(headings.map((heading) => heading.id)).toEqual(expect.arrayContaining(['definition', 'formula', 'references']));
    for (const heading of headings) {
      expect(heading.id, heading.text).not.toBe('');
      expect(heading.anchorHref, heading.text).toBe(`#${heading.id}`);
      expect(heading.anchorLabel).toBe(`Copy link to section: ${heading.text}`);
    }

    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toMatch(new RegExp(`^https?://[^/]+/terms/${slug}/$`));
    await wakeReadingAids(page, 'a.heading-anchor');
    // The first prose heading and the layout's References heading.
    for (const id of [headings[0]!.id, 'references']) {
      await page.locator(`a.heading-anchor[href="#${id}"]`).click();
      await expect.poll(() => readClipboard(page)).toBe(`${canonical}#${id}`);
      await expect.poll(() => page.locator('#copy-status').textContent()).toBe('Link copied');
      // Copying does not navigate.
      expect(new URL(page.url()).hash).toBe('');
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('without JavaScript the anchors are plain in-page links and the JavaScript-only controls are hidden', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/terms/expiry-risk/`);
    await page.locator('a.heading-anchor[href="#formula"]').click();
    expect(new URL(page.url()).hash).toBe('#formula');
    expect(await page.locator('.copy-markdown').isVisible()).toBe(false);
    expect(await page.locator('#theme').isVisible()).toBe(false);
    await context.close();
  });
});

describe('Copy as Markdown link', () => {
  it.each(slugs)('%s: copies [Title](absolute URL)', async (slug) => {
    const { context, page } = await openWithClipboard(`/terms/${slug}/`);
    const title = (await page.locator('h1').textContent())!.trim();
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    const button = page.getByRole('button', { name: 'Copy as Markdown link' });
    await wakeReadingAids(page, '.copy-markdown');
    await button.click();
    await expect.poll(() => readClipboard(page)).toBe(`[${title}](${canonical})`);
    await expect.poll(() => page.locator('#copy-status').textContent()).toBe('Link copied');
    await context.close();
  });
});

describe('previews of linked terms', () => {
  it('appear on keyboard focus after the delay, describe the link, and close on Escape', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}/terms/maximum-loss-calculation/`);
    const link = page.locator('.prose a[href="/terms/tiered-liquidation/"]').first();
    const previewId = await link.getAttribute('aria-describedby');
    expect(previewId).toBe('term-preview-tiered-liquidation');
    const preview = page.locator(`#${previewId}`);
    expect(await preview.getAttribute('role')).toBe('tooltip');
    await expect.poll(() => preview.locator('.term-preview__title').textContent()).toBe('Tiered Liquidation');
    expect(await preview.locator('.term-preview__summary').textContent()).toMatch(/^Closing a large position in slices/);
    // The key formula, rendered by KaTeX at build time (HTML and MathML).
    expect(await preview.locator('.term-preview__formula .katex math').count()).toBe(1);
    expect(await preview.isVisible()).toBe(false);

    const focusedAt = Date.now();
    await link.focus();
    await page.waitForTimeout(100);
    expect(await preview.isVisible(), 'still hidden during the delay').toBe(false);
    await preview.waitFor({ state: 'visible' });
    expect(Date.now() - focusedAt).toBeGreaterThanOrEqual(300);
    // Placed just below the link and inside the viewport.
    const linkBox = (await link.boundingBox())!;
    const previewBox = (await preview.boundingBox())!;
    expect(previewBox.y).toBeGreaterThanOrEqual(linkBox.y + linkBox.height);
    expect(previewBox.y).toBeLessThan(linkBox.y + linkBox.height + 20);
    expect(previewBox.x + previewBox.width).toBeLessThanOrEqual(page.viewportSize()!.width);

    await page.keyboard.press('Escape');
    await preview.waitFor({ state: 'hidden' });
    // Moving focus to the next term link shows that term's preview instead.
    const next = page.locator('.prose a[href="/terms/maintenance-margin-dynamics/"]').first();
    await next.focus();
    await page.locator('#term-preview-maintenance-margin-dynamics').waitFor({ state: 'visible' });
    expect(await preview.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('appear on hover and stay while the pointer moves onto them', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/terms/tiered-liquidation/`);
    const link = page.locator('.prose a[href="/terms/creditor-hierarchy/"]').first();
    const preview = page.locator('#term-preview-creditor-hierarchy');
    await link.hover();
    await preview.waitFor({ state: 'visible' });
    const box = (await preview.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
    await page.waitForTimeout(400);
    expect(await preview.isVisible()).toBe(true);
    await page.mouse.move(1, 1);
    await preview.waitFor({ state: 'hidden' });
    await page.close();
  });

  it('appear on the first tap on a touch screen; the second tap follows the link', async () => {
    const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/terms/tiered-liquidation/`);
    const link = page.locator('.prose a[href="/terms/creditor-hierarchy/"]').first();
    await link.scrollIntoViewIfNeeded();
    await wakeReadingAids(page, '.prose a[href="/terms/creditor-hierarchy/"]');
    await link.tap();
    await page.locator('#term-preview-creditor-hierarchy').waitFor({ state: 'visible' });
    expect(new URL(page.url()).pathname).toBe('/terms/tiered-liquidation/');
    await link.tap();
    await page.waitForURL('**/terms/creditor-hierarchy/');
    await context.close();
  });

  it('only the terms a page links to have preview data on it', async () => {
    const page = await browser.newPage();
    for (const slug of slugs) {
      await page.goto(`${server.url}/terms/${slug}/`);
      const linked = await page
        .locator('.prose a[aria-describedby^="term-preview-"]')
        .evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute('aria-describedby')))].sort());
      const previews = await page.locator('.term-preview').evaluateAll((elements) => elements.map((element) => element.id).sort());
      expect(previews, slug).toEqual(linked);
      expect(previews, slug).not.toContain(`term-preview-${slug}`);
    }
    await page.close();
  });
});

describe('colour scheme', () => {
  const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const LIGHT = 'rgb(255, 255, 255)';
  const DARK = 'rgb(18, 22, 27)';

  it('the header switch applies dark, persists across reload, and "system" follows prefers-color-scheme', async () => {
    const context = await browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(`${server.url}/terms/expiry-risk/`);
    expect(await page.locator('#theme').inputValue()).toBe('system');
    expect(await background(page)).toBe(LIGHT);

    await page.getByLabel('Theme').selectOption('dark');
    await expect.poll(() => background(page)).toBe(DARK);
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('dark');

    await page.reload();
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    expect(await page.locator('#theme').inputValue()).toBe('dark');
    expect(await background(page)).toBe(DARK);
    // Another page of the site keeps the choice too.
    await page.goto(`${server.url}/`);
    expect(await background(page)).toBe(DARK);

    await page.getByLabel('Theme').selectOption('system');
    await expect.poll(() => background(page)).toBe(LIGHT);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => background(page)).toBe(DARK);
    await page.reload();
    expect(await page.locator('#theme').inputValue()).toBe('system');
    expect(await background(page)).toBe(DARK);

    await page.getByLabel('Theme').selectOption('light');
    await expect.poll(() => background(page)).toBe(LIGHT);
    await context.close();
  });

  it.each(['light', 'dark'] as const)('chosen %s: previews, the copy toast and heading anchors keep AA contrast', async (theme) => {
    // The system preference is the opposite, so the chosen scheme is what applies.
    const context = await browser.newContext({
      colorScheme: theme === 'dark' ? 'light' : 'dark',
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await context.addInitScript((chosen) => localStorage.setItem('theme', chosen), theme);
    const page = await context.newPage();
    await page.goto(`${server.url}/terms/maximum-loss-calculation/`);
    expect(await background(page)).toBe(theme === 'dark' ? DARK : LIGHT);
    const anchor = page.locator('a.heading-anchor[href="#formula"]');
    await wakeReadingAids(page, 'a.heading-anchor[href="#formula"]');
    await anchor.click();
    await expect.poll(() => page.locator('#copy-status').textContent()).toBe('Link copied');
    await page.locator('.prose a[href="/terms/expiry-risk/"]').first().focus();
    await page.locator('#term-preview-expiry-risk').waitFor({ state: 'visible' });
    await anchor.hover();
    const results = await new AxeBuilder({ page })
      .include('#term-preview-expiry-risk')
      .include('#copy-status')
      .include('.anchored-heading:has(a[href="#formula"])')
      .withRules(['color-contrast'])
      .analyze();
    expect(results.violations.flatMap((violation) => violation.nodes.map((node) => node.failureSummary))).toEqual([]);
    expect(results.passes.flatMap((rule) => rule.nodes).length).toBeGreaterThan(3);
    await context.close();
  });

  it('the stored choice applies before the first paint (set in <head>, before the body exists)', async () => {
    const context = await browser.newContext({ colorScheme: 'light' });
    await context.addInitScript(() => localStorage.setItem('theme', 'dark'));
    const page = await context.newPage();
    let themeWhenBodyStarted: string | null | undefined;
    await page.exposeFunction('recordTheme', (theme: string | null) => (themeWhenBodyStarted = theme));
    await page.addInitScript(() => {
      const observer = new MutationObserver(() => {
        if (!document.body) return;
        observer.disconnect();
        (window as unknown as { recordTheme: (theme: string | null) => void }).recordTheme(document.documentElement.getAttribute('data-theme'));
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${server.url}/`);
    await expect.poll(() => themeWhenBodyStarted).toBe('dark');
    await context.close();
  });
});

describe('narrow screens', () => {
  it.each(['/', '/search/?q=margin', ...slugs.map((slug) => `/terms/${slug}/`)])('%s has no horizontal scroll at 360 px', async (path) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${server.url}${path}`);
    await hydrateIslands(page);
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      // Elements sticking out of the viewport, outside any horizontal scroll container.
      const culprits = [...document.querySelectorAll('body *')]
        .filter((element) => element.getBoundingClientRect().right > width + 1)
        .filter((element) => {
          for (let parent = element.parentElement; parent; parent = parent.parentElement) {
            if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(parent).overflowX)) return false;
          }
          return true;
        })
        .slice(0, 5)
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
      return { scrollWidth: document.documentElement.scrollWidth, width, culprits };
    });
    expect(overflow.culprits).toEqual([]);
    expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.width);
    await context.close();
  });

  it('calculators stack and display formulas scroll inside their own box', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/terms/expiry-risk/`);
    await hydrateIslands(page);
    const body = page.locator('.calculator__body').first();
    const columns = await body.evaluate((element) => getComputedStyle(element).gridTemplateColumns.split(' ').length);
    expect(columns).toBe(1);
    const displays = await page.locator('.katex-display').evaluateAll((elements) =>
      elements.map((element) => ({ overflowX: getComputedStyle(element).overflowX, fits: element.getBoundingClientRect().right <= document.documentElement.clientWidth })),
    );
    expect(displays.length).toBeGreaterThan(0);
    for (const display of displays) expect(display).toEqual({ overflowX: 'auto', fits: true });
    await context.close();
  });
});

describe('print', () => {
  it('prints the article and the calculator inputs and results, without navigation or controls', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/terms/expiry-risk/`);
    await hydrateIslands(page);
    await page.locator('#expiry-spot').fill('45');
    const price = await page.locator('#expiry-price').innerText();
    await page.emulateMedia({ media: 'print' });

    for (const hidden of ['.site-header', '#site-search', '.breadcrumb', '#theme', '.copy-markdown', 'a.heading-anchor >> nth=0', '.calculator button >> nth=0']) {
      const locator = page.locator(hidden);
      if ((await locator.count()) > 0) expect(await locator.isVisible(), hidden).toBe(false);
    }
    expect(await page.locator('.site-header').count()).toBe(1);
    for (const shown of ['h1', '.prose .katex-display >> nth=0', '.worked-example >> nth=0', '#expiry-spot', '#expiry-price']) {
      expect(await page.locator(shown).isVisible(), shown).toBe(true);
    }
    expect(await page.locator('#expiry-spot').inputValue()).toBe('45');
    expect(await page.locator('#expiry-price').innerText()).toBe(price);
    // External links print their address after the text; internal ones do not.
    const after = (selector: string) => page.locator(selector).first().evaluate((link) => getComputedStyle(link, '::after').content);
    const external = page.locator('.references a[href^="http"]').first();
    expect(await after('.references a[href^="http"]')).toBe(`" (${await external.getAttribute('href')})"`);
    expect(await after('.related a')).toBe('none');
    // Printed in the light scheme whatever the screen uses.
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(255, 255, 255)');
    await page.close();
  });
});
