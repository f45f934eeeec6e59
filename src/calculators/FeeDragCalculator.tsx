import { CalculatorFrame } from '../components/CalculatorFrame.tsx';
import { Chart, type Point } from '../components/Chart.tsx';
import { NumberField } from '../components/NumberField.tsx';
import { ResultList } from '../components/ResultList.tsx';
import { evaluate } from '../lib/evaluate.ts';
import { formatNumber } from '../lib/format.ts';
import { useScenario } from '../lib/scenario.ts';
import { feeDrag } from '../risk/index.ts';
import { SEC_EXAMPLE_INPUT } from '../examples/fiduciary-responsibility.ts';

type FieldKey = 'principal' | 'grossReturn' | 'feeRate' | 'years';
const ID = 'fee';
const defaults = SEC_EXAMPLE_INPUT;
const USD = { digits: 2, unit: 'USD' } as const;
/** At most this many years on the chart (longer holdings are sampled). */
const MAX_CHART_POINTS = 60;

/** Library field → form field, where the names differ. */
const FIELD_OF: Record<string, string> = { holdingYears: 'years' };

type Scenario = Record<FieldKey, string>;
const DEFAULTS: Scenario = {
  principal: String(defaults.principal),
  grossReturn: `${defaults.grossReturn * 100}%`,
  feeRate: `${defaults.feeRate * 100}%`,
  years: String(defaults.holdingYears),
};

/** The calculator's evaluation (useScenario also runs it to check a link's values). */
function run(scenario: Scenario) {
  return evaluate(
    {
      principal: { text: scenario.principal },
      grossReturn: { text: scenario.grossReturn, percent: true },
      feeRate: { text: scenario.feeRate, percent: true },
      years: { text: scenario.years },
    },
    (v) => {
      const input = { principal: v.num('principal'), grossReturn: v.num('grossReturn'), feeRate: v.num('feeRate'), holdingYears: v.num('years') };
      const drag = feeDrag(input);
      // The same investment after each year (sampled for long holdings), for the chart.
      const step = Math.max(1, Math.ceil(input.holdingYears / MAX_CHART_POINTS));
      const years = Array.from({ length: Math.floor(input.holdingYears / step) + 1 }, (_, i) => i * step);
      if (years[years.length - 1] !== input.holdingYears) years.push(input.holdingYears);
      const path = years.map((holdingYears) => ({ year: holdingYears, ...feeDrag({ ...input, holdingYears }) }));
      return { drag, path };
    },
    (field) => FIELD_OF[field] ?? field,
  );
}

/** Value of an investment with and without an annual fee on assets, and what the fee costs. */
export default function FeeDragCalculator() {
  const [, , { result, formError }, field] = useScenario(ID, DEFAULTS, run);
  const drag = result?.drag;
  const path = result?.path ?? [];
  const withoutFee: Point[] = path.map((point) => [point.year, point.valueWithoutFee]);
  const withFee: Point[] = path.map((point) => [point.year, point.valueWithFee]);
  const years = path[path.length - 1]?.year ?? 0;

  return (
    <CalculatorFrame
      id={ID}
      title="Fee drag over the years"
      convention="SEC investor bulletin convention: the annual fee is charged at the end of each year on that year's value, V = P[(1 + r)(1 − f)]ⁿ. Whole years; return and fee constant."
      formError={formError}
      inputs={
        <>
          <NumberField {...field('principal')} label="Amount invested P" unit="USD" />
          <NumberField {...field('grossReturn')} label="Return before fees r" unit="% per year" />
          <NumberField {...field('feeRate')} label="Annual fee f" unit="% of assets per year" />
          <NumberField {...field('years')} label="Years held n" unit="years" decimal={false} />
        </>
      }
      results={
        <ResultList
          id={ID}
          computed={result !== null}
          rows={[
            { key: 'without', label: 'Value without the fee', value: drag?.valueWithoutFee ?? null, format: USD },
            { key: 'with', label: 'Value after fees', value: drag?.valueWithFee ?? null, format: USD },
            { key: 'drag', label: 'Total cost of the fee', value: drag?.drag ?? null, format: USD, primary: true },
            { key: 'direct', label: 'of which fees charged', value: drag?.directFees ?? null, format: USD },
            { key: 'growth', label: 'of which growth lost on the fees', value: drag?.lostGrowth ?? null, format: USD },
            { key: 'share', label: 'Share of the fee-free value lost', value: drag?.dragFraction ?? null, format: { percent: true, digits: 1 } },
          ]}
        />
      }
    >
      <Chart
        title="Value with and without the fee"
        description={drag
          ? `Line chart of the investment's value in USD from year 0 to year ${String(years)}: without the fee it grows to ${formatNumber(drag.valueWithoutFee, USD)}, with the fee to ${formatNumber(drag.valueWithFee, USD)} (dashed line); the gap between the lines is the cost of the fee, ${formatNumber(drag.drag, USD)}.`
          : 'No chart: the inputs are not valid.'}
        xLabel="Years held"
        yLabel="Value (USD)"
        height={240}
        series={result ? [{ name: 'Without the fee', points: withoutFee }, { name: 'After fees', points: withFee, dashed: true }] : []}
      />
    </CalculatorFrame>
  );
}
