// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';
import { katexPlugin } from './src/markdown/katex-satteri.ts';
import { readingPlugins } from './src/markdown/reading-satteri.ts';
import { browserModules } from './src/build/browser-modules.ts';

/**
 * Markdown math is rendered to HTML at build time by KaTeX (no math JavaScript in the browser).
 * Default route: Sätteri (Astro 7's processor) with its `math` feature and our KaTeX mdast plugin.
 * `MATH_PIPELINE=unified` switches to remark-math + rehype-katex; it exists for
 * `npm run bench:math`, which measured both (see docs/architecture.md).
 */
async function markdownProcessor() {
  if (process.env.MATH_PIPELINE === 'unified') {
    const { unified } = await import('@astrojs/markdown-remark');
    const { default: remarkMath } = await import('remark-math');
    const { default: rehypeKatex } = await import('rehype-katex');
    return unified({
      remarkPlugins: [[remarkMath, { singleDollarTextMath: false }]],
      rehypePlugins: [[rehypeKatex, { throwOnError: true, strict: 'error' }]],
    });
  }
  return satteri({
    // `$$…$$` only, inline and display: a single `$` stays text, so "$50 to $100" is never a formula.
    features: { math: { singleDollarTextMath: false } },
    mdastPlugins: [katexPlugin],
    hastPlugins: [readingPlugins],
  });
}

export default defineConfig({
  // The public URL of the site (canonical links, sitemap). Override with SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  markdown: {
    processor: await markdownProcessor(),
    // The glossary has no code samples. A code fence would render as plain <pre><code>, with no Shiki
    // colour attributes for the CSP to allow (Astro warns about Shiki when CSP is on).
    syntaxHighlight: false,
  },
  // Preact's integration runs Babel (for JSX) over every file it includes; only .tsx files hold JSX,
  // and Vite compiles the rest (Babel over every .ts file cost a 1,000-term build over a second).
  integrations: [mdx(), preact({ include: ['**/*.tsx'] })],
  security: {
    // A Content-Security-Policy <meta> on every page. Astro hashes the scripts and styles it bundles;
    // each allowance below is the least a feature needs. Tested for violations in tests/e2e/csp.test.ts.
    csp: {
      directives: [
        "default-src 'none'",
        // Images and KaTeX's fonts come from the site itself (nothing is inlined as data: URIs,
        // see build.assetsInlineLimit below).
        "img-src 'self'",
        "font-src 'self'",
        // Pagefind fetches its index files from /pagefind/.
        "connect-src 'self'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        // Pagefind's search runs WebAssembly, which CSP treats as eval unless 'wasm-unsafe-eval'.
        resources: ["'self'", "'wasm-unsafe-eval'"],
      },
      styleDirective: {
        // KaTeX positions glyphs with style="…" attributes; allow inline style *attributes* only
        // (style-src-attr), never inline <style> elements. Astro warns that 'self' does not reach
        // style-src-attr: intended, since an attribute loads nothing.
        resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }],
      },
    },
  },
  vite: {
    // Calculators and the scenario-link code are built as chunks of their own and imported by URL.
    plugins: [browserModules()],
    build: {
      // Never inline assets as data: URIs (Vite would inline KaTeX's smaller fonts): the CSP
      // allows fonts and images from 'self' only, and the stylesheet stays small.
      assetsInlineLimit: 0,
      // `BUNDLE_SOURCEMAP=1 npx astro build --outDir /tmp/x` writes source maps, to see what a chunk is made of.
      sourcemap: process.env.BUNDLE_SOURCEMAP === '1',
      rolldownOptions: {
        // Reading a property has no side effects in this code base (no getters that do work, no code that
        // relies on a read throwing). Saying so lets Rolldown drop a worked example that a calculator's
        // module graph reaches but never uses when its definition reads a property (`HOP_NAMES[0]`,
        // `outputRows.guRecovery`): the creditor waterfall's chunk lost 1.3 KB and five calculators no longer
        // import defineExample's chunk. Compared chunk by chunk, the rest of dist/ differs only by unused
        // reads dropped (`Array.isArray;` in the runtime) and equivalent minifier rewrites.
        treeshake: { propertyReadSideEffects: false },
        // Astro marks each content module with the directive "use astro:head-inject" for its own use, and
        // Rolldown warns, once per MDX page, that bundling may drop it. Harmless, and known upstream
        // (withastro/astro#18087, open); every other warning still prints.
        onLog(level, log, defaultHandler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"')) return;
          defaultHandler(level, log);
        },
        output: {
          // One shared chunk for what every calculator page loads anyway (Preact, the UI components,
          // formatting and validation): one response compresses better than six small ones, which
          // keeps term pages inside the JavaScript budget (tests/e2e/budget.test.ts).
          codeSplitting: {
            groups: [
              {
                name: 'calculator-runtime',
                test: /node_modules[\\/]preact[\\/]|src[\\/](lib|components)[\\/]|src[\\/]risk[\\/](errors|validate|numeric)\.ts/,
              },
            ],
          },
        },
      },
    },
  },
});
