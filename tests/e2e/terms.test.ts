import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { watchErrors, hydrateIslands, useSite } from './support/browser.ts';
import { builtTermSlugs } from './support/site.ts';

const FORBIDDEN = /\b(NaN|Infinity|undefined)\b/;

const site = useSite();

const resultsText = (calculator: Locator) => calculator.locator('.calculator__results').innerText();

/** The first text input whose change changes the results: proves the calculator is live. */
async function changeSomeInput(calculator: Locator): Promise<boolean> {
  for (const input of await calculator.locator('input[inputmode]').all()) {
    const before = await resultsText(calculator);
    const original = await input.inputValue();
    const number = Number(original.replace(/[,%\s]/g, ''));
    if (!Number.isFinite(number) || number === 0) continue;
    await input.fill(String(number * 1.1).slice(0, 12) + (original.includes('%') ? '%' : ''));
    await expect.poll(() => resultsText(calculator), { timeout: 1_000 }).not.toBe(before).catch(() => undefined);
    const changed = (await resultsText(calculator)) !== before;
    await input.fill(original);
    if (changed) return true;
  }
  return false;
}

describe.each(builtTermSlugs())('term page %s', (slug) => {
  it('shows a formula, a worked example and working calculators, with no console errors', async () => {
    const page = await site.browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${site.url}/terms/${slug}/`);

    await expect(page.locator('h1').innerText()).resolves.not.toBe('');
    expect(await page.locator('.katex-display').count()).toBeGreaterThan(0);
    expect(await page.locator('.worked-example').count()).toBeGreaterThan(0);
    const calculators = page.locator('[data-calculator]');
    expect(await calculators.count()).toBeGreaterThan(0);

    // Server-rendered figures are there before hydration.
    expect(await resultsText(calculators.first())).not.toMatch(/Not computed/);
    await hydrateIslands(page);

    for (const calculator of await calculators.all()) {
      const name = await calculator.getAttribute('data-calculator');
      expect(await calculator.innerText(), `${name}: initial`).not.toMatch(FORBIDDEN);
      expect(await changeSomeInput(calculator), `${name}: an input change should change a result`).toBe(true);

      const input = calculator.locator('input[inputmode]').first();
      const id = await input.getAttribute('id');
      await input.fill('abc');
      const error = calculator.locator(`#${id}-error`);
      await expect(error.innerText()).resolves.toMatch(/\w/);
      expect(await input.getAttribute('aria-invalid')).toBe('true');
      expect(await input.getAttribute('aria-describedby')).toContain(`${id}-error`);
      await expect(resultsText(calculator)).resolves.toMatch(/Not computed/);
      // Pasted-series fields (SeriesField): the first bad entry is named beside the field.
      for (const box of await calculator.locator('.field textarea').all()) {
        const boxId = await box.getAttribute('id');
        await box.fill('1, 2, abc');
        await expect(calculator.locator(`#${boxId}-error`).innerText()).resolves.toBe('Entry 3 ("abc") is not a number.');
        expect(await box.getAttribute('aria-invalid')).toBe('true');
      }
      expect(await calculator.innerText(), `${name}: after bad input`).not.toMatch(FORBIDDEN);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
