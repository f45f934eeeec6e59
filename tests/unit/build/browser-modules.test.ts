import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserModuleSources, browserModuleUrl, buildTimeModulesIn, type ChunkGraph } from '../../../src/build/browser-modules.ts';

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

  it('finds defineExample in browser code, through shared chunks, and names the entries that load it', () => {
    const at = (path: string) => resolve(root, path);
    const chunk = (fileName: string, modules: string[], imports: string[] = [], facade: string | null = null): ChunkGraph => ({
      fileName, facadeModuleId: facade && at(facade), moduleIds: modules.map(at), imports,
    });
    const clean = [
      chunk('runtime.js', ['src/lib/format.ts']),
      chunk('Expiry.js', ['src/calculators/ExpiryRiskCalculator.tsx', 'src/examples/expiry-risk.ts'], ['runtime.js'], 'src/calculators/ExpiryRiskCalculator.tsx'),
    ];
    expect(buildTimeModulesIn(clean, root).size).toBe(0);
    const leaking = [
      ...clean,
      chunk('shared.js', ['src/examples/define.ts', 'src/risk/normal.ts']),
      chunk('Kelly.js', ['src/calculators/KellyCalculator.tsx'], ['runtime.js', 'shared.js'], 'src/calculators/KellyCalculator.tsx'),
      chunk('Var.js', ['src/calculators/ValueAtRiskCalculator.tsx'], ['Kelly.js'], 'src/calculators/ValueAtRiskCalculator.tsx'),
    ];
    expect(buildTimeModulesIn(leaking, root)).toEqual(
      new Map([['src/examples/define.ts', ['src/calculators/KellyCalculator.tsx', 'src/calculators/ValueAtRiskCalculator.tsx']]]),
    );
  });

  it('in a build, a module the client build did not record is an error that says what to check', () => {
    expect(() => browserModuleUrl('src/calculators/NoSuchCalculator.tsx', false)).toThrow(/NoSuchCalculator\.tsx has no built URL/);
  });
});
