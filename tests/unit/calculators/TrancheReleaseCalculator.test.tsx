// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import TrancheReleaseCalculator from '../../../src/calculators/TrancheReleaseCalculator.tsx';
import { teamVestingExample } from '../../../src/examples/tranche-release.ts';
import { formatNumber } from '../../../src/lib/format.ts';
import { unlockSchedule, vestedAmount } from '../../../src/risk/index.ts';

function output(container: Element, key: string): string {
  const element = container.querySelector(`#vest-${key}`);
  if (!element) throw new Error(`No output vest-${key}`);
  return element.textContent ?? '';
}

const type = (label: string | RegExp, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const choose = (value: string) => fireEvent.change(screen.getByLabelText('Release'), { target: { value } });
const expectNoBadText = (container: Element) => expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
const TOKENS = { digits: 0, unit: 'tokens' };
const SHARE = { percent: true, digits: 2 };
const { time, ...schedule } = teamVestingExample.input;

describe('TrancheReleaseCalculator', () => {
  it('shows the worked example by default: 50,000,000 at the cliff (20 % dilution), then monthly tranches', () => {
    const { container } = render(<TrancheReleaseCalculator />);
    const plan = unlockSchedule(schedule);
    expect(output(container, 'vested')).toBe(formatNumber(vestedAmount({ ...schedule, time }), TOKENS));
    expect(output(container, 'vested')).toBe(teamVestingExample.show('vestedAtTime'));
    expect(output(container, 'first')).toBe(formatNumber(plan.unlocks[0]!.amount, TOKENS));
    expect(output(container, 'first-dilution')).toBe(teamVestingExample.show('cliffDilution'));
    expect(output(container, 'first-dilution')).toBe('20.00\u00a0%');
    expect(output(container, 'first-loss')).toBe(formatNumber(plan.unlocks[0]!.holderShareLoss, SHARE));
    expect(output(container, 'next')).toBe(formatNumber(plan.unlocks[1]!.amount, TOKENS));
    expect(output(container, 'next-dilution')).toBe(formatNumber(plan.unlocks[1]!.dilution, SHARE));
    expect(output(container, 'largest')).toBe(formatNumber(plan.largestDilution, SHARE));
    expect(output(container, 'final')).toBe('450,000,000\u00a0tokens');
    expect(output(container, 'final-share')).toBe('45.00\u00a0%');
    expectNoBadText(container);
  });

  it('draws the unlocked amount and the circulating supply as steps, with the month read marked', () => {
    const { container } = render(<TrancheReleaseCalculator />);
    const svg = container.querySelector('svg[role="img"]');
    expect(svg?.querySelector('title')?.textContent).toBe('Unlocked tokens and circulating supply by month');
    expect(svg?.querySelector('desc')?.textContent).toContain('50,000,000\u00a0tokens at once');
    expect(svg?.querySelector('desc')?.textContent).toContain('450,000,000\u00a0tokens at month 48');
    expect(svg?.querySelectorAll('path.chart__series')).toHaveLength(2);
    expect(svg?.textContent).toContain('Month read');
  });

  it('a linear release reads between months; quarterly tranches unlock every three months', () => {
    const { container } = render(<TrancheReleaseCalculator />);
    choose('linear');
    type('Month to read', '13.5');
    const { interval: _monthly, ...linear } = schedule;
    expect(output(container, 'vested')).toBe(formatNumber(vestedAmount({ ...linear, time: 13.5 }), TOKENS));
    expect(output(container, 'vested')).toBe(formatNumber(200_000_000 * 13.5 / 48, TOKENS));
    choose('quarterly');
    expect(output(container, 'vested')).toBe('50,000,000\u00a0tokens');
    expect(output(container, 'next')).toBe('12,500,000\u00a0tokens');
    expect(screen.getByText('Next unlock (per quarter)')).toBeTruthy();
    expectNoBadText(container);
  });

  it('shows errors beside the right field: a cliff longer than the schedule, a max supply too small, text', () => {
    const { container } = render(<TrancheReleaseCalculator />);
    type('Cliff c', '60');
    expect(screen.getByLabelText('Cliff c').getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#vest-cliff-error')?.textContent).toMatch(/longer than the duration/);
    for (const element of container.querySelectorAll('output')) expect(element.textContent).toBe('Not computed');
    expect(container.querySelectorAll('svg[role="img"]')).toHaveLength(0);
    type('Cliff c', '12');
    type('Maximum supply', '400,000,000');
    expect(container.querySelector('#vest-max-error')?.textContent).toMatch(/at least/);
    type('Maximum supply', '1,000,000,000');
    type('Allocation A', 'two hundred million');
    expect(container.querySelector('#vest-total-error')?.textContent).toMatch(/number/i);
    expectNoBadText(container);
  });
});
