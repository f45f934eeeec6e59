import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './server.ts';

/** Slugs of the term pages in the built site: tests cover every page without a list to maintain. */
export function builtTermSlugs(): string[] {
  return readdirSync(join(DIST, 'terms'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}
