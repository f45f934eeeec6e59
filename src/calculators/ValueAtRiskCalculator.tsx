import { CalculatorFrame } from '../components/CalculatorFrame.tsx';
import { Chart, type Point } from '../components/Chart.tsx';
import { NumberField } from '../components/NumberField.tsx';
import { ResultList } from '../components/ResultList.tsx';
import { evaluate } from '../lib/evaluate.ts';
import { formatNumber, percentInputText } from '../lib/format.ts';
import { useScenario } from '../lib/scenario.ts';
import { twoAssetVar, type TwoAssetVarInput } from '../risk/index.ts';
import { deskInput } from '../examples/institutional-risk-management.ts';

const ID = 'var';
/** Correlations charted: −1 to 1 in steps of 0.05. */
const RHO_GRID = Array.from({ length: 41 }, (_, i) => Number((i / 20 - 1).toFixed(2)));

type TextKey = 'valueA' | 'volA' | 'valueB' | 'volB' | 'rho' | 'days' | 'confidence';
type Scenario = Record<TextKey, string>;
const DEFAULTS: Scenario = {
  valueA: String(deskInput.first.value),
  volA: percentInputText(deskInput.first.dailyVol),
  valueB: String(deskInput.second.value),
  volB: percentInputText(deskInput.second.dailyVol),
  rho: String(deskInput.correlation),
  days: String(deskInput.days),
  confidence: percentInputText(deskInput.confidence),
};
/** Library field → form field. */
const FIELD_OF: Record<string, TextKey> = {
  'first.value': 'valueA',
  'first.dailyVol': 'volA',
  'second.value': 'valueB',
  'second.dailyVol': 'volB',
  correlation: 'rho',
};

function run(scenario: Scenario) {
  return evaluate(
    {
      valueA: { text: scenario.valueA },
      volA: { text: scenario.volA, percent: true },
      valueB: { text: scenario.valueB },
      volB: { text: scenario.volB, percent: true },
      rho: { text: scenario.rho },
      days: { text: scenario.days },
      confidence: { text: scenario.confidence, percent: true },
    },
    (v) => {
      const input: TwoAssetVarInput = {
        first: { value: v.num('valueA'), dailyVol: v.num('volA') },
        second: { value: v.num('valueB'), dailyVol: v.num('volB') },
        correlation: v.num('rho'),
        days: v.num('days'),
        confidence: v.num('confidence'),
      };
      return { now: twoAssetVar(input), rho: input.correlation, curve: RHO_GRID.map((rho): Point => [rho, twoAssetVar({ ...input, correlation: rho }).var]) };
    },
    (field) => FIELD_OF[field] ?? field,
  );
}

/** Parametric VaR and ES of two correlated positions, with √t scaling. */
export default function ValueAtRiskCalculator() {
  const [, , { result, formError }, field] = useScenario(ID, DEFAULTS, run);
  const now = result?.now;
  const curve = result?.curve ?? [];
  const at = (rho: number) => formatNumber(curve.find(([x]) => x === rho)?.[1] ?? null, { digits: 0, unit: 'USDT' });
  const money = { digits: 0, unit: 'USDT' };
  return (
    <CalculatorFrame
      id={ID}
      title="Value at risk and expected shortfall of two positions"
      convention="Normal returns with zero mean, variance–covariance method, σ scaled by √days. Negative position values are shorts."
      formError={formError}
      inputs={
        <>
          <NumberField {...field('valueA')} label="Position 1 value" unit="USDT" hint="Negative for a short" />
          <NumberField {...field('volA')} label="Position 1 daily volatility" unit="% per day" />
          <NumberField {...field('valueB')} label="Position 2 value" unit="USDT" hint="0 for a single position" />
          <NumberField {...field('volB')} label="Position 2 daily volatility" unit="% per day" />
          <NumberField {...field('rho')} label="Correlation ρ" hint="From −1 to 1, of daily returns" />
          <NumberField {...field('days')} label="Horizon" unit="days" />
          <NumberField {...field('confidence')} label="Confidence level" unit="%" />
        </>
      }
      results={
        <ResultList
          id={ID}
          computed={now !== undefined}
          rows={[
            { key: 'var', label: 'Value at risk of the two positions', value: now?.var ?? null, format: money, primary: true },
            { key: 'es', label: 'Expected shortfall', value: now?.es ?? null, format: money },
            { key: 'sd', label: 'Standard deviation of daily P&L', value: now?.dailySd ?? null, format: money },
            { key: 'first', label: 'VaR of position 1 alone', value: now?.firstVar ?? null, format: money },
            { key: 'second', label: 'VaR of position 2 alone', value: now?.secondVar ?? null, format: money },
            { key: 'sum', label: 'Sum of the stand-alone VaRs', value: now?.undiversifiedVar ?? null, format: money },
            { key: 'benefit', label: 'Diversification benefit', value: now?.diversificationBenefit ?? null, format: money },
          ]}
        />
      }
    >
      <Chart
        title="Value at risk against correlation"
        description={now
          ? `Line chart of the VaR of the two positions as the correlation ρ runs from −1 to 1, everything else as entered: ${at(-1)} at ρ = −1, ${at(0)} at ρ = 0 and ${at(1)} at ρ = 1.`
          : 'No chart: the inputs are not valid.'}
        xLabel="Correlation ρ"
        yLabel="VaR (USDT)"
        height={240}
        markers={result ? [{ x: result.rho, label: 'Your ρ' }] : []}
        series={now ? [{ name: 'VaR', points: curve }] : []}
      />
    </CalculatorFrame>
  );
}
