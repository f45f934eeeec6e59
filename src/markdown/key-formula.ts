import katex from 'katex';

/**
 * Renders a term's `keyFormula` (LaTeX) to KaTeX HTML + MathML at build time, for the previews
 * shown where other pages link to the term. Throws on a formula KaTeX cannot parse; the content
 * schema calls this too, so a bad formula fails the build with the file and field named.
 */
export function renderKeyFormula(tex: string): string {
  return katex.renderToString(tex, { displayMode: true, throwOnError: true, strict: 'error', output: 'htmlAndMathml' });
}
