// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import OrderBookCalculator from '../../../src/calculators/OrderBookCalculator.tsx';
import { ETH_BIDS, ethBookExample, kyleExample, rollExample } from '../../../src/examples/market-microstructure-integrity.ts';
import { formatNumber } from '../../../src/lib/format.ts';
import { kyleLambda, rollSpread, rollSpreadFromPrices, walkTheBook, type WalkTheBookInput } from '../../../src/risk/index.ts';

const output = (container: Element, key: string) => {
  const element = container.querySelector(`#book-${key}`);
  if (!element) throw new Error(`No output book-${key}`);
  return element.textContent ?? '';
};
const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const choose = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const click = (name: string) => fireEvent.click(screen.getByRole('button', { name }));
const expectNoBadText = (container: Element) => expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
const bp = (rate: number) => formatNumber(rate * 1e4, { digits: 2, unit: 'bp' });

function expectFill(container: Element, input: WalkTheBookInput) {
  const r = walkTheBook(input);
  expect(output(container, 'fill-vwap')).toBe(formatNumber(r.vwap, { digits: 3, unit: 'USDT' }));
  expect(output(container, 'fill-notional')).toBe(formatNumber(r.notional, { digits: 2, unit: 'USDT' }));
  expect(output(container, 'fill-levels')).toBe(formatNumber(r.levelsUsed, { digits: 0 }));
  expect(output(container, 'fill-best')).toBe(bp(r.slippageVsBest));
  expect(output(container, 'fill-mid')).toBe(bp(r.slippageVsMid));
  expect(output(container, 'fill-cost')).toBe(formatNumber(r.costVsMid, { digits: 2, unit: 'USDT' }));
  return r;
}

describe('OrderBookCalculator', () => {
  it('shows the three worked examples by default: the fill, Roll’s spread and Kyle’s λ', () => {
    const { container } = render(<OrderBookCalculator />);
    expectFill(container, ethBookExample.input);
    expect(output(container, 'fill-vwap')).toBe(ethBookExample.show('vwap'));
    expect(output(container, 'fill-mid')).toBe(ethBookExample.show('slippageVsMid'));
    expect(output(container, 'fill-depth')).toBe('Holds the order (depth 235.0000 ETH)');
    const roll = rollSpreadFromPrices(rollExample.input);
    expect(output(container, 'roll-spread')).toBe(formatNumber(roll.spread, { digits: 3, unit: 'USDT' }));
    expect(output(container, 'roll-spread')).toBe(rollExample.show('spread'));
    expect(output(container, 'roll-relative')).toBe(bp(roll.relativeSpread!));
    const kyle = kyleLambda(kyleExample.input);
    expect(output(container, 'kyle-lambda')).toBe(formatNumber(kyle.lambda, { digits: 6, unit: 'USDT per ETH' }));
    expect(output(container, 'kyle-impact')).toBe(formatNumber(kyle.priceImpact, { digits: 2, unit: 'USDT', signed: true }));
    expectNoBadText(container);
  });

  it('reports an order larger than the listed depth as a partial fill', () => {
    const { container } = render(<OrderBookCalculator />);
    type('Order size Q', '300');
    expectFill(container, { ...ethBookExample.input, quantity: 300 });
    expect(output(container, 'fill-depth')).toBe('Too thin: 65.0000 ETH unfilled (depth 235.0000 ETH)');
    expectNoBadText(container);
  });

  it('adds and removes levels with labelled buttons, and the fill follows', () => {
    const { container } = render(<OrderBookCalculator />);
    click('Add level');
    expect(document.activeElement?.id).toBe('book-level-4-price');
    type('Price of level 5', '3010');
    type('Size of level 5', '500');
    type('Order size Q', '400');
    const levels = [...ethBookExample.input.levels, { price: 3010, size: 500 }];
    expectFill(container, { ...ethBookExample.input, quantity: 400, levels });
    click('Remove level 2');
    expect(screen.queryByLabelText('Price of level 5')).toBeNull();
    expectFill(container, { ...ethBookExample.input, quantity: 400, levels: levels.filter((_, i) => i !== 1) });
    expect(container.querySelector('[role="status"]')?.textContent).toBe('Level 2 removed.');
    expectNoBadText(container);
  });

  it('an ask below the level before it is an error beside that price; Roll and Kyle stay computed', () => {
    const { container } = render(<OrderBookCalculator />);
    type('Price of level 3', '3000.75');
    expect(screen.getByLabelText('Price of level 3').getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#book-level-2-price-error')?.textContent).toMatch(/above level 2/);
    expect(output(container, 'fill-vwap')).toBe('Not computed');
    expect(output(container, 'kyle-lambda')).not.toBe('Not computed');
    expectNoBadText(container);
  });

  it('a sell loads the bid side and walks it downwards', () => {
    const { container } = render(<OrderBookCalculator />);
    choose('Market order', 'sell');
    expect(container.querySelector('#book-list-status')?.textContent).toBe(`Bids of the example book loaded: ${ETH_BIDS.length} levels.`);
    expect(document.activeElement?.id).toBe('book-direction');
    expect(screen.getByLabelText('Best ask')).toBeTruthy();
    expectFill(container, { direction: 'sell', quantity: 100, levels: [...ETH_BIDS], oppositeBest: 3000.5 });
    expectNoBadText(container);
  });

  it('Roll from a serial covariance (reference 12.3: −0.0025 → 0.10), and no spread for a positive covariance', () => {
    const { container } = render(<OrderBookCalculator />);
    choose('Roll spread from', 'cov');
    type('Serial covariance cov(Δpₜ, Δpₜ₋₁)', '-0.0025');
    expect(output(container, 'roll-spread')).toBe(formatNumber(rollSpread({ serialCovariance: -0.0025 }), { digits: 3, unit: 'USDT' }));
    expect(output(container, 'roll-spread')).toBe('0.100\u00a0USDT');
    type('Serial covariance cov(Δpₜ, Δpₜ₋₁)', '0.01');
    expect(output(container, 'roll-spread')).toBe('Not defined (covariance ≥ 0)');
    expectNoBadText(container);
  });

  it('a bad entry in the pasted prices is named beside the series; a bad order size leaves Roll and Kyle computed', () => {
    const { container } = render(<OrderBookCalculator />);
    type('Trade prices, in order', '3000, 3000.5, abc, 3001');
    expect(container.querySelector('#book-prices-error')?.textContent).toMatch(/Entry 3/);
    expect(output(container, 'roll-spread')).toBe('Not computed');
    type('Trade prices, in order', '3000 3000.5 3001');
    expect(container.querySelector('#book-prices-error')?.textContent).toMatch(/at least 4/);
    type('Trade prices, in order', '3000 3000.5 3000 3000.5 0');
    expect(container.querySelector('#book-prices-error')?.textContent).toMatch(/prices\[4\]/);
    type('Order size Q', 'abc');
    expect(screen.getByLabelText('Order size Q').getAttribute('aria-invalid')).toBe('true');
    expect(output(container, 'fill-vwap')).toBe('Not computed');
    expect(output(container, 'kyle-lambda')).not.toBe('Not computed');
    expectNoBadText(container);
  });

  it('Kyle’s inputs: a zero noise flow is an error beside its field', () => {
    const { container } = render(<OrderBookCalculator />);
    type('Noise order flow σᵤ', '0');
    expect(container.querySelector('#book-noise-error')?.textContent).toMatch(/greater than 0/);
    expect(output(container, 'kyle-lambda')).toBe('Not computed');
    expectNoBadText(container);
  });
});
