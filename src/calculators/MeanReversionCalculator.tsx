import { CalculatorFrame } from '../components/CalculatorFrame.tsx';
import { Chart, type Point } from '../components/Chart.tsx';
import { ChoiceField } from '../components/ChoiceField.tsx';
import { NumberField } from '../components/NumberField.tsx';
import { ResultList } from '../components/ResultList.tsx';
import { SeriesField } from '../components/SeriesField.tsx';
import { evaluate } from '../lib/evaluate.ts';
import { formatNumber } from '../lib/format.ts';
import { useScenario } from '../lib/scenario.ts';
import { MIN_MEAN_REVERSION_OBSERVATIONS, meanReversionFit, ouExpectedValue } from '../risk/index.ts';
import { PROJECTION_DAYS, basisInput } from '../examples/counter-trend-trading.ts';

const ID = 'meanrev';
/** Observations charted at most (the latest ones), and steps of the projected path. */
const CHART_POINTS = 48;
const PATH_STEPS = 12;
type TimeUnit = 'days' | 'hours';
const DAYS_PER_UNIT: Record<TimeUnit, number> = { days: 1, hours: 1 / 24 };

type TextKey = 'series' | 'step' | 'ahead';
type Scenario = { unit: TimeUnit } & Record<TextKey, string>;
const DEFAULTS: Scenario = { unit: 'days', series: basisInput.series.join(', '), step: String(basisInput.timeStep), ahead: String(PROJECTION_DAYS) };

function run(scenario: Scenario) {
  const unitDays = DAYS_PER_UNIT[scenario.unit];
  return evaluate(
    {
      series: { text: scenario.series, series: true, minLength: MIN_MEAN_REVERSION_OBSERVATIONS },
      step: { text: scenario.step },
      ahead: { text: scenario.ahead },
    },
    (v) => {
      const step = v.num('step');
      const ahead = v.num('ahead');
      const fit = meanReversionFit({ series: v.list('series'), timeStep: step * unitDays });
      const ou = fit.ou;
      const expected = (units: number) => (ou ? ouExpectedValue({ current: fit.last, mean: ou.mean, theta: ou.theta, days: units * unitDays }) : null);
      const projected = expected(ahead);
      // Chart: the latest observations at their times (in the chosen unit), then the expected path.
      const series = v.list('series');
      const from = Math.max(0, series.length - CHART_POINTS);
      const end = (series.length - 1) * step;
      const observed = series.slice(from).map((x, i): Point => [(from + i) * step, x]);
      const path = ou ? Array.from({ length: PATH_STEPS + 1 }, (_, k): Point => [end + (ahead * k) / PATH_STEPS, expected((ahead * k) / PATH_STEPS)!]) : [];
      return { fit, projected, observed, path, start: from * step, end: end + ahead };
    },
    (field) => (field.startsWith('series') ? 'series' : field === 'timeStep' ? 'step' : field === 'days' ? 'ahead' : field),
  );
}

/** AR(1) / Ornstein–Uhlenbeck fit of a pasted series: half-life, long-run mean and z-score of the last value. */
export default function MeanReversionCalculator() {
  const [scenario, update, { result, formError }, field] = useScenario(ID, DEFAULTS, run);
  const { unit } = scenario;
  const unitDays = DAYS_PER_UNIT[unit];
  const ou = result?.fit.ou ?? null;
  const none = { nullText: 'None: not mean-reverting' };
  const inUnit = (days: number | undefined) => (days === undefined ? null : days / unitDays);
  return (
    <CalculatorFrame
      id={ID}
      title="Mean reversion of a series: half-life and z-score"
      convention="Least squares of ΔXₜ = a + b·Xₜ₋₁ (Chan); Ornstein–Uhlenbeck read exactly: θ = −ln(1 + b)/Δ, half-life ln 2/θ, z = (Xₙ − μ)/σ∞."
      formError={formError}
      inputs={
        <>
          <SeriesField {...field('series')} label="Series, oldest first" hint={`Prices, a spread or a basis; at least ${MIN_MEAN_REVERSION_OBSERVATIONS} values, separated by commas, spaces or new lines`} />
          <ChoiceField id={`${ID}-unit`} label="Time measured in" value={unit} onChange={(value) => update({ unit: value })}
            options={[{ value: 'days', label: 'Days' }, { value: 'hours', label: 'Hours' }]} />
          <NumberField {...field('step')} label="Time between observations Δ" unit={unit} />
          <NumberField {...field('ahead')} label="Look ahead" unit={unit} hint="For the expected value of the series" />
        </>
      }
      results={
        <ResultList
          id={ID}
          computed={result !== null}
          rows={[
            { key: 'halflife', label: `Half-life (${unit})`, value: inUnit(ou?.halfLife), format: { digits: 2, ...none }, primary: true },
            { key: 'z', label: 'z-score of the last value', value: result?.fit.zScore ?? null, format: { digits: 2, ...none } },
            { key: 'mean', label: 'Long-run mean μ', value: ou?.mean ?? null, format: { digits: 4, ...none } },
            { key: 'sd', label: 'Stationary standard deviation σ∞', value: ou?.stationarySd ?? null, format: { digits: 4, ...none } },
            { key: 'expected', label: `Expected value after ${scenario.ahead} ${unit}`, value: result?.projected ?? null, format: { digits: 4, ...none } },
            { key: 'slope', label: 'Slope b (per step)', value: result?.fit.slope ?? null, format: { digits: 4 } },
            { key: 'chan', label: `Chan’s half-life −ln 2/b (${unit})`, value: inUnit(ou?.halfLifeChan), format: { digits: 2, ...none } },
          ]}
        />
      }
    >
      <Chart
        title="The series, its fitted mean and the expected path back"
        description={result
          ? `Line chart of the latest ${result.observed.length} observations against time in ${unit}${ou
            ? `, the fitted long-run mean ${formatNumber(ou.mean, { digits: 4 })} (dashed) and the expected path from the last value ${formatNumber(result.fit.last, { digits: 4 })} to ${formatNumber(result.projected, { digits: 4 })} after ${scenario.ahead} ${unit}.`
            : '. The fit shows no mean reversion, so no mean or path is drawn.'}`
          : 'No chart: the inputs are not valid.'}
        xLabel={`Time (${unit})`}
        yLabel="Value"
        height={240}
        series={result ? [
          { name: 'Series', points: result.observed },
          ...(ou ? [
            { name: 'Long-run mean μ', points: [[result.start, ou.mean], [result.end, ou.mean]] as Point[], dashed: true },
            { name: 'Expected path', points: result.path },
          ] : []),
        ] : []}
      />
    </CalculatorFrame>
  );
}
