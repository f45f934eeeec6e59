// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import TransactionCostCalculator from '../../../src/calculators/TransactionCostCalculator.tsx';
import { BP_PER_UNIT, btcTradeExample, tradeCost, type TradeCostInput } from '../../../src/examples/transaction-cost-impact.ts';
import { formatNumber } from '../../../src/lib/format.ts';
import { almgren2005Impact } from '../../../src/risk/index.ts';

const output = (container: Element, key: string) => {
  const element = container.querySelector(`#tcost-${key}`);
  if (!element) throw new Error(`No output tcost-${key}`);
  return element.textContent ?? '';
};
const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const choose = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const expectNoBadText = (container: Element) => expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
const bp = (rate: number) => formatNumber(rate * BP_PER_UNIT, { digits: 2, unit: 'bp' });
const money = (value: number) => formatNumber(value, { digits: 2, unit: 'USDT' });

function expectOutputs(container: Element, input: TradeCostInput) {
  const expected = tradeCost(input);
  expect(output(container, 'oneway')).toBe(money(expected.cost.oneWayCost));
  expect(output(container, 'onewaybp')).toBe(bp(expected.cost.oneWayRate));
  expect(output(container, 'feecost')).toBe(money(expected.cost.feeCost));
  expect(output(container, 'spreadcost')).toBe(money(expected.cost.spreadCost));
  expect(output(container, 'impactcost')).toBe(money(expected.cost.impactCost));
  expect(output(container, 'impactbp')).toBe(bp(expected.impact));
  expect(output(container, 'roundtrip')).toBe(money(expected.cost.roundTripCost));
  expect(output(container, 'roundtripbp')).toBe(bp(expected.cost.roundTripRate));
  expect(output(container, 'breakeven')).toBe(money(expected.breakEven.price));
  expect(output(container, 'move')).toBe(formatNumber(expected.breakEven.move, { percent: true, digits: 3, signed: true }));
}

describe('TransactionCostCalculator', () => {
  it('shows the worked example (reference 3.3: 8.5 bp one way, 850 USDT, 17 bp round trip) by default', () => {
    const { container } = render(<TransactionCostCalculator />);
    expectOutputs(container, btcTradeExample.input);
    expect(output(container, 'oneway')).toBe(btcTradeExample.show('oneWayCost'));
    expect(output(container, 'roundtripbp')).toBe(btcTradeExample.show('roundTripRate'));
    expect(output(container, 'oneway')).toBe('850.00\u00a0USDT');
    expect(container.querySelector('#tcost-calibration')).toBeNull();
    const chart = container.querySelector('svg[role="img"]');
    expect(chart?.querySelector('title')?.textContent).toBe('One-way cost against order size');
    expect(chart?.querySelector('desc')?.textContent).toContain(bp(0.00085));
    expect(chart?.textContent).toContain('This order');
    expectNoBadText(container);
  });

  it('a short position’s break-even price is below entry', () => {
    const { container } = render(<TransactionCostCalculator />);
    choose('Position', 'short');
    expectOutputs(container, { ...btcTradeExample.input, side: 'short' });
    expect(output(container, 'move')).toMatch(/^-/);
  });

  it('switches to Almgren et al. (2005) and reproduces the paper’s IBM row (10 % of daily volume over 0.1 day: 32.22 bp)', () => {
    const { container } = render(<TransactionCostCalculator />);
    choose('Impact model', 'atthl');
    expect(screen.queryByLabelText('Prefactor Y')).toBeNull();
    type('Order notional N', '1000000');
    type('Daily volume V_D', '10000000');
    type('Daily volatility σ_D', '1.57%');
    type('Market capitalisation Θ', '2630000000');
    type('Execution time T', '2.4');
    const paper = almgren2005Impact({ size: 0.1, dailyVolume: 1, dailyVol: 0.0157, outstanding: 263, durationDays: 0.1 });
    expect(output(container, 'impactbp')).toBe(bp(paper.realized));
    expect(output(container, 'impactbp')).toBe('32.22\u00a0bp');
    expect(output(container, 'share')).toBe('10.000\u00a0%');
    expectNoBadText(container);
  });

  it('warns when the order is beyond the impact models’ calibrated range (over 10 % of daily volume)', () => {
    const { container } = render(<TransactionCostCalculator />);
    type('Order notional N', '2,000,000,000');
    expect(container.querySelector('#tcost-calibration')?.textContent).toMatch(/20\.0\u00a0% of daily volume.*extrapolation/);
    expectNoBadText(container);
  });

  it('shows a parse error beside the field and computes nothing', () => {
    const { container } = render(<TransactionCostCalculator />);
    type('Order notional N', 'abc');
    expect(screen.getByLabelText('Order notional N').getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#tcost-notional-error')?.textContent).toMatch(/number/i);
    for (const element of container.querySelectorAll('output')) expect(element.textContent).toBe('Not computed');
    expect(container.querySelectorAll('svg[role="img"]')).toHaveLength(0);
    expectNoBadText(container);
  });

  it('puts library errors beside the field they name (daily volume 0, fee of 100 %)', () => {
    const { container } = render(<TransactionCostCalculator />);
    type('Daily volume V_D', '0');
    expect(screen.getByLabelText('Daily volume V_D').getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#tcost-volume-error')?.textContent).toMatch(/greater than 0/);
    type('Daily volume V_D', '10000000000');
    type('Taker fee f, each side', '100%');
    expect(container.querySelector('#tcost-fee-error')?.textContent).toMatch(/Fee rate/);
    expectNoBadText(container);
  });
});
