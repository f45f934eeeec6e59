/**
 * The markup contract between the build (src/markdown plugins, TermLayout and its components) and the
 * browser script src/scripts/reading.ts. Plain constants, so the browser bundle takes only these.
 */

/** Prefix of the id of a linked term's preview: `term-preview-<slug>`. */
export const TERM_PREVIEW_ID_PREFIX = 'term-preview-';
/** A prose link to another term that has a preview on the page. */
export const TERM_LINK_SELECTOR = `a[aria-describedby^="${TERM_PREVIEW_ID_PREFIX}"]`;
/** Copy controls: heading anchors (`data-copy-link`: copy the URL of their #section) and buttons (`data-copy-text`). */
export const COPY_CONTROL_SELECTOR = '[data-copy-link],[data-copy-text]';
/** The live region that announces "Link copied". */
export const COPY_STATUS_ID = 'copy-status';
