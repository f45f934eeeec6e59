// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import VenueComparisonCalculator from '../../../src/calculators/VenueComparisonCalculator.tsx';
import { COMPARED_VENUES, VENUE_PARAMETERS } from '../../../src/data/venues/comparison.ts';
import { venueComparisonExample } from '../../../src/examples/leverage-multiplier-calculation.ts';
import { formatNumber } from '../../../src/lib/format.ts';
import { venueLiquidationPrices } from '../../../src/risk/index.ts';

const USDT = { digits: 2, unit: 'USDT', nullText: 'No liquidation' } as const;

function output(container: Element, key: string): string {
  const element = container.querySelector(`#venues-${key}`);
  if (!element) throw new Error(`No output venues-${key}`);
  return element.textContent ?? '';
}

const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const expectNoBadText = (container: Element) => expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);

describe('VenueComparisonCalculator', () => {
  it('shows the worked example by default: one price per venue, each with its rule, source link and dates', () => {
    const { container } = render(<VenueComparisonCalculator />);
    const expected = venueLiquidationPrices({ side: 'long', size: 1, entry: 50_000, leverage: 5, ...VENUE_PARAMETERS });
    for (const id of ['binance', 'bybit', 'kraken'] as const) {
      expect(output(container, id)).toBe(formatNumber(expected[id], USDT));
      expect(output(container, id)).toBe(venueComparisonExample.show(id));
    }
    expect(output(container, 'collateral')).toBe('10,000.00\u00a0USDT');
    const rows = container.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(3);
    COMPARED_VENUES.forEach((venue, i) => {
      const row = rows[i]!;
      expect(row.querySelector('th')?.textContent).toContain(venue.venue);
      expect(row.querySelector('a')?.getAttribute('href')).toBe(venue.source.url);
      expect(row.textContent).toContain(`read ${venue.asOf}`);
    });
    expect(rows[0]?.textContent).toContain('effective 2021-03-18');
    expectNoBadText(container);
  });

  it('the same position entered as margin gives the same prices; a short is liquidated above entry', () => {
    const { container } = render(<VenueComparisonCalculator />);
    const before = ['binance', 'bybit', 'kraken'].map((id) => output(container, id));
    fireEvent.change(screen.getByLabelText('Margin entered as'), { target: { value: 'margin' } });
    type('Margin', '10000');
    expect(['binance', 'bybit', 'kraken'].map((id) => output(container, id))).toEqual(before);
    fireEvent.change(screen.getByLabelText('Side'), { target: { value: 'short' } });
    const short = venueLiquidationPrices({ side: 'short', size: 1, entry: 50_000, margin: 10_000, ...VENUE_PARAMETERS });
    expect(output(container, 'kraken')).toBe(formatNumber(short.kraken, USDT));
    expect(short.binance!).toBeGreaterThan(50_000);
    expectNoBadText(container);
  });

  it('errors appear beside the field and every price reads "Not computed"', () => {
    const { container } = render(<VenueComparisonCalculator />);
    type('Size Q', 'abc');
    expect(screen.getByLabelText('Size Q').getAttribute('aria-invalid')).toBe('true');
    for (const element of container.querySelectorAll('output')) expect(element.textContent).toBe('Not computed');
    type('Size Q', '1');
    type('Leverage', '-5');
    expect(container.querySelector('#venues-leverage-error')?.textContent).toMatch(/greater than 0/);
    expectNoBadText(container);
  });

  it('a long at 1× or less cannot be liquidated on Binance or Bybit', () => {
    const { container } = render(<VenueComparisonCalculator />);
    type('Leverage', '0.9');
    expect(output(container, 'binance')).toBe('No liquidation');
    expect(output(container, 'bybit')).toBe('No liquidation');
    expectNoBadText(container);
  });
});
