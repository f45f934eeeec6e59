import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, parseCsv, toCsv } from '../../../src/lib/csv.ts';

describe('csvField (RFC 4180 quoting)', () => {
  it('leaves a field without comma, quote or line break as it is', () => {
    expect(csvField('Expiry Risk')).toBe('Expiry Risk');
    expect(csvField('')).toBe('');
    expect(csvField('Pin risk | Expiration risk')).toBe('Pin risk | Expiration risk');
    expect(csvField('Hull’s call; σ = 20 %')).toBe('Hull’s call; σ = 20 %');
  });

  it('quotes a field with a comma, CR or LF', () => {
    expect(csvField('spot, strike')).toBe('"spot, strike"');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField('cr\ronly')).toBe('"cr\ronly"');
  });

  it('quotes a field with a double quote and doubles the quote', () => {
    expect(csvField('the "cum" amount')).toBe('"the ""cum"" amount"');
    expect(csvField('"')).toBe('""""');
  });
});

describe('toCsv', () => {
  it('separates fields by commas and ends every record, the last too, with CRLF', () => {
    expect(toCsv([['slug', 'title'], ['expiry-risk', 'Expiry Risk, near the end']])).toBe(
      'slug,title\r\nexpiry-risk,"Expiry Risk, near the end"\r\n',
    );
  });

  it('writes an empty field between commas', () => {
    expect(toCsv([['a', '', 'c']])).toBe('a,,c\r\n');
  });
});

describe('parseCsv', () => {
  it('reads quoted fields, doubled quotes and line breaks inside quotes', () => {
    expect(parseCsv('a,"b, c","say ""hi""","x\r\ny"\r\n1,2,3,4\r\n')).toEqual([
      ['a', 'b, c', 'say "hi"', 'x\r\ny'],
      ['1', '2', '3', '4'],
    ]);
  });

  it('accepts LF record ends and a last record without a line break', () => {
    expect(parseCsv('a,b\nc,')).toEqual([
      ['a', 'b'],
      ['c', ''],
    ]);
  });

  it('rejects an unclosed quote and a stray quote', () => {
    expect(() => parseCsv('a,"b\r\n')).toThrow(/never closed/);
    expect(() => parseCsv('a,b"c\r\n')).toThrow(/quote inside an unquoted field/);
    expect(() => parseCsv('"a"b\r\n')).toThrow(/after a closing quote/);
  });

  it('reads back whatever toCsv writes', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'Σ', ' ', ',', '"', '\r', '\n', '|') });
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        // A record of one empty field is written as an empty line, which reads back as [''].
        expect(parseCsv(toCsv(rows))).toEqual(rows);
      }),
    );
  });
});
