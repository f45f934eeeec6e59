import { parseNumberInput } from '../lib/parse-number.ts';
import type { ScenarioCheck, ScenarioField, ScenarioLinks, ScenarioSpec } from '../lib/scenario.ts';

/**
 * Scenario links, the work behind `useScenario` (src/lib/scenario.ts), loaded on first need.
 *
 * A parameter is `<calculator id>.<name>`, e.g. `expiry.S=110`. A list row adds its number (from 1)
 * after the list's name, then the row field's name: `optstrat.l2k` is the strike of leg 2,
 * `waterfall.c1k2amount` the claim of claimant 2 in class 1. Names are letters only, so digits
 * always mark rows. A calculator writes its whole scenario once it differs from its defaults (so a
 * link keeps its meaning if the defaults change) and removes its parameters when it is back at them.
 * Values are the text as typed; on the way in each is checked like typed input, and one that fails
 * is ignored (the field keeps its default) with a note above the calculator.
 */

/** A link parameter that was not applied, and why. */
export interface IgnoredParameter {
  name: string;
  reason: string;
}

/** Longest free text (a name) a link may set. */
export const MAX_TEXT_LENGTH = 100;
/** Most rows a link may set in a list that does not say otherwise. */
export const MAX_ROWS = 20;
/** Notes shown at most, so a link with thousands of bad parameters cannot flood the page. */
const MAX_NOTES = 8;

/** Calculator state as the codec sees it: text fields, and lists of rows (a row may carry a render `key`). */
type Tree = { [field: string]: unknown };

let lastRowKey = 0;
/**
 * The rendering `key` of a row read from a link. Negative, so it never meets the keys the
 * calculators give their own rows (counted up from 0). Never part of a link.
 */
const newRowKey = () => --lastRowKey;

/** The link parameters of a state, in order: `[name, text]`. */
export function encodeScenario({ id, spec }: ScenarioLinks, state: object): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  const walk = (fields: ScenarioSpec, tree: Tree, prefix: string) => {
    for (const [key, field] of Object.entries(fields)) {
      const value = tree[key];
      if (field.rows) (value as Tree[]).forEach((row, index) => walk(field.rows!, row, `${prefix}${field.name}${index + 1}`));
      else pairs.push([prefix + field.name, String(value)]);
    }
  };
  walk(spec, state as Tree, `${id}.`);
  return pairs;
}

/**
 * `href` with this calculator's parameters replaced by `state`'s, or removed when `state` encodes
 * like `defaults`. Other parameters (another calculator's, anyone's) are kept.
 */
export function scenarioHref(href: string, links: ScenarioLinks, state: object, defaults: object): string {
  const url = new URL(href);
  for (const name of [...url.searchParams.keys()]) if (name.startsWith(`${links.id}.`)) url.searchParams.delete(name);
  const pairs = encodeScenario(links, state);
  if (JSON.stringify(pairs) !== JSON.stringify(encodeScenario(links, defaults))) {
    for (const [name, value] of pairs) url.searchParams.append(name, value);
  }
  return url.href;
}

/** Why a value cannot go into a field, or '' if it can (numbers are checked again, fully, by `check`). */
function problemWith(field: ScenarioField, value: string): string {
  if (field.choices) return field.choices.includes(value) ? '' : `not one of ${field.choices.join(', ')}.`;
  if (field.text) return value.length > MAX_TEXT_LENGTH ? `longer than ${MAX_TEXT_LENGTH} characters.` : '';
  const parsed = parseNumberInput(value, { percent: true, optional: true });
  return parsed.ok ? '' : parsed.message;
}

/** The value at an `evaluate` path split into parts: `legs[1].strike` → ['legs', '1', 'strike']. */
const valueAt = (tree: unknown, parts: string[]): unknown => parts.reduce<unknown>((node, part) => (node as Tree | undefined)?.[part], tree);

/**
 * Reads a calculator's scenario from a query string. Each value is checked on its own: a value that
 * is not a number, not one of a choice's values or too long, and an unknown parameter with this
 * calculator's prefix, is ignored (the field keeps its default) and reported. Then `check` (the
 * calculator's `evaluate`) runs on the result, and a value from the link that it rejects (out of
 * range for the library) is put back to its default and reported with the library's message,
 * until none is left. Parameters without this calculator's prefix are none of its business.
 */
export function decodeScenario<S extends object>(
  search: string,
  links: ScenarioLinks,
  defaults: S,
  check?: ScenarioCheck<S>,
): { scenario: S; ignored: IgnoredParameter[] } {
  const params = new URLSearchParams(search);
  const ours = [...new Set(params.keys())].filter((name) => name.startsWith(`${links.id}.`));
  const ignored: IgnoredParameter[] = [];
  if (ours.length === 0) return { scenario: defaults, ignored };
  const used = new Set<string>();
  /** `evaluate` path of each value taken from the link → its parameter name. */
  const fromLink = new Map<string, string>();

  const read = (fields: ScenarioSpec, fallback: Tree | undefined, prefix: string, path: string): Tree => {
    const tree: Tree = { ...fallback };
    for (const [key, field] of Object.entries(fields)) {
      const name = prefix + field.name;
      const old = fallback?.[key];
      if (field.rows) {
        const rows: Tree[] = [];
        for (let n = 1; n <= (field.maxRows ?? MAX_ROWS); n++) {
          const row = name + n;
          // Row n exists if a parameter continues "<list>n" with a letter ("l1k", not "l10k").
          if (!ours.some((other) => other.startsWith(row) && /^[a-z]/i.test(other.slice(row.length)))) break;
          const oldRow = Array.isArray(old) ? (old[n - 1] as Tree | undefined) : undefined;
          rows.push({ ...read(field.rows, oldRow, row, `${path}${key}[${n - 1}].`), key: newRowKey() });
        }
        // No rows in the link: the defaults' list (a row beyond the defaults' rows has none).
        tree[key] = rows.length > 0 ? rows : (old ?? []);
        continue;
      }
      // A row beyond the defaults' rows starts empty (a choice at its first value).
      if (typeof old !== 'string') tree[key] = field.choices?.[0] ?? '';
      const value = params.get(name);
      if (value === null) continue;
      used.add(name);
      const problem = problemWith(field, value);
      if (problem) {
        ignored.push({ name, reason: problem });
      } else {
        tree[key] = value;
        fromLink.set(path + key, name);
      }
    }
    return tree;
  };
  const scenario = read(links.spec, defaults as Tree, `${links.id}.`, '') as S;
  for (const name of ours) if (!used.has(name)) ignored.push({ name, reason: 'not a parameter of this calculator.' });

  while (check && fromLink.size > 0) {
    const { errors } = check(scenario);
    const rejected = Object.keys(errors).filter((path) => fromLink.has(path));
    if (rejected.length === 0) break;
    for (const path of rejected) {
      const parts = path.split(/[[\].]+/).filter(Boolean);
      const original = valueAt(defaults, parts);
      const field = parts.pop()!;
      const fallback = typeof original === 'string' ? original : '';
      const parent = valueAt(scenario, parts) as Tree;
      // Putting back what the link said anyway (an empty field of a new row) ignores nothing.
      if (parent[field] !== fallback) ignored.push({ name: fromLink.get(path)!, reason: errors[path]! });
      parent[field] = fallback;
      fromLink.delete(path);
    }
  }
  return { scenario, ignored };
}

/** One entry of the "Link parameters" list: the name in parts (row numbers are placeholders) and what it sets. */
export interface ParameterDescription {
  name: Array<{ text: string; row?: true }>;
  about: string;
  kind: 'number' | 'choice' | 'text';
}

/** Row number placeholders by list depth: `waterfall.c`n`k`m`amount`. */
const ROW_LETTERS = ['n', 'm', 'j'];

/** The "Link parameters" list of a calculator (rendered on the server by ScenarioTools.astro). */
export function describeParameters({ id, spec }: ScenarioLinks): ParameterDescription[] {
  const describe = (fields: ScenarioSpec, name: ParameterDescription['name'], context: string, depth: number): ParameterDescription[] =>
    Object.values(fields).flatMap((field) => {
      if (field.rows) {
        const letter = ROW_LETTERS[depth] ?? 'i';
        const row = [...name, { text: field.name }, { text: letter, row: true as const }];
        return describe(field.rows, row, `${context}${field.about} ${letter}: `, depth + 1);
      }
      const choices = field.choices ? ` (${field.choices.join(', ')})` : '';
      const kind = field.choices ? 'choice' : field.text ? 'text' : 'number';
      return [{ name: [...name, { text: field.name }], about: `${context}${field.about}${choices}`, kind }];
    });
  return describe(spec, [{ text: `${id}.` }], '', 0);
}

/** The term page's URL for a page or embed URL: the same scenario on `/terms/<slug>/`. */
export const termPageHref = (href: string): string => href.replace('/embed/', '/terms/');

/** Escapes text for a double-quoted HTML attribute. */
const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The `<iframe>` snippet that embeds a term page's calculators with the scenario in its URL. */
export function embedSnippet(pageHref: string, title: string): string {
  const url = new URL(pageHref);
  const src = url.origin + url.pathname.replace('/terms/', '/embed/') + url.search;
  return `<iframe src="${attribute(src)}" title="${attribute(`${title}: calculator`)}" width="100%" height="900" style="border:0" allow="clipboard-write" loading="lazy"></iframe>`;
}

const pageTitle = () => document.querySelector('h1')?.textContent?.trim() ?? '';

/**
 * The link parameters of the calculator `id`, which Island.astro writes on the page beside it
 * (`data-scenario-links`): a page carries only its own calculators' parameters, so this code does not
 * grow with the number of calculators on the site.
 */
function linksOf(id: string): ScenarioLinks | undefined {
  const json = document.getElementById(`${id}-ignored`)?.dataset['scenarioLinks'];
  return json === undefined ? undefined : (JSON.parse(json) as ScenarioLinks);
}

/**
 * The scenario in the page URL for this calculator, and its notes about ignored parameters shown
 * in the box above the calculator (Island.astro renders it; text only, never HTML).
 */
export function readScenario<S extends object>(id: string, defaults: S, check: ScenarioCheck<S>): S {
  const links = linksOf(id);
  if (!links) return defaults;
  const { scenario, ignored } = decodeScenario(location.search, links, defaults, check);
  const box = document.getElementById(`${id}-ignored`);
  if (box && ignored.length > 0) {
    const list = document.createElement('ul');
    const notes = ignored.slice(0, MAX_NOTES).map(({ name, reason }) => [name.length > 40 ? `${name.slice(0, 40)}…` : name, reason]);
    if (ignored.length > MAX_NOTES) notes.push(['', `and ${ignored.length - MAX_NOTES} more.`]);
    for (const [name, reason] of notes) {
      const item = list.appendChild(document.createElement('li'));
      if (name) item.append('Ignored link parameter ', Object.assign(document.createElement('code'), { textContent: name }), ': ');
      item.append(reason!);
    }
    box.replaceChildren(list);
  }
  return scenario;
}

/**
 * Puts this calculator's scenario in the page URL (no new history entry), in the embed code and
 * in an embed's link back to its page (`data-keep-query`).
 */
export function writeScenario(id: string, state: object, defaults: object): void {
  const links = linksOf(id);
  if (!links) return;
  history.replaceState(history.state, '', scenarioHref(location.href, links, state, defaults));
  document.querySelectorAll<HTMLTextAreaElement>('textarea[data-embed-code]').forEach((box) => (box.value = embedSnippet(location.href, pageTitle())));
  document.querySelectorAll<HTMLAnchorElement>('a[data-keep-query]').forEach((link) => (link.search = location.search));
}

/**
 * The tools under a calculator (ScenarioTools.astro): `link` copies the link to this scenario
 * (on an embed, to the term page), `embed` shows or hides the iframe snippet, `copy-embed` copies
 * it. Where the Clipboard API is missing or refused, the text is shown selected, to copy by hand.
 */
export function runToolAction(button: HTMLElement): void {
  const tools = button.closest('[data-scenario-tools]');
  if (!tools) return;
  const status = tools.querySelector('[role=status]')!;
  const say = (message: string) => (status.textContent = message);
  const byHandField = tools.querySelector('input')!;
  const embedCode = tools.querySelector('textarea');
  const copy = (text: string, done: string, byHand: () => void) => {
    if (navigator.clipboard) navigator.clipboard.writeText(text).then(() => say(done), byHand);
    else byHand();
  };
  const action = button.dataset['scenarioAction'];
  if (action === 'link') {
    const link = termPageHref(location.href);
    copy(link, 'Link copied', () => {
      byHandField.value = link;
      byHandField.parentElement!.hidden = false;
      byHandField.select();
      say('Copying is not available here: copy the link above by hand.');
    });
  } else if (embedCode && action === 'embed') {
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    embedCode.parentElement!.hidden = !open;
    embedCode.value = embedSnippet(location.href, pageTitle());
  } else if (embedCode && action === 'copy-embed') {
    copy(embedCode.value, 'Embed code copied', () => {
      embedCode.select();
      say('Copying is not available here: copy the code above by hand.');
    });
  }
}
