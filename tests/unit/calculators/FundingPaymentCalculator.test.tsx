// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import FundingPaymentCalculator from '../../../src/calculators/FundingPaymentCalculator.tsx';
import { fundingExample } from '../../../src/examples/funding-liquidity-risk.ts';
import { formatNumber } from '../../../src/lib/format.ts';
import { perpetualFunding } from '../../../src/risk/index.ts';

const output = (container: Element, key: string) => container.querySelector(`#lcrfunding-${key}`)?.textContent ?? '';
const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const choose = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const expectNoBadText = (container: Element) => expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);

describe('FundingPaymentCalculator', () => {
  it('shows the worked example by default: 12 USDT each 8 hours, 1,080 USDT over 30 days', () => {
    const { container } = render(<FundingPaymentCalculator />);
    const r = perpetualFunding(fundingExample.input);
    expect(output(container, 'value')).toBe(formatNumber(r.positionValue, { digits: 2, unit: 'USDT' }));
    expect(output(container, 'each')).toBe(formatNumber(r.costPerInterval, { digits: 2, unit: 'USDT', signed: true }));
    expect(output(container, 'total')).toBe(formatNumber(r.totalCost, { digits: 2, unit: 'USDT', signed: true }));
    expect(output(container, 'total')).toBe('+1,080.00\u00a0USDT');
    expectNoBadText(container);
  });

  it('Kraken’s inverse example: short 100,000 USD of contracts, index 7,000, 0.01785 % an hour → receives 0.00255 BTC an hour', () => {
    const { container } = render(<FundingPaymentCalculator />);
    choose('Contract', 'inverse');
    choose('Side', 'short');
    choose('Funding times per day', '24');
    type('Position size', '100000');
    type('Mark price P', '7000');
    type('Funding rate f per funding time', '0.01785%');
    type('Holding period', '1');
    expect(output(container, 'each')).toBe('-0.00255000\u00a0BTC');
    const day = perpetualFunding({ contract: 'inverse', side: 'short', size: 100_000, markPrice: 7_000, fundingRate: 0.0001785, intervals: 24 });
    expect(output(container, 'total')).toBe(formatNumber(day.totalCost, { digits: 8, unit: 'BTC', signed: true }));
    expectNoBadText(container);
  });

  it('counts only whole funding times in the period', () => {
    const { container } = render(<FundingPaymentCalculator />);
    type('Holding period', '0.5');
    // Half a day at three funding times a day: one funding time.
    expect(output(container, 'total')).toBe('+12.00\u00a0USDT');
  });

  it('a parse error or a library error shows beside its field; nothing is computed', () => {
    const { container } = render(<FundingPaymentCalculator />);
    type('Mark price P', 'sixty thousand');
    expect(screen.getByLabelText('Mark price P').getAttribute('aria-invalid')).toBe('true');
    for (const element of container.querySelectorAll('output')) expect(element.textContent).toBe('Not computed');
    type('Mark price P', '60000');
    type('Funding rate f per funding time', '150%');
    expect(container.querySelector('#lcrfunding-rate-error')?.textContent).toMatch(/Funding rate/);
    type('Funding rate f per funding time', '0.01%');
    type('Holding period', '-2');
    expect(container.querySelector('#lcrfunding-days-error')?.textContent).toBeTruthy();
    expectNoBadText(container);
  });
});
