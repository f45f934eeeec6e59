/**
 * Reading aids on term pages, wired by delegation on the document. Loaded on first use: the page's
 * inline boot script (src/scripts/inline-scripts.ts) inserts it when the pointer or keyboard focus first
 * reaches a copy control or a term link, so it costs nothing on pages nobody interacts with.
 *
 * - Copy controls: heading anchors (`data-copy-link`) copy the absolute URL of their #section, based
 *   on the page's canonical URL; buttons with `data-copy-text` copy that text. The result is
 *   announced in the `#copy-status` live region.
 * - Term previews: a prose link whose `aria-describedby` names a term preview shows it on hover and
 *   keyboard focus after PREVIEW_DELAY_MS and on the first tap on a touch screen (a second tap follows
 *   the link); Escape, blur, a tap elsewhere or the pointer leaving both link and preview hide it
 *   (WCAG 1.4.13: dismissible, hoverable, persistent).
 *
 * Without JavaScript the anchors are plain in-page links and the previews remain the links' descriptions.
 */
import { COPY_CONTROL_SELECTOR, COPY_STATUS_ID, TERM_LINK_SELECTOR } from './reading-markup.ts';

const PREVIEW_DELAY_MS = 300;
/** Time to move the pointer from a link onto its preview before the preview closes. */
const HIDE_GRACE_MS = 200;
/** How long "Link copied" stays on screen. */
const STATUS_MS = 2500;
const GAP_PX = 6;

let open: { link: Element; preview: HTMLElement } | null = null;
let previewTimer: ReturnType<typeof setTimeout> | undefined;
let statusTimer: ReturnType<typeof setTimeout> | undefined;
let touch = false;

function announce(message: string): void {
  const status = document.getElementById(COPY_STATUS_ID);
  if (!status) return;
  // Emptied first, so the same message twice in a row is announced twice.
  status.textContent = '';
  clearTimeout(statusTimer);
  statusTimer = setTimeout(() => {
    status.textContent = message;
    statusTimer = setTimeout(() => (status.textContent = ''), STATUS_MS);
  }, 50);
}

function textToCopy(control: HTMLElement): string {
  const text = control.dataset['copyText'];
  if (text) return text;
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
  return new URL(control.getAttribute('href') ?? '', canonical).href;
}

function hide(): void {
  clearTimeout(previewTimer);
  if (open) open.preview.hidden = true;
  open = null;
}

function show(link: Element): void {
  const preview = document.getElementById(link.getAttribute('aria-describedby') ?? '');
  if (!preview || open?.link === link) return;
  hide();
  preview.hidden = false;
  // Below the link, kept inside the viewport horizontally.
  const box = link.getBoundingClientRect();
  const left = Math.max(GAP_PX, Math.min(box.left, document.documentElement.clientWidth - preview.offsetWidth - GAP_PX));
  preview.style.left = `${left + scrollX}px`;
  preview.style.top = `${box.bottom + scrollY + GAP_PX}px`;
  open = { link, preview };
}

function after(delayMs: number, action: () => void): void {
  clearTimeout(previewTimer);
  previewTimer = setTimeout(action, delayMs);
}

const termLink = (target: EventTarget | null): Element | null => (target instanceof Element ? target.closest(TERM_LINK_SELECTOR) : null);
const withinOpen = (target: EventTarget | null): boolean =>
  open !== null && target instanceof Node && (open.link.contains(target) || open.preview.contains(target));

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const control = target?.closest<HTMLElement>(COPY_CONTROL_SELECTOR);
  if (control) {
    event.preventDefault();
    navigator.clipboard.writeText(textToCopy(control)).then(
      () => announce('Link copied'),
      () => announce('Could not copy the link'),
    );
    return;
  }
  const link = termLink(target);
  if (link && touch && open?.link !== link) {
    event.preventDefault();
    show(link);
  } else if (!withinOpen(target)) hide();
});

document.addEventListener('pointerdown', (event) => (touch = event.pointerType === 'touch'));

document.addEventListener('pointerover', (event) => {
  if (event.pointerType === 'touch') return;
  const link = termLink(event.target);
  if (link) after(PREVIEW_DELAY_MS, () => show(link));
  else if (withinOpen(event.target)) clearTimeout(previewTimer);
});

document.addEventListener('pointerout', (event) => {
  if (event.pointerType === 'touch' || withinOpen(event.relatedTarget)) return;
  if (termLink(event.target) || withinOpen(event.target)) after(open ? HIDE_GRACE_MS : 0, hide);
});

document.addEventListener('focusin', (event) => {
  const link = termLink(event.target);
  if (link) after(PREVIEW_DELAY_MS, () => show(link));
});

document.addEventListener('focusout', (event) => {
  if (termLink(event.target)) hide();
});

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') hide();
});

// The pointer or focus that loaded this script is already on a term link: treat it as just arrived.
const arrived = document.querySelector(`${TERM_LINK_SELECTOR}:focus, ${TERM_LINK_SELECTOR}:hover`);
if (arrived) after(PREVIEW_DELAY_MS, () => show(arrived));
// Like the calculators' data-hydrated: tells tests (and anyone curious) the controls are live.
document.documentElement.dataset['readingAids'] = 'ready';
