import { CalculatorFrame } from '../components/CalculatorFrame.tsx';
import { Chart, type Point } from '../components/Chart.tsx';
import { ListStatus } from '../components/ListStatus.tsx';
import { NumberField } from '../components/NumberField.tsx';
import { ResultList } from '../components/ResultList.tsx';
import { evaluate, type FieldText } from '../lib/evaluate.ts';
import { formatNumber } from '../lib/format.ts';
import { useListEdits } from '../lib/list-edits.ts';
import { useScenario } from '../lib/scenario.ts';
import { survivalHorizon } from '../risk/index.ts';
import { MONEY_UNIT, SURVIVAL_EXAMPLE_INPUT } from '../examples/funding-liquidity-risk.ts';

const ID = 'lcrhorizon';
const MONEY = { digits: 2, unit: MONEY_UNIT } as const;
/** At most this many points on the balance chart (long stresses are sampled). */
const MAX_CHART_POINTS = 60;

interface PeriodText {
  key: number;
  days: string;
  flow: string;
}

/** Library paths of a period's fields; also the keys of its form fields and messages. */
const daysPath = (i: number) => `flows[${i}].days`;
const flowPath = (i: number) => `flows[${i}].netFlowPerDay`;

let nextKey = 0;
const newKey = () => nextKey++;

type Scenario = { liquidAssets: string; periods: PeriodText[] };
const DEFAULTS: Scenario = {
  liquidAssets: String(SURVIVAL_EXAMPLE_INPUT.liquidAssets),
  periods: SURVIVAL_EXAMPLE_INPUT.flows.map(({ days, netFlowPerDay }) => ({ key: newKey(), days: String(days), flow: String(netFlowPerDay) })),
};

/** The calculator's evaluation (useScenario also runs it to check a link's values). */
function run({ liquidAssets, periods }: Scenario) {
  const fields: Record<string, FieldText> = { liquidAssets: { text: liquidAssets } };
  periods.forEach((period, i) => {
    fields[daysPath(i)] = { text: period.days };
    fields[flowPath(i)] = { text: period.flow };
  });
  return evaluate(fields, (v) => {
    const liquidAssets = v.num('liquidAssets');
    const flows = periods.map((_, i) => ({ days: v.num(daysPath(i)), netFlowPerDay: v.num(flowPath(i)) }));
    return { liquidAssets, ...survivalHorizon({ liquidAssets, flows }) };
  });
}

/** Days a cash buffer lasts under daily net flows entered as periods of equal days. */
export default function SurvivalHorizonCalculator() {
  const [{ periods }, update, { result, errors, formError }, field] = useScenario(ID, DEFAULTS, run);
  const [status, listEdited] = useListEdits();

  const setPeriods = (next: PeriodText[]) => update({ periods: next });
  const updatePeriod = (i: number, change: Partial<PeriodText>) =>
    setPeriods(periods.map((period, index) => (index === i ? { ...period, ...change } : period)));
  const addPeriod = () => {
    const i = periods.length;
    setPeriods([...periods, { key: newKey(), days: '1', flow: periods[i - 1]?.flow ?? '0' }]);
    listEdited(`Period ${i + 1} added at the end.`, `${ID}-period-${i}-days`);
  };
  const removePeriod = (i: number) => {
    if (periods.length <= 1) return;
    setPeriods(periods.filter((_, index) => index !== i));
    listEdited(`Period ${i + 1} removed.`, `${ID}-add`);
  };

  const balances = result?.balances ?? [];
  const step = Math.max(1, Math.ceil(balances.length / MAX_CHART_POINTS));
  const points: Point[] = result ? [[0, result.liquidAssets]] : [];
  for (let day = step; day <= balances.length; day += step) points.push([day, balances[day - 1] ?? 0]);
  const lastDay = balances.length;
  if (result && points[points.length - 1]?.[0] !== lastDay) points.push([lastDay, balances[lastDay - 1] ?? 0]);

  return (
    <CalculatorFrame
      id={ID}
      title="Survival horizon of a cash buffer"
      convention="End-of-day balances: liquid assets at the start plus the running sum of daily net flows (inflows minus outflows; negative when cash leaves). The horizon is the number of days before the first day that ends below zero."
      formError={formError}
      inputs={
        <>
          <NumberField {...field('liquidAssets')} label="Liquid assets at the start LA₀" unit={MONEY_UNIT} />
          <p class="field__hint">Net flows, in order, as periods of equal days:</p>
          <div class="legs">
            {periods.map((period, i) => (
              <fieldset class="leg" key={period.key}>
                <legend>Period {i + 1}</legend>
                <NumberField id={`${ID}-period-${i}-days`} label={`Days in period ${i + 1}`} unit="days" decimal={false}
                  value={period.days} onInput={(text) => updatePeriod(i, { days: text })} error={errors[daysPath(i)]} />
                <NumberField id={`${ID}-period-${i}-flow`} label={`Net flow per day in period ${i + 1}`} unit={`${MONEY_UNIT} per day`}
                  value={period.flow} onInput={(text) => updatePeriod(i, { flow: text })} error={errors[flowPath(i)]} />
                {periods.length > 1 ? (
                  <div class="row-actions">
                    <button type="button" class="secondary" aria-label={`Remove period ${i + 1}`} onClick={() => removePeriod(i)}>Remove period</button>
                  </div>
                ) : null}
              </fieldset>
            ))}
          </div>
          <div class="row-actions">
            <button type="button" id={`${ID}-add`} onClick={addPeriod}>Add period</button>
          </div>
          <ListStatus id={ID} status={status} />
        </>
      }
      results={
        <ResultList
          id={ID}
          computed={result !== null}
          rows={[
            { key: 'days', label: 'Survival horizon', value: result?.days ?? null, format: { digits: 0, unit: result?.shortfallDay === null ? 'days (never short in the period entered)' : 'days' }, primary: true },
            { key: 'shortfall', label: 'First day that ends short', value: result?.shortfallDay ?? null, format: { digits: 0, nullText: 'None' } },
            { key: 'lowest', label: 'Lowest balance', value: result?.minimumBalance ?? null, format: MONEY },
            { key: 'end', label: 'Balance at the end of the period entered', value: result ? (balances[lastDay - 1] ?? null) : null, format: MONEY },
          ]}
        />
      }
    >
      <Chart
        title="Cash balance day by day"
        description={result
          ? `Line chart of the end-of-day balance in ${MONEY_UNIT} over ${formatNumber(lastDay, { digits: 0 })} days: ${formatNumber(result.liquidAssets, MONEY)} at the start, lowest ${formatNumber(result.minimumBalance, MONEY)}, ${formatNumber(balances[lastDay - 1] ?? null, MONEY)} at the end. ${result.shortfallDay === null ? 'It never goes below zero.' : `It first goes below zero on day ${String(result.shortfallDay)}; the marker shows the horizon, the last day covered.`}`
          : 'No chart: the inputs are not valid.'}
        xLabel="Day"
        yLabel={MONEY_UNIT}
        height={240}
        markers={result?.shortfallDay ? [{ x: result.days, label: 'Horizon' }] : []}
        series={result ? [{ name: 'End-of-day balance', points }] : []}
      />
    </CalculatorFrame>
  );
}
