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
});
