// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import TradeExpectancyCalculator from '../../../src/calculators/TradeExpectancyCalculator.tsx';
import { expectancyExample } from '../../../src/examples/counter-trend-trading.ts';

const output = (container: Element, key: string) => container.querySelector(`#expectancy-${key}`)?.textContent ?? '';
const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });

describe('TradeExpectancyCalculator', () => {
  it('shows the worked example by default: 60 %, 1.5 : 1, 100 USDT → +50 USDT = +0.5 R (reference 4.3)', () => {
    const { container } = render(<TradeExpectancyCalculator />);
    expect(output(container, 'e')).toBe('+50.00\u00a0USDT');
    expect(output(container, 'r')).toBe('+0.50\u00a0R');
    expect(output(container, 'breakeven')).toBe('40.0\u00a0%');
    expect(expectancyExample.show('expectancy')).toBe('50.00\u00a0USDT');
  });

  it('shows a losing rule with a high win rate as negative', () => {
    const { container } = render(<TradeExpectancyCalculator />);
    type('Win rate p', '80');
    type('Reward-to-risk ratio W̄/L̄', '0.2');
    expect(output(container, 'e')).toBe('-4.00\u00a0USDT');
    expect(output(container, 'breakeven')).toBe('83.3\u00a0%');
  });

  it('puts errors beside the field the library names', () => {
    const { container } = render(<TradeExpectancyCalculator />);
    type('Win rate p', '120');
    expect(container.querySelector('#expectancy-win-error')?.textContent).toMatch(/Win probability/);
    expect(screen.getByLabelText('Win rate p').getAttribute('aria-invalid')).toBe('true');
    for (const element of container.querySelectorAll('output')) expect(element.textContent).toBe('Not computed');
    type('Win rate p', '60');
    type('Average loss per losing trade L̄', '0');
    expect(container.querySelector('#expectancy-risk-error')?.textContent).toMatch(/Average loss/);
    type('Average loss per losing trade L̄', '100');
    type('Reward-to-risk ratio W̄/L̄', '-1');
    expect(container.querySelector('#expectancy-ratio-error')?.textContent).toMatch(/Average win/);
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });
});
