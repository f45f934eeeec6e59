/**
 * An isolated, throw-away copy of the project for benchmark builds, so builds of synthetic content
 * never touch the real `content/`, `dist/` or build caches that other people's builds use.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** What a build needs from the project root (term content comes from the benchmark; the area page's prose is copied). */
const PROJECT_FILES = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'pagefind.yml', 'src', 'public', 'content/areas'];

/**
 * Cache folders Astro and Vite keep inside node_modules (`cacheDir` defaults to
 * node_modules/.astro, which holds the content layer's data-store.json). A symlink to the whole
 * node_modules would make the copy read and overwrite the real project's caches, so the copy gets
 * its own node_modules folder with one symlink per package instead, minus these.
 */
const PER_PROJECT_CACHES = new Set(['.astro', '.vite']);

export interface ProjectCopy {
  /** Root of the copy. */
  root: string;
  /** `content/terms` of the copy, at the same depth as the real one so `../../src/…` imports resolve. */
  termsDir: string;
  remove: () => void;
}

/** Copies the project at `projectRoot` into a new temporary folder. */
export function createProjectCopy(projectRoot: string): ProjectCopy {
  const source = resolve(projectRoot);
  const root = mkdtempSync(join(tmpdir(), 'glossary-bench-'));
  for (const entry of PROJECT_FILES) cpSync(join(source, entry), join(root, entry), { recursive: true });
  const modules = join(root, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(join(source, 'node_modules'))) {
    if (!PER_PROJECT_CACHES.has(name)) symlinkSync(join(source, 'node_modules', name), join(modules, name));
  }
  const termsDir = join(root, 'content', 'terms');
  mkdirSync(termsDir, { recursive: true });
  return { root, termsDir, remove: () => rmSync(root, { recursive: true, force: true }) };
}
