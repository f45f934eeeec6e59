/**
 * Page weights of the built site, gzip-compressed as a server would send them: the JavaScript a page
 * loads (module scripts, island components and renderers, everything they import statically, and
 * inline scripts), its CSS and its HTML. Run: `node scripts/page-weights.ts` after a build.
 * The same functions back the budget test in tests/e2e/budget.test.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = resolve('dist');

export interface PageWeight {
  page: string;
  jsBytes: number;
  cssBytes: number;
  htmlBytes: number;
  jsFiles: string[];
}

const gzipSize = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** Every JS file a module loads statically (import … from / import "…"), itself included. */
function moduleClosure(file: string, seen: Set<string>): void {
  if (seen.has(file)) return;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const match of code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]*?from\s*)?["']([^"']+\.js)["']/g)) {
    const specifier = match[1]!;
    const target = specifier.startsWith('/') ? join(DIST, specifier) : resolve(dirname(file), specifier);
    moduleClosure(target, seen);
  }
}

export function pageWeight(htmlFile: string): PageWeight {
  const html = readFileSync(htmlFile, 'utf8');
  const files = new Set<string>();
  const urls = [
    ...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g),
    ...html.matchAll(/\s(?:component|renderer)-url="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((match) => match[1]!);
  for (const url of urls) if (url.startsWith('/')) moduleClosure(join(DIST, url), files);
  const inlineScripts = [...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)]
    .map((match) => match[1]!)
    .join('\n');
  const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)]
    .map((match) => readFileSync(join(DIST, match[1]!), 'utf8'))
    .join('\n');
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]!).join('\n');
  // Each file travels as its own response, so each is compressed on its own.
  const jsFileBytes = [...files].reduce((sum, file) => sum + gzipSize(readFileSync(file)), 0);
  return {
    page: '/' + relative(DIST, dirname(htmlFile)).replace(/\\/g, '/') + (dirname(htmlFile) === DIST ? '' : '/'),
    jsBytes: jsFileBytes + (inlineScripts.trim() ? gzipSize(inlineScripts) : 0),
    cssBytes: gzipSize(css + inlineCss),
    htmlBytes: gzipSize(html),
    jsFiles: [...files].map((file) => relative(DIST, file)),
  };
}

/** All HTML pages of the built site. */
export function builtPages(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : builtPages(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const weights = builtPages().map(pageWeight).sort((a, b) => a.page.localeCompare(b.page));
  const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(6);
  console.log('page'.padEnd(46), '    JS KB', '   CSS KB', '  HTML KB  (gzip)');
  for (const w of weights) console.log(w.page.padEnd(46), kb(w.jsBytes), '  ', kb(w.cssBytes), '  ', kb(w.htmlBytes));
  const terms = weights.filter((w) => w.page.startsWith('/terms/'));
  console.log(`term pages: JS median ${kb(median(terms.map((w) => w.jsBytes)))} KB, max ${kb(Math.max(...terms.map((w) => w.jsBytes)))} KB`);
}
