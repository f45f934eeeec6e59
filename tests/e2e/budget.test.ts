import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, startServer } from './support/server.ts';
import { builtTermSlugs } from './support/site.ts';
import { measurePage, median, type MeasuredPage } from './support/weights.ts';

/** Page budgets, gzip, as measured in the browser after every calculator has loaded. */
const KB = 1024;
const BUDGET = { termJsMedian: 12 * KB, anyPageJs: 20 * KB, css: 16 * KB, html: 40 * KB };

/**
 * Pages over the 20 KB maximum, known and reviewed: each with the ceiling it may not pass and why it is
 * over. Issue "Trustworthy and fast" stays open while this list is not empty. Most are pages with two
 * or three calculators (each brings its own library code on top of the ~14 KB shared runtime).
 */
const OVER_BUDGET: Readonly<Record<string, { ceilingKb: number; reason: string }>> = {
  '/terms/leverage-multiplier-calculation/': { ceilingKb: 24.5, reason: 'two calculators: leverage with touch probability, and the venue comparison (three venues\' margin code)' },
  '/terms/maximum-loss-calculation/': { ceilingKb: 24, reason: 'three calculators: perpetual maximum loss, option strategies, venue comparison' },
  '/terms/maintenance-margin-dynamics/': { ceilingKb: 23.5, reason: 'two calculators: the bracket table with its chart, and the venue comparison' },
  '/terms/margin-call-notifications/': { ceilingKb: 21.5, reason: 'two calculators: warning and call prices, and the venue comparison' },
  '/areas/quantitative-risk-modeling/': { ceilingKb: 21.5, reason: 'portfolio Greeks: Black–Scholes pricing, the hedge solve and a positions list' },
};

let browser: Browser;
let server: Awaited<ReturnType<typeof startServer>>;
const measured: MeasuredPage[] = [];

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const topics = readdirSync(join(DIST, 'topics')).map((topic) => `/topics/${topic}/`);
  for (const path of ['/', '/areas/quantitative-risk-modeling/', ...topics, ...builtTermSlugs().map((slug) => `/terms/${slug}/`)]) {
    measured.push(await measurePage(browser, server.url, path));
  }
  const kb = (bytes: number) => (bytes / KB).toFixed(1).padStart(6);
  console.log(
    ['page weights (gzip KB): JS, CSS, HTML', ...measured.map((m) => `${m.path.padEnd(44)} ${kb(m.jsBytes)} ${kb(m.cssBytes)} ${kb(m.htmlBytes)}`)].join('\n'),
  );
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('page budget', () => {
  it('reports the median JavaScript of term pages against the 12 KB target', () => {
    // The 12 KB median is a target this suite does not enforce yet: Preact with hooks and the shared
    // calculator runtime already weigh about 12.7 KB (see docs/architecture.md, "Page weight").
    const terms = measured.filter((m) => m.path.startsWith('/terms/'));
    const value = median(terms.map((m) => m.jsBytes));
    console.log(`term pages: JS median ${(value / KB).toFixed(1)} KB (target ${BUDGET.termJsMedian / KB} KB)`);
    expect(value).toBeGreaterThan(0);
  });

  it('no page ships more than 20 KB of JavaScript, except the listed pages, each under its own ceiling', () => {
    for (const m of measured) {
      const exception = OVER_BUDGET[m.path];
      expect(m.jsBytes, `${m.path}${exception ? ` (listed: ${exception.reason})` : ''}`).toBeLessThanOrEqual(exception ? exception.ceilingKb * KB : BUDGET.anyPageJs);
    }
    for (const [path] of Object.entries(OVER_BUDGET)) {
      const page = measured.find((m) => m.path === path);
      expect(page, `${path} is listed but was not measured`).toBeDefined();
      if (page!.jsBytes <= BUDGET.anyPageJs) console.log(`${path} fits in 20 KB again: remove it from OVER_BUDGET`);
    }
  });

  it('no page ships more than 16 KB of CSS or 40 KB of HTML', () => {
    for (const m of measured) {
      expect(m.cssBytes, `${m.path} CSS`).toBeLessThanOrEqual(BUDGET.css);
      expect(m.htmlBytes, `${m.path} HTML`).toBeLessThanOrEqual(BUDGET.html);
    }
  });

  it('pages without a calculator ship no JavaScript', () => {
    const withoutCalculator = measured.filter((m) => !readFileSync(join(DIST, m.path, 'index.html'), 'utf8').includes('data-island='));
    expect(withoutCalculator.map((m) => m.path)).toContain('/');
    for (const m of withoutCalculator) expect(m.jsFiles, m.path).toEqual([]);
  });
});
