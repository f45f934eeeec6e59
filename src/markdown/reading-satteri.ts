import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import type { HastPluginEntry, PluginFactoryContext } from 'satteri';
import { headingAnchorsPlugin } from './heading-anchors.ts';
import { autoTermLinksPlugin } from './auto-term-links.ts';
import { termLinkPreviewsPlugin } from './term-links.ts';

/**
 * The hast plugins for linking and sharing, registered in `astro.config.mjs` (`hastPlugins`).
 *
 * User hast plugins run before Astro's own heading-ids plugin, so this list runs that same plugin
 * first: the headings get exactly the ids Sätteri would give them (Astro's plugin later keeps any id
 * that is already set), and the anchor plugin can read them.
 */
export function readingPlugins(factory: PluginFactoryContext): HastPluginEntry[] {
  return [satteriHeadingIdsPlugin(), headingAnchorsPlugin, autoTermLinksPlugin(factory), termLinkPreviewsPlugin(factory)];
}
