import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/lib/evaluate.ts';
import { RiskInputError } from '../../../src/risk/index.ts';

const divide = (a: number, b: number) => {
  if (b <= 0) throw new RiskInputError('divisor', 'Divisor must be greater than 0.');
  return a / b;
};

describe('evaluate', () => {
  it('parses the fields and returns the library result', () => {
    const outcome = evaluate({ a: { text: '1,000' }, b: { text: '4' } }, (v) => divide(v.num('a'), v.num('b')));
    expect(outcome).toEqual({ result: 250, errors: {}, formError: null });
  });

  it('reports a parse error beside its field and does not compute', () => {
    let called = false;
    const outcome = evaluate({ a: { text: 'abc' }, b: { text: '4' } }, () => {
      called = true;
      return 0;
    });
    expect(called).toBe(false);
    expect(outcome.result).toBeNull();
    expect(Object.keys(outcome.errors)).toEqual(['a']);
  });

  it('maps a library error to the form field that caused it', () => {
    const outcome = evaluate(
      { a: { text: '1' }, b: { text: '0' } },
      (v) => divide(v.num('a'), v.num('b')),
      (field) => (field === 'divisor' ? 'b' : field),
    );
    expect(outcome).toEqual({ result: null, errors: { b: 'Divisor must be greater than 0.' }, formError: null });
  });

  it('shows a library error that names no field of the form as a form error', () => {
    const outcome = evaluate({ a: { text: '1' }, b: { text: '0' } }, (v) => divide(v.num('a'), v.num('b')));
    expect(outcome).toEqual({ result: null, errors: {}, formError: 'Divisor must be greater than 0.' });
  });

  it('passes an empty optional field as undefined', () => {
    const outcome = evaluate({ stop: { text: '', optional: true } }, (v) => v.opt('stop') ?? 'none');
    expect(outcome.result).toBe('none');
  });

  it('rethrows anything that is not a RiskInputError (a bug, not bad input)', () => {
    expect(() =>
      evaluate({ a: { text: '1' } }, () => {
        throw new TypeError('bug');
      }),
    ).toThrow(TypeError);
  });

  it('reads a series field as a list, beside number fields', () => {
    const outcome = evaluate(
      { returns: { text: '1%, -2%\n3', series: true, percent: true }, scale: { text: '2' } },
      (v) => v.list('returns').map((r) => r * v.num('scale')),
    );
    expect(outcome).toEqual({ result: [0.02, -0.04, 0.06], errors: {}, formError: null });
  });

  it('reports the first bad entry of a series beside its field, and a series that is too short', () => {
    const bad = evaluate({ pnl: { text: '1, 2, x', series: true } }, (v) => v.list('pnl'));
    expect(bad).toEqual({ result: null, errors: { pnl: 'Entry 3 ("x") is not a number.' }, formError: null });
    const short = evaluate({ pnl: { text: '1, 2', series: true, minLength: 3 } }, (v) => v.list('pnl'));
    expect(short.errors).toEqual({ pnl: 'Enter at least 3 numbers (this has 2).' });
  });

  it('passes an empty optional series as an empty list, but holds a given one to minLength', () => {
    expect(evaluate({ pnl: { text: ' ', series: true, optional: true, minLength: 3 } }, (v) => v.list('pnl')).result).toEqual([]);
    expect(evaluate({ pnl: { text: '1', series: true, optional: true, minLength: 3 } }, (v) => v.list('pnl')).errors).toEqual({
      pnl: 'Enter at least 3 numbers (this has 1).',
    });
  });

  it('maps a library error about a series entry (returns[2]) to the series field', () => {
    const positive = (xs: number[]) =>
      xs.forEach((x, i) => {
        if (x <= 0) throw new RiskInputError(`prices[${i}]`, 'Prices must be greater than 0.');
      });
    const outcome = evaluate({ prices: { text: '1 2 0', series: true } }, (v) => positive(v.list('prices')), (field) => field.replace(/\[\d+\]$/, ''));
    expect(outcome).toEqual({ result: null, errors: { prices: 'Prices must be greater than 0.' }, formError: null });
  });

  it('treats list() on a field not marked series as a bug', () => {
    expect(() => evaluate({ a: { text: '1' } }, (v) => v.list('a'))).toThrow(/not a series field/);
  });
});
