// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import KillSwitchCalculator from '../../../src/calculators/KillSwitchCalculator.tsx';
import { circuitBreakerExample, killSwitchExample } from '../../../src/examples/algorithmic-risk-mitigation.ts';
import { formatNumber } from '../../../src/lib/format.ts';
import { circuitBreakerLevels, firstPassageDistance, firstPassageProbability } from '../../../src/risk/index.ts';

const PROBABILITY = { percent: true, digits: 2 } as const;

function output(container: Element, key: string): string {
  const element = container.querySelector(`#killsw-${key}`);
  if (!element) throw new Error(`No output killsw-${key}`);
  return element.textContent ?? '';
}

const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const expectNoBadText = (container: Element) => expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);

describe('KillSwitchCalculator', () => {
  it('shows the five-day kill switch and the S&P 500 breaker levels by default', () => {
    const { container } = render(<KillSwitchCalculator />);
    const path = { distance: 25_000, vol: 10_000, horizon: 5, drift: 0 };
    const expected = firstPassageProbability(path);
    expect(output(container, 'touch')).toBe(formatNumber(expected.probability, PROBABILITY));
    expect(output(container, 'terminal')).toBe(formatNumber(expected.terminalProbability, PROBABILITY));
    expect(output(container, 'driftless')).toBe(formatNumber(expected.probability, PROBABILITY));
    expect(output(container, 'limit')).toBe(formatNumber(firstPassageDistance({ probability: 0.05, vol: 10_000, horizon: 5, drift: 0 }), { digits: 2, unit: 'USDT' }));
    const { prices } = circuitBreakerLevels({ referencePrice: 2_681.66, thresholds: [0.07, 0.13, 0.2] });
    expect(output(container, 'trigger1')).toBe(formatNumber(prices[0], { digits: 2 }));
    expect(output(container, 'trigger3')).toBe(formatNumber(prices[2], { digits: 2 }));
    // Published (Business Insider): 2,493.94 / 2,333.04 / 2,145.33; and the page's worked examples agree.
    expect([output(container, 'trigger1'), output(container, 'trigger2'), output(container, 'trigger3')]).toEqual(['2,493.94', '2,333.04', '2,145.33']);
    expect(output(container, 'trigger2')).toBe(circuitBreakerExample.show('level2'));
    expect(output(container, 'touch')).toBe(killSwitchExample.show('probability'));
    expectNoBadText(container);
  });

  it('with a drift of −2,000 USDT a day the touch probability is 41.09 % (reference 10.3) and the driftless row stays at 26.36 %', () => {
    const { container } = render(<KillSwitchCalculator />);
    type('Drift μ (expected P&L)', '-2000');
    expect(output(container, 'touch')).toBe('41.09\u00a0%');
    expect(output(container, 'driftless')).toBe('26.36\u00a0%');
    expectNoBadText(container);
  });

  it('charts both probabilities against the horizon with the chosen horizon marked', () => {
    const { container } = render(<KillSwitchCalculator />);
    const chart = container.querySelector('svg[role="img"]');
    expect(chart?.querySelector('title')?.textContent).toBe('Probability of touching the loss limit, by horizon');
    expect(chart?.textContent).toContain('Your horizon');
    const ten = firstPassageProbability({ distance: 25_000, vol: 10_000, horizon: 10 }).probability;
    expect(chart?.querySelector('desc')?.textContent).toContain(`${formatNumber(ten, PROBABILITY)} within 10.0 days`);
  });

  it('errors appear beside the field: text, a zero limit, thresholds out of order, a probability of 100 %', () => {
    const { container } = render(<KillSwitchCalculator />);
    type('Loss limit L', 'x');
    expect(screen.getByLabelText('Loss limit L').getAttribute('aria-invalid')).toBe('true');
    for (const element of container.querySelectorAll('output')) expect(element.textContent).toBe('Not computed');
    expect(container.querySelector('svg[role="img"]')).toBeNull();
    type('Loss limit L', '0');
    expect(container.querySelector('#killsw-distance-error')?.textContent).toMatch(/greater than 0/);
    type('Loss limit L', '25000');
    type('Level 2 decline', '5%');
    expect(container.querySelector('#killsw-level2-error')?.textContent).toMatch(/previous threshold/);
    type('Level 2 decline', '13%');
    type('Accepted chance of a trip on noise', '100%');
    expect(container.querySelector('#killsw-probability-error')?.textContent).toBeTruthy();
    expectNoBadText(container);
  });
});
