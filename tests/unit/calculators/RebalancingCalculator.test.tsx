// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import RebalancingCalculator from '../../../src/calculators/RebalancingCalculator.tsx';
import { btcBandExample, deltaHedge, ethHedgeExample, portfolioBand, type DeltaHedgeInput } from '../../../src/examples/dynamic-rebalancing-frequency.ts';
import { formatNumber } from '../../../src/lib/format.ts';
import { DAYS_PER_YEAR, rebalancingBandExitTime } from '../../../src/risk/index.ts';

const output = (container: Element, key: string) => {
  const element = container.querySelector(`#rebal-${key}`);
  if (!element) throw new Error(`No output rebal-${key}`);
  return element.textContent ?? '';
};
const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const choose = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const expectNoBadText = (container: Element) => expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
const money = (value: number) => formatNumber(value, { digits: 2, unit: 'USDT' });

function expectHedge(container: Element, input: DeltaHedgeInput) {
  const { error, leland } = deltaHedge(input);
  expect(output(container, 'hedge-error')).toBe(money(error.stdDev));
  expect(output(container, 'hedge-relative')).toBe(formatNumber(error.relativeStdDev, { percent: true, digits: 1 }));
  expect(output(container, 'hedge-cost')).toBe(money(leland.hedgingCost));
  expect(output(container, 'hedge-leland')).toBe(formatNumber(leland.lelandNumber, { digits: 4 }));
  expect(output(container, 'hedge-sigma')).toBe(formatNumber(leland.adjustedVol, { percent: true, digits: 2 }));
}

describe('RebalancingCalculator', () => {
  it('shows the worked examples by default (the ETH call hedged every 8 hours; the 60/40 BTC–USDC band)', () => {
    const { container } = render(<RebalancingCalculator />);
    expectHedge(container, ethHedgeExample.input);
    expect(output(container, 'hedge-error')).toBe(ethHedgeExample.show('stdDev'));
    expect(output(container, 'hedge-cost')).toBe(ethHedgeExample.show('hedgingCost'));
    const { band } = portfolioBand(btcBandExample.input);
    expect(output(container, 'band-days')).toBe(formatNumber(band.expectedYears * DAYS_PER_YEAR, { digits: 1, unit: 'days' }));
    expect(output(container, 'band-days')).toBe(btcBandExample.show('expectedDays'));
    expect(output(container, 'band-upper')).toBe(btcBandExample.show('upperFirst'));
    const chart = container.querySelector('svg[role="img"]');
    expect(chart?.querySelector('title')?.textContent).toBe('Hedging error and rebalancing cost against the interval');
    expect(chart?.textContent).toContain('Your interval');
    expect(chart?.querySelector('desc')?.textContent).toMatch(/falls; at 0\.25 hours, error [\d.]+\u00a0USDT, cost [\d.]+\u00a0USDT; at 720\.00 hours/);
    expectNoBadText(container);
  });

  it('a shorter interval cuts the error and raises the cost; the inputs reach the library in years', () => {
    const { container } = render(<RebalancingCalculator />);
    type('Rebalancing interval Δt', '1');
    expectHedge(container, { ...ethHedgeExample.input, intervalHours: 1 });
    choose('Option', 'put');
    choose('Position', 'long');
    expectHedge(container, { ...ethHedgeExample.input, intervalHours: 1, type: 'put', side: 'long' });
    expectNoBadText(container);
  });

  it('an interval longer than the option’s life is an error beside the interval; the band stays computed', () => {
    const { container } = render(<RebalancingCalculator />);
    type('Rebalancing interval Δt', '1000');
    expect(screen.getByLabelText('Rebalancing interval Δt').getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#rebal-hours-error')?.textContent).toMatch(/at most the time to expiry/);
    expect(output(container, 'hedge-error')).toBe('Not computed');
    expect(output(container, 'band-days')).not.toBe('Not computed');
    expectNoBadText(container);
  });

  it('a long option with a Leland number of 1 or more is an error beside the cost', () => {
    const { container } = render(<RebalancingCalculator />);
    choose('Position', 'long');
    type('Rebalancing interval Δt', '0.1');
    type('Round-trip cost k', '2%');
    expect(container.querySelector('#rebal-cost-error')?.textContent).toMatch(/Leland number/);
    expectNoBadText(container);
  });

  it('reproduces reference vector 1.8 from the difference of expected returns (8 % − 3 %: E[τ] = 1.521401 years)', () => {
    const { container } = render(<RebalancingCalculator />);
    type('Volatility of asset 1 σ₁', '16%');
    type('Volatility of asset 2 σ₂', '5%');
    type('Expected return of 1 minus 2, μ₁ − μ₂', '5%');
    const band = rebalancingBandExitTime({ weight: 0.6, lowerWeight: 0.55, upperWeight: 0.65, vol1: 0.16, vol2: 0.05, correlation: 0, drift1: 0.08, drift2: 0.03 });
    expect(Math.abs(band.expectedYears - 1.521401)).toBeLessThan(5e-7);
    expect(output(container, 'band-days')).toBe(formatNumber(band.expectedYears * DAYS_PER_YEAR, { digits: 1, unit: 'days' }));
    expectNoBadText(container);
  });

  it('band errors sit beside the band field; no relative movement reads “Never”, not Infinity', () => {
    const { container } = render(<RebalancingCalculator />);
    type('Lower edge of the band', '60%');
    expect(container.querySelector('#rebal-lower-error')?.textContent).toMatch(/below the current weight/);
    expect(output(container, 'band-days')).toBe('Not computed');
    expect(output(container, 'hedge-error')).not.toBe('Not computed');
    type('Lower edge of the band', '55%');
    type('Volatility of asset 2 σ₂', '60%');
    type('Correlation ρ', '1');
    expect(output(container, 'band-days')).toBe('Never');
    expect(output(container, 'band-upper')).toBe('Never');
    expectNoBadText(container);
  });

  it('a parse error beside the field, the hedge not computed and no chart', () => {
    const { container } = render(<RebalancingCalculator />);
    type('Spot S', 'abc');
    expect(screen.getByLabelText('Spot S').getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#rebal-spot-error')?.textContent).toMatch(/number/i);
    expect(output(container, 'hedge-error')).toBe('Not computed');
    expect(container.querySelectorAll('svg[role="img"]')).toHaveLength(0);
    expectNoBadText(container);
  });
});
