// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import HealthFactorCalculator from '../../../src/calculators/HealthFactorCalculator.tsx';
import { USD, ethAndUsdc, liquidationAt1450 } from '../../../src/examples/lending-security.ts';
import { formatNumber } from '../../../src/lib/format.ts';
import { aaveLiquidation, lendingPosition } from '../../../src/risk/index.ts';

const MONEY = { digits: 2, unit: USD } as const;

function output(container: Element, key: string): string {
  const element = container.querySelector(`#hf-${key}`);
  if (!element) throw new Error(`No output hf-${key}`);
  return element.textContent ?? '';
}

function typeInto(container: Element, id: string, value: string) {
  const input = container.querySelector(`#${id}`);
  if (!input) throw new Error(`No input #${id}`);
  fireEvent.input(input, { target: { value } });
}

function expectNoBadText(container: Element) {
  expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
}

describe('HealthFactorCalculator', () => {
  it('shows the liquidation worked example (reference vector 13.5) by default', () => {
    const { container } = render(<HealthFactorCalculator />);
    const input = liquidationAt1450.input;
    const position = lendingPosition(input);
    const liquidation = aaveLiquidation(input);
    expect(output(container, 'hf')).toBe(formatNumber(position.healthFactor, { digits: 4 }));
    expect(output(container, 'hf')).toBe(liquidationAt1450.show('healthFactor'));
    expect(output(container, 'liq1')).toBe(`${formatNumber(1_500, MONEY)} (${formatNumber(1_500 / 1_450 - 1, { percent: true, digits: 2, signed: true })})`);
    expect(output(container, 'cf')).toBe(liquidationAt1450.show('closeFactor'));
    expect(output(container, 'repaid')).toBe(liquidationAt1450.show('debtRepaid'));
    expect(output(container, 'seized')).toBe(`${liquidationAt1450.show('collateralSeized')} (${liquidationAt1450.show('collateralSeizedValue')})`);
    expect(output(container, 'liquidator')).toBe(liquidationAt1450.show('liquidatorCollateral'));
    expect(output(container, 'profit')).toBe(formatNumber(liquidation.liquidatorProfit, MONEY));
    expect(output(container, 'left')).toBe(liquidationAt1450.show('collateralLeft'));
    expect(output(container, 'hfafter')).toBe(liquidationAt1450.show('healthFactorAfter'));
    expect(output(container, 'dust')).toBe('Yes');
    // Reference 13.5 (SELF): HF after 1.0933333.
    expect(liquidation.healthFactorAfter).toBeCloseTo(1.0933333, 7);
    expectNoBadText(container);
  });

  it('adds a USDC row and reproduces the two-collateral example (reference vector 13.3); not liquidatable', () => {
    const { container } = render(<HealthFactorCalculator />);
    fireEvent.click(screen.getByRole('button', { name: 'Add collateral' }));
    typeInto(container, 'hf-c2-name', 'USDC');
    typeInto(container, 'hf-c2-quantity', '10,000');
    typeInto(container, 'hf-c2-price', '1');
    typeInto(container, 'hf-c2-threshold', '78%');
    typeInto(container, 'hf-c1-price', '2000');
    typeInto(container, 'hf-c1-threshold', '82.5%');
    typeInto(container, 'hf-debt', '12000');
    expect(output(container, 'hf')).toBe(ethAndUsdc.show('healthFactor'));
    expect(output(container, 'lt')).toBe(ethAndUsdc.show('liquidationThreshold'));
    expect(output(container, 'ltv')).toBe(ethAndUsdc.show('loanToValue'));
    expect(output(container, 'liq1')).toContain(ethAndUsdc.show('ethLiquidationPrice'));
    expect(container.querySelector('#hf-liq2-label')?.textContent).toContain('USDC');
    expect(output(container, 'cf')).toBe('None: health factor ≥ 1');
    expect(output(container, 'repaid')).toBe(formatNumber(0, MONEY));
    expectNoBadText(container);
  });

  it('announces each added and removed row, and which asset the liquidator takes when the seized one goes', () => {
    const { container } = render(<HealthFactorCalculator />);
    const status = () => container.querySelector('#hf-list-status')?.textContent;
    fireEvent.click(screen.getByRole('button', { name: 'Add collateral' }));
    expect(document.activeElement?.id).toBe('hf-c2-name');
    expect(status()).toBe('Collateral 2 added.');
    typeInto(container, 'hf-c2-name', 'USDC');
    // Row 1 (ETH) is the one the liquidator takes by default.
    fireEvent.click(screen.getByRole('button', { name: 'Remove collateral 1' }));
    expect(status()).toBe('ETH removed. The liquidator now takes USDC.');
    expect(document.activeElement?.id).toBe('hf-add');
    expect((screen.getByLabelText('The liquidator takes USDC') as HTMLInputElement).checked).toBe(true);
  });

  it('lets the liquidator take another collateral, and keeps that choice when an earlier row is removed', () => {
    const { container } = render(<HealthFactorCalculator />);
    fireEvent.click(screen.getByRole('button', { name: 'Add collateral' }));
    typeInto(container, 'hf-c2-name', 'WBTC');
    typeInto(container, 'hf-c2-quantity', '0.05');
    typeInto(container, 'hf-c2-price', '60000');
    typeInto(container, 'hf-c2-threshold', '78%');
    typeInto(container, 'hf-debt', '8600');
    fireEvent.click(screen.getByLabelText('The liquidator takes WBTC'));
    const input = {
      collateral: [liquidationAt1450.input.collateral[0]!, { quantity: 0.05, assetPrice: 60_000, liquidationThreshold: 0.78 }],
      debt: 8_600,
      liquidationBonus: 0.05,
      protocolFee: 0.1,
      seizedCollateral: 1,
    };
    const expected = aaveLiquidation(input);
    expect(expected.closeFactor).toBe(1); // the WBTC is worth 3,000 ≥ 2,000 but HF 8,140/8,600 ≤ 0.95
    expect(expected.collateralSeized).toBe(0.05); // all of it: 3,000 covers 2,857.14 of debt with the bonus
    expect(output(container, 'seized')).toBe(`${formatNumber(expected.collateralSeized, { digits: 4, unit: 'WBTC' })} (${formatNumber(expected.collateralSeizedValue, MONEY)})`);
    expect(output(container, 'bad')).toBe(formatNumber(expected.badDebt, MONEY));
    fireEvent.click(screen.getByRole('button', { name: 'Remove collateral 1' }));
    expect((screen.getByLabelText('The liquidator takes WBTC') as HTMLInputElement).checked).toBe(true);
    expect(container.querySelector('#hf-list-status')?.textContent).toBe('ETH removed.');
    expect(document.activeElement?.id).toBe('hf-add');
    expect(container.querySelectorAll('fieldset.leg')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Remove collateral 1' }).hasAttribute('disabled')).toBe(true);
    expectNoBadText(container);
  });

  it('repays what the liquidator asks, and flags a liquidation Aave v3.3 rejects for leaving dust', () => {
    const { container } = render(<HealthFactorCalculator />);
    typeInto(container, 'hf-cover', '1200');
    expect(output(container, 'repaid')).toBe(formatNumber(1_200, MONEY));
    typeInto(container, 'hf-debt', '1500');
    typeInto(container, 'hf-c1-quantity', '1');
    typeInto(container, 'hf-c1-price', '1800');
    expect(output(container, 'dust')).toMatch(/^No: it leaves less than 1,000 USD/);
  });

  it('shows a parse error beside the field, and "Not computed" everywhere', () => {
    const { container } = render(<HealthFactorCalculator />);
    typeInto(container, 'hf-c1-quantity', 'five');
    const input = container.querySelector('#hf-c1-quantity')!;
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#hf-c1-quantity-error')?.textContent).toMatch(/number/i);
    for (const element of container.querySelectorAll('output')) expect(element.textContent).toBe('Not computed');
    expectNoBadText(container);
  });

  it('shows library errors beside the field they name: a threshold above 100 % and a negative bonus', () => {
    const { container } = render(<HealthFactorCalculator />);
    typeInto(container, 'hf-c1-threshold', '120%');
    expect(container.querySelector('#hf-c1-threshold')?.getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#hf-c1-threshold-error')?.textContent).toMatch(/Liquidation threshold/);
    typeInto(container, 'hf-c1-threshold', '80%');
    typeInto(container, 'hf-bonus', '-5%');
    expect(container.querySelector('#hf-bonus')?.getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#hf-bonus-error')?.textContent).toMatch(/Liquidation bonus/);
    expect(output(container, 'hf')).toBe('Not computed');
    expectNoBadText(container);
  });

  it('reads "No debt" rather than an unbounded number when nothing is borrowed', () => {
    const { container } = render(<HealthFactorCalculator />);
    typeInto(container, 'hf-debt', '0');
    expect(output(container, 'hf')).toBe('No debt');
    expect(output(container, 'liq1')).toBe('None: the rest covers the debt');
    expectNoBadText(container);
  });
});

describe('HealthFactorCalculator: fall to liquidation', () => {
  it('reads "already liquidatable" below HF 1, and the fall as a percentage above it', () => {
    const { container } = render(<HealthFactorCalculator />);
    expect(output(container, 'drop')).toBe('None: already liquidatable');
    typeInto(container, 'hf-c1-price', '2000');
    expect(output(container, 'drop')).toBe(formatNumber(lendingPosition({ ...liquidationAt1450.input, collateral: [{ quantity: 5, assetPrice: 2_000, liquidationThreshold: 0.8 }] }).priceDropToLiquidation, { percent: true, digits: 2 }));
    expect(output(container, 'drop')).toBe(formatNumber(0.25, { percent: true, digits: 2 }));
  });
});
