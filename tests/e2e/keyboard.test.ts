import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from './support/browser.ts';

/** Keyboard only: reach, fill and read a calculator, and search, with focus always visible. */
const site = useSite();

interface Focused {
  id: string;
  tag: string;
  outline: string;
  boxShadow: string;
  /** For links: the path they lead to. */
  href: string;
}

const focused = (page: Page) =>
  page.evaluate((): Focused => {
    const element = document.activeElement as HTMLElement | null;
    const style = element ? getComputedStyle(element) : null;
    return {
      id: element?.id ?? '',
      tag: element?.tagName.toLowerCase() ?? '',
      outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : '',
      boxShadow: style?.boxShadow ?? 'none',
      href: element instanceof HTMLAnchorElement ? new URL(element.href).pathname : '',
    };
  });

/** Presses Tab until `match` holds for the focused element, checking focus is visible at each stop. */
async function tabUntil(page: Page, match: (f: Focused) => boolean, limit = 150): Promise<Focused> {
  for (let step = 0; step < limit; step++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (now.tag !== 'body') {
      const visible = !now.outline.startsWith('none') || now.boxShadow !== 'none';
      expect(visible, `focus on <${now.tag} id="${now.id}"> must be visible`).toBe(true);
    }
    if (match(now)) return now;
  }
  throw new Error('Element not reached by keyboard');
}

describe('keyboard only', () => {
  it('reaches, fills and reads the expiry-risk calculator', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/terms/expiry-risk/`);
    await tabUntil(page, (f) => f.id === 'expiry-spot');
    // Typing into the spot field (select all, type) updates the price output.
    const before = await page.locator('#expiry-price').innerText();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('45');
    await expect.poll(() => page.locator('#expiry-price').innerText()).not.toBe(before);
    // A select is operable with the arrow keys.
    await page.locator('#expiry-type').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('#expiry-type').inputValue()).toBe('put');
    await page.close();
  });

  it('searches from the header without a mouse', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/`);
    await tabUntil(page, (f) => f.id === 'site-search');
    await page.keyboard.type('liquidation');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=liquidation/);
    await page.locator('#search-results a').first().waitFor();
    const result = await tabUntil(page, (f) => f.href.startsWith('/terms/'), 40);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${result.href}`);
    await page.close();
  });
});
