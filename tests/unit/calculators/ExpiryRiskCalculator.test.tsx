// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import ExpiryRiskCalculator from '../../../src/calculators/ExpiryRiskCalculator.tsx';
import { atm1h, atmExamples, hullExample } from '../../../src/examples/expiry-risk.ts';
import { formatNumber } from '../../../src/lib/format.ts';
import { blackScholes, DAYS_PER_YEAR, HOURS_PER_YEAR, type BlackScholesInput } from '../../../src/risk/index.ts';

function output(container: Element, key: string): string {
  const element = container.querySelector(`#expiry-${key}`);
  if (!element) throw new Error(`No output expiry-${key}`);
  return element.textContent ?? '';
}

function type(label: string | RegExp, value: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

function choose(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

function expectNoBadText(container: Element) {
  expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
}

function expectOutputs(container: Element, input: BlackScholesInput) {
  const expected = blackScholes(input);
  expect(output(container, 'price')).toBe(formatNumber(expected.price, { digits: 4 }));
  expect(output(container, 'delta')).toBe(formatNumber(expected.delta, { digits: 4 }));
  expect(output(container, 'gamma')).toBe(formatNumber(expected.gamma, { digits: 6 }));
  expect(output(container, 'theta')).toBe(formatNumber(expected.theta / DAYS_PER_YEAR, { digits: 4 }));
  expect(output(container, 'vega')).toBe(formatNumber(expected.vega / 100, { digits: 4 }));
  expect(output(container, 'prob')).toBe(formatNumber(expected.probItm, { percent: true, digits: 1 }));
}

const charts = (container: Element) => [...container.querySelectorAll('svg[role="img"]')];

describe('ExpiryRiskCalculator', () => {
  it('shows Hull’s Example 15.6 by default', () => {
    const { container } = render(<ExpiryRiskCalculator />);
    expectOutputs(container, hullExample.input);
    expect(output(container, 'price')).toBe(hullExample.show('price'));
    // Published: c = 4.76 (Hull, Example 15.6).
    expect(Math.abs(blackScholes(hullExample.input).price - 4.76)).toBeLessThan(0.005);
    expectNoBadText(container);
  });

  it('charts gamma and theta per day from 30 days to 1 hour on a log time axis', () => {
    const { container } = render(<ExpiryRiskCalculator />);
    const [gamma, theta] = charts(container);
    expect(gamma?.querySelector('title')?.textContent).toBe('Gamma as expiry approaches');
    expect(theta?.querySelector('title')?.textContent).toBe('Theta per day as expiry approaches');
    const option = { ...hullExample.input };
    const at = (hours: number) => blackScholes({ ...option, years: hours / HOURS_PER_YEAR });
    const gammaText = gamma?.querySelector('desc')?.textContent ?? '';
    expect(gammaText).toContain(`${formatNumber(at(720).gamma, { digits: 6 })} at 30 days`);
    expect(gammaText).toContain(`${formatNumber(at(1).gamma, { digits: 6 })} at 1 hour`);
    const thetaText = theta?.querySelector('desc')?.textContent ?? '';
    expect(thetaText).toContain(`${formatNumber(at(24).theta / DAYS_PER_YEAR, { digits: 4 })} at 1 day`);
    // Log-scale ticks in hours.
    expect(gamma?.textContent).toContain('1 h');
    expect(gamma?.textContent).toContain('100 h');
    expect(gamma?.querySelector('path.chart__series')?.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+)+$/);
  });

  it('reproduces the at-the-money crypto table (reference vector 21.3) with the time in hours', () => {
    const { container } = render(<ExpiryRiskCalculator />);
    type('Spot price S', '100');
    type('Strike K', '100');
    type('Volatility σ', '80%');
    type('Risk-free rate r', '0');
    choose('Time entered in', 'hours');
    type('Time to expiry', '1');
    expectOutputs(container, atm1h.input);
    expect(output(container, 'gamma')).toBe(atm1h.show('gamma'));
    // The "Your time" marker appears when the time is inside the charted range.
    expect(charts(container)[0]?.textContent).toContain('Your time');
    // SELF values of vector 21.3: gamma grows like 1/√T at the money.
    const gammas = atmExamples.map((example) => example.result.gamma);
    [0.01728, 0.035954, 0.095251, 0.466733].forEach((value, i) => expect(gammas[i]).toBeCloseTo(value, 5));
    expectNoBadText(container);
  });

  it('shows a parse error beside the field, computes nothing and draws no chart', () => {
    const { container } = render(<ExpiryRiskCalculator />);
    type('Time to expiry', 'soon');
    const input = screen.getByLabelText('Time to expiry');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#expiry-time-error')?.textContent).toMatch(/number/i);
    for (const element of container.querySelectorAll('output')) expect(element.textContent).toBe('Not computed');
    expect(charts(container)).toHaveLength(0);
    expectNoBadText(container);
  });

  it('shows the library error beside the field it names (a negative strike)', () => {
    const { container } = render(<ExpiryRiskCalculator />);
    type('Strike K', '-40');
    const input = screen.getByLabelText('Strike K');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#expiry-strike-error')?.textContent).toBeTruthy();
    for (const element of container.querySelectorAll('output')) expect(element.textContent).toBe('Not computed');
    expectNoBadText(container);
  });

  it('maps a time-to-expiry error to the time field', () => {
    const { container } = render(<ExpiryRiskCalculator />);
    type('Time to expiry', '-3');
    expect(screen.getByLabelText('Time to expiry').getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#expiry-time-error')?.textContent).toBeTruthy();
    expectNoBadText(container);
  });
});
