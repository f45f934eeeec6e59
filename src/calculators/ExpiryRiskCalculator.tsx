import { CalculatorFrame } from '../components/CalculatorFrame.tsx';
import { Chart, type Point } from '../components/Chart.tsx';
import { ChoiceField } from '../components/ChoiceField.tsx';
import { NumberField } from '../components/NumberField.tsx';
import { ResultList } from '../components/ResultList.tsx';
import { evaluate } from '../lib/evaluate.ts';
import { formatCompact, formatNumber } from '../lib/format.ts';
import { useScenario } from '../lib/scenario.ts';
import { blackScholes, DAYS_PER_YEAR, HOURS_PER_YEAR, type OptionType } from '../risk/index.ts';
import { HULL_CALL_INPUT } from '../examples/expiry-risk.ts';

type TimeUnit = 'days' | 'hours';
const ID = 'expiry';
const defaults = HULL_CALL_INPUT;

/** Hours to expiry for the charts: 30 days down to 1 hour, evenly spaced on a log scale, plus 1 day and 7 days. */
const CURVE_START_HOURS = 30 * 24;
const CURVE_HOURS = curveHours(36);
function curveHours(steps: number): number[] {
  const hours = new Set<number>([1, 24, 7 * 24, CURVE_START_HOURS]);
  for (let i = 1; i < steps; i++) hours.add(Number((CURVE_START_HOURS ** (i / steps)).toPrecision(6)));
  return [...hours].sort((a, b) => a - b);
}
/** Times named in the charts' descriptions. */
const SNAPSHOTS = [[CURVE_START_HOURS, '30 days'], [24, '1 day'], [1, '1 hour']] as const;
type Greeks = ReturnType<typeof blackScholes>;
const hourTick = (hours: number) => `${formatCompact(hours)} h`;

type TextKey = 'spot' | 'strike' | 'time' | 'vol' | 'rate';
type Scenario = { type: OptionType; timeUnit: TimeUnit } & Record<TextKey, string>;
const DEFAULTS: Scenario = {
  type: defaults.type,
  timeUnit: 'days',
  spot: String(defaults.spot),
  strike: String(defaults.strike),
  time: String(defaults.years * DAYS_PER_YEAR),
  vol: `${defaults.vol * 100}%`,
  rate: `${(defaults.rate ?? 0) * 100}%`,
};

/** The calculator's evaluation (useScenario also runs it to check a link's values). */
function run(scenario: Scenario) {
  const unitsPerYear = scenario.timeUnit === 'days' ? DAYS_PER_YEAR : HOURS_PER_YEAR;
  return evaluate(
    {
      spot: { text: scenario.spot },
      strike: { text: scenario.strike },
      time: { text: scenario.time },
      vol: { text: scenario.vol, percent: true },
      rate: { text: scenario.rate, percent: true },
    },
    (v) => {
      const option = { spot: v.num('spot'), strike: v.num('strike'), vol: v.num('vol'), rate: v.num('rate'), type: scenario.type };
      const years = v.num('time') / unitsPerYear;
      return {
        years,
        now: blackScholes({ ...option, years }),
        // The same option seen at each time on the chart grid (only spot, strike, σ and r are held fixed).
        curve: CURVE_HOURS.map((hours) => ({ hours, greeks: blackScholes({ ...option, years: hours / HOURS_PER_YEAR }) })),
      };
    },
    (field) => (field === 'years' ? 'time' : field),
  );
}

/** Black–Scholes price, Greeks and probability of expiring in the money, time entered in days or hours. */
export default function ExpiryRiskCalculator() {
  const [scenario, update, { result, formError }, field] = useScenario(ID, DEFAULTS, run);
  const { type, timeUnit } = scenario;

  const now = result?.now;
  const curve = result?.curve ?? [];
  const gammaPoints: Point[] = curve.map(({ hours, greeks }) => [hours, greeks.gamma]);
  const thetaPoints: Point[] = curve.map(({ hours, greeks }) => [hours, greeks.theta / DAYS_PER_YEAR]);
  const describe = (pick: (greeks: Greeks) => number, digits: number) =>
    SNAPSHOTS.map(([hours, words]) => {
      const greeks = curve.find((point) => point.hours === hours)?.greeks;
      return `${formatNumber(greeks ? pick(greeks) : null, { digits })} at ${words}`;
    }).join(', ');
  const optionWords = `the ${type} with spot ${scenario.spot} and strike ${scenario.strike}`;
  const nowHours = result ? result.years * HOURS_PER_YEAR : Number.NaN;
  const markers = nowHours >= 1 && nowHours <= CURVE_START_HOURS ? [{ x: nowHours, label: 'Your time' }] : [];

  return (
    <CalculatorFrame
      id={ID}
      title="Option price and Greeks near expiry"
      convention="Black–Scholes–Merton, European option, continuous compounding, ACT/365 (crypto trades every day)."
      formError={formError}
      inputs={
        <>
          <ChoiceField id={`${ID}-type`} label="Option" value={type} onChange={(value) => update({ type: value })}
            options={[{ value: 'call', label: 'Call' }, { value: 'put', label: 'Put' }]} />
          <NumberField {...field('spot')} label="Spot price S" />
          <NumberField {...field('strike')} label="Strike K" />
          <ChoiceField id={`${ID}-time-unit`} label="Time entered in" value={timeUnit} onChange={(value) => update({ timeUnit: value })}
            options={[{ value: 'days', label: 'Days' }, { value: 'hours', label: 'Hours' }]} />
          <NumberField {...field('time')} label="Time to expiry" unit={timeUnit} />
          <NumberField {...field('vol')} label="Volatility σ" unit="% per year" />
          <NumberField {...field('rate')} label="Risk-free rate r" unit="% per year" />
        </>
      }
      results={
        <ResultList
          id={ID}
          computed={result !== null}
          rows={[
            { key: 'price', label: 'Option price', value: now?.price ?? null, format: { digits: 4 }, primary: true },
            { key: 'delta', label: 'Delta', value: now?.delta ?? null, format: { digits: 4 } },
            { key: 'gamma', label: 'Gamma (per unit of spot)', value: now?.gamma ?? null, format: { digits: 6 } },
            { key: 'theta', label: 'Theta per calendar day', value: now ? now.theta / DAYS_PER_YEAR : null, format: { digits: 4 } },
            { key: 'vega', label: 'Vega per 1 vol point', value: now ? now.vega / 100 : null, format: { digits: 4 } },
            { key: 'prob', label: 'Probability of finishing in the money', value: now?.probItm ?? null, format: { percent: true, digits: 1 } },
          ]}
        />
      }
    >
      <Chart
        title="Gamma as expiry approaches"
        description={result
          ? `Line chart of the gamma of ${optionWords} from 30 days to 1 hour before expiry, with time to expiry on a logarithmic axis that shrinks from right to left: ${describe((g) => g.gamma, 6)}.`
          : 'No chart: the inputs are not valid.'}
        xLabel="Hours to expiry (log scale; expiry is to the left)"
        yLabel="Gamma per unit of spot"
        xScale="log"
        xTickFormat={hourTick}
        height={240}
        markers={markers}
        series={result ? [{ name: 'Gamma', points: gammaPoints }] : []}
      />
      <Chart
        title="Theta per day as expiry approaches"
        description={result
          ? `Line chart of the theta per calendar day of ${optionWords} (in the price's currency) from 30 days to 1 hour before expiry, on the same logarithmic time axis: ${describe((g) => g.theta / DAYS_PER_YEAR, 4)}.`
          : 'No chart: the inputs are not valid.'}
        xLabel="Hours to expiry (log scale; expiry is to the left)"
        yLabel="Theta per day"
        xScale="log"
        xTickFormat={hourTick}
        height={240}
        markers={markers}
        series={result ? [{ name: 'Theta per day', points: thetaPoints }] : []}
      />
    </CalculatorFrame>
  );
}
