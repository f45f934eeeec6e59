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

/** Finds term phrases in text: a phrase must start and end on word boundaries, as a whole run of words. */
export interface MentionMatcher {
  /** Lower-cased phrase → slug. */
  slugOf: ReadonlyMap<string, string>;
  /** The most words in any phrase. */
  maxWords: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
const wordCount = (phrase: string) => phrase.match(WORD)?.length ?? 0;

/**
 * A lookup of every phrase by its lower-cased text. Finding mentions then costs a few Map lookups per
 * word of prose, whatever the number of terms (one regular expression of every phrase made a
 * 1,000-term build spend half its time here).
 */
export function mentionMatcher(names: readonly TermName[]): MentionMatcher | null {
  if (names.length === 0) return null;
  const slugOf = new Map<string, string>();
  for (const name of names) if (!slugOf.has(name.phrase.toLowerCase())) slugOf.set(name.phrase.toLowerCase(), name.slug);
  return { slugOf, maxWords: Math.max(...names.map((name) => wordCount(name.phrase))) };
}

/** Mentions in `text`, left to right, the longest phrase at each position first; they never overlap. */
export function findMentions(text: string, { slugOf, maxWords }: MentionMatcher): { index: number; text: string; slug: string }[] {
  const words = [...text.matchAll(WORD)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  const found: { index: number; text: string; slug: string }[] = [];
  for (let i = 0; i < words.length; i += 1) {
    for (let k = Math.min(maxWords, words.length - i); k >= 1; k -= 1) {
      const phrase = text.slice(words[i]!.start, words[i + k - 1]!.end);
      const slug = slugOf.get(phrase.toLowerCase());
      if (slug === undefined) continue;
      found.push({ index: words[i]!.start, text: phrase, slug });
      i += k - 1;
      break;
    }
  }
  return found;
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
  const matcher = mentionMatcher(names);
  const linked = new Set<string>();
  return defineHastPlugin({
    name: 'auto-term-links',
    text(node, ctx) {
      if (matcher === null) return;
      let parent: Readonly<Parents> | undefined = ctx.parent(node);
      while (parent !== undefined && parent.type !== 'root') {
        const name = parent.type === 'element' ? parent.tagName : 'name' in parent ? parent.name : null;
        if (typeof name === 'string' && SKIPPED.has(name.toLowerCase())) return;
        parent = ctx.parent(parent);
      }
      const pieces: ElementContent[] = [];
      let last = 0;
      for (const mention of findMentions(node.value, matcher)) {
        if (linked.has(mention.slug)) continue;
        linked.add(mention.slug);
        if (mention.index > last) pieces.push(text(node.value.slice(last, mention.index)));
        pieces.push(link(mention.slug, mention.text));
        last = mention.index + mention.text.length;
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
