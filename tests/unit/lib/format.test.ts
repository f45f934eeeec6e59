import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCompact, formatNumber } from '../../../src/lib/format.ts';

describe('formatNumber', () => {
  it('groups thousands and fixes the decimals in the en-US locale', () => {
    expect(formatNumber(1529.25, { unit: 'USDT' })).toBe('1,529.25\u00a0USDT');
    expect(formatNumber(54271.35678, { digits: 4 })).toBe('54,271.3568');
    expect(formatNumber(0.005, { percent: true })).toBe('0.50\u00a0%');
    expect(formatNumber(12.5, { signed: true, digits: 1 })).toBe('+12.5');
  });

  it('never prints NaN or Infinity', () => {
    expect(formatNumber(null)).toBe('Not computed');
    expect(formatNumber(Number.NaN)).toBe('Not computed');
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('Unbounded');
    expect(formatNumber(null, { nullText: 'No liquidation' })).toBe('No liquidation');
  });

  it('does not print minus zero', () => {
    expect(formatNumber(-0.0001)).toBe('0.00');
    expect(formatNumber(-0)).toBe('0.00');
  });

  it('returns readable text for any double', () => {
    fc.assert(
      fc.property(fc.double(), fc.integer({ min: 0, max: 8 }), (value, digits) => {
        expect(formatNumber(value, { digits })).not.toMatch(/NaN|Infinity|undefined/);
      }),
    );
  });
});

describe('formatCompact', () => {
  it('shortens large tick labels', () => {
    expect(formatCompact(12_000)).toBe('12k');
    expect(formatCompact(1_500_000)).toBe('1.5M');
    expect(formatCompact(250)).toBe('250');
    expect(formatCompact(0.25)).toBe('0.25');
  });
});
