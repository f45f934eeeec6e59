// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import ProtocolSustainabilityCalculator from '../../../src/calculators/ProtocolSustainabilityCalculator.tsx';
import { dexExample, MONTHS_PER_YEAR } from '../../../src/examples/defi-protocol-sustainability.ts';
import { formatNumber } from '../../../src/lib/format.ts';
import { realYield, treasuryRunway } from '../../../src/risk/index.ts';

function output(container: Element, key: string): string {
  const element = container.querySelector(`#yield-${key}`);
  if (!element) throw new Error(`No output yield-${key}`);
  return element.textContent ?? '';
}

const type = (label: string | RegExp, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const expectNoBadText = (container: Element) => expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
const USD = { digits: 0, unit: 'USD' };
const MONTHS = { digits: 1, unit: 'months' };

describe('ProtocolSustainabilityCalculator', () => {
  it('shows the worked example by default, computed by realYield and treasuryRunway', () => {
    const { container } = render(<ProtocolSustainabilityCalculator />);
    const i = dexExample.input;
    const year = realYield({ fees: i.fees, supplySideFees: i.supplySideFees, tokensEmitted: i.tokensEmitted, tokenPrice: i.tokenPrice });
    const runway = treasuryRunway({
      liquidTreasury: i.liquidTreasury,
      nativeTokenTreasury: i.nativeTokenTreasury,
      nativeTokenHaircut: i.nativeTokenHaircut,
      monthlyExpenses: i.annualExpenses / MONTHS_PER_YEAR,
      monthlyRevenue: year.revenue / MONTHS_PER_YEAR,
    });
    expect(output(container, 'revenue')).toBe(formatNumber(year.revenue, USD));
    expect(output(container, 'incentives')).toBe(formatNumber(year.tokenIncentives, USD));
    expect(output(container, 'earnings')).toBe(formatNumber(year.earnings, { ...USD, signed: true }));
    expect(output(container, 'earnings')).toBe('-15,000,000\u00a0USD');
    expect(output(container, 'ratio')).toBe('4.00\u00a0×');
    expect(output(container, 'counted')).toBe(formatNumber(runway.countedTreasury, USD));
    expect(output(container, 'burn')).toBe(formatNumber(runway.netBurnPerMonth, USD));
    expect(output(container, 'runway')).toBe(formatNumber(runway.runwayMonths, MONTHS));
    expect(output(container, 'runway')).toBe(dexExample.show('runway'));
    expect(output(container, 'runway-market')).toBe(dexExample.show('runwayAtMarket'));
    expect(container.querySelector('svg[role="img"] desc')?.textContent).toContain('earnings -15,000,000\u00a0USD');
    expectNoBadText(container);
  });

  it('SELF 30 through the form: 12m revenue, 40m tokens at 0.50 → ratio 1.67; revenue above expenses → no end to the runway', () => {
    const { container } = render(<ProtocolSustainabilityCalculator />);
    type('Fees paid by users, per year', '12,000,000');
    type('Paid to liquidity providers or lenders, per year', '0');
    expect(output(container, 'ratio')).toBe('1.67\u00a0×');
    expect(output(container, 'earnings')).toBe('-8,000,000\u00a0USD');
    expect(output(container, 'runway')).toBe('No end (cash-flow positive)');
    expectNoBadText(container);
  });

  it('puts library errors beside the field: supply-side fees above fees, a haircut above 100 %, a zero price', () => {
    const { container } = render(<ProtocolSustainabilityCalculator />);
    type('Paid to liquidity providers or lenders, per year', '40,000,000');
    expect(screen.getByLabelText('Paid to liquidity providers or lenders, per year').getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#yield-supply-error')?.textContent).toMatch(/must not exceed/);
    for (const element of container.querySelectorAll('output')) expect(element.textContent).toBe('Not computed');
    type('Paid to liquidity providers or lenders, per year', '25,000,000');
    type('Haircut on the own token', '150%');
    expect(container.querySelector('#yield-haircut-error')?.textContent).toBeTruthy();
    type('Haircut on the own token', '50%');
    type('Token price', '0');
    expect(container.querySelector('#yield-price-error')?.textContent).toMatch(/greater than 0/);
    type('Token price', 'cheap');
    expect(container.querySelector('#yield-price-error')?.textContent).toMatch(/number/i);
    expectNoBadText(container);
  });
});
