import { describe, expect, it } from 'vitest';
import { extractFormulas, jsonForScriptElement, toJsonValue, workedExamplesOf } from '../../../src/lib/glossary.ts';
import { defineExample } from '../../../src/examples/define.ts';

describe('extractFormulas', () => {
  it('reads display and inline $$…$$ in order, and leaves single dollars and code alone', () => {
    const body = [
      'Money like $50 to $100 is text, and so is `$$code$$`.',
      '',
      '$$',
      'c = S\\,N(d_1)',
      '$$',
      '',
      'Here $$K$$ is the strike and $$\\sigma$$ the volatility.',
    ].join('\n');
    expect(extractFormulas(body)).toEqual([
      { mode: 'display', tex: 'c = S\\,N(d_1)' },
      { mode: 'inline', tex: 'K' },
      { mode: 'inline', tex: '\\sigma' },
    ]);
  });
});

describe('toJsonValue', () => {
  it('writes unbounded values as strings, keeps null and drops undefined fields', () => {
    expect(toJsonValue({ maxLoss: Number.POSITIVE_INFINITY, low: Number.NEGATIVE_INFINITY, lp: null, skip: undefined, xs: [1, undefined] })).toEqual({
      maxLoss: 'Infinity',
      low: '-Infinity',
      lp: null,
      xs: [1, null],
    });
  });

  it('refuses NaN and functions, naming where they are', () => {
    expect(() => toJsonValue({ a: [0, Number.NaN] }, 'result')).toThrow('result.a[1] is NaN');
    expect(() => toJsonValue({ f: () => 1 }, 'result')).toThrow('result.f is a function');
  });
});

describe('jsonForScriptElement', () => {
  it('escapes what could end a script element and still parses to the same value', () => {
    const value = { description: 'a </script><script>alert(1)</script> & b\u2028' };
    const text = jsonForScriptElement(value);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(text).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('workedExamplesOf', () => {
  const example = (id: string) =>
    defineExample({ id, title: id, fn: 'f', input: 1, compute: (x: number) => x, inputs: {}, outputs: {} });
  const first = example('first');
  const series = [example('s1'), example('s2')];

  it('orders examples by their first mention in the page, once each, ignoring imports', () => {
    const module = { alias: series[1], first, series, notAnExample: { id: 'x' } };
    const body = "import { alias, first, series } from '../x.ts';\n\n{series.map(() => null)}\n\n<Box example={first} /> {alias.show('a')}";
    expect(workedExamplesOf(module, body).map((found) => found.id)).toEqual(['s1', 's2', 'first']);
  });

  it('rejects two examples with one id', () => {
    expect(() => workedExamplesOf({ a: example('same'), b: example('same') })).toThrow('share the id "same"');
  });
});
