import { getCollection, render, type CollectionEntry } from 'astro:content';
import { LINKED_TERMS_KEY } from '../markdown/term-links.ts';

/**
 * The terms a term's prose links to, as recorded while its Markdown compiled
 * (src/markdown/term-links.ts, which sees hand-written and automatic links alike).
 */
export async function linkedTermsOf(term: CollectionEntry<'terms'>): Promise<string[]> {
  const { remarkPluginFrontmatter } = await render(term);
  const linked: unknown = remarkPluginFrontmatter[LINKED_TERMS_KEY];
  return Array.isArray(linked) ? linked.filter((slug): slug is string => typeof slug === 'string') : [];
}

/** Target slug → the terms that link to it in prose or list it among their related terms. */
async function buildBacklinks(): Promise<Map<string, CollectionEntry<'terms'>[]>> {
  const terms = (await getCollection('terms')).sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'));
  const backlinks = new Map<string, CollectionEntry<'terms'>[]>();
  for (const term of terms) {
    const targets = new Set([...(await linkedTermsOf(term)), ...term.data.related]);
    targets.delete(term.id);
    for (const target of targets) backlinks.set(target, [...(backlinks.get(target) ?? []), term]);
  }
  return backlinks;
}

// Computed once per build (every term page asks); the dev server recomputes so edits show at once.
let cached: Promise<Map<string, CollectionEntry<'terms'>[]>> | undefined;

/** The terms that reference `slug` ("Referenced by" on its page), A–Z. */
export async function referencedBy(slug: string): Promise<CollectionEntry<'terms'>[]> {
  const backlinks = import.meta.env.DEV ? buildBacklinks() : (cached ??= buildBacklinks());
  return (await backlinks).get(slug) ?? [];
}
