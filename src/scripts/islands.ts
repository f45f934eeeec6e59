import { h, hydrate, type ComponentType } from 'preact';
import { linkScenariosToUrl } from '../lib/scenario.ts';

/**
 * Hydrates every `[data-island]` (see src/components/Island.astro) when it comes near the viewport.
 * Each calculator's code is its own chunk, loaded only by the pages that use it.
 */
const calculators = import.meta.glob<{ default: ComponentType }>('../calculators/*.tsx');

async function start(element: HTMLElement): Promise<void> {
  const load = calculators[`../calculators/${element.dataset['island'] ?? ''}.tsx`];
  if (!load) return;
  const { default: Calculator } = await load();
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
