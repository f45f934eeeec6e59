import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineHastPlugin, type PluginFactoryContext } from 'satteri';
import { termsDirectory } from '../content/term-schema.ts';
import { TERM_PREVIEW_ID_PREFIX } from '../scripts/reading-markup.ts';

/** Id of the preview element for the term `slug` (rendered by src/components/TermPreviews.astro). */
export function termPreviewId(slug: string): string {
  return `${TERM_PREVIEW_ID_PREFIX}${slug}`;
}

/** The term slug a site-relative href points to (`/terms/<slug>/`, optionally with a #section), or null. */
export function linkedTermSlug(href: string): string | null {
  return /^\/terms\/([a-z0-9-]+)\/(?:#.*)?$/.exec(href)?.[1] ?? null;
}

/** Where a hast plugin leaves the slugs it linked, for `render(entry).remarkPluginFrontmatter`. */
export const LINKED_TERMS_KEY = 'linkedTerms';

interface AstroData {
  astro?: { frontmatter?: Record<string, unknown> };
}

/**
 * Points every prose link to another existing term at that term's preview (`aria-describedby`), so
 * screen readers announce the term's summary and formula with the link, and records the linked slugs
 * in the document's frontmatter (`linkedTerms`) so the layout embeds only those previews. Links to
 * the page itself and to slugs without a term file are left alone.
 */
export function termLinkPreviewsPlugin(factory: PluginFactoryContext) {
  const ownSlug = factory.fileURL ? basename(fileURLToPath(factory.fileURL)).replace(/\.mdx?$/, '') : null;
  const linked = new Set<string>();
  return defineHastPlugin({
    name: 'term-link-previews',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties['href'];
        const slug = typeof href === 'string' ? linkedTermSlug(href) : null;
        if (!slug || slug === ownSlug || !existsSync(join(termsDirectory(), `${slug}.mdx`))) return;
        ctx.setProperty(node, 'ariaDescribedBy', termPreviewId(slug));
        linked.add(slug);
      },
    },
    after(_root, ctx) {
      const frontmatter = (ctx.data as AstroData).astro?.frontmatter;
      if (frontmatter) frontmatter[LINKED_TERMS_KEY] = [...linked];
    },
  });
}
