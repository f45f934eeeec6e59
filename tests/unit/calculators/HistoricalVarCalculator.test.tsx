// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import HistoricalVarCalculator from '../../../src/calculators/HistoricalVarCalculator.tsx';
import { historicalInput, historicalVarExample } from '../../../src/examples/institutional-risk-management.ts';
import { formatNumber } from '../../../src/lib/format.ts';
import { historicalVar } from '../../../src/risk/index.ts';

const output = (container: Element, key: string) => container.querySelector(`#varhist-${key}`)?.textContent ?? '';
const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const money = (value: number) => formatNumber(value, { digits: 0, unit: 'USDT' });
const PNL = 'Scenario P&L, one per day';

describe('HistoricalVarCalculator', () => {
  it('shows the worked example (100 days of P&L at 95 %) by default', () => {
    const { container } = render(<HistoricalVarCalculator />);
    const expected = historicalVar(historicalInput);
    expect(output(container, 'var')).toBe(money(expected.var));
    expect(output(container, 'es')).toBe(money(expected.es));
    expect(output(container, 'tail')).toBe('5');
    expect(output(container, 'count')).toBe('100');
    expect(output(container, 'worst')).toBe(money(expected.worstLoss));
    expect(output(container, 'var')).toBe(historicalVarExample.show('var'));
    expect((screen.getByLabelText(PNL) as HTMLTextAreaElement).value.split(', ')).toHaveLength(100);
  });

  it('reads pasted losses one per line, signed either way (losses 1 … 100 → VaR 96, ES 98 at 95 %)', () => {
    const { container } = render(<HistoricalVarCalculator />);
    type(PNL, Array.from({ length: 100 }, (_, i) => i + 1).join('\n'));
    fireEvent.change(screen.getByLabelText('The figures are'), { target: { value: 'loss' } });
    expect(output(container, 'var')).toBe(money(96));
    expect(output(container, 'es')).toBe(money(98));
    type('Horizon', '4');
    expect(output(container, 'var')).toBe(money(192));
  });

  it('names the first bad entry beside the series and computes nothing', () => {
    const { container } = render(<HistoricalVarCalculator />);
    type(PNL, '100, -200, 3O0, 400');
    const box = screen.getByLabelText(PNL);
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(box.getAttribute('aria-describedby')).toContain('varhist-pnl-error');
    expect(container.querySelector('#varhist-pnl-error')?.textContent).toBe('Entry 3 ("3O0") is not a number.');
    for (const element of container.querySelectorAll('output')) expect(element.textContent).toBe('Not computed');
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('says beside the series when there are too few scenarios for the confidence level', () => {
    const { container } = render(<HistoricalVarCalculator />);
    type('Confidence level', '99%');
    expect(output(container, 'tail')).toBe('1');
    type('Confidence level', '99.5%');
    expect(container.querySelector('#varhist-pnl-error')?.textContent).toBe('At a 99.5 % confidence level historical VaR needs at least 200 scenarios; got 100.');
    expect(output(container, 'var')).toBe('Not computed');
  });
});
