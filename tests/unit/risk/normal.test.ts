import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalCdf, normalPdf, normalQuantile } from '../../../src/risk/index.ts';
import { standardNormalCdf, standardNormalQuantile } from '../../../src/risk/normal.ts';
import { expectClose, expectInputError, NOT_FINITE_NUMBERS } from './helpers.ts';

// Reference values computed with mpmath (ncdf / npdf; quantiles by root-finding on log ncdf) at 80
// significant digits, evaluated at the exact double nearest each printed input (a decimal such as
// 0.999999 is not exactly representable, and the tails amplify that difference).
const CDF_TABLE: readonly [number, number, number][] = [
  [-37.5, 4.6053530095819548e-308, 1.7282337322841052e-306],
  [-30, 4.9067139271481871e-198, 1.4736461348785475e-196],
  [-20, 2.7536241186062337e-89, 5.5209483621597632e-88],
  [-10, 7.6198530241605261e-24, 7.6945986267064193e-23],
  [-8.2924, 5.5492983151602746e-17, 4.666802159480474e-16],
  [-5.656854, 7.7086401511181074e-9, 4.4895102590174042e-8],
  [-3, 0.0013498980316300945, 0.0044318484119380072],
  [-1.5, 0.066807201268858066, 0.12951759566589173],
  [-0.6744, 0.25002852137294061, 0.31779580877790458],
  [-1e-10, 0.49999999996010577, 0.39894228040143268],
  [0, 0.5, 0.39894228040143268],
  [0.3, 0.61791142218895263, 0.38138781546052409],
  [0.67448976, 0.75000000311545555, 0.31777657058276408],
  [1, 0.84134474606854295, 0.24197072451914335],
  [2.5, 0.99379033467422386, 0.017528300493568537],
  [5, 0.99999971334842812, 1.4867195147342977e-6],
  [8, 0.99999999999999938, 5.0522710835368923e-15],
];

const QUANTILE_TABLE: readonly [number, number][] = [
  [1e-300, -37.047096299361199],
  [1e-100, -21.273453560965324],
  [1e-20, -9.2623400897984076],
  [1e-10, -6.3613409024040562],
  [0.001, -3.0902323061678135],
  [0.025, -1.9599639845400542],
  [0.075, -1.4395314709384559],
  [0.3, -0.52440051270804082],
  [0.925, 1.4395314709384562],
  [0.975, 1.9599639845400539],
  [0.99, 2.3263478740408408],
  [0.999999, 4.7534243088170878],
];

describe('normalCdf / normalPdf (Cody 1969 / R pnorm)', () => {
  it.each(CDF_TABLE)('Φ(%s) and φ(%s) match mpmath to ~1e-15 relative', (x, cdf, pdf) => {
    expectClose(normalCdf({ x }), cdf, 2e-15, 0, `Φ(${x})`);
    expectClose(normalPdf({ x }), pdf, 2e-15, 0, `φ(${x})`);
  });

  it('is exactly ½ at 0 and symmetric: Φ(x) + Φ(−x) = 1', () => {
    expect(normalCdf({ x: 0 })).toBe(0.5);
    fc.assert(
      fc.property(fc.double({ min: -8, max: 8, noNaN: true }), (x) => {
        expect(Math.abs(standardNormalCdf(x) + standardNormalCdf(-x) - 1)).toBeLessThan(4e-16);
      }),
    );
  });

  it('is non-decreasing and stays in [0, 1]', () => {
    fc.assert(
      fc.property(fc.double({ min: -40, max: 40, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (x, h) => {
        const a = standardNormalCdf(x);
        const b = standardNormalCdf(x + h);
        expect(a).toBeGreaterThanOrEqual(0);
        expect(b).toBeLessThanOrEqual(1);
        expect(b).toBeGreaterThanOrEqual(a);
      }),
    );
  });

  it('underflows to exactly 0 below −37.5193 and saturates at 1 (never NaN)', () => {
    expect(normalCdf({ x: -40 })).toBe(0);
    expect(normalCdf({ x: 40 })).toBe(1);
    expect(normalPdf({ x: 1e10 })).toBe(0);
  });
});

describe('normalQuantile (Wichura AS 241)', () => {
  it.each(QUANTILE_TABLE)('Φ⁻¹(%s) matches mpmath to ~1e-15 relative', (p, x) => {
    expectClose(normalQuantile({ p }), x, 2e-15, 0, `Φ⁻¹(${p})`);
  });

  it('gives the z-scores printed in the reference: 2.3263479, 1.6448536, 1.9599640', () => {
    expectClose(normalQuantile({ p: 0.99 }), 2.3263479, 0, 5e-8);
    expectClose(normalQuantile({ p: 0.95 }), 1.6448536, 0, 5e-8);
    expectClose(normalQuantile({ p: 0.975 }), 1.959964, 0, 5e-8);
    expect(normalQuantile({ p: 0.5 })).toBe(0);
  });

  it('inverts Φ: Φ(Φ⁻¹(p)) = p', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-300, max: 1 - 1e-12, noNaN: true }), (p) => {
        const back = standardNormalCdf(standardNormalQuantile(p));
        expect(Math.abs(back - p)).toBeLessThanOrEqual(Math.max(1e-13 * p, 1e-13 * (1 - p), 1e-300));
      }),
    );
  });

  it('is finite for the extreme doubles', () => {
    expect(Number.isFinite(normalQuantile({ p: Number.MIN_VALUE }))).toBe(true);
    expect(Number.isFinite(normalQuantile({ p: 1 - Number.EPSILON / 2 }))).toBe(true);
  });
});

describe('normal: bad input', () => {
  it.each(NOT_FINITE_NUMBERS)('rejects x = %s', (x) => {
    expectInputError(() => normalCdf({ x } as never), 'x');
    expectInputError(() => normalPdf({ x } as never), 'x');
  });
  it.each([0, 1, -0.1, 1.5, NaN, Infinity, '0.5', null])('rejects p = %s', (p) => {
    expectInputError(() => normalQuantile({ p } as never), 'p');
  });
  it('rejects a missing or non-object input', () => {
    expectInputError(() => normalCdf(undefined as never), 'input');
    expectInputError(() => normalCdf([] as never), 'input');
    expectInputError(() => normalQuantile({} as never), 'p');
  });
});
