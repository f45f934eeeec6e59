#!/usr/bin/env node
// Measures the two Markdown-math routes on this site's own term pages:
//   satteri: Astro 7's Sätteri with `math` + our katex mdast plugin (the default)
//   unified: @astrojs/markdown-remark with remark-math + rehype-katex
// Copies every page of content/terms/ N times into .bench/terms (same depth as content/terms,
// so the pages' relative imports still resolve), builds with each route, and compares output.
// Usage: npm run bench:math [-- N=20 RUNS=2]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = Object.fromEntries(process.argv.slice(2).map((arg) => arg.split('=')));
const copies = Number(args.N ?? 20);
const runs = Number(args.RUNS ?? 2);
const source = 'content/terms';
const benchDir = '.bench/terms';

rmSync('.bench', { recursive: true, force: true });
mkdirSync(benchDir, { recursive: true });
const pages = readdirSync(source).filter((name) => name.endsWith('.mdx'));
for (let copy = 0; copy < copies; copy++) {
  for (const page of pages) {
    const slug = page.slice(0, -4);
    // Related slugs point at the original page names; keep copy 0 under the original name.
    const name = copy === 0 ? page : `${slug}-copy-${copy}.mdx`;
    writeFileSync(join(benchDir, name), readFileSync(join(source, page), 'utf8'));
  }
}
const total = pages.length * copies;

function build(pipeline) {
  const outDir = `.bench/dist-${pipeline}`;
  const started = performance.now();
  execFileSync('node_modules/.bin/astro', ['build', '--force', '--outDir', outDir], {
    env: { ...process.env, TERMS_DIR: benchDir, MATH_PIPELINE: pipeline, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  return { seconds: (performance.now() - started) / 1000, outDir };
}

function formulaCount(outDir) {
  let count = 0;
  for (const page of pages) {
    const html = readFileSync(join(outDir, 'terms', page.slice(0, -4), 'index.html'), 'utf8');
    count += (html.match(/<annotation encoding="application\/x-tex">/g) ?? []).length;
  }
  return count;
}

console.log(`Building ${total} term pages (${pages.length} pages × ${copies}), ${runs} run(s) per route…`);
const results = {};
for (const pipeline of ['satteri', 'unified']) {
  const times = [];
  let outDir = '';
  for (let run = 0; run < runs; run++) {
    const result = build(pipeline);
    times.push(result.seconds);
    outDir = result.outDir;
  }
  results[pipeline] = { best: Math.min(...times), formulas: formulaCount(outDir) };
  console.log(`${pipeline.padEnd(8)} best ${results[pipeline].best.toFixed(2)} s of ${times.map((t) => t.toFixed(2)).join(', ')}; formulas rendered on the original pages: ${results[pipeline].formulas}`);
}
console.log(`unified / satteri build time: ${(results.unified.best / results.satteri.best).toFixed(2)}×`);
rmSync('.bench', { recursive: true, force: true });
