import { describe, expect, it } from 'vitest';
import { hydrateIslands, useSite, watchErrors } from './support/browser.ts';
import { builtTermSlugs } from './support/site.ts';

/**
 * The area page /areas/quantitative-risk-modeling/: not a term page, so terms.test.ts does not visit
 * it; the same checks here (formulas, worked examples, a live calculator that reports bad input,
 * no NaN, no console error) and the area's own: its portfolio calculator and the list of every term.
 */
const PATH = '/areas/quantitative-risk-modeling/';
const FORBIDDEN = /\b(NaN|Infinity|undefined)\b/;

const site = useSite();

describe('area page', () => {
  it('shows formulas rendered at build time, worked examples and every term under its topic', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}${PATH}`);
    await expect(page.locator('h1').innerText()).resolves.toBe('Quantitative Risk Modeling');
    for (const facet of ['Algorithm', 'Calibration', 'Exposure']) {
      expect(await page.locator('h3', { hasText: facet }).count(), facet).toBeGreaterThan(0);
    }
    expect(await page.locator('.katex-display').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('.worked-example').count()).toBeGreaterThanOrEqual(2);
    // Formulas are HTML from KaTeX, not TeX source left in the text.
    expect(await page.locator('article').innerText()).not.toMatch(/\$\$|\\sum|\\Delta/);
    const listed = await page.locator('section[aria-labelledby="terms-by-topic"] .term-list a').evaluateAll((links) =>
      links.map((link) => link.getAttribute('href')),
    );
    for (const slug of builtTermSlugs()) expect(listed, slug).toContain(`/terms/${slug}/`);
    await page.close();
  });

  it('the portfolio calculator is live: an input change changes the results, "abc" shows a message, never NaN, no console errors', async () => {
    const page = await site.browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${site.url}${PATH}`);
    const calculator = page.locator('[data-calculator="greeks"]');
    const results = () => calculator.locator('.calculator__results').innerText();

    // Server-rendered figures are there before hydration.
    expect(await results()).not.toMatch(/Not computed/);
    await hydrateIslands(page);
    expect(await calculator.innerText()).not.toMatch(FORBIDDEN);

    const delta = calculator.locator('#greeks-delta');
    const before = await delta.innerText();
    await calculator.locator('#greeks-p3-quantity').fill('3.4');
    await expect.poll(() => delta.innerText()).not.toBe(before);
    await calculator.locator('#greeks-p3-quantity').fill('1.4');
    await expect.poll(() => delta.innerText()).toBe(before);

    // The move changes the profit, not the Greeks.
    const repriced = calculator.locator('#greeks-pnl-repriced');
    const loss = await repriced.innerText();
    await calculator.locator('#greeks-spotMove').fill('-600');
    await expect.poll(() => repriced.innerText()).not.toBe(loss);
    expect(await delta.innerText()).toBe(before);

    const spot = calculator.locator('input[inputmode]').first();
    const id = await spot.getAttribute('id');
    await spot.fill('abc');
    await expect(calculator.locator(`#${id}-error`).innerText()).resolves.toMatch(/\w/);
    expect(await spot.getAttribute('aria-invalid')).toBe('true');
    expect(await spot.getAttribute('aria-describedby')).toContain(`${id}-error`);
    await expect(results()).resolves.toMatch(/Not computed/);
    expect(await calculator.innerText()).not.toMatch(FORBIDDEN);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('positions are added and removed with buttons, by keyboard, and focus follows', async () => {
    const page = await site.browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${site.url}${PATH}`);
    await hydrateIslands(page);
    const calculator = page.locator('[data-calculator="greeks"]');
    const positions = calculator.locator('.legs > fieldset');
    expect(await positions.count()).toBe(3);
    await calculator.getByRole('button', { name: 'Add position' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => positions.count()).toBe(4);
    // Focus moves in an effect after the render that adds the row: wait for it rather than race it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('greeks-p4-kind');
    await calculator.getByRole('button', { name: 'Remove position 4' }).click();
    await expect.poll(() => positions.count()).toBe(3);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('greeks-add');
    expect(await calculator.innerText()).not.toMatch(FORBIDDEN);
    expect(errors).toEqual([]);
    await page.close();
  });
});
