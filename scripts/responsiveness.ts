/**
 * Calculator responsiveness report: for every calculator on every built page that has one (the term
 * pages and the area page; embeds repeat the term pages' calculators and are left out), the time from
 * an `input` event to the updated result in the browser, against a target of one frame (16 ms).
 *
 * Types a sequence of different valid values into each number field (about 20 input events per
 * calculator) in Debian's Chromium and reads the `input-to-result` measures of the probe in
 * scripts/bench/input-latency-probe.ts: input event → first DOM change in `.calculator__results`
 * (handler, library call, re-render and DOM commit), and the same with the browser's style and
 * layout work for the update (`input-to-layout`, forced right after the commit; paint excluded).
 *
 * Needs a built dist/ (npm run build) and /usr/bin/chromium (or CHROME_PATH). It serves a snapshot
 * of dist/, so a rebuild running at the same time cannot pull pages from under it.
 * Usage: npm run bench:responsiveness [-- --events=20]
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { parseNumberInput } from '../src/lib/parse-number.ts';
import { installInputLatencyProbe } from './bench/input-latency-probe.ts';
import { median } from '../tests/e2e/support/weights.ts';

const TARGET_MS = 16;
const eventsArg = process.argv.find((arg) => arg.startsWith('--events='));
const EVENTS_PER_CALCULATOR = eventsArg ? Number(eventsArg.slice('--events='.length)) : 20;
/** Multipliers applied to a field's default value, in turn: near the default, so the values stay valid. */
const FACTORS = [1.1, 0.9, 1.2, 0.8, 1.05, 0.95, 1.3, 0.7, 1.15, 0.85];

interface CalculatorReport {
  page: string;
  calculator: string;
  /** Input → result measures of the events whose value the calculator accepted, in ms. */
  durationsMs: number[];
  /** The same events up to the updated results laid out, in ms. */
  layoutDurationsMs: number[];
  /** Events whose value the calculator rejected (a field error): left out of the figures. */
  rejected: number;
  /** Accepted events after which the results did not change within the timeout. */
  noUpdate: number;
}

const projectRoot = resolve(import.meta.dirname, '..');
if (!existsSync(join(projectRoot, 'dist', 'terms'))) throw new Error('No built site in dist/: run `npm run build` first.');
// Serve a snapshot: tests/e2e/support/server.ts serves `dist` relative to the working directory.
const snapshot = mkdtempSync(join(tmpdir(), 'responsiveness-'));
cpSync(join(projectRoot, 'dist'), join(snapshot, 'dist'), { recursive: true });
process.chdir(snapshot);
const { DIST, startServer } = await import('../tests/e2e/support/server.ts');
const { builtPages } = await import('../tests/e2e/support/site.ts');
const { launchBrowser, watchErrors } = await import('../tests/e2e/support/browser.ts');

/** URL paths of the built pages with at least one calculator, embeds excepted, sorted. */
function calculatorPages(): string[] {
  return builtPages()
    .filter((file) => readFileSync(file, 'utf8').includes('data-island='))
    .map((file) => `/${relative(DIST, file).split(sep).slice(0, -1).join('/')}/`)
    .filter((path) => !path.startsWith('/embed/'))
    .sort();
}

/** The next value to type into a field: the default scaled by a factor, kept an integer for whole-number fields. */
function nextValue(original: string, step: number, integer: boolean): string | null {
  const percent = original.trim().endsWith('%');
  const parsed = parseNumberInput(original, { percent });
  if (!parsed.ok || parsed.value === undefined) return null;
  const shown = percent ? parsed.value * 100 : parsed.value;
  const factor = FACTORS[step % FACTORS.length]!;
  // A zero default cannot be scaled: step away from it instead.
  const raw = shown === 0 ? (step + 1) * (integer ? 1 : 0.1) : shown * factor;
  const value = integer ? Math.round(raw) : Number(raw.toPrecision(6));
  return `${value}${percent ? '%' : ''}`;
}

const measureCount = (page: Page) => page.evaluate(() => performance.getEntriesByName('input-to-result').length);

interface TypedValue {
  /** Input → result and input → laid out, in ms; null when the results did not change within 1 s. */
  durations: { result: number; layout: number } | null;
  /** The calculator accepted the value (no field error). */
  accepted: boolean;
}

/** Types `value` into `field` and measures the update. */
async function typeAndMeasure(page: Page, field: Locator, value: string): Promise<TypedValue> {
  const before = await measureCount(page);
  await field.fill(value);
  const updated = await page
    .waitForFunction((count) => performance.getEntriesByName('input-to-result').length > count, before, { timeout: 1_000 })
    .then(() => true)
    .catch(() => false);
  // The field's error state is set in the same render as the results.
  const accepted = (await field.getAttribute('aria-invalid')) !== 'true';
  const durations = updated
    ? await page.evaluate(() => ({
        result: performance.getEntriesByName('input-to-result').at(-1)!.duration,
        layout: performance.getEntriesByName('input-to-layout').at(-1)!.duration,
      }))
    : null;
  return { durations, accepted };
}

async function measureCalculator(page: Page, calculator: Locator, pagePath: string): Promise<CalculatorReport> {
  const id = (await calculator.getAttribute('data-calculator')) ?? '(unnamed)';
  const report: CalculatorReport = { page: pagePath, calculator: id, durationsMs: [], layoutDurationsMs: [], rejected: 0, noUpdate: 0 };
  const fields = await calculator.locator('input[inputmode]').all();
  // Each field gets its share of the events, the last of them typing the default back; with more
  // fields than that allows (bracket tables), the first fields in the form get them.
  const perField = Math.max(2, Math.ceil(EVENTS_PER_CALCULATOR / Math.max(1, fields.length)));
  let typed = 0;
  for (const field of fields) {
    if (typed >= EVENTS_PER_CALCULATOR) break;
    const original = await field.inputValue();
    const integer = (await field.getAttribute('inputmode')) === 'numeric';
    const values = Array.from({ length: perField - 1 }, (_, step) => nextValue(original, step, integer)).filter((value) => value !== null);
    let previous = original;
    for (const value of [...values, original]) {
      if (value === previous) continue;
      previous = value;
      typed += 1;
      const { durations, accepted } = await typeAndMeasure(page, field, value);
      if (!accepted) report.rejected += 1;
      else if (durations === null) report.noUpdate += 1;
      else {
        report.durationsMs.push(durations.result);
        report.layoutDurationsMs.push(durations.layout);
      }
    }
  }
  return report;
}

const server = await startServer();
const browser = await launchBrowser();
const reports: CalculatorReport[] = [];
const pageErrors: string[] = [];
const chromiumVersion = browser.version();
try {
  for (const path of calculatorPages()) {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.addInitScript(installInputLatencyProbe);
    await page.goto(`${server.url}${path}`);
    for (const island of await page.locator('[data-island]').all()) await island.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelectorAll('[data-island]:not([data-hydrated])').length === 0);
    for (const calculator of await page.locator('[data-calculator]').all()) {
      await calculator.scrollIntoViewIfNeeded();
      reports.push(await measureCalculator(page, calculator, path));
    }
    pageErrors.push(...errors.map((error) => `${path}: ${error}`));
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
  process.chdir(projectRoot);
  rmSync(snapshot, { recursive: true, force: true });
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : 'n/a');
console.log(`Calculator responsiveness, input event → updated result (Chromium ${chromiumVersion}, ${cpus().length} cores, ${new Date().toISOString().slice(0, 10)}; target < ${TARGET_MS} ms)\n`);
console.log('| page | calculator | events measured | median ms | worst ms | median ms with layout | worst ms with layout | rejected values | no result change |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
const stats = (values: number[]) => `${ms(median(values))} | ${ms(Math.max(...values))}`;
for (const report of reports) {
  console.log(
    `| ${report.page} | ${report.calculator} | ${report.durationsMs.length} | ${stats(report.durationsMs)} | ${stats(report.layoutDurationsMs)} | ${report.rejected} | ${report.noUpdate} |`,
  );
}
const all = reports.flatMap((report) => report.durationsMs);
const allLayout = reports.flatMap((report) => report.layoutDurationsMs);
console.log(`| all | all | ${all.length} | ${stats(all)} | ${stats(allLayout)} | ${reports.reduce((sum, r) => sum + r.rejected, 0)} | ${reports.reduce((sum, r) => sum + r.noUpdate, 0)} |`);
const worst = Math.max(...allLayout);
console.log(
  `\nOverall: ${all.length} events; input → result median ${ms(median(all))} ms, worst ${ms(Math.max(...all))} ms; with style and layout median ${ms(median(allLayout))} ms, worst ${ms(worst)} ms: ${worst < TARGET_MS ? 'within' : 'NOT within'} the ${TARGET_MS} ms target.`,
);
if (pageErrors.length > 0) console.log(`Console errors:\n${pageErrors.join('\n')}`);

