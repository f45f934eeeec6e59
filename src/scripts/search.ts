/**
 * Search results page. Loads Pagefind's index only here, so no other page ships search
 * JavaScript. Results are built with DOM methods and `textContent`: nothing typed by the user
 * or stored in the index is ever inserted as HTML.
 */
interface PagefindResultData {
  url: string;
  /** `aliases`: the term's aliases joined by ", " (src/layouts/TermLayout.astro). */
  meta: { title?: string; summary?: string; aliases?: string };
}
interface Pagefind {
  init(): Promise<void>;
  debouncedSearch(query: string, options?: object, ms?: number): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const MAX_RESULTS = 20;

/** Case, spacing and punctuation other than "&" do not matter when comparing a query with a name. */
const normalise = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}&]+/gu, ' ').trim();

/**
 * Results whose title or one of whose aliases is exactly the query come first, in Pagefind's order;
 * then the rest. Pagefind ranks by word relevance, so a page that uses "maintenance margin" often
 * could otherwise outrank the page titled so.
 */
export function exactNamesFirst<T extends { meta: PagefindResultData['meta'] }>(query: string, results: T[]): T[] {
  const wanted = normalise(query);
  const isExact = (result: T) =>
    [result.meta.title ?? '', ...(result.meta.aliases ?? '').split(', ')].some((name) => normalise(name) === wanted);
  return [...results.filter(isExact), ...results.filter((result) => !isExact(result))];
}

export function runSearchPage(): void {
  const input = document.querySelector<HTMLInputElement>('#search-query');
  const form = document.querySelector<HTMLFormElement>('#search-page-form');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  if (!input || !form || !status || !list) return;

  let pagefind: Promise<Pagefind> | null = null;
  const load = (): Promise<Pagefind> => {
    // A runtime URL, so the bundler leaves Pagefind's generated file alone.
    const url = '/pagefind/pagefind.js';
    pagefind ??= import(/* @vite-ignore */ url).then(async (module: Pagefind) => {
      await module.init();
      return module;
    });
    return pagefind;
  };

  const show = async (query: string): Promise<void> => {
    const trimmed = query.trim();
    if (trimmed === '') {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const search = await (await load()).debouncedSearch(trimmed, {}, 150);
    if (search === null) return; // superseded by a newer query
    const data = exactNamesFirst(trimmed, await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data())));
    list.replaceChildren(
      ...data.map((item) => {
        const li = document.createElement('li');
        const link = document.createElement('a');
        link.href = item.url;
        link.textContent = item.meta.title ?? item.url;
        const summary = document.createElement('p');
        summary.textContent = item.meta.summary ?? '';
        li.append(link, summary);
        return li;
      }),
    );
    status.textContent =
      data.length === 0 ? `No term matches “${trimmed}”.` : `${data.length} term${data.length === 1 ? '' : 's'} found.`;
  };

  const initial = new URLSearchParams(location.search).get('q') ?? '';
  input.value = initial;
  if (initial) void show(initial);
  input.addEventListener('input', () => {
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url);
    void show(input.value);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void show(input.value);
  });
}
