import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'astro/zod';
import { TOPICS } from '../data/site.ts';
import { renderKeyFormula } from '../markdown/key-formula.ts';

/** Folder of term MDX files; `TERMS_DIR` overrides it for benchmarks and build tests. */
export function termsDirectory(): string {
  return process.env.TERMS_DIR ? resolve(process.env.TERMS_DIR) : resolve('content/terms');
}

/** Slugs of all term files, so `related` can be checked when the collection is built. */
function knownSlugs(): Set<string> {
  return new Set(
    readdirSync(termsDirectory())
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => name.slice(0, -'.mdx'.length)),
  );
}

/** A summary must be one sentence: it ends with a full stop and has no sentence break inside. */
const ONE_SENTENCE = /^[^.!?]*(?:[.!?](?!\s)[^.!?]*)*\.$/;

export function termSchema() {
  const slugs = knownSlugs();
  return z.object({
    /** The term as people write it, in title case: "Tiered Liquidation". */
    title: z.string().min(2).max(80),
    /** One plain sentence of 60–200 characters saying what the term is; used in lists, the meta description and search results. */
    summary: z
      .string()
      .min(60, 'Summary must be at least 60 characters.')
      .max(200, 'Summary must be at most 200 characters.')
      .regex(ONE_SENTENCE, 'Summary must be one sentence ending with a full stop.'),
    /** The one topic the term belongs to; drives the topic listings. */
    topic: z.enum(TOPICS),
    /**
     * The term's key formula in LaTeX (KaTeX syntax, no `$$` delimiters), shown with the title and
     * summary in the preview of links to this term. Optional; must render with KaTeX.
     */
    keyFormula: z
      .string()
      .min(1)
      .superRefine((tex, ctx) => {
        try {
          renderKeyFormula(tex);
        } catch (error) {
          ctx.addIssue({ code: 'custom', message: `keyFormula is not valid KaTeX: ${error instanceof Error ? error.message : String(error)}` });
        }
      })
      .optional(),
    /** Other names and abbreviations people search for ("MMR", "liq price"); indexed by search. */
    aliases: z
      .array(
        // Shown and indexed joined by ", " (the search page splits them there), so no comma inside one.
        z.string().min(1).refine((alias) => !alias.includes(','), { error: 'An alias may not contain a comma.' }),
      )
      .default([]),
    /** Slugs of related terms, closest first: at least three, each an existing term file, no repeats. */
    related: z
      .array(
        z.string().refine((slug) => slugs.has(slug), {
          error: (issue) => `Unknown term slug "${String(issue.input)}": there is no ${String(issue.input)}.mdx.`,
        }),
      )
      .min(3, { error: 'List at least three related terms.' })
      .refine((list) => new Set(list).size === list.length, { error: 'A related term is listed twice.' }),
    /** Works the formulas and conventions on the page come from; at least one. */
    references: z
      .array(
        z.object({
          /** Title of the work: book and chapter, paper, or documentation page. */
          title: z.string().min(3),
          /** Where to read it. */
          url: z.url(),
          /** What the page takes from it ("Example 15.6", "as of 2021-03-18"). */
          note: z.string().optional(),
        }),
      )
      .min(1, 'Every term needs at least one reference.'),
  });
}

export type TermData = z.infer<ReturnType<typeof termSchema>>;
