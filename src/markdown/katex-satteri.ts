import katex from 'katex';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin } from 'satteri';

/**
 * Renders `math` and `inlineMath` nodes (Sätteri's `math` feature) to KaTeX HTML at build time,
 * so pages ship no math JavaScript. A formula KaTeX cannot parse fails the build with the file named.
 *
 * In MDX each formula goes in as one string, `<Fragment set:html="…" />`. Raw text would be
 * re-parsed into one JSX element per KaTeX span (~80 KB of compiled JavaScript per page), which
 * doubled build time and memory at 1,000 pages (docs/architecture.md, "Build scale").
 */
export const katexPlugin = defineMdastPlugin({
  name: 'katex-render',
  math(node, ctx) {
    const html = render(node.value, true, ctx.fileURL);
    return ctx.sourceFormat === 'mdx' ? { type: 'mdxJsxFlowElement', ...htmlFragment(html) } : { raw: protectFromMarkdown(html), mdxExpressions: false };
  },
  inlineMath(node, ctx) {
    const html = render(node.value, false, ctx.fileURL);
    return ctx.sourceFormat === 'mdx' ? { type: 'mdxJsxTextElement', ...htmlFragment(html) } : { raw: protectFromMarkdown(html), mdxExpressions: false };
  },
});

/** Astro's `<Fragment set:html>`: the HTML is written out as it is, never parsed as Markdown or JSX. */
function htmlFragment(html: string) {
  return { name: 'Fragment', attributes: [{ type: 'mdxJsxAttribute' as const, name: 'set:html', value: html }], children: [] };
}

/**
 * In plain Markdown, Sätteri splices raw content back into the tree as Markdown, so a `~` or `*`
 * in KaTeX's output would become strikethrough or emphasis and a backslash in the TeX annotation
 * would be eaten as an escape. Write those characters in text runs as numeric character
 * references, which Markdown leaves alone and HTML decodes back.
 */
export function protectFromMarkdown(html: string): string {
  // Character references KaTeX already wrote (`&#x27;`, `&amp;`) are kept whole.
  const markdownPunctuation = /&(?:#\d+|#x[\da-f]+|[a-z]+);|[\\*_~`[\]$|#!]/gi;
  return html.replace(
    />([^<]+)</g,
    (_match, text: string) =>
      `>${text.replace(markdownPunctuation, (found) => (found.length > 1 ? found : `&#${found.charCodeAt(0)};`))}<`,
  );
}

function render(tex: string, displayMode: boolean, file: URL | undefined): string {
  try {
    return katex.renderToString(tex, { displayMode, throwOnError: true, strict: 'error', output: 'htmlAndMathml' });
  } catch (error) {
    const where = file ? fileURLToPath(file) : 'unknown file';
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`KaTeX could not render a formula in ${where}: ${reason}\n  formula: ${tex}`);
  }
}
