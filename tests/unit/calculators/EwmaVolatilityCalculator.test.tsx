// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import EwmaVolatilityCalculator from '../../../src/calculators/EwmaVolatilityCalculator.tsx';
import { volScaledInput, volScaledMarginExample } from '../../../src/examples/volatility-adjustments.ts';
import { formatNumber } from '../../../src/lib/format.ts';
import { ewmaDecay, ewmaVolatilityPath, initialMargin } from '../../../src/risk/index.ts';

const output = (container: Element, key: string) => container.querySelector(`#ewma-${key}`)?.textContent ?? '';
const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const pct = (value: number, digits = 2) => formatNumber(value, { percent: true, digits });

describe('EwmaVolatilityCalculator', () => {
  it('shows the worked example (30 BTC returns, λ 0.94, 99 %, 1 day) by default', () => {
    const { container } = render(<EwmaVolatilityCalculator />);
    const path = ewmaVolatilityPath({ lambda: volScaledInput.lambda, returns: volScaledInput.returns });
    const margin = initialMargin({ notional: volScaledInput.notional, dailyVol: path.volatility, days: 1, confidence: 0.99 });
    expect(output(container, 'vol')).toBe(pct(path.volatility));
    expect(output(container, 'vol')).toBe(volScaledMarginExample.show('vol'));
    expect(output(container, 'seedvol')).toBe(pct(Math.sqrt(path.initialVariance)));
    expect(output(container, 'halflife')).toBe(formatNumber(ewmaDecay({ lambda: 0.94 }).halfLife, { digits: 1, unit: 'days' }));
    expect(output(container, 'rate')).toBe(pct(margin.rate));
    expect(output(container, 'margin')).toBe(formatNumber(margin.margin, { digits: 0, unit: 'USDT' }));
    expect(output(container, 'margin')).toBe(volScaledMarginExample.show('margin'));
    const chart = container.querySelector('svg[role="img"]');
    expect(chart?.querySelector('desc')?.textContent).toContain(`latest 30 days`);
    expect(chart?.querySelector('desc')?.textContent).toContain(`ends at ${formatNumber(path.volatility * 100, { digits: 2 })} % per day`);
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('reproduces Hull’s Example 5.2 with a given σ₀ (1 % → 1.14 %)', () => {
    const { container } = render(<EwmaVolatilityCalculator />);
    type('Daily returns, oldest first', '2%');
    type('Decay factor λ', '0.9');
    type('Starting volatility σ₀', '1');
    expect(output(container, 'vol')).toBe('1.14\u00a0%');
  });

  it('takes closing prices and turns them into simple returns', () => {
    const { container } = render(<EwmaVolatilityCalculator />);
    fireEvent.change(screen.getByLabelText('The series holds'), { target: { value: 'prices' } });
    type('Closing prices, oldest first', '100\n102\n99.96');
    type('Starting volatility σ₀', '1%');
    const expected = ewmaVolatilityPath({ lambda: 0.94, returns: [0.02, -0.02], initialVariance: 0.0001 });
    expect(output(container, 'vol')).toBe(pct(expected.volatility));
    // One price is not enough for a return.
    type('Closing prices, oldest first', '100');
    expect(container.querySelector('#ewma-series-error')?.textContent).toBe('Enter at least 2 numbers (this has 1).');
    // A price of 0 is refused by the library, beside the series.
    type('Closing prices, oldest first', '100 0 3');
    expect(container.querySelector('#ewma-series-error')?.textContent).toMatch(/prices\[1\]/);
  });

  it('puts errors beside the right field: a bad entry, λ out of range, a negative σ₀', () => {
    const { container } = render(<EwmaVolatilityCalculator />);
    type('Daily returns, oldest first', '1, 2, x');
    expect(container.querySelector('#ewma-series-error')?.textContent).toBe('Entry 3 ("x") is not a number.');
    expect(screen.getByLabelText('Daily returns, oldest first').getAttribute('aria-invalid')).toBe('true');
    for (const element of container.querySelectorAll('output')) expect(element.textContent).toBe('Not computed');
    type('Daily returns, oldest first', '1, 2, 3');
    type('Decay factor λ', '1.2');
    expect(container.querySelector('#ewma-lambda-error')?.textContent).toMatch(/Decay factor/);
    type('Decay factor λ', '0.94');
    type('Starting volatility σ₀', '-1%');
    expect(container.querySelector('#ewma-seed-error')?.textContent).toMatch(/^Initial volatility must be/);
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });
});
