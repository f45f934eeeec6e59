import { CalculatorFrame } from '../components/CalculatorFrame.tsx';
import { Chart, type Point } from '../components/Chart.tsx';
import { ChoiceField } from '../components/ChoiceField.tsx';
import { NumberField } from '../components/NumberField.tsx';
import { ResultList } from '../components/ResultList.tsx';
import { SeriesField } from '../components/SeriesField.tsx';
import { evaluate } from '../lib/evaluate.ts';
import { formatNumber } from '../lib/format.ts';
import { useScenario } from '../lib/scenario.ts';
import { ewmaDecay, ewmaVolatilityPath, initialMargin, periodReturns } from '../risk/index.ts';
import { BTC_RETURNS_PERCENT, volScaledInput } from '../examples/volatility-adjustments.ts';
import { annualFromDailyVol } from '../examples/volatility.ts';

const ID = 'ewma';
/** Days shown on the chart at most (the latest ones). */
const CHART_DAYS = 60;
type Kind = 'returns' | 'prices';

type TextKey = 'series' | 'lambda' | 'seed' | 'confidence' | 'days' | 'notional';
type Scenario = { kind: Kind } & Record<TextKey, string>;
const DEFAULTS: Scenario = {
  kind: 'returns',
  series: BTC_RETURNS_PERCENT.join(', '),
  lambda: String(volScaledInput.lambda),
  seed: '',
  confidence: `${volScaledInput.confidence * 100}%`,
  days: String(volScaledInput.days),
  notional: String(volScaledInput.notional),
};
const FIELD_OF: Record<string, TextKey> = { initialVolatility: 'seed', dailyVol: 'series' };

function run(scenario: Scenario) {
  const prices = scenario.kind === 'prices';
  return evaluate(
    {
      series: { text: scenario.series, series: true, percent: !prices, minLength: prices ? 2 : 1 },
      lambda: { text: scenario.lambda },
      seed: { text: scenario.seed, percent: true, optional: true },
      confidence: { text: scenario.confidence, percent: true },
      days: { text: scenario.days },
      notional: { text: scenario.notional },
    },
    (v) => {
      const returns = prices ? periodReturns({ prices: v.list('series') }).returns : v.list('series');
      const path = ewmaVolatilityPath({ lambda: v.num('lambda'), returns, initialVolatility: v.opt('seed') });
      const margin = initialMargin({ notional: v.num('notional'), dailyVol: path.volatility, days: v.num('days'), confidence: v.num('confidence') });
      return { returns, path, margin, decay: ewmaDecay({ lambda: v.num('lambda') }) };
    },
    (field) => FIELD_OF[field] ?? (/^(returns|prices)\b/.test(field) ? 'series' : field),
  );
}

/** EWMA volatility of pasted returns or prices, and the margin scaled to it. */
export default function EwmaVolatilityCalculator() {
  const [scenario, update, { result, formError }, field] = useScenario(ID, DEFAULTS, run);
  const prices = scenario.kind === 'prices';
  const pct = (digits: number) => ({ percent: true, digits });
  // The latest CHART_DAYS days: EWMA σ after each day's return, and that return's size.
  const first = Math.max(0, (result?.returns.length ?? 0) - CHART_DAYS);
  const vols: Point[] = result ? result.path.volatilities.slice(first + 1).map((vol, i) => [first + i + 1, vol * 100]) : [];
  const moves: Point[] = result ? result.returns.slice(first).map((u, i) => [first + i + 1, Math.abs(u) * 100]) : [];
  const last = vols[vols.length - 1];
  return (
    <CalculatorFrame
      id={ID}
      title="EWMA volatility and vol-scaled margin"
      convention="RiskMetrics EWMA, σ²ₙ = λσ²ₙ₋₁ + (1 − λ)u²ₙ₋₁, zero mean; prices become simple daily returns; margin = z·σ·√MPOR·notional (normal, one-tailed); 365 days a year."
      formError={formError}
      inputs={
        <>
          <ChoiceField id={`${ID}-kind`} label="The series holds" value={scenario.kind} onChange={(kind) => update({ kind })}
            options={[{ value: 'returns', label: 'Daily returns (%)' }, { value: 'prices', label: 'Daily closing prices' }]} />
          <SeriesField {...field('series')} label={prices ? 'Closing prices, oldest first' : 'Daily returns, oldest first'} unit={prices ? undefined : '%'}
            hint="Paste a column, or separate with commas, spaces or semicolons" />
          <NumberField {...field('lambda')} label="Decay factor λ" hint="RiskMetrics uses 0.94 for daily data" />
          <NumberField {...field('seed')} label="Starting volatility σ₀" unit="% per day" hint="Leave empty to start from the root mean square of the returns" />
          <NumberField {...field('confidence')} label="Margin confidence level" unit="%" />
          <NumberField {...field('days')} label="Margin period of risk" unit="days" />
          <NumberField {...field('notional')} label="Position notional" unit="USDT" />
        </>
      }
      results={
        <ResultList
          id={ID}
          computed={result !== null}
          rows={[
            { key: 'vol', label: 'EWMA volatility now (per day)', value: result?.path.volatility ?? null, format: pct(2), primary: true },
            { key: 'annual', label: 'The same, annualised', value: result ? annualFromDailyVol(result.path.volatility) : null, format: pct(1) },
            { key: 'seedvol', label: 'Starting volatility σ₀ (per day)', value: result ? Math.sqrt(result.path.initialVariance) : null, format: pct(2) },
            { key: 'halflife', label: 'Half-life of the weights', value: result?.decay.halfLife ?? null, format: { digits: 1, unit: 'days' } },
            { key: 'window', label: 'Effective window 1/(1 − λ)', value: result?.decay.effectiveWindow ?? null, format: { digits: 1, unit: 'days' } },
            { key: 'rate', label: 'Vol-scaled margin rate (of notional)', value: result?.margin.rate ?? null, format: pct(2) },
            { key: 'margin', label: 'Vol-scaled margin', value: result?.margin.margin ?? null, format: { digits: 0, unit: 'USDT' } },
            { key: 'leverage', label: 'Maximum leverage it allows', value: result?.margin.maxLeverage ?? null, format: { digits: 1, unit: '×' } },
          ]}
        />
      }
    >
      <Chart
        title="EWMA volatility day by day"
        description={result && last
          ? `Line chart over the latest ${vols.length} days: the EWMA volatility after each day (solid) and the size of that day's return (dashed), both in % per day. The estimate ends at ${formatNumber(last[1], { digits: 2 })} % per day.`
          : 'No chart: the inputs are not valid.'}
        xLabel="Day"
        yLabel="% per day"
        height={240}
        series={result ? [{ name: 'EWMA σ', points: vols }, { name: 'Size of the return |u|', points: moves, dashed: true }] : []}
      />
    </CalculatorFrame>
  );
}
