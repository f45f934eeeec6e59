import { Window } from 'happy-dom';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_NAME } from '../../src/data/site.ts';
import { DIST, fileForPath } from './support/server.ts';
import { builtPages, builtTermSlugs } from './support/site.ts';

/**
 * What search engines and link previews read: sitemap.xml lists exactly the built pages, robots.txt
 * points at it, every page carries canonical, description, OpenGraph and Twitter tags, and each term
 * page describes itself in JSON-LD (schema.org DefinedTerm and BreadcrumbList).
 */
const window = new Window();
const parse = (html: string) => new window.DOMParser().parseFromString(html, 'text/html');

/** Page path ("/terms/x/") of an HTML file in dist. */
const pathOf = (file: string) => `/${relative(DIST, file).replace(/\\/g, '/').replace(/index\.html$/, '')}`;

const sitemap = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
const sitemapUrls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
/** The site's public origin, as every absolute URL must use it (SITE_URL at build time). */
const origin = new URL(sitemapUrls[0] ?? 'http://invalid').origin;
const isNoindex = (file: string) => /<meta name="robots" content="noindex/.test(readFileSync(file, 'utf8'));
/** Error pages and noindex pages (calculator embeds) are not listed in a sitemap. */
const pages = builtPages().filter((file) => !/^\/(404|500)\.html$/.test(pathOf(file)) && !isNoindex(file));
/** Embeds: noindex, and their canonical link names the term page, which is listed. */
const noindexPages = builtPages().filter(isNoindex);

describe('sitemap.xml', () => {
  it('is a sitemaps.org urlset of absolute URLs on one origin', () => {
    expect(sitemap).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">/);
    expect(sitemap.trimEnd().endsWith('</urlset>')).toBe(true);
    expect(sitemapUrls.length).toBeGreaterThan(3);
    for (const url of sitemapUrls) expect(new URL(url).origin).toBe(origin);
    expect(new Set(sitemapUrls).size).toBe(sitemapUrls.length);
  });

  it('lists every page in dist, and every URL it lists exists in dist', () => {
    const listed = sitemapUrls.map((url) => new URL(url).pathname);
    expect([...listed].sort()).toEqual(pages.map(pathOf).sort());
    for (const path of listed) expect(fileForPath(path), path).not.toBeNull();
    for (const slug of builtTermSlugs()) expect(listed).toContain(`/terms/${slug}/`);
  });
});

describe('noindex pages', () => {
  it('are the embeds, each with a canonical link to a listed term page', () => {
    expect(noindexPages.map(pathOf).every((path) => path.startsWith('/embed/'))).toBe(true);
    expect(noindexPages.length).toBe(builtTermSlugs().length);
    for (const file of noindexPages) {
      const canonical = parse(readFileSync(file, 'utf8')).querySelector('link[rel="canonical"]')?.getAttribute('href');
      expect(sitemapUrls, pathOf(file)).toContain(canonical);
      expect(canonical).toBe(`${origin}${pathOf(file).replace('/embed/', '/terms/')}`);
    }
  });
});

describe('robots.txt', () => {
  it('allows crawling and points at the sitemap', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow: \/$/m);
    expect(robots).toMatch(new RegExp(`^Sitemap: ${origin}/sitemap\\.xml$`, 'm'));
  });
});

describe('head meta', () => {
  it.each(pages.map((file) => [pathOf(file), file] as const))(
    '%s has canonical, description, OpenGraph and Twitter card tags',
    (path, file) => {
      const doc = parse(readFileSync(file, 'utf8'));
      const meta = (selector: string) => doc.querySelector(`meta[${selector}]`)?.getAttribute('content');
      const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
      expect(canonical).toBe(`${origin}${path}`);
      const description = meta('name="description"');
      expect(description?.length).toBeGreaterThan(50);
      expect(meta('property="og:title"')?.length).toBeGreaterThan(2);
      expect(doc.title).toContain(meta('property="og:title"'));
      expect(meta('property="og:description"')).toBe(description);
      expect(meta('property="og:url"')).toBe(canonical);
      expect(meta('property="og:type"')).toBe(path.startsWith('/terms/') ? 'article' : 'website');
      expect(meta('property="og:site_name"')).toBe(SITE_NAME);
      expect(meta('name="twitter:card"')).toBe('summary');
    },
  );
});

describe('JSON-LD on term pages', () => {
  it.each(builtTermSlugs())('%s describes the term and its breadcrumb trail', (slug) => {
    const html = readFileSync(join(DIST, 'terms', slug, 'index.html'), 'utf8');
    const doc = parse(html);
    const url = `${origin}/terms/${slug}/`;
    const scripts = [...doc.querySelectorAll('script[type="application/ld+json"]')];
    expect(scripts).toHaveLength(1);
    const text = scripts[0]!.textContent ?? '';
    // Nothing inside may close or open a tag: "<" is always written \u003c.
    expect(text).not.toContain('<');
    const data = JSON.parse(text) as { '@context': string; '@graph': Record<string, unknown>[] };
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@graph'].map((node) => node['@type'])).toEqual(['DefinedTerm', 'BreadcrumbList']);

    const [term, breadcrumb] = data['@graph'] as [Record<string, unknown>, { itemListElement: Record<string, unknown>[] }];
    const title = doc.querySelector('h1')?.textContent;
    expect(term).toMatchObject({
      name: title,
      description: doc.querySelector('meta[name="description"]')?.getAttribute('content'),
      url,
      termCode: slug,
      inDefinedTermSet: { '@type': 'DefinedTermSet', name: SITE_NAME, url: `${origin}/` },
    });
    expect(breadcrumb.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: `${origin}/` },
      { '@type': 'ListItem', position: 2, name: 'Quantitative Risk Modeling', item: `${origin}/areas/quantitative-risk-modeling/` },
      { '@type': 'ListItem', position: 3, name: title, item: url },
    ]);
    // The trail matches the visible breadcrumb.
    const visible = [...doc.querySelectorAll('nav.breadcrumb a')].map((link) => link.textContent);
    expect(visible).toEqual(breadcrumb.itemListElement.map((item) => item['name']));
  });
});
