// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import SettlementFinalityCalculator from '../../../src/calculators/SettlementFinalityCalculator.tsx';
import { depth, doubleSpend, exposure, wait } from '../../../src/examples/consensus-protocol-optimization.ts';
import { formatNumber } from '../../../src/lib/format.ts';
import { attackerSuccessProbability, confirmationsForRisk, confirmationWait, settlementExposure } from '../../../src/risk/index.ts';

function output(container: Element, key: string): string {
  const element = container.querySelector(`#nakamoto-${key}`);
  if (!element) throw new Error(`No output nakamoto-${key}`);
  return element.textContent ?? '';
}

function type(label: string | RegExp, value: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

function expectNoBadText(container: Element) {
  expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
}

const chart = (container: Element) => container.querySelector('svg[role="img"]');

describe('SettlementFinalityCalculator', () => {
  it('shows the worked examples by default: q = 10 %, z = 6, target 0.1 %, 10-minute blocks, 1,000,000 USD at σ 60 %', () => {
    const { container } = render(<SettlementFinalityCalculator />);
    const probability = attackerSuccessProbability(doubleSpend.input);
    expect(output(container, 'probability')).toBe(formatNumber(probability, { digits: 7 }));
    expect(output(container, 'probability')).toBe(doubleSpend.show('probability'));
    // Nakamoto (2008) §11, q = 0.1 table: z = 6 → 0.0002428.
    expect(output(container, 'probability')).toBe('0.0002428');
    expect(output(container, 'odds')).toBe(`1 in ${formatNumber(1 / probability, { digits: 0 })}`);
    expect(output(container, 'needed')).toBe(formatNumber(confirmationsForRisk(depth.input).confirmations, { digits: 0 }));
    expect(output(container, 'needed')).toBe(depth.show('confirmations'));
    const timing = confirmationWait(wait.input);
    expect(output(container, 'window')).toBe(formatNumber(timing.expectedSeconds / 60, { digits: 1, unit: 'min' }));
    expect(output(container, 'longer')).toBe(formatNumber(timing.probabilityLonger, { percent: true, digits: 2 }));
    const move = settlementExposure(exposure.input);
    expect(output(container, 'move')).toBe(formatNumber(move.move, { percent: true, digits: 3 }));
    expect(output(container, 'moveValue')).toBe(formatNumber(move.moveValue, { digits: 2, unit: 'USD' }));
    expect(output(container, 'moveValue')).toBe(exposure.show('moveValue'));
    expectNoBadText(container);
  });

  it('charts P against confirmations with markers for the chosen and the needed depth', () => {
    const { container } = render(<SettlementFinalityCalculator />);
    const svg = chart(container);
    expect(svg?.querySelector('title')?.textContent).toBe('Probability of a successful double spend by confirmations');
    const description = svg?.querySelector('desc')?.textContent ?? '';
    expect(description).toContain(`${formatNumber(attackerSuccessProbability({ attackerShare: 0.1, confirmations: 1 }), { digits: 7 })} at 1`);
    expect(description).toContain('from 0 to 12');
    expect(svg?.textContent).toContain('Your z');
    expect(svg?.textContent).toContain('Needed');
  });

  it('reproduces Nakamoto’s "P < 0.1 %" table: q = 30 % needs 24 confirmations', () => {
    const { container } = render(<SettlementFinalityCalculator />);
    type("Attacker's share of hash power q", '30');
    expect(output(container, 'needed')).toBe('24');
    type('Confirmations waited for z', '24');
    expect(output(container, 'probability')).toBe(formatNumber(attackerSuccessProbability({ attackerShare: 0.3, confirmations: 24 }), { digits: 7 }));
    expectNoBadText(container);
  });

  it('says in words when no number of confirmations is enough (q ≥ 50 %)', () => {
    const { container } = render(<SettlementFinalityCalculator />);
    type("Attacker's share of hash power q", '51%');
    expect(output(container, 'probability')).toBe('1.0000000');
    expect(output(container, 'needed')).toBe('None: the attacker always catches up');
    expect(output(container, 'neededProbability')).toBe('None');
    expectNoBadText(container);
  });

  it('shows a parse error beside the field, computes nothing and draws no chart', () => {
    const { container } = render(<SettlementFinalityCalculator />);
    type("Attacker's share of hash power q", 'abc');
    const input = screen.getByLabelText("Attacker's share of hash power q");
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#nakamoto-attackerShare-error')?.textContent).toMatch(/number/i);
    for (const element of container.querySelectorAll('output')) expect(element.textContent).toBe('Not computed');
    expect(chart(container)).toBeNull();
    expectNoBadText(container);
  });

  it('shows library errors beside the field they name, seconds mapped to the minute fields', () => {
    const { container } = render(<SettlementFinalityCalculator />);
    type('Confirmations waited for z', '2.5');
    expect(screen.getByLabelText('Confirmations waited for z').getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#nakamoto-confirmations-error')?.textContent).toMatch(/whole number/);
    type('Confirmations waited for z', '6');
    type('Mean time between blocks', '0');
    expect(screen.getByLabelText('Mean time between blocks').getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#nakamoto-blockMinutes-error')?.textContent).toBeTruthy();
    type('Mean time between blocks', '10');
    type('Waiting time to compare with', '-5');
    expect(container.querySelector('#nakamoto-waitMinutes-error')?.textContent).toBeTruthy();
    type('Waiting time to compare with', '90');
    type('Highest acceptable probability of a reversal', '0');
    expect(container.querySelector('#nakamoto-maxProbability-error')?.textContent).toBeTruthy();
    for (const element of container.querySelectorAll('output')) expect(element.textContent).toBe('Not computed');
    expectNoBadText(container);
  });
});
