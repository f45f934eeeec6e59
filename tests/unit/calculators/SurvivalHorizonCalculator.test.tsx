// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import SurvivalHorizonCalculator from '../../../src/calculators/SurvivalHorizonCalculator.tsx';
import { MONEY_UNIT, survivalExample } from '../../../src/examples/funding-liquidity-risk.ts';
import { formatNumber } from '../../../src/lib/format.ts';
import { survivalHorizon } from '../../../src/risk/index.ts';

const output = (container: Element, key: string) => container.querySelector(`#lcrhorizon-${key}`)?.textContent ?? '';
const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const expectNoBadText = (container: Element) => expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
const MONEY = { digits: 2, unit: MONEY_UNIT } as const;

describe('SurvivalHorizonCalculator', () => {
  it('shows reference vector 17.5 by default: 8 days, short on day 9', () => {
    const { container } = render(<SurvivalHorizonCalculator />);
    const r = survivalHorizon(survivalExample.input);
    expect(output(container, 'days')).toBe(formatNumber(r.days, { digits: 0, unit: 'days' }));
    expect(output(container, 'days')).toBe('8\u00a0days');
    expect(output(container, 'shortfall')).toBe('9');
    expect(output(container, 'lowest')).toBe(formatNumber(r.minimumBalance, MONEY));
    expect(output(container, 'end')).toBe(formatNumber(-7, MONEY));
    const chart = container.querySelector('svg[role="img"]');
    expect(chart?.querySelector('desc')?.textContent).toMatch(/first goes below zero on day 9/);
    expect(chart?.textContent).toContain('Horizon');
    expectNoBadText(container);
  });

  it('adds and removes periods with labelled buttons; a buffer that lasts says so', () => {
    const { container } = render(<SurvivalHorizonCalculator />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove period 4' }));
    expect(screen.queryByLabelText('Days in period 4')).toBeNull();
    // 100 − 20 − 15 − 12 = 53 left after three days: never short.
    expect(output(container, 'days')).toBe('3\u00a0days (never short in the period entered)');
    expect(output(container, 'shortfall')).toBe('None');
    fireEvent.click(screen.getByRole('button', { name: 'Add period' }));
    type('Days in period 4', '30');
    type('Net flow per day in period 4', '-2');
    // 53 − 2 a day: 26 more days, short on day 30.
    const r = survivalHorizon({ liquidAssets: 100, flows: [{ days: 1, netFlowPerDay: -20 }, { days: 1, netFlowPerDay: -15 }, { days: 1, netFlowPerDay: -12 }, { days: 30, netFlowPerDay: -2 }] });
    expect(r.days).toBe(29);
    expect(output(container, 'days')).toBe('29\u00a0days');
    expect(container.querySelector('#lcrhorizon-list-status')?.textContent).toBe('Period 4 added at the end.');
    expectNoBadText(container);
  });

  it('a bad day count shows beside that period’s field; nothing is computed', () => {
    const { container } = render(<SurvivalHorizonCalculator />);
    type('Days in period 2', '1.5');
    const input = screen.getByLabelText('Days in period 2');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#lcrhorizon-period-1-days-error')?.textContent).toMatch(/whole number/);
    for (const element of container.querySelectorAll('output')) expect(element.textContent).toBe('Not computed');
    type('Days in period 2', '1');
    type('Liquid assets at the start LA₀', 'lots');
    expect(container.querySelector('#lcrhorizon-liquidAssets-error')?.textContent).toMatch(/number/i);
    expectNoBadText(container);
  });
});
