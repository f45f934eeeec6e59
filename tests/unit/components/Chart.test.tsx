// @vitest-environment happy-dom
import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { Chart, niceTicks } from '../../../src/components/Chart.tsx';

describe('niceTicks', () => {
  it('uses 1-2-5 steps covering the range', () => {
    expect(niceTicks(0, 100)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(-3, 7, 5)).toEqual([-2, 0, 2, 4, 6]);
    expect(niceTicks(0.1, 0.35, 5)).toEqual([0.1, 0.15, 0.2, 0.25, 0.3, 0.35]);
  });
});

describe('Chart', () => {
  const props = {
    title: 'Profit at expiry',
    description: 'Profit rises from −2 below 30 to +3 above 35.',
    xLabel: 'Price at expiry',
    yLabel: 'Profit',
  };

  it('is an image with an accessible title and description', () => {
    const { container } = render(
      <Chart {...props} series={[{ name: 'Profit', points: [[25, -2], [30, -2], [35, 3], [40, 3]] }]} />,
    );
    const svg = container.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    const [titleId, descId] = svg.getAttribute('aria-labelledby')!.split(' ');
    expect(container.querySelector(`#${titleId}`)!.textContent).toBe('Profit at expiry');
    expect(container.querySelector(`#${descId}`)!.textContent).toContain('Profit rises');
    expect(container.querySelector('path.chart__series')!.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){3}$/);
  });

  it('drops non-finite points instead of drawing NaN', () => {
    const { container } = render(
      <Chart {...props} series={[{ name: 'Profit', points: [[1, 1], [2, Number.NaN], [3, Number.POSITIVE_INFINITY], [4, 2]] }]} />,
    );
    expect(container.innerHTML).not.toMatch(/NaN|Infinity/);
    expect(container.querySelector('path.chart__series')!.getAttribute('d')!.split('L')).toHaveLength(2);
  });

  it('says so in words when there is nothing to draw', () => {
    const { container } = render(<Chart {...props} series={[{ name: 'Profit', points: [] }]} />);
    expect(container.textContent).toContain('nothing to draw');
  });
});
