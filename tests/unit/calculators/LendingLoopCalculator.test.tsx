// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import LendingLoopCalculator from '../../../src/calculators/LendingLoopCalculator.tsx';
import { LOOP_UNIT, wstethLoop, wstethLoopDearBorrow } from '../../../src/examples/lending-protocol-integration.ts';
import { formatNumber } from '../../../src/lib/format.ts';
import { leveragedYield, loopPosition, type LoopPositionInput } from '../../../src/risk/index.ts';

const PERCENT = { percent: true, digits: 2 } as const;

function output(container: Element, key: string): string {
  const element = container.querySelector(`#loop-${key}`);
  if (!element) throw new Error(`No output loop-${key}`);
  return element.textContent ?? '';
}

function type(label: string, value: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

function expectNoBadText(container: Element) {
  expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
}

function expectOutputs(container: Element, input: LoopPositionInput) {
  const r = loopPosition(input);
  expect(output(container, 'net')).toBe(formatNumber(r.netRate, PERCENT));
  expect(output(container, 'income')).toBe(formatNumber(r.netYield, { digits: 4, unit: LOOP_UNIT }));
  expect(output(container, 'leverage')).toBe(formatNumber(r.leverage, { digits: 4, unit: '×' }));
  expect(output(container, 'max')).toBe(formatNumber(r.maxLeverage, { digits: 4, unit: '×' }));
  expect(output(container, 'debt')).toBe(formatNumber(r.debt, { digits: 4, unit: LOOP_UNIT }));
  expect(output(container, 'hf')).toBe(formatNumber(r.healthFactor, { digits: 4 }));
  expect(output(container, 'drop')).toBe(formatNumber(r.priceDropToLiquidation, PERCENT));
}

describe('LendingLoopCalculator', () => {
  it('shows the wstETH worked example by default', () => {
    const { container } = render(<LendingLoopCalculator />);
    expectOutputs(container, wstethLoop.input);
    expect(output(container, 'net')).toBe(wstethLoop.show('netRate'));
    expect(output(container, 'hf')).toBe(wstethLoop.show('healthFactor'));
    // Checked by hand in the example file: L = (1 − 0.9⁶)/0.1.
    expect(loopPosition(wstethLoop.input).leverage).toBeCloseTo((1 - 0.9 ** 6) / 0.1, 12);
    // The default borrow rate reads as typed, not with floating-point noise.
    expect((screen.getByLabelText('Borrow rate') as HTMLInputElement).value).toBe('2.2%');
    expectNoBadText(container);
  });

  it('charts the net rate by loops up to 15, with the endless-loop rate as a dashed line', () => {
    const { container } = render(<LendingLoopCalculator />);
    const svg = container.querySelector('svg[role="img"]')!;
    expect(svg.querySelector('title')?.textContent).toBe('Net yearly rate by number of loops');
    const limit = leveragedYield({ ...wstethLoop.input, leverage: 10 }).netRate;
    const desc = svg.querySelector('desc')?.textContent ?? '';
    expect(desc).toContain(formatNumber(limit, PERCENT));
    expect(desc).toContain(`${formatNumber(loopPosition({ ...wstethLoop.input, loops: 15 }).netRate, PERCENT)} after 15 loops`);
    expect(svg.querySelectorAll('path.chart__series')).toHaveLength(2);
    expect(svg.textContent).toContain('Your loops');
  });

  it('turns negative when the borrow rate rises to 4 % (second worked example)', () => {
    const { container } = render(<LendingLoopCalculator />);
    type('Borrow rate', '4%');
    expectOutputs(container, wstethLoopDearBorrow.input);
    expect(output(container, 'net')).toBe(wstethLoopDearBorrow.show('netRate'));
  });

  it('with no loops there is no debt: "No debt" instead of an unbounded health factor', () => {
    const { container } = render(<LendingLoopCalculator />);
    type('Number of loops', '0');
    expect(output(container, 'hf')).toBe('No debt');
    expect(output(container, 'drop')).toBe('No debt');
    expect(output(container, 'net')).toBe(formatNumber(0.03, PERCENT));
    expectNoBadText(container);
  });

  it('shows the library error beside the field: LTV above the liquidation threshold, loops not whole', () => {
    const { container } = render(<LendingLoopCalculator />);
    type('Loan-to-value borrowed each loop', '95%');
    expect(screen.getByLabelText('Loan-to-value borrowed each loop').getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#loop-ltv-error')?.textContent).toMatch(/liquidation threshold/);
    type('Loan-to-value borrowed each loop', '90%');
    type('Number of loops', '2.5');
    expect(container.querySelector('#loop-loops-error')?.textContent).toMatch(/whole number/);
    for (const element of container.querySelectorAll('output')) expect(element.textContent).toBe('Not computed');
    expect(container.querySelector('svg[role="img"]')).toBeNull();
    expectNoBadText(container);
  });

  it('shows a parse error beside the field it belongs to', () => {
    const { container } = render(<LendingLoopCalculator />);
    type('Liquidation threshold', 'high');
    expect(screen.getByLabelText('Liquidation threshold').getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#loop-threshold-error')?.textContent).toMatch(/number/i);
    expectNoBadText(container);
  });
});
