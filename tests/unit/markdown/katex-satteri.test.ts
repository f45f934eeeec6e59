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

describe('KaTeX plugin for Sätteri', () => {
  it('renders display and inline math to KaTeX HTML with MathML', () => {
    const code = compile('Inline $$\\sigma\\sqrt{T}$$ here.\n\n$$\nc = S N(d_1)\n$$\n');
    expect(code).toContain('"katex-display"');
    expect(code).toContain('"math"');
    expect(code).toContain('"\\\\sigma\\\\sqrt"');
  });

  it('leaves single dollars alone, so money is text', () => {
    const code = compile('It costs $50 to $100.\n');
    expect(code).toContain('It costs $50 to $100.');
    expect(code).not.toContain('katex');
  });

  it('keeps KaTeX output out of Markdown: ~ is not strikethrough, backslashes survive', () => {
    const code = compile('$$\n\\tilde{\\eta} \\sim x_{*} \\, a\n$$\n');
    expect(code).not.toMatch(/"del"/);
    expect(code).not.toMatch(/"em"|"strong"/);
    // The TeX source in the MathML annotation is intact.
    expect(code).toContain('"\\\\tilde"');
    expect(code).toContain('" \\\\sim x_"');
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
