import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as risk from '../../../src/risk/index.ts';
import { RiskInputError } from '../../../src/risk/index.ts';
import { expectInputError } from './helpers.ts';

const CONTRACT_FUNCTIONS = [
  'blackScholes', 'optionStrategy', 'maintenanceBracket', 'liquidationPrice', 'almgrenChriss', 'creditorWaterfall',
  'cdsParSpread', 'hazardFromSpread', 'parametricVar', 'ewmaVolatility', 'healthFactor', 'loopLeverage',
  'attackerSuccessProbability', 'durationGap', 'kellyFraction',
] as const;

/** Every exported function (the contract's and the further ones the pages need). */
const EXPORTED_FUNCTIONS = Object.entries(risk)
  .filter(([name, value]) => typeof value === 'function' && name !== 'RiskInputError')
  .map(([name]) => name);

describe('public API (risk-api.md contract)', () => {
  it('exports every contract function and RiskInputError; everything else is a function or an UPPER_CASE constant', () => {
    for (const name of CONTRACT_FUNCTIONS) expect(typeof risk[name]).toBe('function');
    expect(EXPORTED_FUNCTIONS.length).toBeGreaterThan(CONTRACT_FUNCTIONS.length);
    const others = Object.keys(risk).filter((name) => name !== 'RiskInputError' && !EXPORTED_FUNCTIONS.includes(name));
    for (const name of others) expect(name).toMatch(/^[A-Z][A-Z0-9_]*$/);
  });

  it('RiskInputError extends Error with name and field', () => {
    const error = new RiskInputError('legs[1].strike', 'Strike must be a finite number greater than 0.');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('RiskInputError');
    expect(error.field).toBe('legs[1].strike');
    expect(error.message).toBe('Strike must be a finite number greater than 0.');
    expect(String(error)).toBe('RiskInputError: Strike must be a finite number greater than 0.');
  });

  it.each(EXPORTED_FUNCTIONS)('%s rejects an argument that is not an object (field "input")', (name) => {
    const fn = (risk as unknown as Record<string, (input: unknown) => unknown>)[name]!;
    for (const bad of [undefined, null, 42, 'spot', [], true]) expectInputError(() => fn(bad), 'input');
  });

  it('source files are pure: relative imports only (with .ts), no DOM, Astro, Preact, I/O or randomness', () => {
    const dir = fileURLToPath(new URL('../../../src/risk/', import.meta.url));
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThanOrEqual(12);
    for (const file of files) {
      const source = readFileSync(dir + file, 'utf8');
      for (const match of source.matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)) {
        expect(match[1], `${file} imports ${match[1]}`).toMatch(/^\.\/[a-z-]+\.ts$/);
      }
      // Uses, not words: "the averaging window" in a comment is fine, `window.location` is not.
      expect(source, file).not.toMatch(/\b(?:document|window|globalThis|localStorage|process)\s*\.[A-Za-z_$]|\b(?:fetch|require)\s*\(|Math\.random|Date\.now|new Date/);
      expect(source, file).not.toMatch(/astro|preact/i);
    }
  });
});

// Arbitrary and hostile inputs for every exported function: see fuzz.test.ts.
