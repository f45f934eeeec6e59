import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserModuleSources, browserModuleUrl } from '../../../src/build/browser-modules.ts';

describe('browser modules (src/build/browser-modules.ts)', () => {
  const root = resolve(import.meta.dirname, '../../..');

  it('lists every calculator and the scenario-link code, as paths from the project root', () => {
    const calculators = readdirSync(resolve(root, 'src/calculators')).filter((file) => file.endsWith('.tsx'));
    const sources = browserModuleSources(root);
    expect(sources).toHaveLength(calculators.length + 1);
    for (const file of calculators) expect(sources).toContain(`src/calculators/${file}`);
    expect(sources).toContain('src/scripts/scenario-links.ts');
  });

  it('under the dev server a module is served at its source path', () => {
    expect(browserModuleUrl('src/calculators/KellyCalculator.tsx', true)).toBe('/src/calculators/KellyCalculator.tsx');
  });

  it('in a build, a module the client build did not record is an error that says what to check', () => {
    expect(() => browserModuleUrl('src/calculators/NoSuchCalculator.tsx', false)).toThrow(/NoSuchCalculator\.tsx has no built URL/);
  });
});
