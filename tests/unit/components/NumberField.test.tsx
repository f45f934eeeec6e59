// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import { NumberField } from '../../../src/components/NumberField.tsx';

function Harness({ error }: { error?: string }) {
  const [text, setText] = useState('1,000');
  return <NumberField id="size" label="Size" unit="BTC" hint="Position size" value={text} onInput={setText} error={error} />;
}

describe('NumberField', () => {
  it('labels the input and describes it with the hint', () => {
    render(<Harness />);
    const input = screen.getByLabelText('Size');
    expect(input.getAttribute('aria-invalid')).toBe('false');
    expect(input.getAttribute('aria-describedby')).toBe('size-hint');
    expect(screen.getByText('Position size (BTC)').id).toBe('size-hint');
  });

  it('shows the error beside the field and links it with aria-describedby', () => {
    render(<Harness error="Size must be greater than 0." />);
    const input = screen.getByLabelText('Size');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('size-hint size-error');
    expect(screen.getByRole('alert').textContent).toBe('Size must be greater than 0.');
  });

  it('reports what the user types', () => {
    render(<Harness />);
    const input = screen.getByLabelText('Size') as HTMLInputElement;
    fireEvent.input(input, { target: { value: '2,500' } });
    expect(input.value).toBe('2,500');
  });
});
