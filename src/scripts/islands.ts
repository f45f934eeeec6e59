import { h, hydrate, type ComponentType } from 'preact';
import { linkScenariosToUrl } from '../lib/scenario.ts';

/**
 * Hydrates every `[data-island]` (see src/components/Island.astro) when it comes near the viewport.
 * Each calculator's code is its own chunk, loaded only by the pages that use it, from the URL the
 * server wrote in `data-module` (src/build/browser-modules.ts says why not a bundled `import()`).
 */
async function start(element: HTMLElement): Promise<void> {
  const url = element.dataset['module'];
  if (!url) return;
  const { default: Calculator } = (await import(/* @vite-ignore */ url)) as { default: ComponentType };
  hydrate(h(Calculator, {}), element);
  element.dataset['hydrated'] = 'true';
}

/** Hydrates the page's calculators, which then read and write their scenario in the page URL. */
export function hydrateIslands(): void {
  linkScenariosToUrl();
  const islands = document.querySelectorAll<HTMLElement>('[data-island]');
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        void start(entry.target as HTMLElement);
      }
    },
    { rootMargin: '300px' },
  );
  islands.forEach((island) => observer.observe(island));
}
