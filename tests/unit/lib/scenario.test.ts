// @vitest-environment happy-dom
import { browserModuleUrl } from '../../../src/build/browser-modules.ts';
import { fireEvent, render, waitFor } from '@testing-library/preact';
import fc from 'fast-check';
import { h, type ComponentType } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { linkScenariosToUrl, type ScenarioLinks } from '../../../src/lib/scenario.ts';
import { LINK_PARAMETERS } from '../../../src/scripts/scenario-parameters.ts';
import {
  MAX_TEXT_LENGTH,
  decodeScenario,
  describeParameters,
  embedSnippet,
  encodeScenario,
  scenarioHref,
  termPageHref,
} from '../../../src/scripts/scenario-links.ts';

/** A calculator's worth of parameters: numbers, choices, free text and lists of lists. */
const LINKS: ScenarioLinks = {
  id: 'calc',
  spec: {
    side: { name: 'side', about: 'Side', choices: ['long', 'short'] },
    spot: { name: 'S', about: 'Spot price S' },
    rate: { name: 'r', about: 'Rate r' },
    classes: {
      name: 'c',
      about: 'Class',
      maxRows: 3,
      rows: {
        name: { name: 'name', about: 'Name', text: true },
        claims: { name: 'k', about: 'Claimant', maxRows: 4, rows: { amount: { name: 'amount', about: 'Claim' } } },
      },
    },
  },
};
type Claim = { key?: number; amount: string };
type Class = { key?: number; name: string; claims: Claim[] };
type State = { side: string; spot: string; rate: string; classes: Class[] };
const DEFAULTS: State = {
  side: 'long',
  spot: '100',
  rate: '5%',
  classes: [
    { key: 1, name: 'Secured', claims: [{ key: 2, amount: '60' }] },
    { key: 3, name: 'Unsecured', claims: [{ key: 4, amount: '40' }, { key: 5, amount: '25' }] },
  ],
};

/** The state without the rendering keys of its rows (they are never in a link). */
function withoutKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'key').map(([key, inner]) => [key, withoutKeys(inner)]));
  }
  return value;
}

const searchOf = (state: State, defaults: object = DEFAULTS) => new URL(scenarioHref('https://site.test/terms/x/', LINKS, state, defaults)).search;

/** Text a person could type into a number field: plain, negative, decimal, exponent, thousands, percent. */
const numberText = fc.oneof(
  fc.integer({ min: -1e9, max: 1e9 }).map(String),
  fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }).map(String),
  fc.integer({ min: 1000, max: 999_999 }).map((n) => n.toLocaleString('en-US')),
  fc.integer({ min: 0, max: 100 }).map((n) => `${n}%`),
  fc.constantFrom('0.5 %', '1e-7', '', ' 42 '),
);
const nameText = fc.string({ unit: 'grapheme', maxLength: MAX_TEXT_LENGTH }).filter((text) => [...text].length <= MAX_TEXT_LENGTH && text.length <= MAX_TEXT_LENGTH);
const stateArbitrary: fc.Arbitrary<State> = fc.record({
  side: fc.constantFrom('long', 'short'),
  spot: numberText,
  rate: numberText,
  classes: fc.array(
    fc.record({ name: nameText, claims: fc.array(fc.record({ amount: numberText }), { minLength: 1, maxLength: 4 }) }),
    { minLength: 1, maxLength: 3 },
  ),
});

describe('encodeScenario', () => {
  it('names each value <id>.<name>, rows numbered from 1 after the list name', () => {
    expect(encodeScenario(LINKS, DEFAULTS)).toEqual([
      ['calc.side', 'long'],
      ['calc.S', '100'],
      ['calc.r', '5%'],
      ['calc.c1name', 'Secured'],
      ['calc.c1k1amount', '60'],
      ['calc.c2name', 'Unsecured'],
      ['calc.c2k1amount', '40'],
      ['calc.c2k2amount', '25'],
    ]);
  });
});

describe('scenarioHref', () => {
  it('writes the whole scenario once it differs from the defaults, and keeps other parameters', () => {
    const href = scenarioHref('https://site.test/terms/x/?utm=a&other.S=1#calculator', LINKS, { ...DEFAULTS, spot: '110' }, DEFAULTS);
    const url = new URL(href);
    expect(url.hash).toBe('#calculator');
    expect(url.searchParams.get('utm')).toBe('a');
    expect(url.searchParams.get('other.S')).toBe('1');
    expect(url.searchParams.get('calc.S')).toBe('110');
    expect(url.searchParams.get('calc.r')).toBe('5%');
    expect(url.searchParams.get('calc.c2k2amount')).toBe('25');
  });

  it('removes the calculator’s parameters when it is back at its defaults', () => {
    const href = scenarioHref('https://site.test/terms/x/?calc.S=110&calc.zz=1&keep=1', LINKS, DEFAULTS, DEFAULTS);
    expect(new URL(href).search).toBe('?keep=1');
  });
});

describe('decodeScenario', () => {
  it('round-trips any scenario a person can type, text as typed (fast-check)', () => {
    fc.assert(
      fc.property(stateArbitrary, (state) => {
        const { scenario, ignored } = decodeScenario(searchOf(state, { ...DEFAULTS, side: 'other' }), LINKS, DEFAULTS, () => ({ errors: {} }));
        expect(ignored).toEqual([]);
        expect(withoutKeys(scenario)).toEqual(withoutKeys(state));
      }),
      { numRuns: 300 },
    );
  });

  it('gives every row read from a link a fresh rendering key', () => {
    const { scenario } = decodeScenario('?calc.c1name=A&calc.c1k1amount=1&calc.c2name=B&calc.c2k1amount=2', LINKS, DEFAULTS);
    const keys = scenario.classes.flatMap((cls) => [cls.key, ...cls.claims.map((claim) => claim.key)]);
    expect(new Set(keys).size).toBe(4);
    expect(keys.every((key) => typeof key === 'number')).toBe(true);
  });

  it('leaves the defaults (the very object) when the URL has none of its parameters', () => {
    const decoded = decodeScenario('?other.S=5&utm_source=x', LINKS, DEFAULTS);
    expect(decoded.scenario).toBe(DEFAULTS);
    expect(decoded.ignored).toEqual([]);
  });

  it.each([
    ['markup', '<img src=x onerror=alert(1)>', /number/i],
    ['1e309', '1e309', /too large/i],
    ['NaN', 'NaN', /number/i],
    ['Infinity', 'Infinity', /number/i],
    ['10,000 characters', 'x'.repeat(10_000), /too long/i],
    ['12abc', '12abc', /number/i],
  ])('ignores a hostile number (%s), keeps the default, says why, and still applies the other values', (_, value, reason) => {
    const search = `?${new URLSearchParams({ 'calc.S': value, 'calc.r': '7%', 'calc.side': 'short' })}`;
    const { scenario, ignored } = decodeScenario(search, LINKS, DEFAULTS);
    expect(scenario.spot).toBe('100');
    expect(scenario.rate).toBe('7%');
    expect(scenario.side).toBe('short');
    expect(ignored).toHaveLength(1);
    expect(ignored[0]!.name).toBe('calc.S');
    expect(ignored[0]!.reason).toMatch(reason);
  });

  it('ignores a choice that is not one of its values, text that is too long and unknown parameters', () => {
    const search = `?${new URLSearchParams({
      'calc.side': '<script>alert(1)</script>',
      'calc.c1name': 'y'.repeat(MAX_TEXT_LENGTH + 1),
      'calc.c1k1amount': '70',
      'calc.nope': '1',
      'calc.<img src=x onerror=alert(1)>': '1',
    })}`;
    const { scenario, ignored } = decodeScenario(search, LINKS, DEFAULTS);
    expect(scenario.side).toBe('long');
    // The link sets class 1 only: the list is replaced, the too-long name keeps class 1's default.
    expect(withoutKeys(scenario.classes)).toEqual([{ name: 'Secured', claims: [{ amount: '70' }] }]);
    expect(ignored).toEqual([
      { name: 'calc.side', reason: 'not one of long, short.' },
      { name: 'calc.c1name', reason: `longer than ${MAX_TEXT_LENGTH} characters.` },
      { name: 'calc.nope', reason: 'not a parameter of this calculator.' },
      { name: 'calc.<img src=x onerror=alert(1)>', reason: 'not a parameter of this calculator.' },
    ]);
  });

  it('keeps free text such as a name as typed, markup included (it is only ever shown as text)', () => {
    const { scenario, ignored } = decodeScenario(`?${new URLSearchParams({ 'calc.c1name': '<b>Bank & Co</b>' })}`, LINKS, DEFAULTS);
    expect(ignored).toEqual([]);
    expect(scenario.classes[0]!.name).toBe('<b>Bank & Co</b>');
  });

  it('reads rows 1, 2, … up to the first missing one and at most maxRows; "c10" is not row 1', () => {
    const { scenario, ignored } = decodeScenario('?calc.c1k1amount=1&calc.c1k2amount=2&calc.c1k4amount=4&calc.c10name=X', LINKS, DEFAULTS);
    expect(withoutKeys(scenario.classes)).toEqual([{ name: 'Secured', claims: [{ amount: '1' }, { amount: '2' }] }]);
    expect(ignored.map((note) => note.name)).toEqual(['calc.c1k4amount', 'calc.c10name']);

    const tooMany = Array.from({ length: 5 }, (_, n) => `calc.c${n + 1}k1amount=${n}`).join('&');
    const decoded = decodeScenario(`?${tooMany}`, LINKS, DEFAULTS);
    expect(decoded.scenario.classes).toHaveLength(3);
    expect(decoded.ignored.map((note) => note.name)).toEqual(['calc.c4k1amount', 'calc.c5k1amount']);
  });

  it('starts a row beyond the defaults’ rows empty, a choice at its first value', () => {
    const { scenario } = decodeScenario('?calc.c1k1amount=1&calc.c2k1amount=2&calc.c3k1amount=3', LINKS, DEFAULTS);
    expect(withoutKeys(scenario.classes[2])).toEqual({ name: '', claims: [{ amount: '3' }] });
  });

  it('puts back a value the calculator’s evaluation rejects (out of range), with its message, until none is left', () => {
    // A stand-in for evaluate(): spot must be positive; a claim must not exceed 100; then the rate below 50 %.
    const check = (state: State) => {
      const errors: Record<string, string> = {};
      if (Number(state.spot) <= 0) errors['spot'] = 'Spot price must be greater than 0.';
      state.classes.forEach((cls, c) =>
        cls.claims.forEach((claim, k) => {
          if (Number(claim.amount) > 100) errors[`classes[${c}].claims[${k}].amount`] = 'Claim must be at most 100.';
        }),
      );
      if (Object.keys(errors).length === 0 && parseFloat(state.rate) >= 50) errors['rate'] = 'Rate must be below 50 %.';
      return { errors };
    };
    const search = '?calc.S=-5&calc.r=60%25&calc.c1name=A&calc.c1k1amount=500&calc.c1k2amount=20';
    const { scenario, ignored } = decodeScenario(search, LINKS, DEFAULTS, check);
    expect(scenario.spot).toBe('100');
    expect(scenario.rate).toBe('5%');
    // Row 1 claim 1 comes back to the defaults' value at that place; claim 2 (no default there) stays as linked.
    expect(withoutKeys(scenario.classes)).toEqual([{ name: 'A', claims: [{ amount: '60' }, { amount: '20' }] }]);
    expect(ignored).toEqual([
      { name: 'calc.S', reason: 'Spot price must be greater than 0.' },
      { name: 'calc.c1k1amount', reason: 'Claim must be at most 100.' },
      { name: 'calc.r', reason: 'Rate must be below 50 %.' },
    ]);
    // The defaults are untouched.
    expect(DEFAULTS.classes[0]!.claims[0]!.amount).toBe('60');
  });

  it('does not note a value put back to what the link said anyway (an empty field of a new row)', () => {
    const check = (state: State) => ({
      errors: Object.fromEntries(state.classes.flatMap((cls, c) => cls.claims.map((claim, k) => [`classes[${c}].claims[${k}].amount`, claim.amount]).filter(([, amount]) => amount === '').map(([path]) => [path, 'Enter a number.']))),
    });
    const { scenario, ignored } = decodeScenario('?calc.c1k1amount=1&calc.c3k1amount=', LINKS, DEFAULTS, check);
    expect(ignored).toEqual([{ name: 'calc.c3k1amount', reason: 'not a parameter of this calculator.' }]);
    const kept = decodeScenario('?calc.c1k1amount=1&calc.c2k1amount=1&calc.c3k1amount=', LINKS, DEFAULTS, check);
    expect(kept.ignored).toEqual([]);
    expect(kept.scenario.classes[2]!.claims[0]!.amount).toBe('');
    expect(scenario.classes).toHaveLength(1);
  });

  it('never throws, whatever the query string (fast-check)', () => {
    const names = fc.constantFrom('calc.S', 'calc.r', 'calc.side', 'calc.c1name', 'calc.c1k1amount', 'calc.c2k3amount', 'calc.c', 'calc.', 'calc.c0k0amount');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(names, fc.string()), fc.string({ unit: 'binary' })), { maxLength: 12 }), (pairs) => {
        const search = `?${new URLSearchParams(pairs)}`;
        const { scenario } = decodeScenario(search, LINKS, DEFAULTS, () => ({ errors: {} }));
        expect(encodeScenario(LINKS, scenario).length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('describeParameters', () => {
  it('lists every parameter with row placeholders and the label of what it sets', () => {
    const rows = describeParameters(LINKS).map(({ name, about, kind }) => [name.map((part) => (part.row ? `<${part.text}>` : part.text)).join(''), about, kind]);
    expect(rows).toEqual([
      ['calc.side', 'Side (long, short)', 'choice'],
      ['calc.S', 'Spot price S', 'number'],
      ['calc.r', 'Rate r', 'number'],
      ['calc.c<n>name', 'Class n: Name', 'text'],
      ['calc.c<n>k<m>amount', 'Class n: Claimant m: Claim', 'number'],
    ]);
  });
});

describe('links and embed code', () => {
  it('the embed snippet points at /embed/<slug>/ with the scenario, escaped for the attribute', () => {
    const snippet = embedSnippet('https://site.test/terms/max-loss/?calc.S=1&calc.c1name=%22a%22#x', 'Max "loss" & more');
    expect(snippet).toBe(
      '<iframe src="https://site.test/embed/max-loss/?calc.S=1&amp;calc.c1name=%22a%22" title="Max &quot;loss&quot; &amp; more: calculator" width="100%" height="900" style="border:0" allow="clipboard-write" loading="lazy"></iframe>',
    );
  });

  it('the link from an embed opens the term page with the same scenario', () => {
    expect(termPageHref('https://site.test/embed/max-loss/?calc.S=1')).toBe('https://site.test/terms/max-loss/?calc.S=1');
    expect(termPageHref('https://site.test/terms/max-loss/?calc.S=1')).toBe('https://site.test/terms/max-loss/?calc.S=1');
  });
});

describe('the link parameters of every calculator (src/scripts/scenario-parameters.ts)', () => {
  const calculators = import.meta.glob<{ default: ComponentType }>('../../../src/calculators/*.tsx', { eager: true });
  const byName = Object.fromEntries(Object.entries(calculators).map(([path, module]) => [/(\w+)\.tsx$/.exec(path)![1]!, module.default]));

  it('name every calculator, and only calculators, each with its own id', () => {
    expect(Object.keys(LINK_PARAMETERS).sort()).toEqual(Object.keys(byName).sort());
    const ids = Object.values(LINK_PARAMETERS).map((links) => links.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(Object.entries(LINK_PARAMETERS))('%s: short, unique, letters-only names, each with what it sets', (_, links) => {
    const check = (spec: ScenarioLinks['spec']) => {
      const names = Object.values(spec).map((field) => field.name);
      expect(new Set(names).size).toBe(names.length);
      for (const field of Object.values(spec)) {
        expect(field.name).toMatch(/^[A-Za-z]{1,12}$/);
        expect(field.about.length).toBeGreaterThan(0);
        if (field.rows) check(field.rows);
      }
    };
    check(links.spec);
  });

  it.each(Object.entries(LINK_PARAMETERS))('%s: the choices are the values of the calculator’s selects, in order', (name, links) => {
    const { container } = render(h(byName[name]!, {}));
    const selects = [...container.querySelectorAll('select')].map((select) => [...select.options].map((option) => option.value).join(','));
    const choices: string[] = [];
    const collect = (spec: ScenarioLinks['spec']) =>
      Object.values(spec).forEach((field) => (field.rows ? collect(field.rows) : field.choices && choices.push(field.choices.join(','))));
    collect(links.spec);
    expect(new Set(selects)).toEqual(new Set(choices));
    // The id is the calculator's own: its data-calculator, and the prefix of its element ids.
    expect(container.querySelector(`[data-calculator="${links.id}"]`)).not.toBeNull();
  });
});

describe('useScenario on a page (island loader has linked the calculators to the URL)', () => {
  const modules = import.meta.glob<{ default: ComponentType }>('../../../src/calculators/ExpiryRiskCalculator.tsx', { eager: true });
  const ExpiryRiskCalculator = Object.values(modules)[0]!.default;
  afterEach(() => {
    history.replaceState(null, '', '/');
    document.getElementById('expiry-ignored')?.remove();
  });
  /** The box Island.astro puts above a calculator: notes about ignored parameters, and the calculator's parameters. */
  function linksBox(): HTMLElement {
    const box = document.createElement('div');
    box.id = 'expiry-ignored';
    box.dataset['scenarioLinks'] = JSON.stringify(LINK_PARAMETERS['ExpiryRiskCalculator']);
    // Where the scenario-link code is loaded from: its source path, as Island.astro writes it under Vite's dev server.
    box.dataset['module'] = browserModuleUrl('src/scripts/scenario-links.ts', true);
    return document.body.appendChild(box);
  }

  it('applies the scenario in the URL after hydration, and notes what it ignored', async () => {
    linkScenariosToUrl();
    history.replaceState(null, '', `/terms/expiry-risk/?${new URLSearchParams({ 'expiry.S': '110', 'expiry.K': '<img src=x onerror=alert(1)>', 'expiry.type': 'put' })}`);
    const box = linksBox();
    const { container } = render(h(ExpiryRiskCalculator, {}));
    const spot = container.querySelector<HTMLInputElement>('#expiry-spot')!;
    await waitFor(() => expect(spot.value).toBe('110'));
    expect(container.querySelector<HTMLSelectElement>('#expiry-type')!.value).toBe('put');
    expect(container.querySelector<HTMLInputElement>('#expiry-strike')!.value).toBe('40');
    await waitFor(() => expect(box.textContent).toMatch(/Ignored link parameter expiry\.K: Enter a number/));
    expect(box.querySelector('img')).toBeNull();
    expect(box.querySelector('code')?.textContent).toBe('expiry.K');
  });

  it('writes each change to the URL without adding a history entry', async () => {
    linkScenariosToUrl();
    history.replaceState(null, '', '/terms/expiry-risk/?utm_source=doc');
    linksBox();
    const entries = history.length;
    const { container } = render(h(ExpiryRiskCalculator, {}));
    fireEvent.input(container.querySelector('#expiry-spot')!, { target: { value: '1,234' } });
    await waitFor(() => expect(new URLSearchParams(location.search).get('expiry.S')).toBe('1,234'));
    expect(new URLSearchParams(location.search).get('utm_source')).toBe('doc');
    expect(history.length).toBe(entries);
    fireEvent.input(container.querySelector('#expiry-spot')!, { target: { value: '42' } });
    await waitFor(() => expect(location.search).toBe('?utm_source=doc'));
  });
});
