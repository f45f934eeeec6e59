import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { buildGlossary, requireSite } from '../lib/glossary.ts';

/** `/glossary.json`: every term with its formulas and worked examples (format: README, "Machine-readable glossary"). */
export const GET: APIRoute = async ({ site }) => {
  const glossary = buildGlossary(await getCollection('terms'), requireSite(site), new Date());
  return new Response(`${JSON.stringify(glossary, null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
