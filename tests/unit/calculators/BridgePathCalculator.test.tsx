// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import BridgePathCalculator from '../../../src/calculators/BridgePathCalculator.tsx';
import { HOP_NAMES, MONEY_UNIT, bridgePath } from '../../../src/examples/cross-chain-risk-assessment.ts';
import { formatNumber } from '../../../src/lib/format.ts';
import { bridgePathLoss, type BridgePathLossInput } from '../../../src/risk/index.ts';

const MONEY = { digits: 2, unit: MONEY_UNIT } as const;
const PROBABILITY = { percent: true, digits: 4 } as const;

function output(container: Element, key: string): string {
  const element = container.querySelector(`#bridge-${key}`);
  if (!element) throw new Error(`No output bridge-${key}`);
  return element.textContent ?? '';
}

function type(label: string | RegExp, value: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

function expectNoBadText(container: Element) {
  expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
}

function expectOutputs(container: Element, input: BridgePathLossInput) {
  const expected = bridgePathLoss(input);
  expect(output(container, 'failure')).toBe(formatNumber(expected.failureProbability, PROBABILITY));
  expect(output(container, 'loss')).toBe(formatNumber(expected.expectedLoss, MONEY));
  expect(output(container, 'naive')).toBe(formatNumber(expected.naiveExpectedLoss, MONEY));
  expect(output(container, 'failureOverTransfers')).toBe(formatNumber(expected.failureProbabilityOverTransfers, { percent: true, digits: 2 }));
  expect(output(container, 'lossOverTransfers')).toBe(formatNumber(expected.expectedLossOverTransfers, MONEY));
  expected.hops.forEach((hop, i) => expect(output(container, `hop-${i}`)).toContain(`expected loss ${formatNumber(hop.expectedLoss, MONEY)}`));
  expect(container.querySelectorAll('[id^="bridge-hop-"][id$="-label"]')).toHaveLength(input.hops.length);
}

const hopsOf = () => bridgePath.input.hops;

describe('BridgePathCalculator', () => {
  it('shows the three-hop worked example (reference vector 6.1) by default', () => {
    const { container } = render(<BridgePathCalculator />);
    expectOutputs(container, bridgePath.input);
    expect(output(container, 'loss')).toBe(bridgePath.show('expectedLoss'));
    expect(output(container, 'loss')).toBe(`30,710.60\u00a0${MONEY_UNIT}`);
    expect(output(container, 'naive')).toBe(`31,000.00\u00a0${MONEY_UNIT}`);
    expect(output(container, 'failure')).toBe('3.4651\u00a0%');
    HOP_NAMES.forEach((name, i) => expect(screen.getByText(`Hop ${i + 1}: ${name}`)).toBeTruthy());
    // The fields read as typed percentages.
    expect((screen.getByLabelText('Loss given failure of hop 1') as HTMLInputElement).value).toBe('90%');
    expect((screen.getByLabelText('Probability hop 3 fails') as HTMLInputElement).value).toBe('0.5%');
    expectNoBadText(container);
  });

  it('draws one bar per hop and describes each in words', () => {
    const { container } = render(<BridgePathCalculator />);
    const svg = container.querySelector('svg[role="img"]');
    expect(svg?.querySelector('title')?.textContent).toBe('Expected loss by hop');
    expect(svg?.querySelectorAll('rect')).toHaveLength(3);
    expect(svg?.querySelector('desc')?.textContent).toContain(`Hop 1 (${HOP_NAMES[0]}): ${formatNumber(18_000, MONEY)}.`);
  });

  it('repeated transfers: 50 transfers through one hop of 0.2 % (reference vector 6.2: 9.53 %)', () => {
    const { container } = render(<BridgePathCalculator />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove hop 3' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove hop 2' }));
    type('Probability hop 1 fails', '0.2');
    type('Loss given failure of hop 1', '100');
    type('Number of such transfers', '50');
    expectOutputs(container, { exposure: 1_000_000, hops: [{ failureProbability: 0.002, lossGivenFailure: 1 }], transfers: 50 });
    expect(output(container, 'failureOverTransfers')).toBe('9.53\u00a0%');
    expect(screen.queryByRole('button', { name: 'Remove hop 1' })).toBeNull();
    expectNoBadText(container);
  });

  it('adds a hop at the end, focuses its name and recomputes; removing a hop moves focus and announces it', () => {
    const { container } = render(<BridgePathCalculator />);
    fireEvent.click(screen.getByRole('button', { name: 'Add hop' }));
    expect(document.activeElement?.id).toBe('bridge-hop-3-name');
    expect(container.querySelector('#bridge-list-status')?.textContent).toBe('Hop 4 added at the end of the path.');
    type('Probability hop 4 fails', '1%');
    type('Loss given failure of hop 4', '50%');
    expectOutputs(container, { ...bridgePath.input, hops: [...hopsOf(), { failureProbability: 0.01, lossGivenFailure: 0.5 }] });

    fireEvent.click(screen.getByRole('button', { name: 'Remove hop 1' }));
    expect(document.activeElement?.id).toBe('bridge-hop-0-name');
    expect(container.querySelector('#bridge-list-status')?.textContent).toBe(`${HOP_NAMES[0]} removed.`);
    expect((screen.getByLabelText('Name of hop 1') as HTMLInputElement).value).toBe(HOP_NAMES[1]);
    expectOutputs(container, { ...bridgePath.input, hops: [...hopsOf().slice(1), { failureProbability: 0.01, lossGivenFailure: 0.5 }] });
    expectNoBadText(container);
  });

  it('shows a parse error beside the amount and computes nothing', () => {
    const { container } = render(<BridgePathCalculator />);
    type('Amount sent', 'abc');
    expect(screen.getByLabelText('Amount sent').getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#bridge-exposure-error')?.textContent).toMatch(/number/i);
    for (const element of container.querySelectorAll('output')) expect(element.textContent).toBe('Not computed');
    expect(container.querySelector('svg')).toBeNull();
    expectNoBadText(container);
  });

  it('shows the library error beside the hop field it names', () => {
    const { container } = render(<BridgePathCalculator />);
    type('Probability hop 2 fails', '150');
    const input = screen.getByLabelText('Probability hop 2 fails');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#bridge-hop-1-failure-error')?.textContent).toContain('hops[1].failureProbability');
    for (const element of container.querySelectorAll('output')) expect(element.textContent).toBe('Not computed');
    type('Probability hop 2 fails', '1');
    type('Number of such transfers', '0');
    expect(container.querySelector('#bridge-transfers-error')?.textContent).toBeTruthy();
    expectNoBadText(container);
  });

  it('labels every input; a blank hop name falls back to its position', () => {
    const { container } = render(<BridgePathCalculator />);
    for (const input of container.querySelectorAll('input')) expect(container.querySelector(`label[for="${input.id}"]`)).not.toBeNull();
    type('Name of hop 2', ' ');
    expect(screen.getByText('Hop 2: Hop 2')).toBeTruthy();
  });
});
