import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { watchErrors, hydrateIslands, useSite } from './support/browser.ts';
import { builtTermSlugs } from './support/site.ts';

/**
 * Scenario links, generic over every term page and every calculator on it: a changed scenario is in
 * the URL (history.replaceState, no new entry), and opening that URL, on the term page or its embed,
 * restores every input and every result exactly. Hostile link values are ignored with a note and
 * never run or render as HTML.
 */
const site = useSite();

const resultsText = (calculator: Locator) => calculator.locator('.calculator__results').innerText();
const computed = async (calculator: Locator) => !/Not computed/.test(await resultsText(calculator));

/** Everything a calculator shows: each control's value (by id) and the text of every result and table. */
function snapshot(calculator: Locator): Promise<{ controls: string[]; results: string; outputs: string[] }> {
  return calculator.evaluate((element) => ({
    controls: [...element.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')].map((control) => `${control.id}=${control.value}`),
    results: (element.querySelector('.calculator__results') as HTMLElement).innerText,
    outputs: [...element.querySelectorAll('output, table')].map((node) => (node as HTMLElement).innerText),
  }));
}

/** Snapshots of every calculator of a page, by its id. */
async function snapshots(page: Page): Promise<Record<string, Awaited<ReturnType<typeof snapshot>>>> {
  const entries = await Promise.all(
    (await page.locator('[data-calculator]').all()).map(async (calculator) => [await calculator.getAttribute('data-calculator'), await snapshot(calculator)] as const),
  );
  return Object.fromEntries(entries);
}

/**
 * Changes a calculator's scenario the ways a person would, keeping its results computed: every number
 * field (×1.1), every choice (another option), every free-text field (a name with markup in it) and
 * one list (its last row removed). A change that leaves the results "Not computed" is undone.
 */
async function changeScenario(calculator: Locator): Promise<number> {
  let changes = 0;
  const keepIfComputed = async (undo: () => Promise<void>) => {
    if (await computed(calculator)) changes += 1;
    else await undo();
  };
  const removeButtons = calculator.locator('button:not([disabled])', { hasText: /^Remove/ });
  if ((await removeButtons.count()) > 0) {
    await removeButtons.last().click();
    changes += 1;
  }
  for (const select of await calculator.locator('select').all()) {
    const original = await select.inputValue();
    const options = await select.locator('option').evaluateAll((nodes) => nodes.map((node) => (node as HTMLOptionElement).value));
    const other = options.find((value) => value !== original && value !== 'custom');
    if (other === undefined) continue;
    await select.selectOption(other);
    await keepIfComputed(async () => {
      await select.selectOption(original);
    });
  }
  for (const input of await calculator.locator('input[type="text"]:not([inputmode])').all()) {
    await input.fill(`A&B <i>Co</i> ${changes}`);
    changes += 1;
  }
  for (const input of await calculator.locator('input[inputmode]').all()) {
    if (!(await input.isVisible())) continue;
    const original = await input.inputValue();
    const number = Number(original.replace(/[,%\s]/g, ''));
    if (!Number.isFinite(number) || number === 0) continue;
    await input.fill(String(number * 1.1).slice(0, 10) + (original.includes('%') ? '%' : ''));
    await keepIfComputed(() => input.fill(original));
  }
  return changes;
}

describe.each(builtTermSlugs())('scenario links on %s', (slug) => {
  it('a changed scenario goes to the URL without new history entries and reopens identically, on the page and its embed', async () => {
    const page = await site.browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${site.url}/terms/${slug}/`);
    await hydrateIslands(page);
    const historyLength = await page.evaluate(() => history.length);
    const before = await snapshots(page);

    for (const calculator of await page.locator('[data-calculator]').all()) {
      const id = await calculator.getAttribute('data-calculator');
      expect(await changeScenario(calculator), `${id}: changes made`).toBeGreaterThan(1);
      await expect.poll(() => [...new URL(page.url()).searchParams.keys()].some((key) => key.startsWith(`${id}.`)), { timeout: 2_000 }).toBe(true);
    }
    const after = await snapshots(page);
    expect(after).not.toEqual(before);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    const scenarioUrl = new URL(page.url());
    expect(scenarioUrl.pathname).toBe(`/terms/${slug}/`);

    for (const path of [`/terms/${slug}/`, `/embed/${slug}/`]) {
      const reopened = await site.browser.newPage();
      const reopenedErrors = watchErrors(reopened);
      await reopened.goto(`${site.url}${path}${scenarioUrl.search}`);
      await hydrateIslands(reopened);
      await expect.poll(() => snapshots(reopened), { timeout: 5_000 }).toEqual(after);
      // A faithful link ignores nothing.
      for (const box of await reopened.locator('.scenario__ignored').all()) expect(await box.innerText(), path).toBe('');
      expect(reopenedErrors, path).toEqual([]);
      await reopened.close();
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('hostile link values are ignored with a visible note, never run or rendered, and the calculators still work', async () => {
    const probe = await site.browser.newPage();
    await probe.goto(`${site.url}/terms/${slug}/`);
    // Every calculator's number parameters, from its "Link parameters" list (scalars first, then row 1's).
    const targets = await probe.locator('[data-scenario-tools]').evaluateAll((lists) =>
      lists.map((list) =>
        [...list.querySelectorAll<HTMLElement>('[data-kind="number"] dt code')]
          .map((code) => [...code.childNodes].map((node) => (node.nodeName === 'VAR' ? '1' : node.textContent)).join(''))
          .sort((a, b) => Number(/\d/.test(a)) - Number(/\d/.test(b))),
      ),
    );
    await probe.close();
    const hostile = ['<img src=x onerror=alert(1)>', '1e309', 'NaN', 'x'.repeat(10_000)];
    const params = new URLSearchParams();
    const expectedNotes: string[][] = [];
    for (const [calculatorIndex, names] of targets.entries()) {
      const id = names[0]!.split('.')[0]!;
      const used = names.slice(0, hostile.length);
      // One 10,000-character value per page is enough to test length; more would pass the server's
      // 16 KB request-header limit on pages with three calculators.
      const values = calculatorIndex === 0 ? hostile : [...hostile.slice(0, -1), 'x'.repeat(300)];
      used.forEach((name, index) => params.append(name, values[index]!));
      params.append(`${id}.bogus`, '1');
      params.append(`${id}.<svg onload=alert(2)>`, '1');
      expectedNotes.push([...used, `${id}.bogus`, `${id}.<svg onload=alert(2)>`]);
    }

    const page = await site.browser.newPage();
    const errors = watchErrors(page);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${site.url}/terms/${slug}/?${params}`);
    await hydrateIslands(page);

    const calculators = await page.locator('[data-calculator]').all();
    expect(calculators).toHaveLength(targets.length);
    for (const [index, calculator] of calculators.entries()) {
      const id = await calculator.getAttribute('data-calculator');
      const notes = page.locator(`#${id}-ignored`);
      await expect.poll(() => notes.locator('li').count(), { timeout: 5_000 }).toBeGreaterThan(0);
      expect(await notes.isVisible()).toBe(true);
      const text = await notes.innerText();
      for (const name of expectedNotes[index]!) expect(text, `${id}: note for ${name}`).toContain(`Ignored link parameter ${name.length > 40 ? name.slice(0, 40) : name}`);
      // The hostile values went nowhere: every field of the calculator is still computable.
      expect(await computed(calculator), `${id}: results`).toBe(true);
      expect(await calculator.innerText()).not.toMatch(/\b(NaN|Infinity|undefined)\b/);
      // …and the calculator still works: a changed input changes a result and the URL.
      const input = calculator.locator('input[inputmode]').first();
      const before = await resultsText(calculator);
      const original = await input.inputValue();
      await input.fill(String(Number(original.replace(/[,%\s]/g, '')) * 1.1).slice(0, 10) + (original.includes('%') ? '%' : ''));
      await expect.poll(() => resultsText(calculator), { timeout: 2_000 }).not.toBe(before);
    }
    // Nothing was injected or run.
    expect(await page.locator('img[src="x"], svg[onload], [onerror], [onload]').count()).toBe(0);
    expect(await page.evaluate(() => document.body.innerHTML.includes('<img src=x'))).toBe(false);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('scenario tools', () => {
  it('copy the link (or show it to copy by hand) and show the embed code with the current scenario', async () => {
    const slug = builtTermSlugs()[0]!;
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${site.url}/terms/${slug}/`);
    await hydrateIslands(page);
    const calculator = page.locator('[data-calculator]').first();
    const id = await calculator.getAttribute('data-calculator');
    await changeScenario(calculator);
    await expect.poll(() => page.url()).toContain(`${id}.`);
    const tools = page.locator('[data-scenario-tools]').first();

    // Clipboard refused (no permission in this context): the link is shown, selected, to copy by hand.
    await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } }));
    await tools.getByRole('button', { name: 'Copy link to this scenario' }).click();
    const byHand = tools.getByLabel('Link to this scenario');
    await expect.poll(() => byHand.isVisible()).toBe(true);
    expect(await byHand.inputValue()).toBe(page.url());
    expect(await byHand.getAttribute('readonly')).not.toBeNull();
    await expect.poll(() => tools.getByRole('status').innerText()).toMatch(/by hand/);

    // Clipboard available: the link is copied and "Link copied" announced.
    await page.evaluate(() => {
      const copied: string[] = [];
      (window as unknown as { copied: string[] }).copied = copied;
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: (text: string) => (copied.push(text), Promise.resolve()) } });
    });
    await tools.getByRole('button', { name: 'Copy link to this scenario' }).click();
    await expect.poll(() => tools.getByRole('status').innerText()).toBe('Link copied');
    expect(await page.evaluate(() => (window as unknown as { copied: string[] }).copied)).toEqual([page.url()]);

    // Embed: the snippet is an iframe on /embed/<slug>/ with the current scenario, ready to copy.
    const embed = tools.getByRole('button', { name: 'Embed', exact: true });
    expect(await embed.getAttribute('aria-expanded')).toBe('false');
    await embed.click();
    await expect.poll(() => embed.getAttribute('aria-expanded')).toBe('true');
    const code = tools.getByLabel('Embed code (HTML)');
    await expect.poll(() => code.isVisible()).toBe(true);
    const snippet = await code.inputValue();
    const src = new URL(/src="([^"]+)"/.exec(snippet)![1]!.replace(/&amp;/g, '&'));
    expect(src.pathname).toBe(`/embed/${slug}/`);
    expect(src.search).toBe(new URL(page.url()).search);
    expect(snippet).toMatch(/^<iframe src="[^"]+" title="[^"]+: calculator" [^>]*><\/iframe>$/);
    await tools.getByRole('button', { name: 'Copy embed code' }).click();
    await expect.poll(() => tools.getByRole('status').innerText()).toBe('Embed code copied');
    expect(await page.evaluate(() => (window as unknown as { copied: string[] }).copied.at(-1))).toBe(snippet);
    expect(errors).toEqual([]);
    await context.close();
  });
});
