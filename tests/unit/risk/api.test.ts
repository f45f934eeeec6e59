import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
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

// Robustness: random, often nonsensical inputs must either give a clean result or a RiskInputError —
// never another exception, never NaN, and Infinity only where the contract allows it.
const junk = fc.oneof(
  fc.double(),
  fc.constantFrom(0, -0, 1, -1, 0.5, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER, NaN, Infinity, -Infinity),
  fc.integer({ min: -5, max: 500 }),
  fc.constantFrom('1', '', 'long', 'short', 'call', 'put', 'underlying', null, undefined, true, [], {}),
);
const side = fc.oneof(fc.constantFrom('long', 'short'), junk);
const leg = fc.record({ kind: fc.oneof(fc.constantFrom('call', 'put', 'underlying'), junk), side, quantity: junk, strike: junk, premium: junk }, { requiredKeys: [] });
const bracketList = fc.oneof(fc.array(fc.record({ floor: junk, mmr: junk }), { maxLength: 4 }), junk);

const CASES: [string, fc.Arbitrary<unknown>, (result: unknown) => void][] = [
  ['blackScholes', fc.record({ spot: junk, strike: junk, years: junk, vol: junk, rate: junk, dividendYield: junk, type: fc.oneof(fc.constantFrom('call', 'put'), junk) }, { requiredKeys: [] }), (r) => {
    const result = r as risk.BlackScholesResult;
    for (const [key, value] of Object.entries(result)) {
      if (key === 'd1' || key === 'd2') expect(Number.isNaN(value)).toBe(false);
      else expect(Number.isFinite(value), key).toBe(true);
    }
  }],
  ['optionStrategy', fc.record({ legs: fc.oneof(fc.array(leg, { maxLength: 4 }), junk) }), (r) => {
    const result = r as risk.OptionStrategyResult;
    expect(Number.isNaN(result.maxLoss) || Number.isNaN(result.maxProfit)).toBe(false);
    for (const x of result.breakevens) expect(Number.isFinite(x)).toBe(true);
  }],
  ['strategyProfitAt', fc.record({ legs: fc.oneof(fc.array(leg, { maxLength: 4 }), junk), price: junk }), (r) => expect(Number.isFinite(r)).toBe(true)],
  ['maintenanceBracket', fc.record({ notional: junk, brackets: bracketList }), (r) => {
    for (const value of Object.values(r as object)) expect(Number.isFinite(value)).toBe(true);
  }],
  ['liquidationPrice', fc.record({ side, size: junk, entry: junk, walletBalance: junk, mmr: junk, maintenanceAmount: junk, brackets: bracketList }, { requiredKeys: [] }), (r) => {
    expect(r === null || Number.isFinite(r)).toBe(true);
  }],
  ['perpetualPositionRisk', fc.record({ side, size: junk, entry: junk, leverage: junk, margin: junk, stopPrice: junk, mmr: junk, maintenanceAmount: junk, takerFee: junk }, { requiredKeys: [] }), (r) => {
    for (const value of Object.values(r as object)) expect(value === null || typeof value === 'string' || Number.isFinite(value)).toBe(true);
  }],
  ['bybitLinearLiquidationPrice', fc.record({ side, size: junk, entry: junk, leverage: junk, mmr: junk, extraMargin: junk }, { requiredKeys: [] }), (r) => {
    expect(r === null || Number.isFinite(r)).toBe(true);
  }],
  ['almgrenChriss', fc.record({ shares: junk, periods: fc.oneof(fc.integer({ min: 1, max: 20 }), junk), horizon: junk, vol: junk, eta: junk, gamma: junk, epsilon: junk, riskAversion: junk }, { requiredKeys: [] }), (r) => {
    const result = r as risk.AlmgrenChrissResult;
    for (const value of [...result.holdings, ...result.trades, result.expectedCost, result.variance, result.kappa]) expect(Number.isFinite(value)).toBe(true);
  }],
  ['creditorWaterfall', fc.record({ assets: junk, classes: fc.oneof(fc.array(fc.record({ name: fc.oneof(fc.string(), junk), claims: fc.oneof(fc.array(fc.record({ name: fc.oneof(fc.string(), junk), amount: junk }), { maxLength: 3 }), junk) }), { maxLength: 3 }), junk) }), (r) => {
    const result = r as risk.CreditorWaterfallResult;
    expect(Number.isFinite(result.residual)).toBe(true);
    for (const c of result.classes) for (const value of [c.claim, c.paid, c.recoveryRate, ...c.claims.map((x) => x.paid)]) expect(Number.isFinite(value)).toBe(true);
  }],
  ['cdsParSpread', fc.record({ hazardRate: junk, recovery: junk, rate: junk, years: junk, paymentsPerYear: junk }, { requiredKeys: [] }), (r) => {
    for (const value of Object.values(r as object)) expect(Number.isFinite(value)).toBe(true);
  }],
  ['hazardFromSpread', fc.record({ spread: junk, recovery: junk }), (r) => expect(Number.isFinite(r)).toBe(true)],
  ['parametricVar', fc.record({ value: junk, dailyVol: junk, days: junk, confidence: junk, z: junk }, { requiredKeys: [] }), (r) => {
    for (const value of Object.values(r as object)) expect(Number.isFinite(value)).toBe(true);
  }],
  ['ewmaVolatility', fc.record({ lambda: junk, initialVariance: junk, returns: fc.oneof(fc.array(junk, { maxLength: 5 }), junk) }), (r) => {
    for (const value of Object.values(r as object)) expect(Number.isFinite(value)).toBe(true);
  }],
  ['healthFactor', fc.record({ collateral: fc.oneof(fc.array(fc.record({ value: junk, liquidationThreshold: junk }), { maxLength: 3 }), junk), debt: junk }), (r) => {
    expect(Number.isNaN(r)).toBe(false);
    expect(r as number).toBeGreaterThanOrEqual(0); // 0 only when Σ value·LT / debt underflows
  }],
  ['loopLeverage', fc.record({ ltv: junk, loops: junk }), (r) => {
    for (const value of Object.values(r as object)) expect(Number.isFinite(value)).toBe(true);
  }],
  ['attackerSuccessProbability', fc.record({ attackerShare: junk, confirmations: fc.oneof(fc.integer({ min: 0, max: 100_000 }), junk) }), (r) => {
    expect(r as number).toBeGreaterThanOrEqual(0);
    expect(r as number).toBeLessThanOrEqual(1);
  }],
  ['durationGap', fc.record({ assets: junk, assetDuration: junk, liabilities: junk, liabilityDuration: junk, yieldLevel: junk, yieldChange: junk }), (r) => {
    for (const value of Object.values(r as object)) expect(Number.isFinite(value)).toBe(true);
  }],
  ['kellyFraction', fc.record({ winProbability: junk, winLossRatio: junk }), (r) => expect(Number.isFinite(r)).toBe(true)],
  ['normalCdf', fc.record({ x: junk }), (r) => expect(Number.isFinite(r)).toBe(true)],
  ['normalQuantile', fc.record({ p: junk }), (r) => expect(Number.isFinite(r)).toBe(true)],
];

describe('robustness: arbitrary inputs give a clean result or a RiskInputError', () => {
  it.each(CASES)('%s', (name, arbitrary, checkResult) => {
    const fn = (risk as unknown as Record<string, (input: unknown) => unknown>)[name]!;
    fc.assert(
      fc.property(arbitrary, (input) => {
        let result: unknown;
        try {
          result = fn(input);
        } catch (error) {
          expect(error, `${name} threw ${String(error)}`).toBeInstanceOf(RiskInputError);
          const { field, message } = error as RiskInputError;
          expect(field.length).toBeGreaterThan(0);
          expect(message).not.toMatch(/NaN is not|undefined|\[object Object\]/);
          return;
        }
        checkResult(result);
      }),
      { numRuns: 400 },
    );
  });
});
