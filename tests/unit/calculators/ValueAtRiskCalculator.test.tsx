// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import ValueAtRiskCalculator from '../../../src/calculators/ValueAtRiskCalculator.tsx';
import { deskInput, deskVarExample } from '../../../src/examples/institutional-risk-management.ts';
import { formatNumber } from '../../../src/lib/format.ts';
import { twoAssetVar } from '../../../src/risk/index.ts';

const output = (container: Element, key: string) => container.querySelector(`#var-${key}`)?.textContent ?? '';
const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const money = (value: number) => formatNumber(value, { digits: 0, unit: 'USDT' });

describe('ValueAtRiskCalculator', () => {
  it('shows the worked example (BTC and ETH book, 99 %, 1 day) by default', () => {
    const { container } = render(<ValueAtRiskCalculator />);
    const expected = twoAssetVar(deskInput);
    expect(output(container, 'var')).toBe(money(expected.var));
    expect(output(container, 'es')).toBe(money(expected.es));
    expect(output(container, 'sd')).toBe(money(expected.dailySd));
    expect(output(container, 'first')).toBe(money(expected.firstVar));
    expect(output(container, 'second')).toBe(money(expected.secondVar));
    expect(output(container, 'sum')).toBe(money(expected.undiversifiedVar));
    expect(output(container, 'benefit')).toBe(money(expected.diversificationBenefit));
    expect(output(container, 'var')).toBe(deskVarExample.show('var'));
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('reproduces Hull’s Microsoft/AT&T VaR at 99 % over 10 days (exact z: 1,620,114)', () => {
    const { container } = render(<ValueAtRiskCalculator />);
    type('Position 1 value', '10,000,000');
    type('Position 1 daily volatility', '2%');
    type('Position 2 value', '5,000,000');
    type('Position 2 daily volatility', '1');
    type('Correlation ρ', '0.3');
    type('Horizon', '10');
    expect(output(container, 'var')).toBe('1,620,114\u00a0USDT');
  });

  it('charts VaR against correlation, with the entered ρ marked', () => {
    const { container } = render(<ValueAtRiskCalculator />);
    const chart = container.querySelector('svg[role="img"]');
    expect(chart?.querySelector('title')?.textContent).toBe('Value at risk against correlation');
    const at = (rho: number) => money(twoAssetVar({ ...deskInput, correlation: rho }).var);
    expect(chart?.querySelector('desc')?.textContent).toContain(`${at(-1)} at ρ = −1, ${at(0)} at ρ = 0 and ${at(1)} at ρ = 1`);
    expect(chart?.textContent).toContain('Your ρ');
  });

  it('puts a parse error and a library error beside their fields', () => {
    const { container } = render(<ValueAtRiskCalculator />);
    type('Position 1 value', 'abc');
    expect(screen.getByLabelText('Position 1 value').getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#var-valueA-error')?.textContent).toMatch(/number/);
    for (const element of container.querySelectorAll('output')) expect(element.textContent).toBe('Not computed');
    type('Position 1 value', '6,000,000');
    type('Correlation ρ', '1.5');
    expect(screen.getByLabelText('Correlation ρ').getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#var-rho-error')?.textContent).toMatch(/^Correlation must be/);
    type('Correlation ρ', '0.8');
    type('Position 2 daily volatility', '0');
    expect(container.querySelector('#var-volB-error')?.textContent).toMatch(/Daily volatility/);
    expect(output(container, 'var')).toBe('Not computed');
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });
});
