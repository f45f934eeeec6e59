// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import { SeriesField } from '../../../src/components/SeriesField.tsx';
import { evaluate } from '../../../src/lib/evaluate.ts';

/** A series field wired the way calculators wire it: text state → evaluate → message beside the field. */
function Harness() {
  const [text, setText] = useState('1.5, -0.5\n2');
  const { result, errors } = evaluate({ pnl: { text, series: true, minLength: 2 } }, (v) => v.list('pnl').reduce((sum, x) => sum + x, 0));
  return (
    <>
      <SeriesField id="pnl" label="Daily P&L" unit="USDT" hint="One number per line, or separated by commas" value={text} onInput={setText} error={errors['pnl']} />
      <output>{result ?? 'Not computed'}</output>
    </>
  );
}

describe('SeriesField', () => {
  it('is a labelled textarea described by its hint, without a numeric keypad', () => {
    render(<Harness />);
    const box = screen.getByLabelText('Daily P&L');
    expect(box.tagName).toBe('TEXTAREA');
    expect(box.hasAttribute('inputmode')).toBe(false);
    expect(box.getAttribute('aria-invalid')).toBe('false');
    expect(box.getAttribute('aria-describedby')).toBe('pnl-hint');
    expect(screen.getByText('One number per line, or separated by commas (USDT)').id).toBe('pnl-hint');
    expect(screen.getByRole('status').textContent).toBe('3');
  });

  it('names the first bad entry beside the field, marks it invalid and links the message', () => {
    render(<Harness />);
    const box = screen.getByLabelText('Daily P&L') as HTMLTextAreaElement;
    fireEvent.input(box, { target: { value: '1\n2\n3\nabc\n5' } });
    expect(box.value).toBe('1\n2\n3\nabc\n5');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(box.getAttribute('aria-describedby')).toBe('pnl-hint pnl-error');
    expect(screen.getByRole('alert').id).toBe('pnl-error');
    expect(screen.getByRole('alert').textContent).toBe('Entry 4 ("abc") is not a number.');
    expect(screen.getByRole('status').textContent).toBe('Not computed');
  });

  it('asks for more numbers when the series is too short', () => {
    render(<Harness />);
    fireEvent.input(screen.getByLabelText('Daily P&L'), { target: { value: '7' } });
    expect(screen.getByRole('alert').textContent).toBe('Enter at least 2 numbers (this has 1).');
  });
});
