// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import LiquidityCoverageCalculator from '../../../src/calculators/LiquidityCoverageCalculator.tsx';
import { MONEY_UNIT, lcrExample } from '../../../src/examples/funding-liquidity-risk.ts';
import { formatNumber } from '../../../src/lib/format.ts';
import { liquidityCoverageRatio, type LiquidityCoverageRatioInput } from '../../../src/risk/index.ts';

const output = (container: Element, key: string) => container.querySelector(`#lcr-${key}`)?.textContent ?? '';
const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const expectNoBadText = (container: Element) => expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
const MONEY = { digits: 2, unit: MONEY_UNIT } as const;

function expectOutputs(container: Element, input: LiquidityCoverageRatioInput) {
  const r = liquidityCoverageRatio(input);
  expect(output(container, 'cap')).toBe(formatNumber(r.inflowCap, MONEY));
  expect(output(container, 'counted')).toBe(formatNumber(r.inflowsCounted, MONEY));
  expect(output(container, 'nco')).toBe(formatNumber(r.netCashOutflows, MONEY));
  expect(output(container, 'ratio')).toBe(formatNumber(r.ratio, { percent: true, digits: 1 }));
  expect(output(container, 'shortfall')).toBe(formatNumber(r.shortfall, MONEY));
}

describe('LiquidityCoverageCalculator', () => {
  it('shows the worked example by default: the 75 % cap binds and the LCR is 320 %', () => {
    const { container } = render(<LiquidityCoverageCalculator />);
    expectOutputs(container, lcrExample.input);
    expect(output(container, 'ratio')).toBe('320.0\u00a0%');
    expectNoBadText(container);
  });

  it('reference 17.4: HQLA 100, outflows 200, inflows 50 → 66.7 %, 50 short of 100 %', () => {
    const { container } = render(<LiquidityCoverageCalculator />);
    type('High-quality liquid assets (after haircuts)', '100');
    type('Stressed outflows over 30 days', '200');
    type('Inflows over 30 days', '50');
    expectOutputs(container, { liquidAssets: 100, outflows: 200, inflows: 50 });
    expect(output(container, 'ratio')).toBe('66.7\u00a0%');
  });

  it('no outflows: the ratio reads as unbounded in words', () => {
    const { container } = render(<LiquidityCoverageCalculator />);
    type('Stressed outflows over 30 days', '0');
    expect(output(container, 'ratio')).toBe('Unbounded (no net outflows)');
    expectNoBadText(container);
  });

  it('a parse error or a library error shows beside its field; nothing is computed', () => {
    const { container } = render(<LiquidityCoverageCalculator />);
    type('Inflows over 30 days', 'x');
    expect(screen.getByLabelText('Inflows over 30 days').getAttribute('aria-invalid')).toBe('true');
    for (const element of container.querySelectorAll('output')) expect(element.textContent).toBe('Not computed');
    type('Inflows over 30 days', '-3');
    expect(container.querySelector('#lcr-inflows-error')?.textContent).toMatch(/Inflows must be/);
    expectNoBadText(container);
  });
});
