import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { buildGlossary, glossaryCsv, requireSite } from '../lib/glossary.ts';

/** `/glossary.csv`: one row per term for spreadsheets (RFC 4180, UTF-8, lists joined with " | "). */
export const GET: APIRoute = async ({ site }) => {
  const glossary = buildGlossary(await getCollection('terms'), requireSite(site), new Date());
  return new Response(glossaryCsv(glossary), {
    headers: { 'content-type': 'text/csv; charset=utf-8; header=present' },
  });
};
