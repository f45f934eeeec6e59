import type { APIRoute } from 'astro';
import { absoluteUrl, requireSite } from '../lib/glossary.ts';

/** `/robots.txt`: everything may be crawled; the sitemap lists every page. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap.xml', requireSite(site))}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
