// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import MarginCallCalculator from '../../../src/calculators/MarginCallCalculator.tsx';
import { MARGIN_CALL_EXAMPLE_INPUT } from '../../../src/data/margin-call.ts';
import { thresholdsExample } from '../../../src/examples/margin-call-notifications.ts';
import { formatNumber } from '../../../src/lib/format.ts';
import { binanceMarginRatio, binanceMarginRatioPrice, krakenMarginLevel, krakenMarginLevelPrice } from '../../../src/risk/index.ts';

const USD = { digits: 2, unit: 'USD', nullText: 'Never reached' } as const;

function output(container: Element, key: string): string {
  const element = container.querySelector(`#mcall-${key}`);
  if (!element) throw new Error(`No output mcall-${key}`);
  return element.textContent ?? '';
}

const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const expectNoBadText = (container: Element) => expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
const expectNotComputed = (container: Element) => {
  for (const element of container.querySelectorAll('output')) expect(element.textContent).toBe('Not computed');
};

describe('MarginCallCalculator', () => {
  it('shows Kraken’s example by default: call at 13,200, liquidation at 11,600, and the Binance ratio prices', () => {
    const { container } = render(<MarginCallCalculator />);
    const { side, size, entry, collateral, leverage, markPrice, mmr } = MARGIN_CALL_EXAMPLE_INPUT;
    const kraken = { side, size, entry, tradeBalance: collateral, leverage };
    const binance = { side, size, entry, walletBalance: collateral, mmr };
    expect(output(container, 'used-margin')).toBe(formatNumber(krakenMarginLevel({ ...kraken, markPrice }).usedMargin, USD));
    expect(output(container, 'level-now')).toBe(formatNumber(krakenMarginLevel({ ...kraken, markPrice }).marginLevel, { percent: true, digits: 1 }));
    expect(output(container, 'call')).toBe(formatNumber(krakenMarginLevelPrice({ ...kraken, marginLevel: 0.8 }), USD));
    expect(output(container, 'kraken-liq')).toBe(formatNumber(krakenMarginLevelPrice({ ...kraken, marginLevel: 0.4 }), USD));
    expect(output(container, 'ratio-now')).toBe(formatNumber(binanceMarginRatio({ ...binance, markPrice }).marginRatio, { percent: true, digits: 2 }));
    expect(output(container, 'warning')).toBe(formatNumber(binanceMarginRatioPrice({ ...binance, marginRatio: 0.8 }), USD));
    expect(output(container, 'binance-liq')).toBe(formatNumber(binanceMarginRatioPrice({ ...binance, marginRatio: 1 }), USD));
    // Kraken's published figure, and the page's worked example.
    expect(output(container, 'call')).toBe('13,200.00\u00a0USD');
    expect(output(container, 'call')).toBe(thresholdsExample.show('callPrice'));
    expect(output(container, 'binance-liq')).toBe(thresholdsExample.show('binanceLiquidation'));
    expectNoBadText(container);
  });

  it('reproduces Kraken’s short example (reference 14.4): margin level 75.15 % at 65,200', () => {
    const { container } = render(<MarginCallCalculator />);
    fireEvent.change(screen.getByLabelText('Side'), { target: { value: 'short' } });
    type('Size Q', '0.2');
    type('Entry price', '50000');
    type('Collateral', '5000');
    type('Price now', '65200');
    expect(output(container, 'used-margin')).toBe('2,608.00\u00a0USD');
    expect(output(container, 'level-now')).toBe(formatNumber(1_960 / 2_608, { percent: true, digits: 1 }));
    // A short's call price is above entry.
    const call = krakenMarginLevelPrice({ side: 'short', size: 0.2, entry: 50_000, tradeBalance: 5_000, leverage: 5, marginLevel: 0.8 });
    expect(call!).toBeGreaterThan(50_000);
    expect(output(container, 'call')).toBe(formatNumber(call, USD));
    expectNoBadText(container);
  });

  it('shows a parse error beside the field and computes nothing', () => {
    const { container } = render(<MarginCallCalculator />);
    type('Collateral', 'lots');
    expect(screen.getByLabelText('Collateral').getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#mcall-collateral-error')?.textContent).toMatch(/number/i);
    expectNotComputed(container);
    expectNoBadText(container);
  });

  it('puts library errors beside the right field: a negative collateral, a zero liquidation level, a call level below liquidation, a warning above 100 %', () => {
    const { container } = render(<MarginCallCalculator />);
    type('Collateral', '-5');
    expect(container.querySelector('#mcall-collateral-error')?.textContent).toBeTruthy();
    expectNotComputed(container);
    type('Collateral', '10000');
    type('Kraken liquidation level', '0');
    expect(container.querySelector('#mcall-liquidationLevel-error')?.textContent).toMatch(/greater than 0/);
    type('Kraken liquidation level', '90%');
    expect(container.querySelector('#mcall-callLevel-error')?.textContent).toMatch(/above the liquidation level/);
    expectNotComputed(container);
    type('Kraken liquidation level', '40%');
    type('Binance warning at margin ratio', '120%');
    expect(container.querySelector('#mcall-warningRatio-error')?.textContent).toBeTruthy();
    expectNotComputed(container);
    expectNoBadText(container);
  });

  it('says "Never reached" when a long has more collateral than its Kraken liquidation threshold needs', () => {
    const { container } = render(<MarginCallCalculator />);
    type('Collateral', '30000');
    expect(output(container, 'kraken-liq')).toBe('Never reached');
    expect(output(container, 'binance-liq')).toBe('Never reached');
    expectNoBadText(container);
  });
});
