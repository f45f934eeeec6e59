import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SERIES_ENTRIES, parseNumberInput, parseSeriesInput } from '../../../src/lib/parse-number.ts';

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

describe('parseSeriesInput', () => {
  it.each([
    ['1, 2, 3', [1, 2, 3]],
    ['1;2;3', [1, 2, 3]],
    ['1 2\t3', [1, 2, 3]],
    ['1\n2\r\n3\n', [1, 2, 3]],
    ['  -0.5 ,\n\n +2.25 ;  1e3 ', [-0.5, 2.25, 1000]],
    ['\u22121.5, \u2212.5', [-1.5, -0.5]],
    // Commas always separate in a series: "1,000" is two entries, never one thousand.
    ['1,000', [1, 0]],
  ])('reads %j as %j', (text, expected) => {
    expect(parseSeriesInput(text)).toEqual({ ok: true, values: expected });
  });

  it('reads percentages in a percent series, with or without the sign, "0.5 %" as one entry', () => {
    expect(parseSeriesInput('1.5%, -2, 0.5 %', { percent: true })).toEqual({ ok: true, values: [0.015, -0.02, 0.005] });
  });

  it.each([
    ['1, 2, 3, abc, 5', {}, 'Entry 4 ("abc") is not a number.'],
    ['abc', {}, 'Entry 1 ("abc") is not a number.'],
    ['1\n2\n1.2.3', {}, 'Entry 3 ("1.2.3") is not a number.'],
    ['1, NaN', {}, 'Entry 2 ("NaN") is not a number.'],
    ['1, Infinity', {}, 'Entry 2 ("Infinity") is not a number.'],
    ['1, 1e309', {}, 'Entry 2 ("1e309") is too large.'],
    ['1, -1e309', {}, 'Entry 2 ("-1e309") is too large.'],
    ['1, 5%', {}, 'Entry 2 ("5%") is a percentage; this field takes plain numbers.'],
    [`1 ${'9'.repeat(50)}x`, {}, `Entry 2 ("${'9'.repeat(20)}…") is not a number.`],
    ['', {}, 'Enter at least one number.'],
    [' ,; \n', {}, 'Enter at least one number.'],
    ['', { minLength: 3 }, 'Enter at least 3 numbers.'],
    ['1, 2', { minLength: 3 }, 'Enter at least 3 numbers (this has 2).'],
  ] as const)('rejects %j with %j', (text, options, message) => {
    expect(parseSeriesInput(text, options)).toEqual({ ok: false, message });
  });

  it('never echoes markup as anything but the quoted entry', () => {
    expect(parseSeriesInput('1 <img src=x>')).toEqual({ ok: false, message: 'Entry 2 ("<img") is not a number.' });
  });

  it('takes an empty series when minLength is 0', () => {
    expect(parseSeriesInput('', { minLength: 0 })).toEqual({ ok: true, values: [] });
  });

  it(`takes ${MAX_SERIES_ENTRIES} entries and refuses more, and refuses a huge paste quickly`, () => {
    expect(parseSeriesInput(Array(MAX_SERIES_ENTRIES).fill('1').join('\n'))).toMatchObject({ ok: true });
    expect(parseSeriesInput(Array(MAX_SERIES_ENTRIES + 1).fill('1').join('\n'))).toEqual({ ok: false, message: 'That is 10,001 entries: paste at most 10,000.' });
    expect(parseSeriesInput('1 '.repeat(1_000_000))).toEqual({ ok: false, message: 'That is too long: paste at most 10,000 numbers.' });
  });

  it('round-trips any list of finite doubles joined by any separators (fast-check)', () => {
    const separator = fc.constantFrom(',', ', ', ';', ' ', '\n', '\r\n', '\t', ' ;\n');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), separator), { minLength: 1, maxLength: 30 }), (pairs) => {
        const text = pairs.map(([value, sep]) => String(value) + sep).join('');
        expect(parseSeriesInput(text)).toEqual({ ok: true, values: pairs.map(([value]) => (value === 0 ? 0 : value)) });
      }),
    );
  });
});
