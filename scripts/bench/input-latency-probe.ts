/**
 * Browser-side probe for `npm run bench:responsiveness`, injected with `page.addInitScript` so it
 * runs before the page's own scripts. Serialised into the page: it must not use anything from its
 * module scope.
 *
 * On every `input` event inside a calculator it marks `input-start` (a capturing listener on the
 * document, so it runs before the calculator's own handler). A MutationObserver on the document
 * marks `result-updated` at the first change inside that calculator's `.calculator__results` and
 * records the measure `input-to-result` between the two, with the calculator id as its detail.
 * It then forces style and layout (reading `offsetHeight`) and records `input-to-layout`: the same
 * update including the browser's style and layout work for it, short of paint.
 */
export function installInputLatencyProbe(): void {
  const pendingStart = new Map<string, number>();
  const calculatorOf = (node: Node | null): string | null => {
    const element = node instanceof Element ? node : (node?.parentElement ?? null);
    return element?.closest('[data-calculator]')?.getAttribute('data-calculator') ?? null;
  };

  document.addEventListener(
    'input',
    (event) => {
      const calculator = calculatorOf(event.target as Node);
      if (!calculator) return;
      pendingStart.set(calculator, performance.mark('input-start', { detail: calculator }).startTime);
    },
    { capture: true },
  );

  new MutationObserver((records) => {
    for (const record of records) {
      const element = record.target instanceof Element ? record.target : record.target.parentElement;
      if (!element?.closest('.calculator__results')) continue;
      const calculator = calculatorOf(element);
      const start = calculator ? pendingStart.get(calculator) : undefined;
      if (!calculator || start === undefined) continue;
      pendingStart.delete(calculator);
      const end = performance.mark('result-updated', { detail: calculator }).startTime;
      performance.measure('input-to-result', { start, end, detail: calculator });
      void (element.closest('[data-calculator]') as HTMLElement).offsetHeight;
      performance.measure('input-to-layout', { start, end: performance.now(), detail: calculator });
    }
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
}
