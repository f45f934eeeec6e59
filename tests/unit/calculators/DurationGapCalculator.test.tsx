// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import DurationGapCalculator from '../../../src/calculators/DurationGapCalculator.tsx';
import { MONEY_UNIT, mishkinExample } from '../../../src/examples/asset-liability-mismatch.ts';
import { formatNumber } from '../../../src/lib/format.ts';
import { balanceSheetRateShock, type DurationGapInput } from '../../../src/risk/index.ts';

const output = (container: Element, key: string) => container.querySelector(`#dgap-${key}`)?.textContent ?? '';
const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const expectNoBadText = (container: Element) => expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
const MONEY = { digits: 2, unit: MONEY_UNIT } as const;

function expectOutputs(container: Element, input: DurationGapInput) {
  const r = balanceSheetRateShock(input);
  expect(output(container, 'gap')).toBe(formatNumber(r.gap, { digits: 2, unit: 'years' }));
  expect(output(container, 'assetChange')).toBe(formatNumber(r.assetChange, { ...MONEY, signed: true }));
  expect(output(container, 'liabilityChange')).toBe(formatNumber(r.liabilityChange, { ...MONEY, signed: true }));
  expect(output(container, 'equityChange')).toBe(formatNumber(r.equityChange, { ...MONEY, signed: true }));
  expect(output(container, 'equity')).toBe(formatNumber(r.equity, MONEY));
  expect(output(container, 'equityAfter')).toBe(formatNumber(r.equityAfter, MONEY));
  expect(output(container, 'ofAssets')).toBe(formatNumber(r.equityChangeOfAssets, { percent: true, digits: 2, signed: true }));
}

describe('DurationGapCalculator', () => {
  it('shows Mishkin’s finance company by default: DGAP −1.33 years, ΔE/A +6.06 %', () => {
    const { container } = render(<DurationGapCalculator />);
    expectOutputs(container, mishkinExample.input);
    expect(output(container, 'gap')).toBe('-1.33\u00a0years');
    expect(output(container, 'ofAssets')).toBe('+6.06\u00a0%');
    expect(output(container, 'equityChange')).toBe(mishkinExample.show('equityChange'));
    expect(output(container, 'equityDuration')).toBe(mishkinExample.show('equityDuration'));
    expectNoBadText(container);
  });

  it('a rate fall typed as a negative change, and a balance sheet with no equity', () => {
    const { container } = render(<DurationGapCalculator />);
    type('Rate change Δy', '-2');
    expectOutputs(container, { ...mishkinExample.input, yieldChange: -0.02 });
    type('Liabilities L (market value)', '100');
    expect(output(container, 'ofEquity')).toBe('No equity (liabilities ≥ assets)');
    expect(output(container, 'equityDuration')).toBe('No equity (liabilities ≥ assets)');
    expectNoBadText(container);
  });

  it('a parse error or a library error shows beside its field; nothing is computed', () => {
    const { container } = render(<DurationGapCalculator />);
    type('Assets A (market value)', 'a lot');
    expect(screen.getByLabelText('Assets A (market value)').getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#dgap-assets-error')?.textContent).toMatch(/number/i);
    for (const element of container.querySelectorAll('output')) expect(element.textContent).toBe('Not computed');
    type('Assets A (market value)', '100');
    type('Duration of liabilities D_L', '-1');
    expect(container.querySelector('#dgap-liabilityDuration-error')?.textContent).toMatch(/Liability duration/);
    type('Duration of liabilities D_L', '2');
    type('Interest rate now y', '-100%');
    expect(container.querySelector('#dgap-yieldLevel-error')?.textContent).toMatch(/Yield level/);
    expectNoBadText(container);
  });
});
