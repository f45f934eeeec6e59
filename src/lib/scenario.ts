import { useEffect, useState } from 'preact/hooks';

/**
 * Scenario links: every calculator's inputs round-trip through the page's query string
 * (`?expiry.S=110&expiry.K=100`). This module is what every calculator page loads: the types, the
 * `useScenario` hook and the tools' click handler. The work itself (reading and writing the URL,
 * the tools' actions) is in src/scripts/scenario-links.ts and the parameters of every calculator in
 * src/scripts/scenario-parameters.ts, loaded only when a page is opened with a query string,
 * on the first edit or on the first click of a tool, so a page that is only read pays for none of
 * it. The scheme is described there and in the README ("Linking and embedding").
 */

/** One link parameter of a calculator, or one list of rows. */
export interface ScenarioField {
  /** Short, stable parameter name: letters only (digits mark list rows). */
  name: string;
  /** What it sets, for the "Link parameters" list: the field's label. */
  about: string;
  /** The values a choice accepts. */
  choices?: readonly string[];
  /** Free text such as a name (up to MAX_TEXT_LENGTH characters); otherwise a number field. */
  text?: true;
  /** A list: the fields of one row. */
  rows?: ScenarioSpec;
  /** The most rows a link may set (default MAX_ROWS). */
  maxRows?: number;
}

/** A calculator's link parameters, keyed by its state field (which is also its `evaluate` field). */
export type ScenarioSpec = Readonly<Record<string, ScenarioField>>;

/** A calculator's link parameters: its id (the parameters' prefix, e.g. `expiry`) and its fields. */
export interface ScenarioLinks {
  id: string;
  spec: ScenarioSpec;
}

/** The calculator's evaluation as `useScenario` needs it: the messages of the fields it rejects. */
export type ScenarioCheck<S> = (scenario: S) => { errors: Record<string, string> };

type LinksModule = typeof import('../scripts/scenario-links.ts');
/**
 * The scenario-link code proper, fetched on first need from the URL Island.astro writes on the page
 * (`data-module` of the parameters' box; src/build/browser-modules.ts says why not a bundled import).
 */
const linksModule = (): Promise<LinksModule> =>
  import(/* @vite-ignore */ document.querySelector<HTMLElement>('[data-scenario-links]')?.dataset['module'] ?? '') as Promise<LinksModule>;

let linkedToUrl = false;
/**
 * Called by the island loader (src/scripts/islands.ts): calculators hydrated on a page read and
 * write its URL, and the tools under them (ScenarioTools.astro) work. Elsewhere (component tests)
 * calculators keep their state to themselves.
 */
export function linkScenariosToUrl(): void {
  linkedToUrl = true;
  document.addEventListener('click', (event) => {
    const button = event.target as HTMLElement;
    if (button.dataset?.['scenarioAction']) void linksModule().then((links) => links.runToolAction(button));
  });
}

/** The keys of a state's text fields. */
type TextKey<S> = { [K in keyof S]: S[K] extends string ? K : never }[keyof S] & string;

/** What binds a NumberField to a text field of the scenario: its id, text, changes and message. */
export type FieldBinding<S> = (key: TextKey<S>) => { id: string; value: string; onInput: (text: string) => void; error: string | undefined };

/**
 * A calculator's state, linked to the page URL, and its evaluation. `id` is the calculator's id
 * (the prefix of its element ids, and the name of its parameters in
 * src/scripts/scenario-parameters.ts); `run` is its evaluation (`evaluate` + the library).
 *
 * The server renders `defaults` and hydration starts from them too (so the DOM matches the HTML);
 * a scenario in the URL is applied in an effect right after, each value checked like typed input
 * and by `run`. `update` merges a change and rewrites the URL with `history.replaceState` (no new
 * history entry). `field(key)` binds a NumberField whose id is `<id>-<key>` to a text field.
 */
export function useScenario<S extends object, E extends { errors: Record<string, string> }>(
  id: string,
  defaults: S,
  run: (scenario: S) => E,
): [S, (change: Partial<S>) => void, E, FieldBinding<S>] {
  const [state, setState] = useState(defaults);
  useEffect(() => {
    if (linkedToUrl && location.search) void linksModule().then((module) => setState(module.readScenario(id, defaults, run)));
  }, []);
  const update = (change: Partial<S>) => {
    const next = { ...state, ...change };
    setState(next);
    if (linkedToUrl) void linksModule().then((module) => module.writeScenario(id, next, defaults));
  };
  const evaluation = run(state);
  const field: FieldBinding<S> = (key) => ({
    id: `${id}-${key}`,
    value: state[key] as string,
    onInput: (text) => update({ [key]: text } as Partial<S>),
    error: evaluation.errors[key],
  });
  return [state, update, evaluation, field];
}
