// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import PortfolioGreeksCalculator from '../../../src/calculators/PortfolioGreeksCalculator.tsx';
import { STRANGLE, bookPosition, hedgePosition, strangleExample } from '../../../src/examples/quantitative-risk-modeling.ts';
import { formatNumber } from '../../../src/lib/format.ts';
import { DAYS_PER_YEAR, neutralizingHedge, portfolioGreeks, portfolioPnl } from '../../../src/risk/index.ts';

function output(container: Element, key: string): string {
  const element = container.querySelector(`#greeks-${key}`);
  if (!element) throw new Error(`No output greeks-${key}`);
  return element.textContent ?? '';
}

const input = (container: Element, id: string) => {
  const element = container.querySelector<HTMLInputElement>(`#greeks-${id}`);
  if (!element) throw new Error(`No input greeks-${id}`);
  return element;
};
const type = (container: Element, id: string, value: string) => fireEvent.input(input(container, id), { target: { value } });
const choose = (container: Element, id: string, value: string) =>
  fireEvent.change(container.querySelector(`#greeks-${id}`)!, { target: { value } });

function expectNoBadText(container: Element) {
  expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
}

const market = { spot: STRANGLE.spot, rate: STRANGLE.rate };
const positions = STRANGLE.positions.map(bookPosition);
const move = { spotChange: STRANGLE.move.spotChange, volChange: STRANGLE.move.volChange, elapsedYears: STRANGLE.move.days / DAYS_PER_YEAR };
const MONEY = { digits: 2 } as const;

describe('PortfolioGreeksCalculator', () => {
  it('shows the short-strangle worked example by default: Greeks, the move and the hedge, as the library computes them', () => {
    const { container } = render(<PortfolioGreeksCalculator />);
    const greeks = portfolioGreeks({ ...market, positions });
    expect(output(container, 'value')).toBe(formatNumber(greeks.value, MONEY));
    expect(output(container, 'delta')).toBe(formatNumber(greeks.delta, { digits: 4 }));
    expect(output(container, 'gamma')).toBe(formatNumber(greeks.gamma, { digits: 6 }));
    expect(output(container, 'vega')).toBe(formatNumber(greeks.vega / 100, MONEY));
    expect(output(container, 'theta')).toBe(formatNumber(greeks.theta / DAYS_PER_YEAR, MONEY));

    const pnl = portfolioPnl({ ...market, positions, ...move });
    expect(output(container, 'pnl-delta')).toBe(formatNumber(pnl.estimate.deltaPnl, MONEY));
    expect(output(container, 'pnl-gamma')).toBe(formatNumber(pnl.estimate.gammaPnl, MONEY));
    expect(output(container, 'pnl-vega')).toBe(formatNumber(pnl.estimate.vegaPnl, MONEY));
    expect(output(container, 'pnl-theta')).toBe(formatNumber(pnl.estimate.thetaPnl, MONEY));
    expect(output(container, 'pnl-estimate')).toBe(formatNumber(pnl.estimate.total, MONEY));
    expect(output(container, 'pnl-repriced')).toBe(formatNumber(pnl.repriced, MONEY));
    expect(output(container, 'pnl-difference')).toBe(formatNumber(pnl.difference, MONEY));

    const hedges = portfolioGreeks({ ...market, positions: STRANGLE.hedges.map(hedgePosition) }).positions;
    const hedge = neutralizingHedge({ delta: greeks.delta, gamma: greeks.gamma, vega: greeks.vega, hedges });
    expect(output(container, 'hedge-a')).toBe(formatNumber(hedge.hedgeQuantities[0], MONEY));
    expect(output(container, 'hedge-b')).toBe(formatNumber(hedge.hedgeQuantities[1], MONEY));
    expect(output(container, 'hedge-underlying')).toBe(formatNumber(hedge.underlyingQuantity, { digits: 3 }));
    // The page quotes the same figures through the worked example.
    expect(output(container, 'hedge-a')).toBe(strangleExample.show('hedgeA'));
    expectNoBadText(container);
  });

  it('a bad value shows the message beside its field and "Not computed", never NaN', () => {
    const { container } = render(<PortfolioGreeksCalculator />);
    type(container, 'spot', 'abc');
    const spot = input(container, 'spot');
    expect(spot.getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#greeks-spot-error')?.textContent).toMatch(/Enter a number/);
    expect(output(container, 'delta')).toBe('Not computed');
    expect(output(container, 'pnl-repriced')).toBe('Not computed');
    expect(output(container, 'hedge-a')).toBe('Not computed');
    expectNoBadText(container);
  });

  it('a library error names the position’s field: a negative time to expiry, a move that takes volatility below zero', () => {
    const { container } = render(<PortfolioGreeksCalculator />);
    type(container, 'p2-days', '-3');
    expect(input(container, 'p2-days').getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#greeks-p2-days-error')?.textContent).toMatch(/positions\[1\]\.years|Time to expiry/);
    expect(output(container, 'value')).toBe('Not computed');
    type(container, 'p2-days', '30');
    type(container, 'volMove', '-70');
    expect(container.querySelector('#greeks-volMove-error')?.textContent).toMatch(/Volatility change/);
    // The Greeks need no move, but the results are computed together: none is shown.
    expect(output(container, 'pnl-estimate')).toBe('Not computed');
    expectNoBadText(container);
  });

  it('a bad hedge call leaves the book computed; two calls with one expiry cannot neutralise gamma and vega separately', () => {
    const { container } = render(<PortfolioGreeksCalculator />);
    type(container, 'bStrike', '-1');
    expect(container.querySelector('#greeks-bStrike-error')?.textContent).toMatch(/Strike/);
    expect(output(container, 'hedge-b')).toBe('Not computed');
    expect(output(container, 'delta')).not.toBe('Not computed');
    // Same expiry and volatility as option A: gamma/vega is the same for every strike (a singular system).
    type(container, 'bStrike', '65000');
    type(container, 'bDays', STRANGLE.hedges[0].days.toString());
    type(container, 'bVol', '50%');
    expect(container.querySelector('.calculator__form-error')?.textContent).toMatch(/same proportion/);
    expect(output(container, 'hedge-a')).toBe('Not computed');
    expect(output(container, 'pnl-repriced')).not.toBe('Not computed');
    expectNoBadText(container);
  });

  it('adds and removes positions; an underlying position has no option fields', () => {
    const { container } = render(<PortfolioGreeksCalculator />);
    const count = () => container.querySelectorAll('fieldset.leg legend').length;
    expect(count()).toBe(3 + 2); // three positions, two hedge calls
    expect(container.querySelector('#greeks-p3-strike')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Add position' }));
    expect(count()).toBe(6);
    expect(document.activeElement?.id).toBe('greeks-p4-kind');
    expect(container.querySelector('#greeks-list-status')?.textContent).toBe('Position 4 added: one long call at the money.');
    expect(input(container, 'p4-strike').value).toBe(String(STRANGLE.spot));
    const before = output(container, 'delta');
    fireEvent.click(screen.getByRole('button', { name: 'Remove position 4' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove position 3' }));
    expect(count()).toBe(4);
    expect(container.querySelector('#greeks-list-status')?.textContent).toBe('Position 3 removed.');
    expect(document.activeElement?.id).toBe('greeks-add');
    // Without the 1.4 units of the underlying, delta falls by 1.4.
    const greeks = portfolioGreeks({ ...market, positions: positions.slice(0, 2) });
    expect(output(container, 'delta')).toBe(formatNumber(greeks.delta, { digits: 4 }));
    expect(output(container, 'delta')).not.toBe(before);
    choose(container, 'p1-kind', 'underlying');
    expect(container.querySelector('#greeks-p1-strike')).toBeNull();
    expectNoBadText(container);
  });
});
