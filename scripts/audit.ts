/**
 * `npm run audit`: Lighthouse on the BUILT site (dist/), mobile defaults (mobile form factor,
 * simulated throttling), categories performance, accessibility, best practices and SEO.
 *
 * Prints one row of scores per page, then every failing audit of each category scoring under 100,
 * so it can be fixed. A report, not a test: simulated performance scores move a few points between
 * runs. Pages can be given as arguments: `npm run audit -- / /terms/expiry-risk/`.
 *
 * Drives Debian's Chromium (or CHROME_PATH); never downloads a browser.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { chromePath } from '../tests/e2e/support/browser.ts';
import { DIST, startServer } from '../tests/e2e/support/server.ts';

/** The home page and three term pages: one with each kind of content (calculator, chart, tables). */
const DEFAULT_PAGE_PATHS = ['/', '/terms/expiry-risk/', '/terms/maximum-loss-calculation/', '/terms/creditor-hierarchy/'];

const CATEGORY_IDS = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type CategoryId = (typeof CATEGORY_IDS)[number];

const CATEGORY_LABELS: Record<CategoryId, string> = {
  performance: 'Perf',
  accessibility: 'A11y',
  'best-practices': 'Best pr.',
  seo: 'SEO',
};

// Background networking is refused on these machines; keep Chromium from trying.
const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Display modes that carry no pass/fail verdict, so never count as failing. */
const UNSCORED_MODES = new Set(['notApplicable', 'manual', 'informative', 'error']);

interface FailingAudit {
  id: string;
  title: string;
  score: number | null;
  weight: number;
  displayValue: string;
}

interface PageReport {
  path: string;
  scores: Record<CategoryId, number | null>;
  failingByCategory: Map<CategoryId, FailingAudit[]>;
  errors: string[];
}

/** Score 0–1 → 0–100 as Lighthouse shows it; null when the category could not be scored. */
function percent(score: number | null): number | null {
  return score === null ? null : Math.round(score * 100);
}

/** Audits of a category scoring under 1, heaviest first, with Lighthouse's own error and warnings. */
function summarise(path: string, result: Result): PageReport {
  const scores = {} as Record<CategoryId, number | null>;
  const failingByCategory = new Map<CategoryId, FailingAudit[]>();
  const errors: string[] = [];
  if (result.runtimeError) errors.push(`${result.runtimeError.code}: ${result.runtimeError.message}`);
  errors.push(...result.runWarnings);

  for (const categoryId of CATEGORY_IDS) {
    const category = result.categories[categoryId];
    scores[categoryId] = percent(category?.score ?? null);
    if (!category || scores[categoryId] === 100) continue;
    const failing: FailingAudit[] = [];
    for (const ref of category.auditRefs) {
      const audit = result.audits[ref.id];
      if (!audit) continue;
      if (audit.scoreDisplayMode === 'error') {
        errors.push(`audit ${ref.id} errored: ${audit.errorMessage ?? 'no message'}`);
        continue;
      }
      if (UNSCORED_MODES.has(audit.scoreDisplayMode) || audit.score === null || audit.score >= 1) continue;
      // Performance also lists zero-weight diagnostics; keep those that Lighthouse marks as failing.
      if (ref.weight === 0 && audit.score >= 0.9) continue;
      failing.push({ id: ref.id, title: audit.title, score: audit.score, weight: ref.weight, displayValue: audit.displayValue ?? '' });
    }
    failing.sort((a, b) => b.weight - a.weight || (a.score ?? 0) - (b.score ?? 0));
    failingByCategory.set(categoryId, failing);
  }
  return { path, scores, failingByCategory, errors };
}

/** Pads cells to the widest in their column so the table reads in a terminal. */
function formatTable(rows: string[][]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  return rows
    .map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  '))
    .join('\n');
}

function printReports(reports: PageReport[]): void {
  const header = ['Page', ...CATEGORY_IDS.map((id) => CATEGORY_LABELS[id])];
  const body = reports.map((report) => [report.path, ...CATEGORY_IDS.map((id) => String(report.scores[id] ?? '—'))]);
  console.log(`\nLighthouse (mobile, simulated throttling) on dist/\n\n${formatTable([header, ...body])}\n`);

  for (const report of reports) {
    for (const error of report.errors) console.log(`${report.path}  ⚠ ${error}`);
    for (const [categoryId, failing] of report.failingByCategory) {
      console.log(`${report.path} — ${categoryId} ${report.scores[categoryId] ?? '—'}:`);
      if (failing.length === 0) console.log('  (no single failing audit; the score is below 100 from metric weights)');
      for (const audit of failing) {
        const score = audit.score === null ? '—' : audit.score.toFixed(2);
        const value = audit.displayValue ? `  [${audit.displayValue}]` : '';
        const weight = audit.weight > 0 ? `  weight ${audit.weight}` : '';
        console.log(`  ${audit.id}  "${audit.title}"  score ${score}${weight}${value}`);
      }
    }
  }
}

async function main(): Promise<void> {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ has no index.html: run `npm run build` first.');
  }
  const argumentPaths = process.argv.slice(2);
  const pagePaths = argumentPaths.length > 0 ? argumentPaths : DEFAULT_PAGE_PATHS;

  const server = await startServer();
  let chrome: LaunchedChrome | undefined;
  try {
    chrome = await launch({ chromePath: chromePath(), chromeFlags: CHROME_FLAGS, logLevel: 'error' });
    const reports: PageReport[] = [];
    // One page at a time: parallel runs on a 2-core machine would skew the performance metrics.
    for (const path of pagePaths) {
      const url = new URL(path, server.url).href;
      console.log(`Auditing ${url} …`);
      const runnerResult = await lighthouse(url, {
        port: chrome.port,
        logLevel: 'error',
        output: 'json',
        onlyCategories: [...CATEGORY_IDS],
      });
      if (!runnerResult) throw new Error(`Lighthouse returned no result for ${url}`);
      reports.push(summarise(path, runnerResult.lhr));
    }
    printReports(reports);
  } finally {
    chrome?.kill();
    await server.close();
  }
}

await main();
