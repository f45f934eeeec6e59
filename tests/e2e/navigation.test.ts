import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from './support/server.ts';
import { builtTermSlugs } from './support/site.ts';

/**
 * Navigation built from the content (issue "The full glossary", §5), read from dist/: topic pages,
 * the home page's two views, related terms, automatic term links and "Referenced by" backlinks.
 */
const html = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');
const slugs = builtTermSlugs();
const termLinks = (fragment: string) => [...fragment.matchAll(/href="\/terms\/([a-z0-9-]+)\/"/g)].map((match) => match[1]!);

/** The part of a page between an element with this id and the end of its section. */
function section(page: string, id: string): string {
  const start = page.indexOf(`id="${id}"`);
  if (start < 0) return '';
  const end = page.indexOf('</section>', start);
  return page.slice(start, end < 0 ? undefined : end);
}
const prose = (page: string) => page.slice(page.indexOf('<div class="prose">'), page.indexOf('id="references"'));
const topicOf = (page: string) => /Topic: <a href="\/topics\/([a-z-]+)\/"/.exec(page)?.[1];

describe('navigation', () => {
  it('every term page names its topic, and that topic page lists it; topic pages list nothing else', () => {
    const byTopic = new Map<string, string[]>();
    for (const slug of slugs) {
      const topic = topicOf(html(`terms/${slug}`));
      expect(topic, slug).toBeDefined();
      byTopic.set(topic!, [...(byTopic.get(topic!) ?? []), slug]);
    }
    for (const [topic, members] of byTopic) {
      const listed = termLinks(section(html(`topics/${topic}`), 'terms'));
      expect(listed.sort(), topic).toEqual(members.sort());
    }
  });

  it('the home page offers every term both A–Z and by topic', () => {
    const home = html('');
    const aToZ = termLinks(home.slice(home.indexOf('id="a-z"'), home.indexOf('id="by-topic"')));
    const byTopic = termLinks(home.slice(home.indexOf('id="by-topic"')));
    expect(new Set(aToZ)).toEqual(new Set(slugs));
    expect(byTopic.sort()).toEqual([...slugs].sort());
  });

  it.each(slugs)('%s: at least three related terms, and a backlink on every page its prose links to', (slug) => {
    const page = html(`terms/${slug}`);
    expect(termLinks(section(page, 'related-terms')).length).toBeGreaterThanOrEqual(3);
    const linked = new Set(termLinks(prose(page)).filter((target) => target !== slug));
    for (const target of linked) {
      expect(termLinks(section(html(`terms/${target}`), 'referenced-by')), `${target} should list ${slug}`).toContain(slug);
    }
  });

  it.each(slugs)('%s: "Referenced by" lists exactly the terms that link to it or list it as related', (slug) => {
    const expected = slugs.filter((other) => {
      if (other === slug) return false;
      const page = html(`terms/${other}`);
      return termLinks(prose(page)).includes(slug) || termLinks(section(page, 'related-terms')).includes(slug);
    });
    expect(termLinks(section(html(`terms/${slug}`), 'referenced-by')).sort()).toEqual(expected.sort());
  });

  it('automatic links never land in headings, and link each term at most once per page', () => {
    for (const slug of slugs) {
      const page = prose(html(`terms/${slug}`));
      expect(page, slug).not.toMatch(/<h[1-6][^>]*>(?:(?!<\/h[1-6]>).)*class="term-link"/s);
      const automatic = [...page.matchAll(/<a href="\/terms\/([a-z0-9-]+)\/" class="term-link"/g)].map((m) => m[1]);
      expect(new Set(automatic).size, slug).toBe(automatic.length);
      expect(automatic, slug).not.toContain(slug);
    }
  });
});
