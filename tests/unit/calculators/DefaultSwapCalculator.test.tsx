// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import DefaultSwapCalculator from '../../../src/calculators/DefaultSwapCalculator.tsx';
import { BP_PER_UNIT, cdsExample } from '../../../src/examples/default-swap-dynamics.ts';
import { formatNumber } from '../../../src/lib/format.ts';
import { cdsImpliedHazard, cdsMarkToMarket, hazardFromSpread, type CdsMarkToMarketInput } from '../../../src/risk/index.ts';

const output = (container: Element, key: string) => container.querySelector(`#cds-${key}`)?.textContent ?? '';
const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const choose = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const expectNoBadText = (container: Element) => expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);

function expectOutputs(container: Element, input: CdsMarkToMarketInput) {
  const mark = cdsMarkToMarket(input);
  expect(output(container, 'parSpread')).toBe(formatNumber(mark.marketSpread * BP_PER_UNIT, { digits: 1, unit: 'bp' }));
  expect(output(container, 'lambda')).toBe(formatNumber(input.hazardRate, { percent: true, digits: 3 }));
  expect(output(container, 'triangle')).toBe(formatNumber(hazardFromSpread({ spread: mark.marketSpread, recovery: input.recovery }), { percent: true, digits: 3 }));
  expect(output(container, 'survival')).toBe(formatNumber(mark.survivalProbability, { percent: true, digits: 2 }));
  expect(output(container, 'rpv01')).toBe(formatNumber(mark.premiumLegPv01, { digits: 4 }));
  expect(output(container, 'protection')).toBe(formatNumber(mark.protectionLegPv, { percent: true, digits: 3 }));
  expect(output(container, 'value')).toBe(formatNumber(mark.buyerValue, { digits: 0, unit: 'USD', signed: true }));
}

describe('DefaultSwapCalculator', () => {
  it('shows the worked example by default (Hull 9th ed. hazard 2 %, contract at 150 bp on 10 m)', () => {
    const { container } = render(<DefaultSwapCalculator />);
    expectOutputs(container, cdsExample.input);
    expect(output(container, 'parSpread')).toBe(cdsExample.show('marketSpread'));
    // SELF (period-by-period table): the buyer is 111,094 USD under water.
    expect(output(container, 'value')).toBe('-111,094\u00a0USD');
    expectNoBadText(container);
  });

  it('charts the buyer’s value against the par spread, crossing zero at the contract spread', () => {
    const { container } = render(<DefaultSwapCalculator />);
    const chart = container.querySelector('svg[role="img"]');
    expect(chart?.querySelector('title')?.textContent).toBe('Value of the contract as the market spread moves');
    expect(chart?.querySelector('desc')?.textContent).toMatch(/zero where the par spread equals the contract spread of 150 bp/);
    expect(chart?.textContent).toContain('Today');
  });

  it('takes a market spread instead: Hull Problem 25.14, 100 bp → λ = 1.63 %, and the contract’s value at that spread', () => {
    const { container } = render(<DefaultSwapCalculator />);
    choose('Credit entered as', 'spread');
    type('Market par spread s_m', '100');
    const hazardRate = cdsImpliedHazard({ spread: 0.01, recovery: 0.4, rate: 0.05, years: 5, paymentsPerYear: 1 });
    expect(output(container, 'lambda')).toBe('1.626\u00a0%');
    expectOutputs(container, { ...cdsExample.input, hazardRate });
    expect(output(container, 'parSpread')).toBe('100.0\u00a0bp');
    expectNoBadText(container);
  });

  it('quarterly premiums and another notional change the figures the same way as the library', () => {
    const { container } = render(<DefaultSwapCalculator />);
    choose('Premium payments', '4');
    type('Notional N', '5,000,000');
    type('Contract spread s_c', '100');
    expectOutputs(container, { ...cdsExample.input, paymentsPerYear: 4, notional: 5_000_000, contractSpread: 0.01 });
  });

  it('a parse error or a library error shows beside its field; nothing is computed', () => {
    const { container } = render(<DefaultSwapCalculator />);
    type('Recovery rate R', 'forty');
    expect(screen.getByLabelText('Recovery rate R').getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#cds-recovery-error')?.textContent).toMatch(/number/i);
    for (const element of container.querySelectorAll('output')) expect(element.textContent).toBe('Not computed');
    expect(container.querySelector('svg[role="img"]')).toBeNull();
    type('Recovery rate R', '100%');
    expect(container.querySelector('#cds-recovery-error')?.textContent).toMatch(/Recovery rate/);
    type('Recovery rate R', '40%');
    type('Contract spread s_c', '-5');
    expect(container.querySelector('#cds-contract-error')?.textContent).toMatch(/Contract spread/);
    expectNoBadText(container);
  });

  it('a market spread no hazard rate can produce is refused beside the spread field', () => {
    const { container } = render(<DefaultSwapCalculator />);
    choose('Credit entered as', 'spread');
    type('Market par spread s_m', '20000');
    expect(screen.getByLabelText('Market par spread s_m').getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#cds-spread-error')?.textContent).toMatch(/highest par spread/);
    expectNoBadText(container);
  });
});
