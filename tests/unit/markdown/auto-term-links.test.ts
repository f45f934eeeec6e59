import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findMentions, mentionMatcher, readTermNames } from '../../../src/markdown/auto-term-links.ts';
import { readingPlugins } from '../../../src/markdown/reading-satteri.ts';
import { katexPlugin } from '../../../src/markdown/katex-satteri.ts';

// A small fixture glossary, so the expectations do not move when the real terms change.
const TERMS: Record<string, string> = {
  'expiry-risk': 'title: Expiry Risk\naliases:\n  - pin risk\n  - Gamma',
  'maintenance-margin-dynamics': 'title: Maintenance Margin Dynamics\naliases:\n  - maintenance margin\n  - maintenance margin rate\n  - MMR',
  'tiered-liquidation': 'title: Tiered Liquidation\naliases:\n  - partial liquidation',
  'loan-to-value': 'title: Lending Security\naliases:\n  - loan-to-value',
};
let directory = '';
let previousTermsDir: string | undefined;

beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'auto-links-'));
  mkdirSync(directory, { recursive: true });
  for (const [slug, frontmatter] of Object.entries(TERMS)) writeFileSync(join(directory, `${slug}.mdx`), `---\n${frontmatter}\n---\nBody.\n`);
  previousTermsDir = process.env['TERMS_DIR'];
  process.env['TERMS_DIR'] = directory;
});
afterAll(() => {
  if (previousTermsDir === undefined) delete process.env['TERMS_DIR'];
  else process.env['TERMS_DIR'] = previousTermsDir;
  rmSync(directory, { recursive: true, force: true });
});

async function render(source: string, slug = 'expiry-risk'): Promise<{ html: string; linked: unknown }> {
  const frontmatter: Record<string, unknown> = {};
  const { html } = await markdownToHtml(source, {
    features: { math: { singleDollarTextMath: false } },
    mdastPlugins: [katexPlugin],
    hastPlugins: [readingPlugins],
    fileURL: pathToFileURL(join(directory, `${slug}.mdx`)),
    data: { astro: { frontmatter, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
  });
  return { html, linked: frontmatter['linkedTerms'] };
}

const links = (html: string) => [...html.matchAll(/<a href="\/terms\/([^/]+)\/"[^>]*>([^<]*)<\/a>/g)].map((m) => `${m[1]}:${m[2]}`);

describe('auto term links', () => {
  it('reads titles and multi-word aliases, not single words or acronyms', () => {
    const phrases = readTermNames(directory).map((name) => name.phrase).sort();
    expect(phrases).toEqual([
      'Expiry Risk', 'Lending Security', 'Maintenance Margin Dynamics', 'Tiered Liquidation', 'loan-to-value',
      'maintenance margin', 'maintenance margin rate', 'partial liquidation', 'pin risk',
    ]);
  });

  it('links the first mention of each other term, longest phrase first, case-insensitively', async () => {
    const { html, linked } = await render(
      'The Maintenance margin rate sets the maintenance margin, and partial liquidation follows. ' +
        'A second mention of partial liquidation stays text, as does MMR and Gamma.\n',
    );
    expect(links(html)).toEqual(['maintenance-margin-dynamics:Maintenance margin rate', 'tiered-liquidation:partial liquidation']);
    // The link-preview plugin sees the new links like hand-written ones.
    expect(html).toContain('aria-describedby="term-preview-tiered-liquidation"');
    expect(linked).toEqual(['maintenance-margin-dynamics', 'tiered-liquidation']);
  });

  it('never links the page to itself, inside headings, code, formulas or existing links, or inside a longer word', async () => {
    const { html } = await render(
      '## Tiered liquidation in a heading\n\n' +
        'Expiry risk is this page. `tiered liquidation` in code, $$\\text{tiered liquidation}$$ in a formula, ' +
        '[a link about tiered liquidation](https://example.com/), and untiered liquidations.\n\n' +
        'Finally tiered liquidation, and loan-to-value.\n',
    );
    expect(links(html)).toEqual(['tiered-liquidation:tiered liquidation', 'loan-to-value:loan-to-value']);
    expect(html).toContain('<h2 id="tiered-liquidation-in-a-heading">Tiered liquidation in a heading</h2>');
    expect(html).toContain('<code>tiered liquidation</code>');
  });

  it('finds whole phrases only, longest first, and nothing in an empty glossary', () => {
    expect(mentionMatcher([])).toBeNull();
    const matcher = mentionMatcher([
      { phrase: 'Expiry Risk', slug: 'x' },
      { phrase: 'maintenance margin', slug: 'm' },
      { phrase: 'maintenance margin rate', slug: 'r' },
      { phrase: 'loan-to-value', slug: 'l' },
    ])!;
    expect(findMentions('expiry risks and unexpiry risk', matcher)).toEqual([]);
    expect(findMentions('The Maintenance margin rate, the maintenance margin; loan-to-value.', matcher)).toEqual([
      { index: 4, text: 'Maintenance margin rate', slug: 'r' },
      { index: 33, text: 'maintenance margin', slug: 'm' },
      { index: 53, text: 'loan-to-value', slug: 'l' },
    ]);
    expect(findMentions('loan to value', matcher)).toEqual([]);
  });

  it("passes over the page's own phrases, so a shorter phrase of another term inside them still links", () => {
    const matcher = mentionMatcher([
      { phrase: 'Maintenance Margin Dynamics', slug: 'own' },
      { phrase: 'maintenance margin', slug: 'm' },
      { phrase: 'shared phrase', slug: 'own' },
      { phrase: 'shared phrase', slug: 'other' },
    ])!;
    expect(findMentions('maintenance margin dynamics, a shared phrase', matcher, 'own')).toEqual([
      { index: 0, text: 'maintenance margin', slug: 'm' },
      { index: 31, text: 'shared phrase', slug: 'other' },
    ]);
    expect(findMentions('maintenance margin dynamics', matcher)).toEqual([{ index: 0, text: 'maintenance margin dynamics', slug: 'own' }]);
  });
});
