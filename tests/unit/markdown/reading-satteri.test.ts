import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { termSchema } from '../../../src/content/term-schema.ts';
import { renderKeyFormula } from '../../../src/markdown/key-formula.ts';
import { readingPlugins } from '../../../src/markdown/reading-satteri.ts';
import { linkedTermSlug } from '../../../src/markdown/term-links.ts';

const FILE = new URL('file:///work/content/terms/expiry-risk.mdx');

/** Renders Markdown the way the site does (Astro's heading-ids plugin last), with or without the reading plugins. */
async function render(source: string, withReading = true): Promise<{ html: string; frontmatter: Record<string, unknown> }> {
  const frontmatter: Record<string, unknown> = {};
  const { html } = await markdownToHtml(source, {
    hastPlugins: withReading ? [readingPlugins, satteriHeadingIdsPlugin()] : [satteriHeadingIdsPlugin()],
    fileURL: FILE,
    data: { astro: { frontmatter, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
  });
  return { html, frontmatter };
}

const ids = (html: string) => [...html.matchAll(/<h\d id="([^"]+)"/g)].map((match) => match[1]);

describe('heading anchors', () => {
  const source = '# Title\n\n## Why it matters\n\n### Sub *part*\n\n#### Deep\n\n##### Too deep\n\n## Why it matters\n';

  it('keeps the ids Sätteri gives headings on its own', async () => {
    expect(ids((await render(source)).html)).toEqual(ids((await render(source, false)).html));
    expect(ids((await render(source)).html)).toEqual(['title', 'why-it-matters', 'sub-part', 'deep', 'too-deep', 'why-it-matters-1']);
  });

  it('puts a copy-link control after each h2–h4, labelled with the heading text', async () => {
    const { html } = await render(source);
    expect(html).toContain(
      '<div class="anchored-heading"><h3 id="sub-part">Sub <em>part</em></h3><a class="heading-anchor" href="#sub-part" aria-label="Copy link to section: Sub part" data-copy-link="" data-pagefind-ignore=""><span aria-hidden="true">#</span></a></div>',
    );
    expect(html.match(/class="heading-anchor"/g)).toHaveLength(4);
    expect(html).toContain('href="#why-it-matters-1"');
    // h1 and h5 are left alone.
    expect(html).toContain('<h1 id="title">Title</h1>\n');
    expect(html).not.toContain('href="#too-deep"');
  });
});

describe('term link previews', () => {
  it('describes links to other existing terms by their preview and records the slugs', async () => {
    const { html, frontmatter } = await render(
      'See [tiers](/terms/tiered-liquidation/), [again](/terms/tiered-liquidation/#formula), ' +
        '[margin](/terms/maintenance-margin-dynamics/), [this page](/terms/expiry-risk/), ' +
        '[missing](/terms/no-such-term/) and [elsewhere](https://example.com/terms/tiered-liquidation/).\n',
    );
    expect(html).toContain('<a href="/terms/tiered-liquidation/" aria-describedby="term-preview-tiered-liquidation">tiers</a>');
    expect(html).toContain('<a href="/terms/tiered-liquidation/#formula" aria-describedby="term-preview-tiered-liquidation">again</a>');
    expect(html).toContain('aria-describedby="term-preview-maintenance-margin-dynamics"');
    expect(html).toContain('<a href="/terms/expiry-risk/">this page</a>');
    expect(html).toContain('<a href="/terms/no-such-term/">missing</a>');
    expect(html).toContain('<a href="https://example.com/terms/tiered-liquidation/">elsewhere</a>');
    expect(frontmatter['linkedTerms']).toEqual(['tiered-liquidation', 'maintenance-margin-dynamics']);
  });

  it('reads the slug of site-relative term URLs only', () => {
    expect(linkedTermSlug('/terms/expiry-risk/')).toBe('expiry-risk');
    expect(linkedTermSlug('/terms/expiry-risk/#formula')).toBe('expiry-risk');
    expect(linkedTermSlug('/terms/expiry-risk')).toBeNull();
    expect(linkedTermSlug('/areas/x/')).toBeNull();
    expect(linkedTermSlug('https://example.com/terms/expiry-risk/')).toBeNull();
  });
});

describe('keyFormula', () => {
  const valid = {
    title: 'Expiry Risk',
    summary: 'The way an option gathers risk in its last days, as gamma and time decay grow near the strike.',
    topic: 'options',
    related: ['maximum-loss-calculation', 'maintenance-margin-dynamics', 'tiered-liquidation'],
    references: [{ title: 'Hull, Options, Futures, and Other Derivatives', url: 'https://example.com/hull' }],
  };

  it('is optional and renders with KaTeX (HTML and MathML)', () => {
    expect(termSchema().safeParse(valid).success).toBe(true);
    expect(termSchema().safeParse({ ...valid, keyFormula: '\\Gamma \\approx \\frac{1}{S\\sigma\\sqrt{2\\pi T}}' }).success).toBe(true);
    const html = renderKeyFormula('x^2');
    expect(html).toContain('class="katex"');
    expect(html).toContain('<math');
  });

  it('rejects a formula KaTeX cannot parse, naming the field and the reason', () => {
    const result = termSchema().safeParse({ ...valid, keyFormula: '\\frac{a}{' });
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect(issue?.path).toEqual(['keyFormula']);
    expect(issue?.message).toMatch(/^keyFormula is not valid KaTeX: KaTeX parse error/);
  });
});
