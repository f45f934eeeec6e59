import { useEffect, useRef, useState } from 'preact/hooks';

/** Reports one edit of a list: what the status line says, and the id of the element to focus. */
export type ListEdited = (message: string, focusId: string) => void;

/**
 * What every list calculator does after it adds, removes or moves a row:
 * - focus moves to the element named (the new row's first field, or the Add button once a row is
 *   gone), so a keyboard user is not dropped on <body>; it exists only after the render, hence the
 *   effect;
 * - the status line (`ListStatus`) says what changed, for people who cannot see the rows move
 *   (WCAG 2.2 success criterion 4.1.3, Status Messages).
 */
export function useListEdits(): [status: string, edited: ListEdited] {
  const [status, setStatus] = useState('');
  const focusTarget = useRef<string | null>(null);
  useEffect(() => {
    if (focusTarget.current === null) return;
    document.getElementById(focusTarget.current)?.focus();
    focusTarget.current = null;
  });
  const edited: ListEdited = (message, focusId) => {
    focusTarget.current = focusId;
    // A live region is read out when its text changes: the same message twice in a row ("Level 2
    // removed." after removing row 2 again) gets a no-break space, so it is announced again.
    setStatus((previous) => (previous === message ? `${message}\u00a0` : message));
  };
  return [status, edited];
}
