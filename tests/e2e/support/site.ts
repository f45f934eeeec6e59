import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './server.ts';

/** Slugs of the term pages in the built site: tests cover every page without a list to maintain. */
export function builtTermSlugs(): string[] {
  return readdirSync(join(DIST, 'terms'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Every HTML file of the built site (Pagefind's and Astro's asset folders excluded). */
export function builtPages(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : builtPages(path);
    return name.endsWith('.html') ? [path] : [];
  });
}
