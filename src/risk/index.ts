/**
 * Public entry of the risk library (contract: `risk-api.md`).
 *
 * Pure functions with one named-object argument each; invalid input throws
 * {@link RiskInputError} naming the offending field. No DOM, no I/O, only
 * relative imports, so any TypeScript runner can import this file directly.
 */
export { RiskInputError } from './errors.ts';
export type { Side } from './validate.ts';

export { normalCdf, normalPdf, normalQuantile } from './normal.ts';
export type { NormalPointInput, NormalQuantileInput } from './normal.ts';

export { blackScholes } from './options.ts';
export type { BlackScholesInput, BlackScholesResult, OptionType } from './options.ts';

export { optionStrategy, strategyProfitAt } from './strategy.ts';
export type { LegKind, OptionStrategyInput, OptionStrategyResult, StrategyLeg, StrategyProfitAtInput } from './strategy.ts';

export {
  bybitLinearLiquidationPrice,
  liquidationPrice,
  maintenanceBracket,
  perpetualPositionRisk,
} from './margin.ts';
export type {
  BybitLinearLiquidationPriceInput,
  FirstExit,
  LiquidationPriceInput,
  MaintenanceBracketInput,
  MaintenanceBracketResult,
  MarginBracket,
  PerpetualPositionRiskInput,
  PerpetualPositionRiskResult,
} from './margin.ts';

export { almgrenChriss } from './execution.ts';
export type { AlmgrenChrissInput, AlmgrenChrissResult } from './execution.ts';

export { cdsParSpread, creditorWaterfall, hazardFromSpread } from './credit.ts';
export type {
  CdsParSpreadInput,
  CdsParSpreadResult,
  CreditorClaim,
  CreditorClaimPayment,
  CreditorClass,
  CreditorClassPayment,
  CreditorWaterfallInput,
  CreditorWaterfallResult,
  HazardFromSpreadInput,
} from './credit.ts';

export { ewmaVolatility, parametricVar } from './market.ts';
export type {
  EwmaVolatilityInput,
  EwmaVolatilityResult,
  ParametricVarInput,
  ParametricVarResult,
} from './market.ts';

export { healthFactor, loopLeverage } from './lending.ts';
export type { CollateralPosition, HealthFactorInput, LoopLeverageInput, LoopLeverageResult } from './lending.ts';

export { attackerSuccessProbability } from './settlement.ts';
export type { AttackerSuccessProbabilityInput } from './settlement.ts';

export { durationGap } from './balance-sheet.ts';
export type { DurationGapInput, DurationGapResult } from './balance-sheet.ts';

export { kellyFraction } from './sizing.ts';
export type { KellyFractionInput } from './sizing.ts';
