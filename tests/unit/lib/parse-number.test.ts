import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumberInput } from '../../../src/lib/parse-number.ts';

describe('parseNumberInput', () => {
  it.each([
    ['1,000', 1000],
    ['1 000', 1000],
    ['20000.5', 20000.5],
    ['  42 ', 42],
    ['\u22123', -3],
    ['.5', 0.5],
    ['1e3', 1000],
    ['1,234,567.89', 1234567.89],
  ])('reads %j as %d', (text, expected) => {
    expect(parseNumberInput(text)).toEqual({ ok: true, value: expected });
  });

  it('reads percentages in a percent field, with or without the sign', () => {
    expect(parseNumberInput('5%', { percent: true })).toEqual({ ok: true, value: 0.05 });
    expect(parseNumberInput('0.5 %', { percent: true })).toEqual({ ok: true, value: 0.005 });
    expect(parseNumberInput('20', { percent: true })).toEqual({ ok: true, value: 0.2 });
  });

  it('rejects a percent sign in a plain field', () => {
    expect(parseNumberInput('5%')).toMatchObject({ ok: false });
  });

  it.each(['', 'abc', '1.2.3', '1e309', 'NaN', 'Infinity', '<img src=x>', '12abc', 'x'.repeat(10_000)])(
    'rejects %j with a message',
    (text) => {
      const result = parseNumberInput(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/\w/);
    },
  );

  it('treats an empty optional field as not given', () => {
    expect(parseNumberInput('  ', { optional: true })).toEqual({ ok: true, value: undefined });
  });

  it('round-trips every finite double written plainly', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), (value) => {
        const result = parseNumberInput(String(value));
        expect(result).toEqual({ ok: true, value: value === 0 ? 0 : value });
      }),
    );
  });
});
