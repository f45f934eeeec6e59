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

/** Finds term phrases in text: a phrase must start and end on word boundaries, as a whole run of words. */
export interface MentionMatcher {
  /** Lower-cased phrase → the slugs of the terms it names, in file order (almost always one). */
  slugsOf: ReadonlyMap<string, readonly string[]>;
  /** Lower-cased first word of every phrase: a mention can only start on one of these. */
  firstWords: ReadonlySet<string>;
  /** The most words in any phrase. */
  maxWords: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * A lookup of every phrase by its lower-cased text. Finding mentions then costs one Set lookup per
 * word of prose, and a few Map lookups where a phrase may start, whatever the number of terms (one
 * regular expression of every phrase made a 1,000-term build spend half its time here).
 */
export function mentionMatcher(names: readonly TermName[]): MentionMatcher | null {
  if (names.length === 0) return null;
  const slugsOf = new Map<string, string[]>();
  const firstWords = new Set<string>();
  let maxWords = 0;
  for (const name of names) {
    const key = name.phrase.toLowerCase();
    const words = key.match(WORD) ?? [];
    if (words.length === 0) continue;
    firstWords.add(words[0]!);
    maxWords = Math.max(maxWords, words.length);
    const slugs = slugsOf.get(key);
    if (slugs === undefined) slugsOf.set(key, [name.slug]);
    else if (!slugs.includes(name.slug)) slugs.push(name.slug);
  }
  return { slugsOf, firstWords, maxWords };
}

/**
 * Mentions in `text`, left to right, the longest phrase at each position first; they never overlap.
 * Phrases of the term `ownSlug` (the page being rendered) are passed over, so a shorter phrase of
 * another term inside them can still match.
 */
export function findMentions(text: string, matcher: MentionMatcher, ownSlug: string | null = null): { index: number; text: string; slug: string }[] {
  const { slugsOf, firstWords, maxWords } = matcher;
  const words = [...text.matchAll(WORD)].map((match) => ({ start: match.index, end: match.index + match[0].length, word: match[0] }));
  const found: { index: number; text: string; slug: string }[] = [];
  for (let i = 0; i < words.length; i += 1) {
    if (!firstWords.has(words[i]!.word.toLowerCase())) continue;
    for (let k = Math.min(maxWords, words.length - i); k >= 1; k -= 1) {
      const phrase = text.slice(words[i]!.start, words[i + k - 1]!.end);
      const slug = slugsOf.get(phrase.toLowerCase())?.find((candidate) => candidate !== ownSlug);
      if (slug === undefined) continue;
      found.push({ index: words[i]!.start, text: phrase, slug });
      i += k - 1;
      break;
    }
  }
  return found;
}

// A build reads the term files and builds the matcher once; the dev server does it for every page
// so that an edited alias takes effect at once (30 small files).
let cached: { directory: string; matcher: MentionMatcher | null } | undefined;
function termMatcher(): MentionMatcher | null {
  const directory = termsDirectory();
  if (process.env['NODE_ENV'] !== 'production') return mentionMatcher(readTermNames(directory));
  if (cached?.directory !== directory) cached = { directory, matcher: mentionMatcher(readTermNames(directory)) };
  return cached.matcher;
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
  const matcher = termMatcher();
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
      for (const mention of findMentions(node.value, matcher, ownSlug)) {
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
