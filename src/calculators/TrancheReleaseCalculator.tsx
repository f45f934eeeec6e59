import { CalculatorFrame } from '../components/CalculatorFrame.tsx';
import { Chart, type Point } from '../components/Chart.tsx';
import { ChoiceField } from '../components/ChoiceField.tsx';
import { NumberField } from '../components/NumberField.tsx';
import { ResultList } from '../components/ResultList.tsx';
import { evaluate } from '../lib/evaluate.ts';
import { formatNumber } from '../lib/format.ts';
import { useScenario } from '../lib/scenario.ts';
import { unlockSchedule, vestedAmount } from '../risk/index.ts';
import { TEAM_VESTING_INPUT } from '../examples/tranche-release.ts';

const ID = 'vest';
const defaults = TEAM_VESTING_INPUT;

type Release = 'linear' | 'monthly' | 'quarterly';
/** Months between tranches; a linear release is reported month by month. */
const INTERVAL_MONTHS: Readonly<Record<Release, number | undefined>> = { linear: undefined, monthly: 1, quarterly: 3 };
const PERIOD_WORDS: Readonly<Record<Release, string>> = { linear: 'month', monthly: 'month', quarterly: 'quarter' };
/** At most this many points per chart series. */
const MAX_POINTS = 60;

/** Large token counts are shown with thousands separators ("200,000,000"), which the parser accepts. */
const WHOLE = { digits: 0 } as const;

type TextKey = 'total' | 'cliff' | 'duration' | 'circulating' | 'max' | 'month';
type Scenario = { release: Release } & Record<TextKey, string>;
const DEFAULTS: Scenario = {
  release: defaults.interval === 3 ? 'quarterly' : defaults.interval === 1 ? 'monthly' : 'linear',
  total: formatNumber(defaults.totalAmount, WHOLE),
  cliff: String(defaults.cliff),
  duration: String(defaults.duration),
  circulating: formatNumber(defaults.circulatingSupply, WHOLE),
  max: formatNumber(defaults.maxSupply, WHOLE),
  month: String(defaults.time),
};

/** Library field → form field. */
const FIELD_OF: Readonly<Record<string, TextKey>> = {
  totalAmount: 'total',
  circulatingSupply: 'circulating',
  maxSupply: 'max',
  time: 'month',
  period: 'duration',
  interval: 'duration',
};

function run(scenario: Scenario) {
  return evaluate(
    {
      total: { text: scenario.total },
      cliff: { text: scenario.cliff },
      duration: { text: scenario.duration },
      circulating: { text: scenario.circulating },
      max: { text: scenario.max },
      month: { text: scenario.month },
    },
    (v) => {
      const interval = INTERVAL_MONTHS[scenario.release];
      const schedule = {
        totalAmount: v.num('total'),
        cliff: v.num('cliff'),
        duration: v.num('duration'),
        ...(interval === undefined ? {} : { interval }),
      };
      return {
        // Inputs the chart needs, as parsed.
        circulatingSupply: v.num('circulating'),
        cliff: v.num('cliff'),
        month: v.num('month'),
        vested: vestedAmount({ ...schedule, time: v.num('month') }),
        plan: unlockSchedule({ ...schedule, period: interval ?? 1, circulatingSupply: v.num('circulating'), maxSupply: v.num('max') }),
      };
    },
    (field) => FIELD_OF[field] ?? field,
  );
}

const TOKENS = { digits: 0, unit: 'tokens' } as const;
const SHARE = { percent: true, digits: 2 } as const;

/** Unlocked tokens and dilution per unlock of a vesting schedule with a cliff, released linearly or in tranches. */
export default function TrancheReleaseCalculator() {
  const [scenario, update, { result, formError }, field] = useScenario(ID, DEFAULTS, run);
  const { release } = scenario;
  const rows = result?.plan.unlocks ?? [];
  const [first, second] = rows;
  const period = PERIOD_WORDS[release];

  // Chart: from month 0 to the end, every row (thinned to MAX_POINTS); a linear release also gets the
  // point just before the cliff, so the lump shows as a jump.
  const stride = Math.ceil(rows.length / MAX_POINTS);
  const shown = rows.filter((_, i) => i % stride === 0 || i === rows.length - 1);
  const start = result?.circulatingSupply ?? 0;
  const unlocked: Point[] = [[0, 0]];
  const circulating: Point[] = [[0, start]];
  if (first && release === 'linear' && (result?.cliff ?? 0) > 0) {
    unlocked.push([first.time, 0]);
    circulating.push([first.time, start]);
  }
  for (const row of shown) {
    unlocked.push([row.time, row.vested]);
    circulating.push([row.time, row.circulatingAfter]);
  }
  const kind = release === 'linear' ? 'line' : 'step';
  const lastTime = rows[rows.length - 1]?.time ?? 0;
  const month = result?.month ?? -1;

  return (
    <CalculatorFrame
      id={ID}
      title="Token unlocks and dilution"
      convention="OpenZeppelin VestingWallet with a cliff: linear from the start, nothing before the cliff; tranches release equal steps. Time in months; the circulating supply changes only through this schedule."
      formError={formError}
      inputs={
        <>
          <NumberField {...field('total')} label="Allocation A" unit="tokens" />
          <NumberField {...field('cliff')} label="Cliff c" unit="months" />
          <NumberField {...field('duration')} label="Vesting duration D" unit="months" />
          <ChoiceField id={`${ID}-release`} label="Release" value={release} onChange={(value) => update({ release: value })}
            options={[{ value: 'linear', label: 'Linear (continuous)' }, { value: 'monthly', label: 'Monthly tranches' }, { value: 'quarterly', label: 'Quarterly tranches' }]} />
          <NumberField {...field('circulating')} label="Circulating supply before the first unlock S" unit="tokens" />
          <NumberField {...field('max')} label="Maximum supply" unit="tokens" />
          <NumberField {...field('month')} label="Month to read" unit="months" />
        </>
      }
      results={
        <ResultList
          id={ID}
          computed={result !== null}
          rows={[
            { key: 'vested', label: `Unlocked from the allocation by month ${scenario.month}`, value: result?.vested ?? null, format: TOKENS, primary: true },
            { key: 'first', label: 'First unlock (at the cliff)', value: first?.amount ?? null, format: TOKENS },
            { key: 'first-dilution', label: 'Its dilution, U/S', value: first?.dilution ?? null, format: SHARE },
            { key: 'first-loss', label: 'Holders’ share loss, U/(S + U)', value: first?.holderShareLoss ?? null, format: SHARE },
            { key: 'next', label: `Next unlock (per ${period})`, value: second?.amount ?? null, format: TOKENS },
            { key: 'next-dilution', label: 'Its dilution', value: second?.dilution ?? null, format: SHARE },
            { key: 'largest', label: 'Largest dilution of any unlock', value: result?.plan.largestDilution ?? null, format: SHARE },
            { key: 'final', label: 'Circulating supply when fully vested', value: result?.plan.circulatingAfterVesting ?? null, format: TOKENS },
            { key: 'final-share', label: 'Share of maximum supply then', value: result?.plan.shareOfMaxAfterVesting ?? null, format: SHARE },
          ]}
        />
      }
    >
      <Chart
        title="Unlocked tokens and circulating supply by month"
        description={result
          ? `${kind === 'step' ? 'Step' : 'Line'} chart of the tokens unlocked from the allocation and of the circulating supply, month by month: nothing unlocks before month ${scenario.cliff}, then ${formatNumber(first?.amount ?? null, TOKENS)} at once; the circulating supply grows from ${formatNumber(start, TOKENS)} to ${formatNumber(result.plan.circulatingAfterVesting, TOKENS)} at month ${scenario.duration}.`
          : 'No chart: the inputs are not valid.'}
        xLabel="Months from the start of vesting"
        yLabel="Tokens"
        height={260}
        markers={month >= 0 && month <= lastTime ? [{ x: month, label: 'Month read' }] : []}
        series={result ? [
          { name: 'Circulating supply', points: circulating, kind },
          { name: 'Unlocked from this allocation', points: unlocked, kind, dashed: true },
        ] : []}
      />
    </CalculatorFrame>
  );
}
