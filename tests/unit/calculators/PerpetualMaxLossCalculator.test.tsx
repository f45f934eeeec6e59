// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import PerpetualMaxLossCalculator from '../../../src/calculators/PerpetualMaxLossCalculator.tsx';
import { firstExitWords, perpetualExample } from '../../../src/examples/maximum-loss-calculation.ts';
import { formatNumber } from '../../../src/lib/format.ts';
import { perpetualPositionRisk } from '../../../src/risk/index.ts';

const USDT = { digits: 2, unit: 'USDT' } as const;

function output(container: Element, key: string): string {
  const element = container.querySelector(`#perpml-${key}`);
  if (!element) throw new Error(`No output perpml-${key}`);
  return element.textContent ?? '';
}

function type(label: string | RegExp, value: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

function expectNoBadText(container: Element) {
  expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
}

describe('PerpetualMaxLossCalculator', () => {
  it('shows the worked example (long 0.5 BTC at 60,000 USDT, 3,000 USDT isolated, stop 57,000) by default', () => {
    const { container } = render(<PerpetualMaxLossCalculator />);
    const expected = perpetualPositionRisk(perpetualExample.input);
    expect(output(container, 'initial-margin')).toBe(formatNumber(expected.initialMargin, USDT));
    expect(output(container, 'loss-at-stop')).toBe(formatNumber(expected.lossAtStop, USDT));
    expect(output(container, 'liq-price')).toBe(formatNumber(expected.liquidationPrice, USDT));
    expect(output(container, 'bankruptcy-price')).toBe(formatNumber(expected.bankruptcyPrice, USDT));
    expect(output(container, 'loss-at-liq')).toBe(formatNumber(expected.lossAtLiquidation, USDT));
    expect(output(container, 'first-exit')).toBe(firstExitWords(expected.firstExit));
    expect(output(container, 'max-loss')).toBe(formatNumber(expected.maxLoss, USDT));
    expect(output(container, 'loss-share')).toBe(formatNumber(expected.maxLossShareOfMargin, { percent: true, digits: 2 }));
    // The page's worked example and the calculator agree.
    expect(output(container, 'liq-price')).toBe(perpetualExample.show('liquidationPrice'));
    expect(output(container, 'max-loss')).toBe(perpetualExample.show('maxLoss'));
    expectNoBadText(container);
  });

  it('reproduces reference vectors 2.5 and 2.6 (SELF, recomputed from the formulas)', () => {
    const { container } = render(<PerpetualMaxLossCalculator />);
    // L_stop = q|E − X| + f q (E + X) = 0.5 · 3,000 + 0.0005 · 0.5 · 117,000
    expect(output(container, 'loss-at-stop')).toBe(formatNumber(0.5 * 3000 + 0.0005 * 0.5 * 117000, USDT));
    // P_liq = (q E − M) / (q (1 − MMR)); P_bk = E − M / q; loss at liquidation = M + f q E
    expect(output(container, 'liq-price')).toBe(formatNumber((30000 - 3000) / (0.5 * 0.995), USDT));
    expect(output(container, 'bankruptcy-price')).toBe(formatNumber(60000 - 3000 / 0.5, USDT));
    expect(output(container, 'loss-at-liq')).toBe(formatNumber(3000 + 0.0005 * 30000, USDT));
  });

  it('shows a parse error beside the field, marks it invalid and computes nothing', () => {
    const { container } = render(<PerpetualMaxLossCalculator />);
    type('Size Q', 'abc');
    const input = screen.getByLabelText('Size Q');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#perpml-size-error')?.textContent).toMatch(/number/i);
    for (const element of container.querySelectorAll('output')) expect(element.textContent).toBe('Not computed');
    expectNoBadText(container);
  });

  it('maps a library error (stop on the wrong side of entry) to the stop field', () => {
    const { container } = render(<PerpetualMaxLossCalculator />);
    type('Stop price (optional)', '61,000');
    expect(screen.getByLabelText('Stop price (optional)').getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#perpml-stop-error')?.textContent).toMatch(/below the entry price/);
    expect(output(container, 'max-loss')).toBe('Not computed');
    expectNoBadText(container);
  });

  it('rejects a negative margin beside the margin field', () => {
    const { container } = render(<PerpetualMaxLossCalculator />);
    type('Isolated margin', '-5');
    expect(screen.getByLabelText('Isolated margin').getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#perpml-margin-error')).not.toBeNull();
    expectNoBadText(container);
  });

  it('treats an empty stop as no stop: liquidation comes first', () => {
    const { container } = render(<PerpetualMaxLossCalculator />);
    type('Stop price (optional)', '');
    const expected = perpetualPositionRisk({ ...perpetualExample.input, stopPrice: undefined });
    expect(output(container, 'loss-at-stop')).toBe('No stop set');
    expect(output(container, 'first-exit')).toBe(firstExitWords('liquidation'));
    expect(output(container, 'max-loss')).toBe(formatNumber(expected.maxLoss, USDT));
  });

  it('takes leverage instead of margin when asked', () => {
    const { container } = render(<PerpetualMaxLossCalculator />);
    fireEvent.change(screen.getByLabelText('Margin entered as'), { target: { value: 'leverage' } });
    expect(screen.queryByLabelText('Isolated margin')).toBeNull();
    type('Leverage', '20');
    const { margin: _margin, ...rest } = perpetualExample.input;
    const expected = perpetualPositionRisk({ ...rest, leverage: 20 });
    expect(output(container, 'initial-margin')).toBe(formatNumber(expected.initialMargin, USDT));
    expect(output(container, 'liq-price')).toBe(formatNumber(expected.liquidationPrice, USDT));
    expect(output(container, 'first-exit')).toBe(firstExitWords(expected.firstExit));
  });

  it('says "No liquidation" when the margin covers the whole notional', () => {
    const { container } = render(<PerpetualMaxLossCalculator />);
    type('Isolated margin', '40,000');
    expect(output(container, 'liq-price')).toBe('No liquidation');
    expect(output(container, 'bankruptcy-price')).toBe('None (at or below 0)');
    expectNoBadText(container);
  });

  it('handles a short position', () => {
    const { container } = render(<PerpetualMaxLossCalculator />);
    fireEvent.change(screen.getByLabelText('Side'), { target: { value: 'short' } });
    type('Stop price (optional)', '63,000');
    const expected = perpetualPositionRisk({ ...perpetualExample.input, side: 'short', stopPrice: 63000 });
    expect(output(container, 'liq-price')).toBe(formatNumber(expected.liquidationPrice, USDT));
    expect(output(container, 'loss-at-stop')).toBe(formatNumber(expected.lossAtStop, USDT));
  });
});
