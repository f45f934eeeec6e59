import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages } from './support/site.ts';
import { DIST, fileForPath } from './support/server.ts';

/**
 * Every internal link and #anchor in the built site resolves: a broken link is a defect whether a
 * person or a team's internal doc follows it.
 */
const ids = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let found = ids.get(file);
  if (!found) {
    found = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
    ids.set(file, found);
  }
  return found;
}

/** Page path ("/terms/x/") of an HTML file in dist. */
function pathOf(file: string): string {
  const rel = relative(DIST, file).replace(/\\/g, '/').replace(/index\.html$/, '');
  return `/${rel}`;
}

describe('internal links', () => {
  const pages = builtPages();

  it('finds the built pages', () => {
    expect(pages.length).toBeGreaterThan(3);
  });

  it('every internal href, src and #anchor resolves', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      const base = new URL(pathOf(file), 'http://site.invalid');
      for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
        const raw = match[1]!.replace(/&amp;/g, '&');
        if (/^(?:[a-z]+:)?\/\//i.test(raw) && !raw.startsWith('http://site.invalid')) continue; // external
        if (/^(?:mailto|tel|data|javascript):/i.test(raw)) continue;
        const url = new URL(raw, base);
        if (url.origin !== base.origin) continue;
        checked += 1;
        const target = fileForPath(url.pathname);
        if (!target) {
          broken.push(`${pathOf(file)} → ${raw} (no such file)`);
          continue;
        }
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (anchor && target.endsWith('.html') && !idsOf(target).has(anchor)) {
          broken.push(`${pathOf(file)} → ${raw} (no element with id "${anchor}")`);
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(broken).toEqual([]);
  });
});
