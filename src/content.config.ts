import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { termSchema, termsDirectory } from './content/term-schema.ts';

/** Term pages: one MDX file per term under `content/terms/` (or `$TERMS_DIR`, used by the benchmark and build tests). */
const terms = defineCollection({
  loader: glob({ pattern: '*.mdx', base: termsDirectory() }),
  schema: termSchema(),
});

export const collections = { terms };
