// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import KellyCalculator from '../../../src/calculators/KellyCalculator.tsx';
import { btcAllocation, ercSleeves, inverseVolSleeves, sleeveInput, tradeRule } from '../../../src/examples/capital-allocation-techniques.ts';
import { formatNumber } from '../../../src/lib/format.ts';
import { continuousKelly, equalRiskContribution, inverseVolatilityWeights, kellyBet } from '../../../src/risk/index.ts';

const PERCENT = { percent: true, digits: 2 } as const;
const GROWTH = { percent: true, digits: 3 } as const;

function output(container: Element, key: string): string {
  const element = container.querySelector(`#kelly-${key}`);
  if (!element) throw new Error(`No output kelly-${key}`);
  return element.textContent ?? '';
}

function type(label: string, value: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

function typeInto(container: Element, id: string, value: string) {
  fireEvent.input(container.querySelector(`#${id}`)!, { target: { value } });
}

const choose = (value: string) => fireEvent.change(screen.getByLabelText('Method'), { target: { value } });

function expectNoBadText(container: Element) {
  expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
}

describe('KellyCalculator', () => {
  it('shows the trading-rule worked example (reference vector 9.4 at half Kelly) by default, with the growth curve', () => {
    const { container } = render(<KellyCalculator />);
    const expected = kellyBet(tradeRule.input);
    expect(output(container, 'size')).toBe(formatNumber(expected.stake, PERCENT));
    expect(output(container, 'size')).toBe(tradeRule.show('stake'));
    expect(output(container, 'full')).toBe(tradeRule.show('kellyFraction'));
    expect(output(container, 'growth')).toBe(formatNumber(expected.growthRate, GROWTH));
    expect(output(container, 'fullgrowth')).toBe(tradeRule.show('kellyGrowthRate'));
    // Reference 9.4 (SELF): f* 0.325, g(f*) 0.09855724.
    expect(expected.kellyFraction).toBeCloseTo(0.325, 14);
    expect(expected.kellyGrowthRate).toBeCloseTo(0.09855724, 8);
    const svg = container.querySelector('svg[role="img"]')!;
    expect(svg.querySelector('title')?.textContent).toBe('Growth per bet against the size');
    expect(svg.querySelector('desc')?.textContent).toContain(`peaks at full Kelly, ${tradeRule.show('kellyFraction')}, with ${tradeRule.show('kellyGrowthRate')}`);
    expect(svg.textContent).toContain('Yours');
    expectNoBadText(container);
  });

  it('a bet without edge: stake 0, "do not bet", no chart', () => {
    const { container } = render(<KellyCalculator />);
    type('Win probability p', '30%');
    expect(output(container, 'size')).toBe(formatNumber(0, PERCENT));
    expect(output(container, 'share')).toBe('No edge: do not bet');
    expect(container.querySelector('svg[role="img"]')).toBeNull();
    expect(container.textContent).toContain('No chart: the bet has no edge.');
    expectNoBadText(container);
  });

  it('over-betting to 100 % of capital is an error beside the share of Kelly', () => {
    const { container } = render(<KellyCalculator />);
    type('Share of Kelly used', '400%');
    expect(screen.getByLabelText('Share of Kelly used').getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#kelly-c-error')?.textContent).toMatch(/100 % of capital/);
    for (const element of container.querySelectorAll('output')) expect(element.textContent).toBe('Not computed');
    expectNoBadText(container);
  });

  it('continuous Kelly: the BTC worked example, and reference vector 9.5 (f* 1.25, half-Kelly growth 0.0834375)', () => {
    const { container } = render(<KellyCalculator />);
    choose('asset');
    expect(output(container, 'size')).toBe(btcAllocation.show('allocation'));
    expect(output(container, 'full')).toBe(btcAllocation.show('kellyFraction'));
    expect(output(container, 'growth')).toBe(btcAllocation.show('growthRate'));
    type('Expected return μ', '11%');
    type('Cash rate r', '6%');
    type('Volatility σ', '20%');
    const expected = continuousKelly({ expectedReturn: 0.11, rate: 0.06, vol: 0.2, kellyMultiplier: 0.5 });
    expect(expected.growthRate).toBeCloseTo(0.0834375, 14);
    expect(output(container, 'full')).toBe(formatNumber(1.25, PERCENT));
    expect(output(container, 'growth')).toBe(formatNumber(expected.growthRate, PERCENT));
    expect(container.querySelector('svg[role="img"] title')?.textContent).toBe('Growth per year against the size');
    type('Volatility σ', '0');
    expect(container.querySelector('#kelly-sigma-error')?.textContent).toMatch(/Volatility/);
    expectNoBadText(container);
  });

  it('risk weights: the three sleeves of the worked examples (inverse volatility = reference vector 9.6)', () => {
    const { container } = render(<KellyCalculator />);
    choose('weights');
    const erc = equalRiskContribution(sleeveInput);
    const inverse = inverseVolatilityWeights({ volatilities: sleeveInput.volatilities });
    expect(output(container, 'erc1')).toBe(ercSleeves.show('weight0'));
    expect(output(container, 'erc3')).toBe(formatNumber(erc.weights[2], PERCENT));
    expect(output(container, 'iv1')).toBe(`${inverseVolSleeves.show('weight0')} (${inverseVolSleeves.show('risk0')})`);
    expect(inverse.weights[0]).toBeCloseTo(0.2105263, 7);
    expect(output(container, 'ercvol')).toBe(ercSleeves.show('portfolioVol'));
    const svg = container.querySelector('svg[role="img"]')!;
    expect(svg.querySelectorAll('rect')).toHaveLength(6);
    expect(svg.textContent).toContain('Basis trade');
    expectNoBadText(container);
  });

  it('risk weights: add and remove assets; the correlations follow; a correlation error sits beside its field', () => {
    const { container } = render(<KellyCalculator />);
    choose('weights');
    fireEvent.click(screen.getByRole('button', { name: 'Add asset' }));
    expect(document.activeElement?.id).toBe('kelly-a4-name');
    expect(container.querySelector('#kelly-list-status')?.textContent).toBe('Asset 4 added, with correlation 0 to the others.');
    typeInto(container, 'kelly-a4-name', 'SOL');
    typeInto(container, 'kelly-a4-vol', '100%');
    typeInto(container, 'kelly-a4-r1', '0.5');
    const four = {
      volatilities: [...sleeveInput.volatilities, 1],
      correlations: [
        [1, 0.8, 0, 0.5],
        [0.8, 1, 0, 0],
        [0, 0, 1, 0],
        [0.5, 0, 0, 1],
      ],
    };
    expect(output(container, 'erc4')).toBe(formatNumber(equalRiskContribution(four).weights[3], PERCENT));
    // Remove ETH: SOL keeps its correlation with BTC (0.5) and loses the one with ETH.
    fireEvent.click(screen.getByRole('button', { name: 'Remove asset 2' }));
    expect(container.querySelector('#kelly-list-status')?.textContent).toBe('ETH removed.');
    expect(document.activeElement?.id).toBe('kelly-add');
    expect(screen.getByLabelText('Correlation of SOL with BTC')).toBeTruthy();
    expect(screen.queryByLabelText('Correlation of SOL with ETH')).toBeNull();
    const three = { volatilities: [0.6, 0.2, 1], correlations: [[1, 0, 0.5], [0, 1, 0], [0.5, 0, 1]] };
    expect(output(container, 'erc3')).toBe(formatNumber(equalRiskContribution(three).weights[2], PERCENT));
    typeInto(container, 'kelly-a3-r1', '1.5');
    expect(container.querySelector('#kelly-a3-r1')?.getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#kelly-a3-r1-error')?.textContent).toMatch(/-1/);
    expectNoBadText(container);
  });

  it('risk weights: correlations that cannot hold together are reported beside the results', () => {
    const { container } = render(<KellyCalculator />);
    choose('weights');
    typeInto(container, 'kelly-a2-r1', '1');
    expect(container.querySelector('.calculator__form-error')?.textContent).toMatch(/positive-definite/);
    expect(output(container, 'erc1')).toBe('Not computed');
  });

  it('shows a parse error beside the field', () => {
    const { container } = render(<KellyCalculator />);
    type('Win per 1 staked b', 'two');
    expect(screen.getByLabelText('Win per 1 staked b').getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#kelly-b-error')?.textContent).toMatch(/number/i);
    expectNoBadText(container);
  });
});
