import { useEffect, useRef } from 'preact/hooks';

/**
 * Moves focus after the next render to the element whose id is put in `.current`. List calculators
 * use it so that a keyboard user who adds or removes a row lands on the new row or the Add button,
 * not on <body> (the element to focus exists only once the render is done).
 */
export function useFocusAfterRender() {
  const target = useRef<string | null>(null);
  useEffect(() => {
    if (target.current === null) return;
    document.getElementById(target.current)?.focus();
    target.current = null;
  });
  return target;
}
