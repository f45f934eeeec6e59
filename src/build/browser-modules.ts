/**
 * Browser modules loaded by URL: each calculator (when its island comes into view, see
 * src/scripts/islands.ts) and the scenario-link code (on first use, see src/lib/scenario.ts).
 *
 * Why not a bundled `import()`: for every dynamic import, Vite ships a preload helper (about 1 KB
 * gzip) and, for a glob of calculators, a map of every calculator's chunk and its dependencies
 * (about 1.3 KB gzip, growing with each calculator) to every calculator page. Instead, this plugin
 * builds each of these modules as an entry chunk of the client build and records its URL; the
 * server writes that URL into the HTML beside the island (Island.astro), so the browser imports it
 * directly and the loader stays a few hundred bytes whatever the number of calculators.
 *
 * The record is handed over in memory: Astro builds the client before it renders the pages, in the
 * same process (the `buildApp` hook in astro/dist/core/build/static-build.js). In `astro dev`
 * there is no client build, and Vite serves each source file at its own path.
 */
import { readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { Plugin } from 'vite';

/** Where the URLs live between the client build and page rendering (a separate module graph). */
const REGISTRY = Symbol.for('risk-glossary.browser-modules');
type Registry = ReadonlyMap<string, string>;
const registry = () => (globalThis as { [REGISTRY]?: Registry })[REGISTRY];

/** The modules, as paths from the project root with forward slashes. */
export function browserModuleSources(root: string): string[] {
  const calculators = readdirSync(join(root, 'src/calculators'))
    .filter((file) => file.endsWith('.tsx'))
    .map((file) => `src/calculators/${file}`);
  return [...calculators, 'src/scripts/scenario-links.ts'];
}

/** The Vite plugin (client build only) that builds the modules and records their URLs. */
export function browserModules(): Plugin {
  let root = '';
  let base = '/';
  let sources: string[] = [];
  return {
    name: 'risk-glossary:browser-modules',
    apply: 'build',
    applyToEnvironment: (environment) => environment.name === 'client',
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    buildStart() {
      sources = browserModuleSources(root);
      for (const source of sources) {
        this.emitFile({ type: 'chunk', id: join(root, source), name: basename(source).replace(/\.\w+$/, '') });
      }
    },
    generateBundle(_options, bundle) {
      const wanted = new Set(sources);
      const urls = new Map<string, string>();
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.facadeModuleId) continue;
        const source = relative(root, chunk.facadeModuleId).split('\\').join('/');
        if (wanted.has(source)) urls.set(source, `${base}${chunk.fileName}`);
      }
      (globalThis as { [REGISTRY]?: Registry })[REGISTRY] = urls;
    },
  };
}

/**
 * The URL the browser imports `source` from (a path from the project root, e.g.
 * `src/calculators/KellyCalculator.tsx`). `dev` is `import.meta.env.DEV` of the caller.
 */
export function browserModuleUrl(source: string, dev: boolean): string {
  if (dev) return `/${source}`;
  const url = registry()?.get(source);
  if (url === undefined) {
    throw new Error(`${source} has no built URL: is it a file that browserModuleSources() lists, and is the browserModules() plugin in astro.config.mjs?`);
  }
  return url;
}
