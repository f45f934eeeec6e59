// @vitest-environment happy-dom
import { fireEvent, render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import MarketSyncCalculator from '../../../src/calculators/MarketSyncCalculator.tsx';
import { basisExample, cryptoStressExample, spreadExample } from '../../../src/examples/market-synchronization-risks.ts';
import { formatNumber } from '../../../src/lib/format.ts';
import { correlationStress, crossVenueSpread, futuresBasis } from '../../../src/risk/index.ts';

function output(container: Element, key: string): string {
  const element = container.querySelector(`#sync-${key}`);
  if (!element) throw new Error(`No output sync-${key}`);
  return element.textContent ?? '';
}
const input = (container: Element, id: string) => container.querySelector<HTMLInputElement>(`#sync-${id}`)!;
const type = (container: Element, id: string, value: string) => fireEvent.input(input(container, id), { target: { value } });

function expectNoBadText(container: Element) {
  expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
}

const MONEY = { digits: 0 } as const;

describe('MarketSyncCalculator', () => {
  it('shows the worked examples by default: BTC/ETH at ρ = 0.7 and 1, the 90-day basis and the two-venue spread', () => {
    const { container } = render(<MarketSyncCalculator />);
    const stress = correlationStress(cryptoStressExample.input);
    expect(output(container, 'var')).toBe(formatNumber(stress.current.var, MONEY));
    expect(output(container, 'stressed-var')).toBe(formatNumber(stress.stressed.var, MONEY));
    expect(output(container, 'increase')).toBe(formatNumber(stress.varIncrease, { ...MONEY, signed: true }));
    expect(output(container, 'standalone')).toBe(formatNumber(stress.current.undiversifiedVar, MONEY));
    expect(output(container, 'benefit')).toBe(formatNumber(stress.current.diversificationBenefit, MONEY));
    // The page's example shows the same VaRs (with a unit).
    expect(cryptoStressExample.show('stressed')).toBe(`${formatNumber(stress.stressed.var, MONEY)}\u00a0USD`);

    const basis = futuresBasis(basisExample.input);
    expect(output(container, 'basis')).toBe(formatNumber(basis.basis, { digits: 2, signed: true }));
    expect(output(container, 'basis-rate')).toBe(formatNumber(basis.basisRate, { percent: true, digits: 3 }));
    expect(output(container, 'basis-simple')).toBe(formatNumber(basis.annualizedSimple, { percent: true, digits: 2 }));
    expect(output(container, 'basis-log')).toBe(formatNumber(basis.annualizedLog, { percent: true, digits: 2 }));
    // Reference 24.3: 8.1111 % simple, 8.0311 % continuous.
    expect(output(container, 'basis-simple')).toBe('8.11\u00a0%');
    expect(output(container, 'basis-log')).toBe('8.03\u00a0%');

    const spread = crossVenueSpread(spreadExample.input);
    expect(output(container, 'spread-bps')).toBe(formatNumber(spread.spreadBps, { digits: 2, unit: 'bps' }));
    expect(output(container, 'spread-bps')).toBe('24.97\u00a0bps'); // reference 24.4: 24.969 bps
    expectNoBadText(container);
  });

  it('at ρ = 1 the VaR is the sum of the stand-alone VaRs: no diversification benefit left', () => {
    const { container } = render(<MarketSyncCalculator />);
    type(container, 'rho', '1');
    expect(output(container, 'var')).toBe(output(container, 'standalone'));
    expect(output(container, 'benefit')).toBe(formatNumber(0, MONEY));
    expect(output(container, 'increase')).toBe(formatNumber(0, MONEY));
  });

  it('charts the VaR for correlations from −1 to 1, with the current correlation marked', () => {
    const { container } = render(<MarketSyncCalculator />);
    const svg = container.querySelector('svg[role="img"]');
    expect(svg?.querySelector('title')?.textContent).toBe('VaR against the correlation');
    const atOne = correlationStress({ ...cryptoStressExample.input, correlation: 1 }).current.var;
    expect(svg?.querySelector('desc')?.textContent).toContain(`${formatNumber(atOne, MONEY)} at 1`);
    expect([...container.querySelectorAll('.chart__marker text')].map((t) => t.textContent)).toEqual(['Now']);
  });

  it('a bad value shows its message beside the field and "Not computed" for its part only; never NaN', () => {
    const { container } = render(<MarketSyncCalculator />);
    type(container, 'value1', 'abc');
    expect(input(container, 'value1').getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#sync-value1-error')?.textContent).toMatch(/Enter a number/);
    expect(output(container, 'var')).toBe('Not computed');
    expect(output(container, 'basis')).not.toBe('Not computed');
    expectNoBadText(container);

    type(container, 'value1', '600000');
    type(container, 'rho', '1.2');
    expect(container.querySelector('#sync-rho-error')?.textContent).toMatch(/Correlation/);
    type(container, 'rho', '0.7');
    type(container, 'vol2', '0');
    expect(container.querySelector('#sync-vol2-error')?.textContent).toMatch(/greater than 0/);
    type(container, 'vol2', '80%');
    type(container, 'expiry', '0');
    expect(container.querySelector('#sync-expiry-error')?.textContent).toMatch(/greater than 0/);
    expect(output(container, 'basis-simple')).toBe('Not computed');
    expect(output(container, 'var')).not.toBe('Not computed');
    type(container, 'priceB', '-5');
    expect(container.querySelector('#sync-priceB-error')?.textContent).toMatch(/greater than 0/);
    expect(output(container, 'spread-bps')).toBe('Not computed');
    expectNoBadText(container);
  });

  it('a long–short pair: the VaR falls when the correlation goes to 1', () => {
    const { container } = render(<MarketSyncCalculator />);
    type(container, 'value2', '-400000');
    expect(output(container, 'increase')).toMatch(/^-/);
    expectNoBadText(container);
  });
});
