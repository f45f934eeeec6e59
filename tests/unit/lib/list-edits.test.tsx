// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import { ListStatus } from '../../../src/components/ListStatus.tsx';
import { useListEdits } from '../../../src/lib/list-edits.ts';

/** A list of rows with an Add and a Remove-first button, as the list calculators have. */
function Rows() {
  const [rows, setRows] = useState([1, 2, 3]);
  const [status, listEdited] = useListEdits();
  return (
    <div>
      {rows.map((row) => (
        <input key={row} id={`row-${row}`} aria-label={`Row ${row}`} />
      ))}
      <button type="button" id="add" onClick={() => {
        const next = Math.max(0, ...rows) + 1;
        setRows([...rows, next]);
        listEdited(`Row ${next} added.`, `row-${next}`);
      }}>Add</button>
      <button type="button" onClick={() => {
        setRows(rows.slice(1));
        listEdited('Row 1 removed.', 'add');
      }}>Remove row 1</button>
      <ListStatus id="rows" status={status} />
    </div>
  );
}

describe('useListEdits and ListStatus', () => {
  it('moves focus to the element named once it is rendered, and says what changed', () => {
    const { container } = render(<Rows />);
    const status = () => container.querySelector('#rows-list-status');
    expect(status()?.getAttribute('role')).toBe('status');
    expect(status()?.textContent).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    // row-4 did not exist when the click was handled: focus waits for the render.
    expect(document.activeElement?.id).toBe('row-4');
    expect(status()?.textContent).toBe('Row 4 added.');
  });

  it('announces the same message twice in a row: the text changes each time', () => {
    const { container } = render(<Rows />);
    const status = () => container.querySelector('#rows-list-status')?.textContent;
    const remove = screen.getByRole('button', { name: 'Remove row 1' });
    fireEvent.click(remove);
    const first = status();
    fireEvent.click(remove);
    const second = status();
    fireEvent.click(remove);
    expect(first).toBe('Row 1 removed.');
    expect(second?.trim()).toBe('Row 1 removed.');
    expect(second).not.toBe(first);
    expect(status()).toBe(first);
    expect(document.activeElement?.id).toBe('add');
  });
});
