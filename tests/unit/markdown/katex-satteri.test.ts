import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { katexPlugin } from '../../../src/markdown/katex-satteri.ts';

/** Compiles MDX the way the site does (math feature, `$$` only) and returns the generated module code. */
function compile(source: string): string {
  return mdxToJs(source, {
    features: { math: { singleDollarTextMath: false } },
    mdastPlugins: [katexPlugin],
    fileURL: new URL('file:///content/terms/fixture.mdx'),
  }).code;
}

/** The HTML of each formula: the `set:html` strings of the compiled module. */
function formulaHtml(code: string): string[] {
  return [...code.matchAll(/"set:html": ("(?:[^"\\]|\\.)*")/g)].map((match) => JSON.parse(match[1]!) as string);
}

describe('KaTeX plugin for Sätteri', () => {
  it('renders display and inline math to KaTeX HTML with MathML', () => {
    const [inline, display] = formulaHtml(compile('Inline $$\\sigma\\sqrt{T}$$ here.\n\n$$\nc = S N(d_1)\n$$\n'));
    expect(inline).toContain('<annotation encoding="application/x-tex">\\sigma\\sqrt{T}</annotation>');
    expect(inline).not.toContain('katex-display');
    expect(display).toMatch(/^<span class="katex-display"><span class="katex"><span class="katex-mathml"><math /);
  });

  it('leaves single dollars alone, so money is text', () => {
    const code = compile('It costs $50 to $100.\n');
    expect(code).toContain('It costs $50 to $100.');
    expect(code).not.toContain('katex');
  });

  it('keeps KaTeX output out of Markdown: ~ is not strikethrough, backslashes survive', () => {
    const code = compile('$$\n\\tilde{\\eta} \\sim x_{*} \\, a\n$$\n');
    const [html] = formulaHtml(code);
    expect(html).not.toMatch(/<del>|<em>|<strong>/);
    expect(code).not.toMatch(/"del"|"em"|"strong"/);
    // The TeX source in the MathML annotation is intact.
    expect(html).toContain('<annotation encoding="application/x-tex">\\tilde{\\eta} \\sim x_{*} \\, a</annotation>');
  });

  it('fails with the file named when KaTeX cannot parse a formula', () => {
    expect(() => compile('$$\n\\frac{a}{\n$$\n')).toThrow(/KaTeX could not render a formula in \/content\/terms\/fixture\.mdx/);
  });
});

describe('protectFromMarkdown', () => {
  it('escapes Markdown punctuation in text runs but keeps existing character references whole', async () => {
    const { protectFromMarkdown } = await import('../../../src/markdown/katex-satteri.ts');
    expect(protectFromMarkdown('<mi>N&#x27;(d_1) ~ a*b &amp; #</mi>')).toBe(
      '<mi>N&#x27;(d&#95;1) &#126; a&#42;b &amp; &#35;</mi>',
    );
    // Attributes are left alone.
    expect(protectFromMarkdown('<span style="top:-3em;">x</span>')).toBe('<span style="top:-3em;">x</span>');
  });
});
