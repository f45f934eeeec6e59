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
  liquidationDistanceCurve,
  liquidationPrice,
  maintenanceBracket,
  perpetualPositionRisk,
} from './margin.ts';
export type {
  BybitLinearLiquidationPriceInput,
  FirstExit,
  LiquidationDistanceCurveInput,
  LiquidationDistancePoint,
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

export { confirmationsForRisk, confirmationWait, settlementExposure, MAX_CONFIRMATIONS } from './settlement.ts';
export type {
  ConfirmationsForRiskInput,
  ConfirmationsForRiskResult,
  ConfirmationWaitInput,
  ConfirmationWaitResult,
  SettlementExposureInput,
  SettlementExposureResult,
} from './settlement.ts';

export { DAYS_PER_YEAR, HOURS_PER_YEAR, MINUTES_PER_YEAR, SECONDS_PER_YEAR } from './calendar.ts';
export { connectionAvailability, priceMoveOverWindow } from './operational.ts';
export type {
  ConnectionAvailabilityInput,
  ConnectionAvailabilityResult,
  PriceMoveOverWindowInput,
  PriceMoveOverWindowResult,
} from './operational.ts';

export { kOfNApproval, MAX_APPROVAL_KEYS } from './controls.ts';
export type { KOfNApprovalInput, KOfNApprovalResult } from './controls.ts';

export { bridgePathLoss } from './crosschain.ts';
export type { BridgeHop, BridgeHopLoss, BridgePathLossInput, BridgePathLossResult } from './crosschain.ts';

export { aggregateGreeks, greeksPnl, neutralizingHedge, portfolioGreeks, portfolioPnl } from './portfolio.ts';
export type {
  AggregateGreeksInput,
  BookGreeks,
  GreeksPnlInput,
  GreeksPnlResult,
  GreeksPosition,
  HedgeInstrument,
  HedgeTarget,
  NeutralizingHedgeInput,
  NeutralizingHedgeResult,
  PortfolioGreeksInput,
  PortfolioGreeksResult,
  PortfolioPnlInput,
  PortfolioPnlResult,
  PortfolioPosition,
  PortfolioPositionKind,
  PositionRisk,
} from './portfolio.ts';

export { cdsImpliedHazard, cdsMarkToMarket } from './credit.ts';
export type { CdsImpliedHazardInput, CdsMarkToMarketInput, CdsMarkToMarketResult } from './credit.ts';
export { balanceSheetRateShock } from './balance-sheet.ts';
export type { BalanceSheetRateShockResult } from './balance-sheet.ts';
export { LCR_INFLOW_CAP, PERPETUAL_CONTRACTS, liquidityCoverageRatio, perpetualFunding, survivalHorizon } from './liquidity.ts';
export type {
  LiquidityCoverageRatioInput,
  LiquidityCoverageRatioResult,
  PerpetualContract,
  PerpetualFundingInput,
  PerpetualFundingResult,
  SurvivalHorizonInput,
  SurvivalHorizonResult,
} from './liquidity.ts';
export { feeDrag } from './fees.ts';
export type { FeeDragInput, FeeDragResult } from './fees.ts';

export { ewmaDecay, ewmaVolatilityPath, historicalVar, periodReturns, twoAssetVar } from './market.ts';
export type {
  EwmaDecayInput,
  EwmaDecayResult,
  EwmaVolatilityPathInput,
  EwmaVolatilityPathResult,
  HistoricalVarInput,
  HistoricalVarResult,
  PeriodReturnsInput,
  TwoAssetVarInput,
  TwoAssetVarResult,
  VarPosition,
} from './market.ts';
export { MIN_MEAN_REVERSION_OBSERVATIONS, meanReversionFit, ouExpectedValue, ouFromRegression, tradeExpectancy } from './mean-reversion.ts';
export type {
  MeanReversionFitInput,
  MeanReversionFitResult,
  OuExpectedValueInput,
  OuFromRegressionInput,
  OuParameters,
  TradeExpectancyInput,
  TradeExpectancyResult,
} from './mean-reversion.ts';
export { initialMargin, marginCoverage } from './initial-margin.ts';
export type { InitialMarginInput, InitialMarginResult, MarginCoverageInput, MarginCoverageResult } from './initial-margin.ts';

export { constantProductPriceMove, twapManipulationCost, twapRequiredSpot, uniswapV2AmountIn, uniswapV2AmountOut } from './amm.ts';
export type {
  ConstantProductPriceMoveInput,
  ConstantProductPriceMoveResult,
  TokenUnits,
  TwapAveraging,
  TwapManipulationCostInput,
  TwapManipulationCostResult,
  TwapRequiredSpotInput,
  TwapRequiredSpotResult,
  UniswapV2AmountInInput,
  UniswapV2AmountInResult,
  UniswapV2AmountOutInput,
  UniswapV2AmountOutResult,
} from './amm.ts';

export { unlockDilution, unlockSchedule, vestedAmount } from './vesting.ts';
export type {
  UnlockDilutionInput,
  UnlockDilutionResult,
  UnlockRow,
  UnlockScheduleInput,
  UnlockScheduleResult,
  VestedAmountInput,
  VestingSchedule,
} from './vesting.ts';

export { realYield, treasuryRunway } from './sustainability.ts';
export type { RealYieldInput, RealYieldResult, TreasuryRunwayInput, TreasuryRunwayResult } from './sustainability.ts';

export { correlationStress, crossVenueSpread, futuresBasis } from './correlation.ts';
export type {
  CorrelationStressInput,
  CorrelationStressResult,
  CrossVenueSpreadInput,
  CrossVenueSpreadResult,
  FuturesBasisInput,
  FuturesBasisResult,
} from './correlation.ts';

export { IMPACT_CALIBRATED_PARTICIPATION, almgren2005Impact, breakEvenPrice, squareRootImpact, transactionCost } from './costs.ts';
export type { Almgren2005ImpactInput, Almgren2005ImpactResult, BreakEvenPriceInput, BreakEvenPriceResult, SquareRootImpactInput, SquareRootImpactResult, TransactionCostInput, TransactionCostResult } from './costs.ts';
export { ORDER_DIRECTIONS, ROLL_MIN_PRICES, kyleLambda, rollSpread, rollSpreadFromPrices, walkTheBook } from './microstructure.ts';
export type { BookLevel, KyleLambdaInput, KyleLambdaResult, OrderDirection, RollSpreadFromPricesInput, RollSpreadFromPricesResult, RollSpreadInput, WalkTheBookInput, WalkTheBookResult } from './microstructure.ts';
export { calendarWeightDrift, discreteHedgingError, lelandOptionPrice, lelandVolatility, rebalancingBandExitTime, whalleyWilmottBand } from './hedging.ts';
export type { CalendarWeightDriftInput, CalendarWeightDriftResult, DiscreteHedgingErrorInput, DiscreteHedgingErrorResult, HedgedOptionInput, LelandOptionPriceInput, LelandOptionPriceResult, LelandVolatilityInput, LelandVolatilityResult, RebalancingBandExitTimeInput, RebalancingBandExitTimeResult, WhalleyWilmottBandInput } from './hedging.ts';

export { AAVE_V3_LIQUIDATION, aaveLiquidation, lendingPosition, leveragedYield, loopPosition } from './lending.ts';
export type {
  AaveLiquidationInput,
  AaveLiquidationResult,
  CollateralLiquidation,
  LendingPositionInput,
  LendingPositionResult,
  LeveragedYieldInput,
  LeveragedYieldResult,
  LoopPositionInput,
  LoopPositionResult,
  PricedCollateral,
} from './lending.ts';

export { continuousKelly, equalRiskContribution, inverseVolatilityWeights, kellyBet, portfolioRiskContributions } from './sizing.ts';
export type {
  ContinuousKellyInput,
  ContinuousKellyResult,
  EqualRiskContributionInput,
  EqualRiskContributionResult,
  InverseVolatilityWeightsInput,
  InverseVolatilityWeightsResult,
  KellyBetInput,
  KellyBetResult,
  PortfolioRiskContributionsInput,
  PortfolioRiskContributionsResult,
} from './sizing.ts';

export {
  binanceMarginRatio,
  binanceMarginRatioPrice,
  krakenFuturesInverseLiquidation,
  krakenMarginLevel,
  krakenMarginLevelPrice,
  positionLeverage,
  venueLiquidationPrices,
} from './margin.ts';
export type {
  BinanceMarginRatioInput,
  BinanceMarginRatioPriceInput,
  BinanceMarginRatioResult,
  KrakenFuturesInverseInput,
  KrakenFuturesInverseResult,
  KrakenMarginLevelInput,
  KrakenMarginLevelPriceInput,
  KrakenMarginLevelResult,
  PositionLeverageInput,
  PositionLeverageResult,
  VenueLiquidationPricesInput,
  VenueLiquidationPricesResult,
} from './margin.ts';

export { circuitBreakerLevels, firstPassageDistance, firstPassageProbability, priceTouchProbability } from './barrier.ts';
export type {
  BarrierDirection,
  CircuitBreakerLevelsInput,
  FirstPassageDistanceInput,
  FirstPassageProbabilityInput,
  FirstPassageProbabilityResult,
  PriceTouchProbabilityInput,
  PriceTouchProbabilityResult,
} from './barrier.ts';
export { MAX_SURVIVAL_DAYS } from './liquidity.ts';
export type { NetFlowPeriod } from './liquidity.ts';
export { leverageTier } from './initial-margin.ts';
export type { LeverageTier, LeverageTierInput, LeverageTierResult } from './initial-margin.ts';
