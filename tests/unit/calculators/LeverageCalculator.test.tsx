// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import LeverageCalculator from '../../../src/calculators/LeverageCalculator.tsx';
import { LEVERAGE_EXAMPLE_INPUT } from '../../../src/data/leverage.ts';
import { leverageExample } from '../../../src/examples/leverage-multiplier-calculation.ts';
import { formatNumber } from '../../../src/lib/format.ts';
import { DAYS_PER_YEAR, liquidationPrice, positionLeverage, priceTouchProbability } from '../../../src/risk/index.ts';

function output(container: Element, key: string): string {
  const element = container.querySelector(`#lev-${key}`);
  if (!element) throw new Error(`No output lev-${key}`);
  return element.textContent ?? '';
}

const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const expectNoBadText = (container: Element) => expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
const charts = (container: Element) => [...container.querySelectorAll('svg[role="img"]')];

describe('LeverageCalculator', () => {
  it('shows the worked example by default: 10× at entry, 12.25× after the fall, and the touch probabilities', () => {
    const { container } = render(<LeverageCalculator />);
    const { side, size, entry, margin, markPrice, mmr, vol, days, drift } = LEVERAGE_EXAMPLE_INPUT;
    const leverage = positionLeverage({ side, size, entry, margin, markPrice });
    const lp = liquidationPrice({ side, size, entry, walletBalance: margin, mmr })!;
    const touch = priceTouchProbability({ spot: markPrice, barrier: lp, direction: 'down', vol, years: days / DAYS_PER_YEAR, drift });
    expect(output(container, 'leverage')).toBe(formatNumber(leverage.leverage, { digits: 2, unit: '×' }));
    expect(output(container, 'effective')).toBe('12.25\u00a0×');
    expect(output(container, 'liq')).toBe(formatNumber(lp, { digits: 2, unit: 'USDT' }));
    expect(output(container, 'distance')).toBe(formatNumber(touch.distance, { percent: true, digits: 2 }));
    expect(output(container, 'driftless')).toBe(formatNumber(touch.driftlessProbability, { percent: true, digits: 1 }));
    expect(output(container, 'touch')).toBe(formatNumber(touch.probability, { percent: true, digits: 1 }));
    expect(output(container, 'touch')).toBe(leverageExample.show('withDrift'));
    expectNoBadText(container);
  });

  it('charts the touch probability against the horizon, rising, with the chosen horizon marked', () => {
    const { container } = render(<LeverageCalculator />);
    const [chart] = charts(container);
    expect(chart?.querySelector('title')?.textContent).toBe('Probability of touching the liquidation price, by horizon');
    expect(chart?.textContent).toContain('Your horizon');
    const description = chart?.querySelector('desc')?.textContent ?? '';
    const lp = liquidationPrice({ side: 'long', size: 1, entry: 50_000, walletBalance: 5_000, mmr: LEVERAGE_EXAMPLE_INPUT.mmr })!;
    const at14 = priceTouchProbability({ spot: 49_000, barrier: lp, direction: 'down', vol: 0.6, years: 14 / DAYS_PER_YEAR });
    expect(description).toContain(`${formatNumber(at14.probability, { percent: true, digits: 1 })} within 14.0 days`);
    expect(container.querySelectorAll('path.chart__series')).toHaveLength(2);
  });

  it('a short is liquidated above the mark price; a mark price already past liquidation has probability 100 %', () => {
    const { container } = render(<LeverageCalculator />);
    fireEvent.change(screen.getByLabelText('Side'), { target: { value: 'short' } });
    type('Mark price now', '51000');
    const lp = liquidationPrice({ side: 'short', size: 1, entry: 50_000, walletBalance: 5_000, mmr: LEVERAGE_EXAMPLE_INPUT.mmr })!;
    expect(lp).toBeGreaterThan(51_000);
    expect(output(container, 'liq')).toBe(formatNumber(lp, { digits: 2, unit: 'USDT' }));
    type('Mark price now', '56000');
    expect(output(container, 'touch')).toBe('100.0\u00a0%');
    expect(output(container, 'effective')).toBe('None (margin used up)');
    expectNoBadText(container);
  });

  it('a long with margin above its notional cannot be liquidated: no price, no chart', () => {
    const { container } = render(<LeverageCalculator />);
    type('Isolated margin', '60000');
    expect(output(container, 'liq')).toBe('No liquidation');
    expect(output(container, 'touch')).toBe('Never (no liquidation)');
    expect(charts(container)).toHaveLength(0);
    expectNoBadText(container);
  });

  it('shows parse and library errors beside the field, and computes nothing', () => {
    const { container } = render(<LeverageCalculator />);
    type('Horizon', 'a week');
    expect(screen.getByLabelText('Horizon').getAttribute('aria-invalid')).toBe('true');
    for (const element of container.querySelectorAll('output')) expect(element.textContent).toBe('Not computed');
    type('Horizon', '0');
    expect(container.querySelector('#lev-days-error')?.textContent).toMatch(/greater than 0/);
    type('Horizon', '7');
    type('Volatility σ', '-5%');
    expect(container.querySelector('#lev-vol-error')?.textContent).toBeTruthy();
    type('Volatility σ', '60%');
    type('Isolated margin', '0');
    expect(container.querySelector('#lev-margin-error')?.textContent).toBeTruthy();
    expectNoBadText(container);
  });
});
