/**
 * The glossary as data: `/glossary.json` (with its JSON Schema), `/glossary.csv` and the JSON-LD of
 * each term page are all built from here, at build time only (this module never reaches the browser).
 */
import { isDeepStrictEqual } from 'node:util';
import { mdxToMdast, type MdastNode } from 'satteri';
import type { TermData } from '../content/term-schema.ts';
import { AREA, SITE_NAME } from '../data/site.ts';
import type { ExampleQuantity, WorkedExample } from '../examples/define.ts';
import * as risk from '../risk/index.ts';
import { toCsv } from './csv.ts';

/** Version of the glossary.json format (semver: a removed or changed field is a major change). */
export const GLOSSARY_FORMAT_VERSION = '1.0.0';
/** Where the JSON Schema of glossary.json is served. */
export const GLOSSARY_SCHEMA_PATH = '/glossary.schema.json';

/** The path of a term page: the stable URL teams link to. */
export function termPath(slug: string): string {
  return `/terms/${slug}/`;
}

/** Astro's `site` (from SITE_URL, see astro.config.mjs), which every absolute URL is built on. */
export function requireSite(site: URL | undefined): URL {
  if (!site) throw new Error('astro.config.mjs must set `site`: absolute URLs (glossary, sitemap, canonical) are built on it.');
  return site;
}

/** Absolute URL of a site path. */
export function absoluteUrl(path: string, site: URL): string {
  return new URL(path, site).href;
}

/** A value JSON can hold. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * A library value as JSON: ±Infinity (a really unbounded quantity) becomes the string "Infinity" /
 * "-Infinity", null stays null, undefined object fields are left out. NaN and functions throw: the
 * library never returns them, so meeting one means a bug that must not be published.
 */
export function toJsonValue(value: unknown, path = 'value'): JsonValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (Number.isNaN(value)) throw new Error(`${path} is NaN, which the glossary cannot publish.`);
    if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
    return value;
  }
  if (Array.isArray(value)) return value.map((item, index) => toJsonValue(item ?? null, `${path}[${index}]`));
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, field]) => field !== undefined)
        .map(([key, field]) => [key, toJsonValue(field, `${path}.${key}`)]),
    );
  }
  throw new Error(`${path} is a ${typeof value}, which JSON cannot hold.`);
}

/** A formula of a term page, in its LaTeX source. */
export interface GlossaryFormula {
  /** "display": a `$$…$$` block on its own lines; "inline": `$$x$$` inside a sentence. */
  mode: 'display' | 'inline';
  tex: string;
}

// The Markdown features of the site's math route (astro.config.mjs): `$$…$$` only, a single `$` is text.
const MATH_FEATURES = { math: { singleDollarTextMath: false } } as const;

/**
 * Every `$$…$$` formula of a term's raw MDX body, in page order, read with the same parser and
 * options that render the page (so code spans, escapes and money like "$50" are treated alike).
 */
export function extractFormulas(mdxBody: string): GlossaryFormula[] {
  const formulas: GlossaryFormula[] = [];
  const visit = (node: MdastNode) => {
    if (node.type === 'math') formulas.push({ mode: 'display', tex: node.value });
    else if (node.type === 'inlineMath') formulas.push({ mode: 'inline', tex: node.value });
    if ('children' in node) for (const child of node.children) visit(child as MdastNode);
  };
  visit(mdxToMdast(mdxBody, { features: MATH_FEATURES, position: false }));
  return formulas;
}

/** A label and the text the page shows for it. */
export interface ShownQuantity {
  label: string;
  text: string;
}

/** A worked example as published: a test vector when `directCall` is true. */
export interface GlossaryExample {
  id: string;
  title: string;
  /** Name of the risk-library function (src/risk/index.ts) the example uses. */
  function: string;
  /**
   * True when `result` is exactly what `function(input)` returns, so anyone can check a tool
   * against it. False when the page derived its result from several calls (then `result` is that
   * derived object and `function` names the library functions involved).
   */
  directCall: boolean;
  /** The library input, as passed. */
  input: JsonValue;
  /** The result (JSON-safe: unbounded quantities are the string "Infinity"). */
  result: JsonValue;
  inputsShown: ShownQuantity[];
  outputsShown: ShownQuantity[];
}

/** A reference of a term, as in its frontmatter. */
export interface GlossaryReference {
  title: string;
  url: string;
  note?: string;
}

/** One term of glossary.json. */
export interface GlossaryTerm {
  slug: string;
  title: string;
  summary: string;
  /** Absolute URL of the term page. */
  url: string;
  topic: string;
  aliases: string[];
  /** Slugs of related terms. */
  related: string[];
  references: GlossaryReference[];
  formulas: GlossaryFormula[];
  examples: GlossaryExample[];
}

/** The whole of glossary.json. */
export interface Glossary {
  /** Absolute URL of the JSON Schema this document follows. */
  $schema: string;
  version: string;
  /** ISO 8601 time of the build. */
  generated: string;
  terms: GlossaryTerm[];
}

/** A term as the content collection gives it (`getCollection('terms')`). */
export interface TermSource {
  id: string;
  data: TermData;
  /** The raw MDX body, frontmatter removed. */
  body?: string | undefined;
}

/**
 * Example modules by term slug: the file name of `src/examples/<slug>.ts` is the slug of the term
 * whose page shows its examples (README, "Adding a term").
 */
const exampleModules = new Map(
  Object.entries(import.meta.glob<Record<string, unknown>>('../examples/*.ts', { eager: true })).map(([file, module]) => [
    file.slice(file.lastIndexOf('/') + 1, -'.ts'.length),
    module,
  ]),
);

function isWorkedExample(value: unknown): value is WorkedExample<unknown, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    ['id', 'fn', 'input', 'result', 'inputs', 'outputs'].every((key) => key in value)
  );
}

/**
 * The exported worked examples of a module, each once, in the order the term's MDX body first
 * mentions the export holding them (page order; a series exported as an array keeps its order,
 * and an alias such as `atm30d = atmExamples[0]` is not repeated). Unmentioned examples come last.
 */
export function workedExamplesOf(module: Record<string, unknown>, mdxBody = ''): WorkedExample<unknown, unknown>[] {
  // Mentions in the page, not in its import statements.
  const page = mdxBody.replace(/^import\s[\s\S]*?\sfrom\s*['"][^'"]*['"];?/gm, '');
  const firstMention = (name: string) => page.search(new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`));
  const candidates = Object.entries(module)
    .flatMap(([name, value]) => {
      const mention = firstMention(name);
      const position = mention === -1 ? page.length : mention;
      return (Array.isArray(value) ? value : [value]).map((item: unknown) => ({ item, position }));
    })
    .map((candidate, order) => ({ ...candidate, order }));
  candidates.sort((a, b) => a.position - b.position || a.order - b.order);
  const examples = [...new Set(candidates.map(({ item }) => item).filter(isWorkedExample))];
  const ids = examples.map((example) => example.id);
  const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
  if (duplicate) throw new Error(`Two different worked examples share the id "${duplicate}".`);
  return examples;
}

/** Whether the library function named `fn` returns exactly `result` for `input`. */
function isDirectCall(fn: string, input: unknown, result: unknown): boolean {
  const candidate = (risk as Record<string, unknown>)[fn];
  if (typeof candidate !== 'function') return false;
  try {
    return isDeepStrictEqual((candidate as (input: unknown) => unknown)(input), result);
  } catch {
    return false; // the input is not this function's input: the page computed something else
  }
}

const shown = ({ label, text }: ExampleQuantity): ShownQuantity => ({ label, text });

function glossaryExample(example: WorkedExample<unknown, unknown>): GlossaryExample {
  const where = `worked example "${example.id}"`;
  return {
    id: example.id,
    title: example.title,
    function: example.fn,
    directCall: isDirectCall(example.fn, example.input, example.result),
    input: toJsonValue(example.input, `${where} input`),
    result: toJsonValue(example.result, `${where} result`),
    inputsShown: example.inputs.map(shown),
    outputsShown: example.outputs.map(shown),
  };
}

/** One term of glossary.json. */
export function glossaryTerm(term: TermSource, site: URL): GlossaryTerm {
  const { title, summary, topic, aliases, related, references } = term.data;
  const module = exampleModules.get(term.id);
  return {
    slug: term.id,
    title,
    summary,
    url: absoluteUrl(termPath(term.id), site),
    topic,
    aliases: [...aliases],
    related: [...related],
    references: references.map(({ title, url, note }) => (note === undefined ? { title, url } : { title, url, note })),
    formulas: extractFormulas(term.body ?? ''),
    examples: module ? workedExamplesOf(module, term.body).map(glossaryExample) : [],
  };
}

/** The whole glossary, terms by slug. */
export function buildGlossary(terms: readonly TermSource[], site: URL, generated: Date): Glossary {
  return {
    $schema: absoluteUrl(GLOSSARY_SCHEMA_PATH, site),
    version: GLOSSARY_FORMAT_VERSION,
    generated: generated.toISOString(),
    terms: [...terms].sort((a, b) => (a.id < b.id ? -1 : 1)).map((term) => glossaryTerm(term, site)),
  };
}

/** Columns of glossary.csv, in order. */
export const CSV_COLUMNS = ['slug', 'title', 'summary', 'url', 'topic', 'aliases', 'related', 'references'] as const;
/** How list fields (aliases, related, references) are joined in one CSV field. */
export const CSV_LIST_SEPARATOR = ' | ';

/** A reference in one CSV cell: "Title <url>". */
export function referenceText(reference: GlossaryReference): string {
  return `${reference.title} <${reference.url}>`;
}

/** glossary.csv: a header, then one row per term (formulas and examples are in glossary.json only). */
export function glossaryCsv(glossary: Glossary): string {
  const rows = glossary.terms.map((term) => [
    term.slug,
    term.title,
    term.summary,
    term.url,
    term.topic,
    term.aliases.join(CSV_LIST_SEPARATOR),
    term.related.join(CSV_LIST_SEPARATOR),
    term.references.map(referenceText).join(CSV_LIST_SEPARATOR),
  ]);
  return toCsv([[...CSV_COLUMNS], ...rows]);
}

/**
 * The schema.org description of a term page: a `DefinedTerm` in the glossary's `DefinedTermSet`,
 * and the page's breadcrumb trail (Home › area › term) as a `BreadcrumbList`.
 */
export function termJsonLd(term: { slug: string; title: string; summary: string; aliases: readonly string[] }, site: URL) {
  const url = absoluteUrl(termPath(term.slug), site);
  const crumbs = [
    { name: 'Home', path: '/' },
    { name: AREA.name, path: `/areas/${AREA.slug}/` },
    { name: term.title, path: termPath(term.slug) },
  ];
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'DefinedTerm',
        '@id': `${url}#term`,
        name: term.title,
        description: term.summary,
        url,
        termCode: term.slug,
        ...(term.aliases.length > 0 && { alternateName: [...term.aliases] }),
        inDefinedTermSet: {
          '@type': 'DefinedTermSet',
          '@id': `${absoluteUrl('/', site)}#glossary`,
          name: SITE_NAME,
          url: absoluteUrl('/', site),
        },
      },
      {
        '@type': 'BreadcrumbList',
        itemListElement: crumbs.map((crumb, index) => ({
          '@type': 'ListItem',
          position: index + 1,
          name: crumb.name,
          item: absoluteUrl(crumb.path, site),
        })),
      },
    ],
  };
}

/**
 * JSON for the inside of a `<script type="application/ld+json">` element: `<`, `>` and `&` are
 * written as \u escapes so no text (a "</script>" in a summary, say) can end the element early;
 * U+2028/U+2029 too, for old JavaScript parsers. The result is still the same JSON value.
 */
export function jsonForScriptElement(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
