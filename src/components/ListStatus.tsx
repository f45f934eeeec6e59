/** The status line of a list calculator (`useListEdits`): read out by screen readers, not shown. */
export function ListStatus({ id, status }: { id: string; status: string }) {
  return (
    <p class="visually-hidden" role="status" id={`${id}-list-status`}>
      {status}
    </p>
  );
}
