// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import OracleManipulationCalculator from '../../../src/calculators/OracleManipulationCalculator.tsx';
import { eulerTwapExample } from '../../../src/examples/defi-oracle-manipulation.ts';
import { formatNumber } from '../../../src/lib/format.ts';
import { twapManipulationCost, type TwapManipulationCostInput } from '../../../src/risk/index.ts';

function output(container: Element, key: string): string {
  const element = container.querySelector(`#amm-${key}`);
  if (!element) throw new Error(`No output amm-${key}`);
  return element.textContent ?? '';
}

const type = (label: string | RegExp, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const expectNoBadText = (container: Element) => expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
const QUOTE = { digits: 2 };

function expectOutputs(container: Element, input: TwapManipulationCostInput) {
  const twap = twapManipulationCost(input);
  const spot = twapManipulationCost({ ...input, blocks: 1, manipulatedBlocks: 1 });
  expect(output(container, 'price')).toBe(formatNumber(twap.spotBefore, { digits: 4 }));
  expect(output(container, 'spot-capital')).toBe(formatNumber(spot.capitalPerBlock, QUOTE));
  expect(output(container, 'spot-cost')).toBe(formatNumber(spot.costPerBlockWithFee, QUOTE));
  expect(output(container, 'q')).toBe(formatNumber(twap.requiredSpot, { digits: 4 }));
  expect(output(container, 'capital')).toBe(formatNumber(twap.capitalPerBlock, QUOTE));
  expect(output(container, 'cost')).toBe(formatNumber(twap.costPerBlockWithFee, QUOTE));
  expect(output(container, 'total')).toBe(formatNumber(twap.totalCostWithFee, QUOTE));
  expect(output(container, 'total-before-fee')).toBe(formatNumber(twap.totalCost, QUOTE));
}

describe('OracleManipulationCalculator', () => {
  it('starts from Euler’s DAI/USDC example and shows its figures', () => {
    const { container } = render(<OracleManipulationCalculator />);
    expectOutputs(container, eulerTwapExample.input);
    // Euler (Bentley 2021): q ≈ 75.30, C = 3,396,454 USDC (no fee in the paper, so both totals agree).
    expect(output(container, 'q')).toMatch(/^75\.30/);
    expect(output(container, 'total')).toMatch(/^3,396,454\./);
    expectNoBadText(container);
  });

  it('a fee and the arithmetic (Uniswap v2) average change the figures to the library’s', () => {
    const { container } = render(<OracleManipulationCalculator />);
    type('Pool fee φ', '0.3%');
    fireEvent.change(screen.getByLabelText('TWAP averaging'), { target: { value: 'arithmetic' } });
    type('Blocks the attacker holds m', '20');
    expectOutputs(container, { ...eulerTwapExample.input, fee: 0.003, averaging: 'arithmetic', manipulatedBlocks: 20 });
    // Arithmetic average: q = 1 + (144/20)·0.35 = 3.52.
    expect(output(container, 'q')).toBe('3.5200');
    expectNoBadText(container);
  });

  it('shows a parse error beside the field and computes nothing', () => {
    const { container } = render(<OracleManipulationCalculator />);
    type('Pool reserve x of the priced token', 'lots');
    expect(screen.getByLabelText('Pool reserve x of the priced token').getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#amm-base-error')?.textContent).toMatch(/number/i);
    for (const element of container.querySelectorAll('output')) expect(element.textContent).toBe('Not computed');
    expectNoBadText(container);
  });

  it('maps library errors to the right fields: m above n, a fee of 100 %, an unreachable arithmetic target', () => {
    const { container } = render(<OracleManipulationCalculator />);
    type('Blocks the attacker holds m', '200');
    expect(screen.getByLabelText('Blocks the attacker holds m').getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#amm-held-error')?.textContent).toMatch(/whole number from 1 to 144/);
    type('Blocks the attacker holds m', '10');
    type('Pool fee φ', '100');
    expect(container.querySelector('#amm-fee-error')?.textContent).toBeTruthy();
    type('Pool fee φ', '0');
    fireEvent.change(screen.getByLabelText('TWAP averaging'), { target: { value: 'arithmetic' } });
    type('Target price for the oracle P̄', '0.5');
    expect(container.querySelector('#amm-target-error')?.textContent).toMatch(/cannot fall that far/);
    for (const element of container.querySelectorAll('output')) expect(element.textContent).toBe('Not computed');
    expectNoBadText(container);
  });
});
