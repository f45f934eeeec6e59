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

/**
 * Modules that must never reach the browser. `defineExample` computes a worked example when its module
 * loads: at build time that is the point, in a page it would ship the example's labels and run its
 * computation on every visit. A calculator that wants an example's inputs imports them as a plain
 * constant (README, "Adding a term").
 */
const BUILD_TIME_ONLY = ['src/examples/define.ts'];

/** What `buildTimeModulesIn` reads of an output chunk (Rolldown's OutputChunk has these fields). */
export interface ChunkGraph {
  fileName: string;
  facadeModuleId: string | null;
  moduleIds: readonly string[];
  /** File names of the chunks it imports statically. */
  imports: readonly string[];
}

/**
 * Each build-time-only module found in the browser code, with the sources (from the root) of the
 * entry chunks that load it, themselves or through the chunks they import. Chunks are shared, so the
 * module's real importer is one of those entries, not necessarily all of them.
 */
export function buildTimeModulesIn(chunks: readonly ChunkGraph[], root: string): Map<string, string[]> {
  const fromRoot = (id: string) => relative(root, id).split('\\').join('/');
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const found = new Map<string, string[]>();
  for (const entry of chunks) {
    if (!entry.facadeModuleId) continue;
    const seen = new Set<string>();
    const pending = [entry.fileName];
    for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
      if (seen.has(file)) continue;
      seen.add(file);
      pending.push(...(byFile.get(file)?.imports ?? []));
    }
    const modules = new Set([...seen].flatMap((file) => byFile.get(file)?.moduleIds ?? []).map(fromRoot));
    for (const module of BUILD_TIME_ONLY) {
      if (modules.has(module)) found.set(module, [...(found.get(module) ?? []), fromRoot(entry.facadeModuleId)]);
    }
  }
  return found;
}

/**
 * The Vite plugin (client build only) that builds the modules and records their URLs, and fails the
 * build if browser code bundles a build-time-only module.
 */
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
      const chunks = Object.values(bundle).flatMap((chunk) => (chunk.type === 'chunk' ? [chunk] : []));
      for (const [module, entries] of buildTimeModulesIn(chunks, root)) {
        this.error(
          `${module} must stay at build time, but browser code loads it: one of ${entries.join(', ')} imports a worked example. ` +
            'Export the example\'s input as a plain constant and import that (README, "Adding a term").',
        );
      }
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
