import katex from 'katex';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin } from 'satteri';

/**
 * Renders `math` and `inlineMath` nodes (Sätteri's `math` feature) to KaTeX HTML at build time,
 * so pages ship no math JavaScript. A formula KaTeX cannot parse fails the build with the file named.
 */
export const katexPlugin = defineMdastPlugin({
  name: 'katex-render',
  math(node, ctx) {
    return { raw: render(node.value, true, ctx.fileURL), mdxExpressions: false };
  },
  inlineMath(node, ctx) {
    return { raw: render(node.value, false, ctx.fileURL), mdxExpressions: false };
  },
});

/**
 * Sätteri splices raw content back into the tree as Markdown (in MDX, the text inside tags is
 * Markdown too), so a `~` or `*` in KaTeX's output would become strikethrough or emphasis and a
 * backslash in the TeX annotation would be eaten as an escape. Write those characters in text
 * runs as numeric character references, which Markdown leaves alone and HTML decodes back.
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
    return protectFromMarkdown(
      katex.renderToString(tex, { displayMode, throwOnError: true, strict: 'error', output: 'htmlAndMathml' }),
    );
  } catch (error) {
    const where = file ? fileURLToPath(file) : 'unknown file';
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`KaTeX could not render a formula in ${where}: ${reason}\n  formula: ${tex}`);
  }
}
