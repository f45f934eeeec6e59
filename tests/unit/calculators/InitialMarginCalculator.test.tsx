// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import InitialMarginCalculator from '../../../src/calculators/InitialMarginCalculator.tsx';
import { calibrationExample, calibrationInput } from '../../../src/examples/initial-margin-calibration.ts';
import { dailyFromAnnualVol } from '../../../src/examples/volatility.ts';
import { formatNumber } from '../../../src/lib/format.ts';
import { initialMargin, marginCoverage } from '../../../src/risk/index.ts';

const output = (container: Element, key: string) => container.querySelector(`#im-${key}`)?.textContent ?? '';
const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });

describe('InitialMarginCalculator', () => {
  it('shows the worked example by default: 80 %/yr, 1 day, 99 %, 1,000,000 USDT → IM 97,413.29 USDT (reference 26.2), beside the 50× tier', () => {
    const { container } = render(<InitialMarginCalculator />);
    const dailyVol = dailyFromAnnualVol(calibrationInput.annualVol);
    const model = initialMargin({ notional: 1e6, dailyVol, days: 1, confidence: 0.99 });
    expect(output(container, 'margin')).toBe('97,413.29\u00a0USDT');
    expect(output(container, 'margin')).toBe(calibrationExample.show('margin'));
    expect(output(container, 'rate')).toBe(formatNumber(model.rate, { percent: true, digits: 2 }));
    expect(output(container, 'leverage')).toBe(formatNumber(model.maxLeverage, { digits: 2, unit: '×' }));
    expect(output(container, 'tier')).toBe('50\u00a0×');
    const venue = marginCoverage({ maxLeverage: 50, dailyVol, days: 1 });
    expect(output(container, 'venuerate')).toBe('2.00\u00a0%');
    expect(output(container, 'venueconf')).toBe(formatNumber(venue.confidence, { percent: true, digits: 1 }));
    const desc = container.querySelector('svg[role="img"] desc')?.textContent ?? '';
    expect(desc).toContain(`125× ${formatNumber(marginCoverage({ maxLeverage: 125, dailyVol, days: 1 }).confidence * 100, { digits: 1 })} %`);
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('moves to the next tier above 1,000,000 USDT and says so above the table’s cap', () => {
    const { container } = render(<InitialMarginCalculator />);
    type('Position notional', '1,000,001');
    expect(output(container, 'tier')).toBe('20\u00a0×');
    type('Position notional', '600,000,000');
    expect(output(container, 'tier')).toMatch(/^Above the table’s cap/);
    expect(output(container, 'margin')).not.toBe('Not computed');
  });

  it('puts errors beside the field: a bad number, a confidence of 50 % or less', () => {
    const { container } = render(<InitialMarginCalculator />);
    type('Margin period of risk', 'abc');
    expect(screen.getByLabelText('Margin period of risk').getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#im-days-error')?.textContent).toMatch(/number/);
    for (const element of container.querySelectorAll('output')) expect(element.textContent).toBe('Not computed');
    type('Margin period of risk', '2');
    type('Confidence level (one-tailed)', '50');
    expect(container.querySelector('#im-confidence-error')?.textContent).toMatch(/Confidence level/);
    type('Confidence level (one-tailed)', '99');
    type('Volatility (annualised)', '0');
    expect(container.querySelector('#im-vol-error')?.textContent).toMatch(/Daily volatility/);
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });
});
