// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import FeeDragCalculator from '../../../src/calculators/FeeDragCalculator.tsx';
import { secExample } from '../../../src/examples/fiduciary-responsibility.ts';
import { formatNumber } from '../../../src/lib/format.ts';
import { feeDrag, type FeeDragInput } from '../../../src/risk/index.ts';

const output = (container: Element, key: string) => container.querySelector(`#fee-${key}`)?.textContent ?? '';
const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const expectNoBadText = (container: Element) => expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
const USD = { digits: 2, unit: 'USD' } as const;

function expectOutputs(container: Element, input: FeeDragInput) {
  const r = feeDrag(input);
  expect(output(container, 'without')).toBe(formatNumber(r.valueWithoutFee, USD));
  expect(output(container, 'with')).toBe(formatNumber(r.valueWithFee, USD));
  expect(output(container, 'drag')).toBe(formatNumber(r.drag, USD));
  expect(output(container, 'direct')).toBe(formatNumber(r.directFees, USD));
  expect(output(container, 'growth')).toBe(formatNumber(r.lostGrowth, USD));
  expect(output(container, 'share')).toBe(formatNumber(r.dragFraction, { percent: true, digits: 1 }));
}

describe('FeeDragCalculator', () => {
  it('shows the SEC bulletin example by default: 179,213.48 after fees, 27,831.76 of fees, 12,067.07 of lost growth', () => {
    const { container } = render(<FeeDragCalculator />);
    expectOutputs(container, secExample.input);
    expect(output(container, 'with')).toBe('179,213.48\u00a0USD');
    expect(output(container, 'direct')).toBe(secExample.show('directFees'));
    expectNoBadText(container);
  });

  it('charts both values year by year, with the gap described in words', () => {
    const { container } = render(<FeeDragCalculator />);
    const chart = container.querySelector('svg[role="img"]');
    expect(chart?.querySelector('title')?.textContent).toBe('Value with and without the fee');
    expect(chart?.querySelector('desc')?.textContent).toContain(`to ${formatNumber(feeDrag(secExample.input).valueWithFee, USD)}`);
    expect(chart?.querySelectorAll('path.chart__series')).toHaveLength(2);
  });

  it('samples long holdings to at most about 60 points and follows edits', () => {
    const { container } = render(<FeeDragCalculator />);
    type('Years held n', '200');
    type('Annual fee f', '0.25');
    expectOutputs(container, { ...secExample.input, holdingYears: 200, feeRate: 0.0025 });
    const path = container.querySelector('path.chart__series')?.getAttribute('d') ?? '';
    expect(path.split('L').length).toBeLessThanOrEqual(62);
  });

  it('a parse error or a library error shows beside its field; nothing is computed', () => {
    const { container } = render(<FeeDragCalculator />);
    type('Years held n', '2.5');
    expect(screen.getByLabelText('Years held n').getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#fee-years-error')?.textContent).toMatch(/whole number/);
    for (const element of container.querySelectorAll('output')) expect(element.textContent).toBe('Not computed');
    expect(container.querySelector('svg[role="img"]')).toBeNull();
    type('Years held n', '20');
    type('Annual fee f', '100%');
    expect(container.querySelector('#fee-feeRate-error')?.textContent).toMatch(/Fee rate/);
    type('Annual fee f', 'one');
    expect(container.querySelector('#fee-feeRate-error')?.textContent).toMatch(/number/i);
    expectNoBadText(container);
  });
});
