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
const EXTRA_FUNCTIONS = ['strategyProfitAt', 'perpetualPositionRisk', 'bybitLinearLiquidationPrice', 'normalCdf', 'normalPdf', 'normalQuantile'] as const;

describe('public API (risk-api.md contract)', () => {
  it('exports every contract function, the extra functions and RiskInputError — nothing else', () => {
    for (const name of [...CONTRACT_FUNCTIONS, ...EXTRA_FUNCTIONS]) expect(typeof risk[name]).toBe('function');
    expect(Object.keys(risk).sort()).toEqual([...CONTRACT_FUNCTIONS, ...EXTRA_FUNCTIONS, 'RiskInputError'].sort());
  });

  it('RiskInputError extends Error with name and field', () => {
    const error = new RiskInputError('legs[1].strike', 'Strike must be a finite number greater than 0.');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('RiskInputError');
    expect(error.field).toBe('legs[1].strike');
    expect(error.message).toBe('Strike must be a finite number greater than 0.');
    expect(String(error)).toBe('RiskInputError: Strike must be a finite number greater than 0.');
  });

  it.each([...CONTRACT_FUNCTIONS, ...EXTRA_FUNCTIONS])('%s rejects an argument that is not an object (field "input")', (name) => {
    const fn = risk[name] as (input: unknown) => unknown;
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
      expect(source, file).not.toMatch(/\b(document|window|localStorage|fetch|Math\.random|Date\.now|new Date|process\.|require\()/);
      expect(source, file).not.toMatch(/astro|preact/i);
    }
  });
});

// Arbitrary and hostile inputs for every exported function: see fuzz.test.ts.
