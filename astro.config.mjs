// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';
import { katexPlugin } from './src/markdown/katex-satteri.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  markdown: {
    processor: satteri({
      // `$$…$$` only: a single `$` stays text, so "$50 to $100" is never a formula.
      features: { math: { singleDollarTextMath: false } },
      mdastPlugins: [katexPlugin],
    }),
  },
  integrations: [mdx(), preact()],
});
