/**
 * Build-scale benchmark: builds the site with N synthetic term pages and prints build time
 * (astro build and Pagefind separately), peak memory, Pagefind index size and pages built.
 *
 * Every build runs in an isolated temporary copy of the project (its own content, dist/ and build
 * caches; see scripts/bench/project-copy.ts), deleted afterwards, so builds in the real tree are
 * never disturbed.
 *
 * Usage: npm run bench [-- --full] [-- --sizes=30,300] [-- --runs=2] [-- --profile] [-- --keep] [-- --project=DIR]
 *   --full         adds N = 3,000 to the default 30, 300, 1,000
 *   --sizes=…      builds exactly these sizes
 *   --runs=K       builds each size K times and reports the fastest run (other work on the machine
 *                  only ever makes a build slower)
 *   --profile      also records a CPU profile of `astro build` and prints the top self-time functions
 *   --keep         keeps the temporary copies and prints their paths
 *   --project=DIR  benchmarks another checkout (e.g. one with a candidate fix) instead of this one
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { summariseCpuProfile } from './bench/cpu-profile.ts';
import { measuredRun, type MeasuredRun } from './bench/measured-run.ts';
import { createProjectCopy } from './bench/project-copy.ts';
import { checkPairings, readCorpus, writeSyntheticTerms } from './bench/synthetic-terms.ts';

const args = process.argv.slice(2);
const option = (name: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const PROJECT_ROOT = resolve(option('project') ?? resolve(import.meta.dirname, '..'));
const DEFAULT_SIZES = [30, 300, 1_000];
const FULL_SIZES = [...DEFAULT_SIZES, 3_000];
/** Goals from the "Trustworthy and fast" issue, for 1,000 terms on the 2-core machine. */
const GOAL = { secondsPer1000Terms: 25, peakBytes: 2 * 1024 ** 3 };

interface BuildResult {
  terms: number;
  pagesBuilt: number;
  termPagesBuilt: number;
  astro: MeasuredRun;
  pagefind: MeasuredRun;
  pagefindBytes: number;
  /** 1-minute load average before the build: other work on the machine skews the times. */
  loadBefore: number;
}

const sizesArg = option('sizes');
const sizes = sizesArg
  ? sizesArg.split(',').map(Number)
  : args.includes('--full')
    ? FULL_SIZES
    : DEFAULT_SIZES;
const profile = args.includes('--profile');
const keep = args.includes('--keep');
const runs = Number(option('runs') ?? 1);
if (sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error(`Bad --sizes: ${sizesArg}`);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`Bad --runs: ${option('runs')}`);

/** Total bytes of the files under `dir`. */
function folderBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

/** HTML pages in dist/ (Pagefind's own files excluded), and how many of them are term pages. */
function countPages(dist: string): { pages: number; termPages: number } {
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.html') && !path.startsWith('pagefind'));
  return { pages: pages.length, termPages: pages.filter((path) => /^terms\/[^/]+\/index\.html$/.test(path)).length };
}

/**
 * The environment `npm run build` sets before `astro build` (its leading `NAME=value` words, such as
 * the V8 heap size), so the benchmark builds exactly as the project does.
 */
function buildEnvironment(projectRoot: string): Record<string, string> {
  const scripts = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts;
  const assignments = /^((?:\w+=\S+\s+)*)astro build\b/.exec(scripts?.['build'] ?? '')?.[1] ?? '';
  return Object.fromEntries(assignments.trim().split(/\s+/).filter(Boolean).map((word) => [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)]));
}

async function benchmark(terms: number): Promise<BuildResult> {
  const copy = createProjectCopy(PROJECT_ROOT);
  try {
    writeSyntheticTerms(copy.termsDir, terms, readCorpus(join(PROJECT_ROOT, 'content', 'terms')));
    const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...buildEnvironment(PROJECT_ROOT) };
    const loadBefore = loadavg()[0]!;
    const profileDir = join(copy.root, 'cpu-profile');
    const nodeFlags = profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
    const astro = await measuredRun(process.execPath, [...nodeFlags, join(copy.root, 'node_modules/astro/bin/astro.mjs'), 'build'], copy.root, env);
    const pagefind = await measuredRun(process.execPath, [join(copy.root, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', 'dist'], copy.root, env);
    const dist = join(copy.root, 'dist');
    const { pages, termPages } = countPages(dist);
    if (termPages !== terms) throw new Error(`Built ${termPages} term pages for ${terms} terms.`);
    if (profile) console.log(`\nCPU profile of astro build, N = ${terms}:\n${summariseCpuProfile(profileDir)}`);
    if (keep) console.log(`kept ${copy.root}`);
    return { terms, pagesBuilt: pages, termPagesBuilt: termPages, astro, pagefind, pagefindBytes: folderBytes(join(dist, 'pagefind')), loadBefore };
  } finally {
    if (!keep) copy.remove();
  }
}

const mib = (bytes: number | null) => (bytes === null ? 'n/a' : (bytes / 1024 ** 2).toFixed(0));
const seconds = (value: number | null) => (value === null ? 'n/a' : value.toFixed(1));

/** Least-squares line through (pages, seconds): the fixed cost and the cost per 1,000 pages. */
function fitLine(points: [number, number][]): { fixedSeconds: number; secondsPer1000: number } {
  const n = points.length;
  const meanX = points.reduce((sum, [x]) => sum + x, 0) / n;
  const meanY = points.reduce((sum, [, y]) => sum + y, 0) / n;
  const covariance = points.reduce((sum, [x, y]) => sum + (x - meanX) * (y - meanY), 0);
  const variance = points.reduce((sum, [x]) => sum + (x - meanX) ** 2, 0);
  const slope = variance === 0 ? 0 : covariance / variance;
  return { fixedSeconds: meanY - slope * meanX, secondsPer1000: slope * 1000 };
}

const total = (result: BuildResult) => result.astro.wallSeconds + result.pagefind.wallSeconds;

console.log(
  `Build benchmark of ${PROJECT_ROOT}: ${cpus().length} cores, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}; sizes ${sizes.join(', ')}; best of ${runs} run(s)`,
);
checkPairings(PROJECT_ROOT);
const results: BuildResult[] = [];
for (const terms of sizes) {
  const attempts: BuildResult[] = [];
  for (let run = 1; run <= runs; run++) {
    process.stdout.write(`building ${terms} terms (run ${run})… `);
    attempts.push(await benchmark(terms));
    console.log(`${seconds(total(attempts.at(-1)!))} s`);
  }
  results.push(attempts.reduce((best, attempt) => (total(attempt) < total(best) ? attempt : best)));
}
const peakTree = (result: BuildResult) => Math.max(result.astro.peakTreeRssBytes, result.pagefind.peakTreeRssBytes);
const largestProcess = (result: BuildResult) =>
  result.astro.largestProcessRssBytes === null || result.pagefind.largestProcessRssBytes === null
    ? null
    : Math.max(result.astro.largestProcessRssBytes, result.pagefind.largestProcessRssBytes);

console.log(`
| N terms | pages built | astro build s | pagefind s | total s | s per 1,000 pages | astro CPU s | peak RSS, process tree MiB | peak RSS, largest process MiB | Pagefind index bytes | load avg before |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`);
for (const result of results) {
  console.log(
    `| ${result.terms.toLocaleString('en-US')} | ${result.pagesBuilt.toLocaleString('en-US')} | ${seconds(result.astro.wallSeconds)} | ${seconds(result.pagefind.wallSeconds)} | ${seconds(total(result))} | ${seconds((total(result) / result.pagesBuilt) * 1000)} | ${seconds(result.astro.cpuSeconds)} | ${mib(peakTree(result))} | ${mib(largestProcess(result))} | ${result.pagefindBytes.toLocaleString('en-US')} | ${result.loadBefore.toFixed(2)} |`,
  );
}

console.log(`
Memory: "process tree" is the highest sum of VmRSS over the build and all its child processes, sampled from /proc every 100 ms;
"largest process" is the exact peak of the largest single process from /usr/bin/time -v. Pages built counts every HTML page in dist/:
the N term pages and every other page the site generates (home, area, search, and any per-term pages such as embeds).`);
if (results.length >= 2) {
  const line = fitLine(results.map((result) => [result.pagesBuilt, total(result)]));
  console.log(`Linear fit of total time: ${line.fixedSeconds.toFixed(1)} s fixed + ${line.secondsPer1000.toFixed(1)} s per 1,000 pages.`);
}
const at1000 = results.find((result) => result.terms === 1_000);
if (at1000) {
  const timeOk = total(at1000) <= GOAL.secondsPer1000Terms;
  const memoryOk = peakTree(at1000) <= GOAL.peakBytes;
  console.log(`Goal for 1,000 terms: ≤ ${GOAL.secondsPer1000Terms} s (${timeOk ? 'met' : 'NOT met'}: ${seconds(total(at1000))} s), peak ≤ 2 GiB (${memoryOk ? 'met' : 'NOT met'}: ${mib(peakTree(at1000))} MiB).`);
}
