import type { Element } from 'hast';
import { defineHastPlugin } from 'satteri';

/** Heading levels that get a copy-link control: the sections and subsections of a term page. */
export const ANCHORED_HEADING_TAGS = ['h2', 'h3', 'h4'] as const;

/** Accessible name of the control after a heading; screen readers say what it does and where it points. */
export function copyLinkLabel(headingText: string): string {
  return `Copy link to section: ${headingText}`;
}

/**
 * The control after a heading: a plain `<a href="#id">` (without JavaScript it still links to the
 * section), which `src/scripts/reading.ts` turns into "copy the absolute URL of this section".
 * Hidden from Pagefind so "#" never shows in search excerpts.
 */
export function headingAnchor(id: string, headingText: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      className: ['heading-anchor'],
      href: `#${id}`,
      ariaLabel: copyLinkLabel(headingText),
      dataCopyLink: '',
      dataPagefindIgnore: '',
    },
    children: [{ type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] }],
  };
}

/**
 * Wraps each h2–h4 of the prose as `<div class="anchored-heading">[heading, anchor]</div>`. The
 * anchor is a sibling, not a child, so the heading's accessible name stays its own text.
 *
 * Runs after Astro's heading-ids plugin (see `readingPlugins`), so the ids are the ones Sätteri
 * generates for every Markdown heading; this plugin never changes them.
 */
export const headingAnchorsPlugin = defineHastPlugin({
  name: 'heading-anchors',
  element: {
    filter: [...ANCHORED_HEADING_TAGS],
    visit(node, ctx) {
      const id = node.properties['id'];
      if (typeof id !== 'string' || id === '') return;
      const text = ctx.textContent(node).trim();
      ctx.wrapNode(node, {
        type: 'element',
        tagName: 'div',
        properties: { className: ['anchored-heading'] },
        children: [headingAnchor(id, text)],
      });
    },
  },
});
