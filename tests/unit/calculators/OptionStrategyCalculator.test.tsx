// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import OptionStrategyCalculator from '../../../src/calculators/OptionStrategyCalculator.tsx';
import { strategyPreset } from '../../../src/data/strategy-presets.ts';
import { breakevenWords, bullCallExample } from '../../../src/examples/maximum-loss-calculation.ts';
import { formatNumber } from '../../../src/lib/format.ts';
import { optionStrategy } from '../../../src/risk/index.ts';

function output(container: Element, key: string): string {
  const element = container.querySelector(`#optstrat-${key}`);
  if (!element) throw new Error(`No output optstrat-${key}`);
  return element.textContent ?? '';
}

function legCount(container: Element): number {
  return container.querySelectorAll('fieldset.leg').length;
}

function expectNoBadText(container: Element) {
  expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
}

describe('OptionStrategyCalculator', () => {
  it('shows Hull Example 12.2 (bull call spread) by default, as on the page', () => {
    const { container } = render(<OptionStrategyCalculator />);
    const expected = optionStrategy({ legs: strategyPreset('bull-call-spread').legs });
    expect(legCount(container)).toBe(2);
    expect(output(container, 'max-loss')).toBe(formatNumber(expected.maxLoss));
    expect(output(container, 'max-profit')).toBe(formatNumber(expected.maxProfit));
    expect(output(container, 'breakevens')).toBe(breakevenWords(expected.breakevens));
    expect(output(container, 'max-loss')).toBe(bullCallExample.show('maxLoss'));
    expect(output(container, 'breakevens')).toBe(bullCallExample.show('breakevens'));
    expectNoBadText(container);
  });

  it('matches Hull’s published figures: max loss 2, max profit 3, breakeven 32 (PUBLISHED, Hull Example 12.2)', () => {
    const { container } = render(<OptionStrategyCalculator />);
    expect(output(container, 'max-loss')).toBe(formatNumber(2));
    expect(output(container, 'max-profit')).toBe(formatNumber(3));
    expect(output(container, 'breakevens')).toBe(formatNumber(32));
  });

  it('draws the payoff chart with a breakeven marker', () => {
    const { container } = render(<OptionStrategyCalculator />);
    const svg = container.querySelector('svg[role="img"]');
    expect(svg).not.toBeNull();
    expect(svg?.querySelector('title')?.textContent).toBe('Profit at expiry');
    expect(svg?.querySelector('desc')?.textContent).toContain(formatNumber(32));
    expect(container.querySelector('.chart__marker text')?.textContent).toBe(`Breakeven ${formatNumber(32)}`);
    expect(container.querySelector('path.chart__series')?.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+)+$/);
  });

  it('loads a preset: a short strangle has an unbounded loss', () => {
    const { container } = render(<OptionStrategyCalculator />);
    fireEvent.change(screen.getByLabelText('Strategy preset'), { target: { value: 'short-strangle' } });
    const expected = optionStrategy({ legs: strategyPreset('short-strangle').legs });
    expect(expected.maxLoss).toBe(Number.POSITIVE_INFINITY);
    expect(output(container, 'max-loss')).toBe('Unbounded');
    expect(output(container, 'max-profit')).toBe(formatNumber(expected.maxProfit));
    expect(output(container, 'breakevens')).toBe(breakevenWords(expected.breakevens));
    expectNoBadText(container);
  });

  it('loads every preset without errors', () => {
    const { container } = render(<OptionStrategyCalculator />);
    for (const id of ['long-call', 'bull-call-spread', 'short-strangle', 'iron-condor', 'covered-call', 'butterfly']) {
      fireEvent.change(screen.getByLabelText('Strategy preset'), { target: { value: id } });
      const preset = strategyPreset(id);
      const expected = optionStrategy({ legs: preset.legs });
      expect(legCount(container)).toBe(preset.legs.length);
      expect(output(container, 'max-loss')).toBe(formatNumber(expected.maxLoss));
      expect(output(container, 'max-profit')).toBe(formatNumber(expected.maxProfit));
      expectNoBadText(container);
    }
  });

  it('covered call: the underlying leg has an entry price and no strike field', () => {
    const { container } = render(<OptionStrategyCalculator />);
    fireEvent.change(screen.getByLabelText('Strategy preset'), { target: { value: 'covered-call' } });
    expect(container.querySelector('#optstrat-leg1-strike')).toBeNull();
    expect((container.querySelector('#optstrat-leg1-premium') as HTMLInputElement).value).toBe('3000');
    expect(screen.getAllByLabelText('Entry price')).toHaveLength(1);
  });

  it('adds legs up to four and removes a leg', () => {
    const { container } = render(<OptionStrategyCalculator />);
    const add = screen.getByRole('button', { name: 'Add leg' }) as HTMLButtonElement;
    fireEvent.click(add);
    expect(legCount(container)).toBe(3);
    expect(screen.getByRole('button', { name: 'Remove leg 3' })).not.toBeNull();
    expect(document.activeElement?.id).toBe('optstrat-leg3-kind');
    expect(container.querySelector('#optstrat-list-status')?.textContent).toBe('Leg 3 added: a long call; enter its strike and premium.');
    // The new leg needs a strike and a premium before anything is computed.
    expect(output(container, 'max-loss')).toBe('Not computed');
    fireEvent.input(container.querySelector('#optstrat-leg3-strike')!, { target: { value: '40' } });
    fireEvent.input(container.querySelector('#optstrat-leg3-premium')!, { target: { value: '0.5' } });
    fireEvent.change(container.querySelector('#optstrat-leg3-side')!, { target: { value: 'short' } });
    const legs = [...strategyPreset('bull-call-spread').legs, { kind: 'call', side: 'short', quantity: 1, strike: 40, premium: 0.5 } as const];
    expect(output(container, 'max-loss')).toBe(formatNumber(optionStrategy({ legs }).maxLoss));
    expect((screen.getByLabelText('Strategy preset') as HTMLSelectElement).value).toBe('custom');

    fireEvent.click(add);
    expect(legCount(container)).toBe(4);
    expect(add.disabled).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Remove leg 2' }));
    expect(legCount(container)).toBe(3);
    expect(container.querySelector('#optstrat-list-status')?.textContent).toBe('Leg 2 removed.');
    expect(document.activeElement).toBe(add);
    expect(add.disabled).toBe(false);
    // Leg 2 is now the former leg 3 (strike 40).
    expect((container.querySelector('#optstrat-leg2-strike') as HTMLInputElement).value).toBe('40');
  });

  it('does not remove the last leg', () => {
    render(<OptionStrategyCalculator />);
    fireEvent.change(screen.getByLabelText('Strategy preset'), { target: { value: 'long-call' } });
    expect((screen.getByRole('button', { name: 'Remove leg 1' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows a parse error beside the leg field and computes nothing', () => {
    const { container } = render(<OptionStrategyCalculator />);
    const strike = container.querySelector('#optstrat-leg2-strike') as HTMLInputElement;
    fireEvent.input(strike, { target: { value: 'thirty-five' } });
    expect(strike.getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#optstrat-leg2-strike-error')?.textContent).toMatch(/number/i);
    for (const element of container.querySelectorAll('output')) expect(element.textContent).toBe('Not computed');
    expect(container.querySelector('svg')).toBeNull();
    expectNoBadText(container);
  });

  it('maps a library error to the leg’s field (quantity 0)', () => {
    const { container } = render(<OptionStrategyCalculator />);
    const quantity = container.querySelector('#optstrat-leg1-quantity') as HTMLInputElement;
    fireEvent.input(quantity, { target: { value: '0' } });
    expect(quantity.getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#optstrat-leg1-quantity-error')).not.toBeNull();
    expect(output(container, 'max-loss')).toBe('Not computed');
    expectNoBadText(container);
  });
});
