// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import OutageRiskCalculator from '../../../src/calculators/OutageRiskCalculator.tsx';
import { links, outage } from '../../../src/examples/venue-connectivity-risks.ts';
import { formatNumber } from '../../../src/lib/format.ts';
import { connectionAvailability, MINUTES_PER_YEAR, priceMoveOverWindow, type ConnectionAvailabilityInput, type PriceMoveOverWindowInput } from '../../../src/risk/index.ts';

const USD = { digits: 2, unit: 'USD' } as const;
const AVAILABILITY = { percent: true, digits: 4 } as const;
const DOWNTIME = { digits: 2, unit: 'min a year' } as const;

function output(container: Element, key: string): string {
  const element = container.querySelector(`#outage-${key}`);
  if (!element) throw new Error(`No output outage-${key}`);
  return element.textContent ?? '';
}

function type(label: string | RegExp, value: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

function expectNoBadText(container: Element) {
  expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
}

function expectOutputs(container: Element, move: PriceMoveOverWindowInput, access: ConnectionAvailabilityInput) {
  const expectedMove = priceMoveOverWindow(move);
  expect(output(container, 'windowVol')).toBe(formatNumber(expectedMove.windowVol, { percent: true, digits: 3 }));
  expect(output(container, 'move')).toBe(formatNumber(expectedMove.move, { percent: true, digits: 3 }));
  expect(output(container, 'moveValue')).toBe(formatNumber(expectedMove.moveValue, USD));
  const expectedAccess = connectionAvailability(access);
  expect(output(container, 'linksAvailability')).toBe(formatNumber(expectedAccess.linksAvailability, AVAILABILITY));
  expect(output(container, 'linksDowntime')).toBe(formatNumber(expectedAccess.linksDowntimeMinutesPerYear, DOWNTIME));
  expect(output(container, 'availability')).toBe(formatNumber(expectedAccess.availability, AVAILABILITY));
  expect(output(container, 'downtime')).toBe(formatNumber(expectedAccess.downtimeMinutesPerYear, DOWNTIME));
}

describe('OutageRiskCalculator', () => {
  it('shows both worked examples by default: a one-hour outage on 10,000,000 USD, two 99 % links to a 99.9 % venue', () => {
    const { container } = render(<OutageRiskCalculator />);
    expectOutputs(container, outage.input, links.input);
    expect(output(container, 'moveValue')).toBe(outage.show('moveValue'));
    // Reference vector 25: 149,133.03 on 10,000,000 at σ = 60 %, 1 hour, 99 %.
    expect(output(container, 'moveValue')).toBe('149,133.03\u00a0USD');
    expect(output(container, 'linksDowntime')).toBe('52.56\u00a0min a year');
    expect(output(container, 'downtime')).toBe(links.show('downtime'));
    expectNoBadText(container);
  });

  it('charts the loss against outage length on a log axis, described in words', () => {
    const { container } = render(<OutageRiskCalculator />);
    const svg = container.querySelector('svg[role="img"]');
    expect(svg?.querySelector('title')?.textContent).toBe('Loss at the confidence level by outage length');
    const description = svg?.querySelector('desc')?.textContent ?? '';
    const at = (minutes: number) => formatNumber(priceMoveOverWindow({ ...outage.input, years: minutes / MINUTES_PER_YEAR }).moveValue, USD);
    expect(description).toContain(`${at(1)} for 1 minute`);
    expect(description).toContain(`${at(60)} for 1 hour`);
    expect(description).toContain(`${at(1440)} for 24 hours`);
    expect(svg?.textContent).toContain('Your outage');
    expect(svg?.textContent).toContain('6 min');
    expect(svg?.textContent).toContain('1 h');
    expect(svg?.textContent).toContain('10 h');
  });

  it('15 minutes is half the one-hour loss (square root of time), and a third link cuts the link downtime a hundredfold', () => {
    const { container } = render(<OutageRiskCalculator />);
    type('Outage length', '15');
    type('Independent connections in parallel', '3');
    type('Availability of the venue itself', '100');
    expectOutputs(container, { ...outage.input, years: 15 / MINUTES_PER_YEAR }, { linkAvailability: 0.99, links: 3, venueAvailability: 1 });
    expect(output(container, 'linksDowntime')).toBe('0.53\u00a0min a year');
    expectNoBadText(container);
  });

  it('shows a parse error beside the field and computes nothing', () => {
    const { container } = render(<OutageRiskCalculator />);
    type('Position value', 'abc');
    expect(screen.getByLabelText('Position value').getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#outage-notional-error')?.textContent).toMatch(/number/i);
    for (const element of container.querySelectorAll('output')) expect(element.textContent).toBe('Not computed');
    expect(container.querySelector('svg')).toBeNull();
    expectNoBadText(container);
  });

  it('shows library errors beside the fields they name (outage length from years, confidence, links)', () => {
    const { container } = render(<OutageRiskCalculator />);
    type('Outage length', '-10');
    expect(screen.getByLabelText('Outage length').getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#outage-minutes-error')?.textContent).toBeTruthy();
    type('Outage length', '60');
    type('Confidence level (one-sided)', '40');
    expect(container.querySelector('#outage-confidence-error')?.textContent).toBeTruthy();
    type('Confidence level (one-sided)', '99');
    type('Independent connections in parallel', '0');
    expect(container.querySelector('#outage-links-error')?.textContent).toBeTruthy();
    for (const element of container.querySelectorAll('output')) expect(element.textContent).toBe('Not computed');
    expectNoBadText(container);
  });
});
