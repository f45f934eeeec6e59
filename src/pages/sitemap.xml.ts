import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { absoluteUrl, requireSite, termPath } from '../lib/glossary.ts';
import { TOPICS, topicSlug } from '../data/site.ts';

/**
 * The page files under src/pages. Only the file names are used: the modules are never loaded (`?raw`
 * keeps Vite from compiling the pages into this endpoint, which would tie their CSS to it).
 */
const pageFiles = Object.keys(import.meta.glob('./**/*.{astro,md,mdx}', { query: '?raw' }));

/**
 * The paths of each dynamic route, by its file (without extension). A dynamic page missing here
 * fails the build, so a new one cannot silently drop out of the sitemap.
 */
const dynamicRoutes: Record<string, () => Promise<string[]>> = {
  'terms/[slug]': async () => (await getCollection('terms')).map((term) => termPath(term.id)),
  'topics/[topic]': async () => TOPICS.map((topic) => `/topics/${topicSlug(topic)}/`),
  // Embeds (/embed/<slug>/) are for iframes on other sites: noindex, canonical to the term page, not listed.
  'embed/[slug]': async () => [],
};

/** Error pages are served for missing URLs, not listed. */
const NOT_LISTED = new Set(['404', '500']);

async function sitePaths(): Promise<string[]> {
  const paths: string[] = [];
  for (const file of pageFiles) {
    const route = file.replace(/^\.\//, '').replace(/\.(astro|mdx?)$/, '');
    // Astro ignores files and folders starting with "_".
    if (route.split('/').some((segment) => segment.startsWith('_')) || NOT_LISTED.has(route)) continue;
    if (route.includes('[')) {
      const expand = dynamicRoutes[route];
      if (!expand) throw new Error(`src/pages/sitemap.xml.ts: add the paths of the dynamic page "${file}" to dynamicRoutes.`);
      paths.push(...(await expand()));
    } else {
      const path = route === 'index' ? '' : route.replace(/\/index$/, '');
      // trailingSlash: 'always' (astro.config.mjs): every page URL ends with "/".
      paths.push(path === '' ? '/' : `/${path}/`);
    }
  }
  return paths.sort();
}

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!);

/** `/sitemap.xml` (sitemaps.org 0.9): every page of the site with its absolute URL. */
export const GET: APIRoute = async ({ site }) => {
  const base = requireSite(site);
  const urls = (await sitePaths()).map((path) => `  <url><loc>${escapeXml(absoluteUrl(path, base))}</loc></url>\n`);
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('')}</urlset>\n`;
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
