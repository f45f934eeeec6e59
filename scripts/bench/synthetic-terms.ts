/**
 * Synthetic term pages for the build benchmark. Each page is built like a real one: frontmatter
 * that passes src/content/term-schema.ts (with a `keyFormula`), about 500 words of prose in the
 * usual sections, display and inline formulas, a worked example from an existing `src/examples/`
 * module and a calculator island. Prose sentences, list items and display formulas are drawn
 * (deterministically) from the site's own term pages, so the vocabulary the search index sees and
 * the TeX KaTeX renders are real.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topic } from '../../src/data/site.ts';

/** A calculator island and the worked example whose inputs are its defaults. */
interface Pairing {
  calculator: string;
  examplesModule: string;
  example: string;
  topic: Topic;
}

/** Every calculator on the site, each with an example exported by an existing examples module. */
const PAIRINGS: readonly Pairing[] = [
  { calculator: 'ExpiryRiskCalculator', examplesModule: 'expiry-risk', example: 'hullExample', topic: 'options' },
  { calculator: 'MaintenanceMarginCalculator', examplesModule: 'maintenance-margin-dynamics', example: 'maintenanceAmountExample', topic: 'margin and liquidation' },
  { calculator: 'CreditorWaterfallCalculator', examplesModule: 'creditor-hierarchy', example: 'waterfall100', topic: 'credit and balance sheet' },
  { calculator: 'PerpetualMaxLossCalculator', examplesModule: 'maximum-loss-calculation', example: 'perpetualExample', topic: 'market risk' },
  { calculator: 'OptionStrategyCalculator', examplesModule: 'maximum-loss-calculation', example: 'bullCallExample', topic: 'options' },
  { calculator: 'AlmgrenChrissCalculator', examplesModule: 'tiered-liquidation', example: 'almgrenChrissExample', topic: 'execution and liquidity' },
];

/** Inline formulas mixed into the prose (all TeX the real pages use). */
const INLINE_FORMULAS = ['$$S$$', '$$K$$', '$$\\sigma\\sqrt{T}$$', '$$N(d_2)$$', '$$P_{\\text{liq}}$$', '$$\\text{MMR}_n$$', '$$1/\\sqrt{T}$$', '$$Q\\,P_E$$'];

/** Sentences, list items and display formulas taken from the real term pages. */
export interface ProseCorpus {
  sentences: string[];
  listItems: string[];
  displayFormulas: string[];
}

/** Target prose words; whole sentences overshoot it a little, so pages come out at about 500. */
const WORDS_PER_PAGE = 400;
const DISPLAY_FORMULAS_PER_PAGE = 3;
const LIST_ITEMS_PER_PAGE = 4;

/** Text with no JSX, no expressions and balanced `$$` pairs, so it is valid MDX wherever it lands. */
const isPlainMarkdown = (text: string) => !/[{}<>]/.test(text) && (text.match(/\$\$/g) ?? []).length % 2 === 0;

/** Reads the prose, list items and display math of every page in `termsDir`. */
export function readCorpus(termsDir: string): ProseCorpus {
  const corpus: ProseCorpus = { sentences: [], listItems: [], displayFormulas: [] };
  for (const file of readdirSync(termsDir).filter((name) => name.endsWith('.mdx'))) {
    const body = readFileSync(join(termsDir, file), 'utf8').split(/^---$/m).slice(2).join('---');
    for (const match of body.matchAll(/^\$\$\n([\s\S]*?)\n\$\$$/gm)) corpus.displayFormulas.push(match[1]!);
    const withoutMath = body.replace(/^\$\$\n[\s\S]*?\n\$\$$/gm, '');
    for (const line of withoutMath.split('\n')) {
      if (line.startsWith('- ') && isPlainMarkdown(line)) corpus.listItems.push(line.slice(2));
      else if (/^[A-Z]/.test(line) && isPlainMarkdown(line)) {
        // Split into sentences at a full stop followed by a capital, never inside a `$$…$$` pair.
        for (const sentence of line.split(/(?<=[.!?])\s+(?=[A-Z])/)) if (isPlainMarkdown(sentence)) corpus.sentences.push(sentence);
      }
    }
  }
  if (corpus.sentences.length < 20 || corpus.displayFormulas.length < DISPLAY_FORMULAS_PER_PAGE || corpus.listItems.length < LIST_ITEMS_PER_PAGE) {
    throw new Error(`Too little text in ${termsDir} to build synthetic pages from.`);
  }
  return corpus;
}

/** Mulberry32: a small seeded generator, so page i is the same on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T,>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)]!;
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Sentences drawn at random until the paragraph reaches `words` words. */
function paragraph(corpus: ProseCorpus, words: number, random: () => number): string {
  const sentences: string[] = [];
  let count = 0;
  while (count < words) {
    const sentence = pick(corpus.sentences, random);
    sentences.push(sentence);
    count += wordCount(sentence);
  }
  return sentences.join(' ');
}

/** Slug of synthetic page `index` (1-based). */
export const syntheticSlug = (index: number) => `synthetic-term-${String(index).padStart(5, '0')}`;

/** The MDX source of synthetic page `index` of `total`. */
export function syntheticTerm(index: number, total: number, corpus: ProseCorpus): string {
  const random = seededRandom(index);
  const pairing = PAIRINGS[index % PAIRINGS.length]!;
  // Three neighbours as related terms (the schema asks for three), so every page links to others.
  const related = [1, 2, 3].map((step) => ((index - 1 + step) % total) + 1).filter((other) => other !== index);
  const formulas = Array.from({ length: DISPLAY_FORMULAS_PER_PAGE }, () => pick(corpus.displayFormulas, random));
  const listItems = Array.from({ length: LIST_ITEMS_PER_PAGE }, () => pick(corpus.listItems, random));
  const inline = () => pick(INLINE_FORMULAS, random);
  // Word budget: the list items count towards the ~500 words of prose.
  const proseWords = Math.max(100, WORDS_PER_PAGE - wordCount(listItems.join(' ')));
  const share = (fraction: number) => Math.round(proseWords * fraction);
  const example = pairing.example;
  return `---
title: Synthetic ${pairing.topic.replace(/^\w/, (letter) => letter.toUpperCase())} Term ${index}
summary: Synthetic benchmark page number ${index} about ${pairing.topic}, written like a real term with formulas, a worked example and a calculator.
topic: ${pairing.topic}
keyFormula: ${JSON.stringify(formulas[0]!.replace(/\s*\n\s*/g, ' '))}
aliases:
  - Benchmark term ${index}
  - ${pairing.calculator} page ${index}
related:
${related.map((other) => `  - ${syntheticSlug(other)}`).join('\n') || '  []'}
references:
  - title: 'J. C. Hull, Options, Futures, and Other Derivatives, 10th ed.'
    url: https://www-2.rotman.utoronto.ca/~hull/ofod/index.html
    note: 'synthetic page ${index}'
---
import WorkedExample from '../../src/components/WorkedExample.astro';
import Island from '../../src/components/Island.astro';
import { ${example} } from '../../src/examples/${pairing.examplesModule}.ts';

## Definition

${paragraph(corpus, share(0.25), random)}

## Why it matters

${paragraph(corpus, share(0.3), random)} With ${inline()} and ${inline()} fixed, the figure follows from ${inline()}.

## Formula

${paragraph(corpus, share(0.1), random)}

$$
${formulas[0]}
$$

$$
${formulas[1]}
$$

${paragraph(corpus, share(0.1), random)} Here ${inline()} moves with ${inline()}:

$$
${formulas[2]}
$$

## Worked example

<WorkedExample example={${example}} />

The library gives {${example}.outputs[0]?.text} for the first result. ${paragraph(corpus, share(0.15), random)}

## Calculator

${paragraph(corpus, share(0.1), random)}

<Island calculator="${pairing.calculator}" />

## Assumptions and pitfalls

${listItems.map((item) => `- ${item}`).join('\n')}
`;
}

/** Checks that every calculator and example the pages use still exists in `projectRoot/src`. */
export function checkPairings(projectRoot: string): void {
  for (const { calculator, examplesModule, example } of PAIRINGS) {
    const calculatorFile = join(projectRoot, 'src', 'calculators', `${calculator}.tsx`);
    const examplesFile = join(projectRoot, 'src', 'examples', `${examplesModule}.ts`);
    if (!existsSync(calculatorFile)) throw new Error(`Benchmark pages use ${calculatorFile}, which no longer exists.`);
    if (!existsSync(examplesFile) || !new RegExp(`export const ${example}\\b`).test(readFileSync(examplesFile, 'utf8'))) {
      throw new Error(`Benchmark pages use ${example} from ${examplesFile}, which no longer exports it.`);
    }
  }
}

/** Writes `count` synthetic term pages into `termsDir`. */
export function writeSyntheticTerms(termsDir: string, count: number, corpus: ProseCorpus): void {
  for (let index = 1; index <= count; index++) {
    writeFileSync(join(termsDir, `${syntheticSlug(index)}.mdx`), syntheticTerm(index, count, corpus));
  }
}

