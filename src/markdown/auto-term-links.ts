import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { defineHastPlugin, type PluginFactoryContext } from 'satteri';
import type { Element, ElementContent, Parents, Text } from 'hast';
import { termsDirectory } from '../content/term-schema.ts';

/** A phrase that names a term in prose: its title, or an alias of two words or more. */
export interface TermName {
  phrase: string;
  slug: string;
}

/**
 * Why only titles and aliases of two or more words: single-word aliases ("leverage", "basis",
 * "cliff") and acronyms ("ES", "IM", "TWAP") are there for search, and in running prose they are
 * too often ordinary words or mean something else to be linked automatically.
 */
function isLinkable(phrase: string): boolean {
  return phrase.trim().split(/[\s-]+/).length >= 2;
}

/** Title and aliases of every term file, read from the frontmatter (the collection is not loaded yet when Markdown compiles). */
export function readTermNames(directory: string = termsDirectory()): TermName[] {
  const names: TermName[] = [];
  for (const file of readdirSync(directory)) {
    if (!file.endsWith('.mdx')) continue;
    const source = readFileSync(join(directory, file), 'utf8');
    const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1];
    if (frontmatter === undefined) continue;
    const data: unknown = parseYaml(frontmatter);
    if (typeof data !== 'object' || data === null) continue;
    const { title, aliases } = data as { title?: unknown; aliases?: unknown };
    const slug = file.replace(/\.mdx$/, '');
    const phrases = [title, ...(Array.isArray(aliases) ? aliases : [])].filter((p): p is string => typeof p === 'string');
    for (const phrase of phrases) if (isLinkable(phrase)) names.push({ phrase: phrase.trim(), slug });
  }
  return names;
}

// A build reads the term files once; the dev server re-reads them for every page so that an edited
// alias takes effect at once (30 small files).
let cached: { directory: string; names: TermName[] } | undefined;
function termNames(): TermName[] {
  const directory = termsDirectory();
  if (process.env['NODE_ENV'] !== 'production') return readTermNames(directory);
  if (cached?.directory !== directory) cached = { directory, names: readTermNames(directory) };
  return cached.names;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One case-insensitive pattern for all phrases, longest first so that "maintenance margin rate"
 * wins over "maintenance margin"; a phrase must not be part of a longer word.
 */
export function mentionPattern(names: readonly TermName[]): RegExp | null {
  if (names.length === 0) return null;
  const phrases = [...new Set(names.map((name) => name.phrase))].sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/** Elements whose text is never linked: headings, links, code, buttons, and the like. */
const SKIPPED = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'code', 'pre', 'kbd', 'samp', 'button', 'script', 'style', 'svg', 'math', 'label', 'figcaption', 'summary']);

/**
 * Links the first mention in prose of another term's title (or multi-word alias) to that term:
 * `<a href="/terms/<slug>/" class="term-link">`. Never inside headings, code, formulas (KaTeX output
 * is HTML in a Fragment, not text in the tree) or existing links; never to the page itself; each
 * term once per page. Runs before the link-preview plugin, which then describes these links like
 * hand-written ones (src/markdown/term-links.ts).
 */
export function autoTermLinksPlugin(factory: PluginFactoryContext) {
  const ownSlug = factory.fileURL ? basename(fileURLToPath(factory.fileURL)).replace(/\.mdx?$/, '') : null;
  const names = termNames().filter((name) => name.slug !== ownSlug);
  const slugOf = new Map(names.map((name) => [name.phrase.toLowerCase(), name.slug]));
  const pattern = mentionPattern(names);
  const linked = new Set<string>();
  return defineHastPlugin({
    name: 'auto-term-links',
    text(node, ctx) {
      if (pattern === null) return;
      let parent: Readonly<Parents> | undefined = ctx.parent(node);
      while (parent !== undefined && parent.type !== 'root') {
        const name = parent.type === 'element' ? parent.tagName : 'name' in parent ? parent.name : null;
        if (typeof name === 'string' && SKIPPED.has(name.toLowerCase())) return;
        parent = ctx.parent(parent);
      }
      const pieces: ElementContent[] = [];
      let last = 0;
      for (const match of node.value.matchAll(pattern)) {
        const slug = slugOf.get(match[0].toLowerCase());
        if (slug === undefined || linked.has(slug)) continue;
        linked.add(slug);
        if (match.index > last) pieces.push(text(node.value.slice(last, match.index)));
        pieces.push(link(slug, match[0]));
        last = match.index + match[0].length;
      }
      if (pieces.length === 0) return;
      if (last < node.value.length) pieces.push(text(node.value.slice(last)));
      ctx.replaceNode(node, pieces);
    },
  });
}

const text = (value: string): Text => ({ type: 'text', value });

function link(slug: string, label: string): Element {
  return { type: 'element', tagName: 'a', properties: { href: `/terms/${slug}/`, className: ['term-link'] }, children: [text(label)] };
}
