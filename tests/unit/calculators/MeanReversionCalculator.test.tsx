// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import MeanReversionCalculator from '../../../src/calculators/MeanReversionCalculator.tsx';
import { basisFitExample, basisInput, PROJECTION_DAYS } from '../../../src/examples/counter-trend-trading.ts';
import { formatNumber } from '../../../src/lib/format.ts';
import { meanReversionFit, ouExpectedValue } from '../../../src/risk/index.ts';

const output = (container: Element, key: string) => container.querySelector(`#meanrev-${key}`)?.textContent ?? '';
const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const SERIES = 'Series, oldest first';

describe('MeanReversionCalculator', () => {
  it('shows the worked example (the basis series) by default', () => {
    const { container } = render(<MeanReversionCalculator />);
    const fit = meanReversionFit(basisInput);
    const ou = fit.ou!;
    expect(output(container, 'halflife')).toBe(formatNumber(ou.halfLife, { digits: 2 }));
    expect(output(container, 'z')).toBe(formatNumber(fit.zScore, { digits: 2 }));
    expect(output(container, 'z')).toBe(basisFitExample.show('zScore'));
    expect(output(container, 'mean')).toBe(formatNumber(ou.mean, { digits: 4 }));
    expect(output(container, 'slope')).toBe(formatNumber(fit.slope, { digits: 4 }));
    expect(output(container, 'chan')).toBe(formatNumber(ou.halfLifeChan, { digits: 2 }));
    const ahead = ouExpectedValue({ current: fit.last, mean: ou.mean, theta: ou.theta, days: PROJECTION_DAYS });
    expect(output(container, 'expected')).toBe(formatNumber(ahead, { digits: 4 }));
    expect(container.querySelector('svg[role="img"] desc')?.textContent).toContain(`to ${formatNumber(ahead, { digits: 4 })} after 3 days`);
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('measures time in hours: the same fit with Δ = 1 hour has a half-life of the same number of hours', () => {
    const { container } = render(<MeanReversionCalculator />);
    const days = output(container, 'halflife');
    fireEvent.change(screen.getByLabelText('Time measured in'), { target: { value: 'hours' } });
    expect(output(container, 'halflife')).toBe(days);
    expect(screen.getByText('Half-life (hours)')).toBeTruthy();
    type('Time between observations Δ', '4');
    expect(output(container, 'halflife')).toBe(formatNumber(meanReversionFit(basisInput).ou!.halfLife * 4, { digits: 2 }));
  });

  it('says so when the series does not revert, instead of a number', () => {
    const { container } = render(<MeanReversionCalculator />);
    type(SERIES, '100 101 103 106 110 115 121');
    expect(output(container, 'halflife')).toBe('None: not mean-reverting');
    expect(output(container, 'z')).toBe('None: not mean-reverting');
    expect(output(container, 'slope')).not.toBe('Not computed');
    expect(container.querySelector('svg[role="img"] desc')?.textContent).toContain('no mean reversion');
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('puts errors beside the series: too short, constant, a bad entry', () => {
    const { container } = render(<MeanReversionCalculator />);
    type(SERIES, '1, 2, 3');
    expect(container.querySelector('#meanrev-series-error')?.textContent).toBe('Enter at least 4 numbers (this has 3).');
    type(SERIES, '5 5 5 5 6');
    expect(container.querySelector('#meanrev-series-error')?.textContent).toMatch(/does not vary/);
    type(SERIES, '5 5 five 5 6');
    expect(container.querySelector('#meanrev-series-error')?.textContent).toBe('Entry 3 ("five") is not a number.');
    expect(screen.getByLabelText(SERIES).getAttribute('aria-invalid')).toBe('true');
    for (const element of container.querySelectorAll('output')) expect(element.textContent).toBe('Not computed');
    type(SERIES, '10 9 8.6 7.9');
    type('Time between observations Δ', '0');
    expect(container.querySelector('#meanrev-step-error')?.textContent).toMatch(/Time step/);
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });
});
