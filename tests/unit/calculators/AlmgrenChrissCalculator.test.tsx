// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import AlmgrenChrissCalculator from '../../../src/calculators/AlmgrenChrissCalculator.tsx';
import { almgrenChrissExample } from '../../../src/examples/tiered-liquidation.ts';
import { formatNumber } from '../../../src/lib/format.ts';
import { almgrenChriss } from '../../../src/risk/index.ts';

const input = almgrenChrissExample.input;
const MONEY = { digits: 0, unit: 'USD' } as const;

function output(container: Element, key: string): string {
  return container.querySelector(`#ac-${key}`)?.textContent ?? '';
}

function expectNoBadNumbers(container: Element) {
  expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
}

describe('AlmgrenChrissCalculator', () => {
  it('shows the worked example (Almgren & Chriss Table 1, λ = 1e-6) by default', () => {
    const { container } = render(<AlmgrenChrissCalculator />);
    const optimal = almgrenChriss(input);
    const straight = almgrenChriss({ ...input, riskAversion: 0 });
    expect(output(container, 'cost')).toBe(formatNumber(optimal.expectedCost, MONEY));
    expect(output(container, 'sd')).toBe(formatNumber(Math.sqrt(optimal.variance), MONEY));
    expect(output(container, 'line-cost')).toBe(formatNumber(straight.expectedCost, MONEY));
    expect(output(container, 'line-sd')).toBe(formatNumber(Math.sqrt(straight.variance), MONEY));
    expect(output(container, 'kappa')).toBe(formatNumber(optimal.kappa, { digits: 4, unit: 'per day' }));
    expect(output(container, 'half-life')).toBe(formatNumber(1 / optimal.kappa, { digits: 2, unit: 'days' }));
    // The page's prose uses the same figures.
    expect(output(container, 'cost')).toBe(almgrenChrissExample.show('expectedCost'));
    expect(output(container, 'half-life')).toBe(almgrenChrissExample.show('halfLife'));
    expectNoBadNumbers(container);
  });

  it('matches the published-model figures of the reference (vector 15.4)', () => {
    const optimal = almgrenChriss(input);
    expect(optimal.holdings[1]).toBeCloseTo(541_955.55, 1);
    expect(optimal.expectedCost).toBeCloseTo(911_226.99, 1);
    expect(Math.sqrt(optimal.variance)).toBeCloseTo(603_430.67, 1);
    // Straight line (vector 15.6): E = ½γX² + εX + η̃X²/T, V = ⅓σ²X²T(1 − 1/N)(1 − 1/(2N)).
    const straight = almgrenChriss({ ...input, riskAversion: 0 });
    expect(straight.expectedCost).toBeCloseTo(662_500, 4);
    expect(straight.variance / 1e12).toBeCloseTo(1.083, 3);
  });

  it('lists every period in a captioned table and draws the two schedules', () => {
    const { container } = render(<AlmgrenChrissCalculator />);
    const optimal = almgrenChriss(input);
    const table = screen.getByRole('table', { name: 'Holdings and trades by period' });
    const rows = table.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(input.periods + 1);
    const firstTrade = rows[1]?.querySelectorAll('td')[2]?.textContent;
    expect(firstTrade).toBe(formatNumber(optimal.trades[0], { digits: 0 }));
    expect(rows[input.periods]?.querySelectorAll('td')[1]?.textContent).toBe('0');
    const svg = container.querySelector('svg[role="img"]');
    expect(svg?.querySelector('title')?.textContent).toContain('Holdings over time');
    expect(container.querySelectorAll('path.chart__series')).toHaveLength(2);
  });

  it('shows a parse error beside the field and no results', () => {
    const { container } = render(<AlmgrenChrissCalculator />);
    const shares = screen.getByLabelText('Position to sell X') as HTMLInputElement;
    fireEvent.input(shares, { target: { value: 'lots' } });
    expect(shares.getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#ac-shares-error')?.textContent).toMatch(/Enter a number/);
    expect(output(container, 'cost')).toBe('Not computed');
    expect(output(container, 'half-life')).toBe('Not computed');
    expect(screen.queryByRole('table')).toBeNull();
    expectNoBadNumbers(container);
  });

  it('puts library errors beside the right field', () => {
    const { container } = render(<AlmgrenChrissCalculator />);
    // η must exceed γτ/2 = 1.25e-7 with the default γ and τ = 1 day.
    const eta = screen.getByLabelText('Temporary impact η') as HTMLInputElement;
    fireEvent.input(eta, { target: { value: '1e-7' } });
    expect(eta.getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#ac-eta-error')?.textContent).toMatch(/eta/i);
    expect(output(container, 'cost')).toBe('Not computed');
    fireEvent.input(eta, { target: { value: '2.5e-6' } });
    const periods = screen.getByLabelText('Number of periods N') as HTMLInputElement;
    fireEvent.input(periods, { target: { value: '2.5' } });
    expect(periods.getAttribute('aria-invalid')).toBe('true');
    fireEvent.input(periods, { target: { value: '5000' } });
    expect(container.querySelector('#ac-periods-error')?.textContent).toMatch(/at most 500/);
    expectNoBadNumbers(container);
  });

  it('reads λ = 0 as the straight line with an infinite half-life, in words', () => {
    const { container } = render(<AlmgrenChrissCalculator />);
    fireEvent.input(screen.getByLabelText('Risk aversion λ'), { target: { value: '0' } });
    const straight = almgrenChriss({ ...input, riskAversion: 0 });
    expect(output(container, 'cost')).toBe(formatNumber(straight.expectedCost, MONEY));
    expect(output(container, 'half-life')).toMatch(/^Infinite/);
    expectNoBadNumbers(container);
  });
});
