// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import MultisigCalculator from '../../../src/calculators/MultisigCalculator.tsx';
import { twoOfThree } from '../../../src/examples/internal-controls.ts';
import { formatNumber } from '../../../src/lib/format.ts';
import { kOfNApproval, type KOfNApprovalInput } from '../../../src/risk/index.ts';

const PROBABILITY = { percent: true, digits: 4 } as const;

function output(container: Element, key: string): string {
  const element = container.querySelector(`#multisig-${key}`);
  if (!element) throw new Error(`No output multisig-${key}`);
  return element.textContent ?? '';
}

function type(label: string | RegExp, value: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

function expectNoBadText(container: Element) {
  expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
}

function expectOutputs(container: Element, input: KOfNApprovalInput) {
  const expected = kOfNApproval(input);
  expect(output(container, 'compromise')).toBe(formatNumber(expected.compromise, PROBABILITY));
  expect(output(container, 'lockOut')).toBe(formatNumber(expected.lockOut, PROBABILITY));
  expect(output(container, 'compromiseOdds')).toBe(`1 in ${formatNumber(1 / expected.compromise, { digits: 0 })}`);
  expect(output(container, 'lockOutOdds')).toBe(`1 in ${formatNumber(1 / expected.lockOut, { digits: 0 })}`);
}

describe('MultisigCalculator', () => {
  it('shows the 2-of-3 worked example by default (q = 1 %, ℓ = 5 %: 0.0298 % and 0.7250 %)', () => {
    const { container } = render(<MultisigCalculator />);
    expectOutputs(container, twoOfThree.input);
    expect(output(container, 'compromise')).toBe(twoOfThree.show('compromise'));
    expect(output(container, 'lockOut')).toBe(twoOfThree.show('lockOut'));
    expect(output(container, 'compromise')).toBe('0.0298\u00a0%');
    expect(output(container, 'lockOut')).toBe('0.7250\u00a0%');
    expectNoBadText(container);
  });

  it('draws one pair of bars per threshold and describes them in words', () => {
    const { container } = render(<MultisigCalculator />);
    const svg = container.querySelector('svg[role="img"]');
    expect(svg?.querySelector('title')?.textContent).toBe('Compromise and lock-out by threshold');
    expect(svg?.querySelectorAll('rect')).toHaveLength(6);
    const oneOfThree = kOfNApproval({ ...twoOfThree.input, threshold: 1 });
    expect(svg?.querySelector('desc')?.textContent).toContain(`1-of-3: compromise ${formatNumber(oneOfThree.compromise, PROBABILITY)}, lock-out ${formatNumber(oneOfThree.lockOut, PROBABILITY)}.`);
  });

  it('recomputes for 3-of-5 (reference vector 19: 9.8506e-6 and 1.158125e-3)', () => {
    const { container } = render(<MultisigCalculator />);
    type('Keys in the scheme n', '5');
    type('Approvals required k', '3');
    expectOutputs(container, { ...twoOfThree.input, threshold: 3, keys: 5 });
    expect(output(container, 'lockOut')).toBe('0.1158\u00a0%');
    expect(container.querySelectorAll('svg rect')).toHaveLength(10);
    expectNoBadText(container);
  });

  it('a zero probability reads as "Never", not as an unbounded number', () => {
    const { container } = render(<MultisigCalculator />);
    type('Probability one key is stolen or misused q', '0');
    expect(output(container, 'compromiseOdds')).toBe('Never');
    expectNoBadText(container);
  });

  it('shows a parse error beside the field and computes nothing', () => {
    const { container } = render(<MultisigCalculator />);
    type('Approvals required k', 'abc');
    expect(screen.getByLabelText('Approvals required k').getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#multisig-threshold-error')?.textContent).toMatch(/number/i);
    for (const element of container.querySelectorAll('output')) expect(element.textContent).toBe('Not computed');
    expect(container.querySelector('svg')).toBeNull();
    expectNoBadText(container);
  });

  it('shows the library error beside the field: k above n, too many keys, a probability above 100 %', () => {
    const { container } = render(<MultisigCalculator />);
    type('Approvals required k', '4');
    expect(container.querySelector('#multisig-threshold-error')?.textContent).toContain('from 1 to 3');
    type('Approvals required k', '2');
    type('Keys in the scheme n', '101');
    expect(container.querySelector('#multisig-keys-error')?.textContent).toBeTruthy();
    type('Keys in the scheme n', '3');
    type('Probability one key is lost or unavailable ℓ', '120');
    expect(screen.getByLabelText('Probability one key is lost or unavailable ℓ').getAttribute('aria-invalid')).toBe('true');
    for (const element of container.querySelectorAll('output')) expect(element.textContent).toBe('Not computed');
    expectNoBadText(container);
  });

  it('no chart beyond 30 keys, said in words', () => {
    const { container } = render(<MultisigCalculator />);
    type('Keys in the scheme n', '40');
    expect(container.querySelector('svg')).toBeNull();
    expect(container.textContent).toContain('The chart by threshold is drawn for up to 30 keys.');
    expect(output(container, 'compromise')).toBe(formatNumber(kOfNApproval({ ...twoOfThree.input, keys: 40 }).compromise, PROBABILITY));
    expectNoBadText(container);
  });
});
