import type { ScenarioLinks } from '../lib/scenario.ts';

/**
 * The link parameters of every calculator, collected from src/scenarios/<Calculator>.ts (one file
 * per calculator, named like the calculator's file in src/calculators/, exporting `links`). These
 * files are the one place that names the parameters (documented on each page under its calculator
 * by ScenarioTools.astro, and in the README, "Linking and embedding").
 *
 * `id` is the calculator's id (the prefix of its ids on the page and of its parameters); each
 * `spec` key is a field of the state the calculator hands to `useScenario`, which is also the
 * field's `evaluate` key; `about` is the field's label. Names are letters only: in a list, the row
 * number follows the list's name (`optstrat.l2k`). Choices list the values of the calculator's
 * select, in order (tests/unit/lib/scenario.test.ts checks them, and the round trip of every
 * calculator, against the calculators themselves).
 *
 * They live apart from the calculators because only the server reads them (Island.astro writes each
 * calculator's parameters on its page): declared in a calculator they would weigh on every page load.
 * Once published, a name must not change: links in other teams' documents use it.
 */
const modules = import.meta.glob<{ links: ScenarioLinks }>('../scenarios/*.ts', { eager: true });

export const LINK_PARAMETERS: Readonly<Record<string, ScenarioLinks>> = Object.fromEntries(
  Object.entries(modules).map(([path, module]) => [path.replace(/^.*\/|\.ts$/g, ''), module.links]),
);
