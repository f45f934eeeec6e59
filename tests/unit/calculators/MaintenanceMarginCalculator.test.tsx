// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import MaintenanceMarginCalculator from '../../../src/calculators/MaintenanceMarginCalculator.tsx';
import { binanceBtcusdt2021 } from '../../../src/data/venues/binance-btcusdt-2021.ts';
import { isolatedLongExample, maintenanceAmountExample } from '../../../src/examples/maintenance-margin-dynamics.ts';
import { formatNumber } from '../../../src/lib/format.ts';
import { liquidationPrice, maintenanceBracket } from '../../../src/risk/index.ts';

const brackets = binanceBtcusdt2021.brackets;
const position = isolatedLongExample.input;
const USDT = { digits: 2, unit: 'USDT' } as const;

function output(container: Element, key: string): string {
  return container.querySelector(`#mmd-${key}`)?.textContent ?? '';
}

function expectNoBadNumbers(container: Element) {
  expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
}

function tierRows(): HTMLTableRowElement[] {
  return Array.from(screen.getByRole('table').querySelectorAll('tbody tr'));
}

/** The tier table's status line (useListEdits): what the last add, remove or reset did. */
function status(): string | null | undefined {
  return document.getElementById('mmd-list-status')?.textContent;
}

describe('MaintenanceMarginCalculator', () => {
  it('shows the isolated long of the worked example on the Binance 2021-03-18 table', () => {
    const { container } = render(<MaintenanceMarginCalculator />);
    const lp = liquidationPrice({ ...position, brackets });
    const notional = position.size * position.entry;
    const bracket = maintenanceBracket({ notional, brackets });
    expect(output(container, 'lp')).toBe(formatNumber(lp, USDT));
    expect(output(container, 'lp')).toBe(isolatedLongExample.show('liquidationPrice'));
    expect(output(container, 'tier')).toBe(String(bracket.tier));
    expect(output(container, 'mmr')).toBe(formatNumber(bracket.mmr, { percent: true, digits: 2 }));
    expect(output(container, 'cum')).toBe(formatNumber(bracket.maintenanceAmount, USDT));
    expect(output(container, 'mm')).toBe(formatNumber(notional * bracket.mmr - bracket.maintenanceAmount, USDT));
    expect(output(container, 'distance')).toBe(isolatedLongExample.show('distance'));
    expect(output(container, 'status')).toBe('Above maintenance margin');
    expectNoBadNumbers(container);
  });

  it('reproduces Binance’s published maintenance amount for the 250,000 floor (FAQ: 1,300 USDT)', () => {
    const { container } = render(<MaintenanceMarginCalculator />);
    const published = 1_300; // Binance FAQ: 250,000 × (1 % − 0.5 %) + 50
    expect(maintenanceAmountExample.result.maintenanceAmount).toBeCloseTo(published, 6);
    expect(container.querySelector('#mmd-cum-3')?.textContent).toBe(formatNumber(published, { digits: 0, unit: 'USDT' }));
  });

  it('recomputes the isolated long of reference vector 15.13 with the library', () => {
    // Isolated long 10 BTC @ 50,000, wallet 50,000, tier 3 (1 %, cum 1,300): LP = 45,323.2323;
    // at that price the notional (453,232) is still in tier 3 and equity equals maintenance margin.
    const lp = liquidationPrice({ ...position, brackets })!;
    expect(lp).toBeCloseTo(45_323.2323, 3);
    const atLp = maintenanceBracket({ notional: position.size * lp, brackets });
    expect(atLp.tier).toBe(3);
    const equity = position.walletBalance + position.size * (lp - position.entry);
    expect(equity).toBeCloseTo(position.size * lp * atLp.mmr - atLp.maintenanceAmount, 6);
  });

  it('shows the source and the effective date of the default table', () => {
    const { container } = render(<MaintenanceMarginCalculator />);
    const source = container.querySelector('#mmd-source');
    expect(source?.textContent).toContain(binanceBtcusdt2021.effectiveDate);
    expect(source?.querySelector('a')?.getAttribute('href')).toBe(binanceBtcusdt2021.source.url);
    expect(tierRows()).toHaveLength(brackets.length);
    expect((screen.getByRole('button', { name: 'Reset to Binance table' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('draws the liquidation distance against size with a log x-axis', () => {
    const { container } = render(<MaintenanceMarginCalculator />);
    const svg = container.querySelector('svg[role="img"]');
    expect(svg?.querySelector('title')?.textContent).toContain('Liquidation distance');
    expect(container.querySelectorAll('path.chart__series')).toHaveLength(3);
    expect(svg?.innerHTML ?? '').not.toMatch(/NaN|Infinity/);
  });

  it('shows a bad position value beside its field and no results', () => {
    const { container } = render(<MaintenanceMarginCalculator />);
    const entry = screen.getByLabelText('Entry price') as HTMLInputElement;
    fireEvent.input(entry, { target: { value: '-50000' } });
    expect(entry.getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#mmd-entry-error')?.textContent).toMatch(/Entry price/);
    expect(output(container, 'lp')).toBe('Not computed');
    expect(container.querySelector('svg[role="img"]')).toBeNull();
    expectNoBadNumbers(container);

    fireEvent.input(entry, { target: { value: '50000' } });
    const wallet = screen.getByLabelText('Isolated wallet balance') as HTMLInputElement;
    fireEvent.input(wallet, { target: { value: 'plenty' } });
    expect(wallet.getAttribute('aria-invalid')).toBe('true');
    expect(output(container, 'tier')).toBe('Not computed');
    expectNoBadNumbers(container);
  });

  it('shows a bracket error beside the offending row', () => {
    const { container } = render(<MaintenanceMarginCalculator />);
    const floor3 = screen.getByLabelText('Tier 3 floor') as HTMLInputElement;
    fireEvent.input(floor3, { target: { value: '10,000' } });
    expect(floor3.getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#mmd-floor-3-error')?.textContent).toMatch(/previous tier/);
    expect(output(container, 'lp')).toBe('Not computed');
    expect(container.querySelector('#mmd-source')?.textContent).toMatch(/^Edited table/);
    expectNoBadNumbers(container);
  });

  it('adds, removes and resets tiers', () => {
    const { container } = render(<MaintenanceMarginCalculator />);
    fireEvent.click(screen.getByRole('button', { name: 'Add tier' }));
    expect(tierRows()).toHaveLength(brackets.length + 1);
    const newFloor = screen.getByLabelText(`Tier ${brackets.length + 1} floor`) as HTMLInputElement;
    expect(document.activeElement).toBe(newFloor);
    expect(status()).toBe(`Tier ${brackets.length + 1} added at the end of the table.`);
    expect(newFloor.value).toBe('');
    expect(newFloor.getAttribute('aria-invalid')).toBe('true');
    fireEvent.input(newFloor, { target: { value: '600,000,000' } });
    expect(newFloor.getAttribute('aria-invalid')).toBe('false');
    expect(output(container, 'lp')).not.toBe('Not computed');

    // Removing tier 2 (floor 50,000) changes the position's bracket: the library recomputes.
    fireEvent.click(screen.getByRole('button', { name: 'Remove tier 2' }));
    expect(tierRows()).toHaveLength(brackets.length);
    expect(status()).toBe('Tier 2 removed.');
    expect(document.activeElement?.id).toBe('mmd-add-row');
    expect((screen.getByLabelText('Tier 2 floor') as HTMLInputElement).value).toBe('250,000');
    const edited = [brackets[0]!, ...brackets.slice(2), { floor: 600_000_000, mmr: brackets[brackets.length - 1]!.mmr }];
    expect(output(container, 'lp')).toBe(formatNumber(liquidationPrice({ ...position, brackets: edited }), USDT));

    const reset = screen.getByRole('button', { name: 'Reset to Binance table' }) as HTMLButtonElement;
    expect(reset.disabled).toBe(false);
    fireEvent.click(reset);
    expect(tierRows()).toHaveLength(brackets.length);
    expect(output(container, 'lp')).toBe(isolatedLongExample.show('liquidationPrice'));
    expect(reset.disabled).toBe(true);
    // The reset button is disabled now, so focus must not stay on it.
    expect(document.activeElement).toBe(screen.getByLabelText('Tier 1 floor'));
    expect(status()).toBe('Tiers reset to the Binance table.');
  });

  it('never removes the last tier', () => {
    render(<MaintenanceMarginCalculator />);
    for (let n = brackets.length; n > 1; n -= 1) fireEvent.click(screen.getByRole('button', { name: `Remove tier ${n}` }));
    expect(tierRows()).toHaveLength(1);
    expect((screen.getByRole('button', { name: 'Remove tier 1' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('computes a short with the library', () => {
    const { container } = render(<MaintenanceMarginCalculator />);
    fireEvent.change(screen.getByLabelText('Side'), { target: { value: 'short' } });
    expect(output(container, 'lp')).toBe(formatNumber(liquidationPrice({ ...position, side: 'short', brackets }), USDT));
  });
});
