import { CalculatorFrame } from '../components/CalculatorFrame.tsx';
import { Chart, type Point } from '../components/Chart.tsx';
import { ChoiceField, SIDE_OPTIONS } from '../components/ChoiceField.tsx';
import { NumberField } from '../components/NumberField.tsx';
import { ResultList } from '../components/ResultList.tsx';
import { evaluate } from '../lib/evaluate.ts';
import { formatCompact, formatNumber, percentInputText } from '../lib/format.ts';
import { useScenario } from '../lib/scenario.ts';
import type { Side } from '../risk/index.ts';
import { LEVERAGE_EXAMPLE_INPUT, leverageRisk } from '../data/leverage.ts';

type NumberKey = 'size' | 'entry' | 'margin' | 'markPrice' | 'mmr' | 'vol' | 'days' | 'drift';
type Scenario = { side: Side } & Record<NumberKey, string>;
const ID = 'lev';
const defaults = LEVERAGE_EXAMPLE_INPUT;
const USDT = { digits: 2, unit: 'USDT' } as const;
const PROBABILITY = { percent: true, digits: 1 } as const;
const PERCENT_KEYS: readonly NumberKey[] = ['mmr', 'vol', 'drift'];
/** Chart points: the horizon from 1/20 of the chosen one to twice it. */
const CURVE_STEPS = 40;
const DEFAULTS: Scenario = {
  side: defaults.side,
  size: String(defaults.size),
  entry: String(defaults.entry),
  margin: String(defaults.margin),
  markPrice: String(defaults.markPrice),
  mmr: percentInputText(defaults.mmr),
  vol: percentInputText(defaults.vol),
  days: String(defaults.days),
  drift: percentInputText(defaults.drift),
};
/** Library field → form field, where the names differ. */
const FIELD_OF: Record<string, string> = { walletBalance: 'margin', years: 'days', spot: 'markPrice', barrier: 'markPrice' };

/** The calculator's evaluation (useScenario also runs it to check a link's values). */
function run(scenario: Scenario) {
  const keys = Object.keys(DEFAULTS).filter((key): key is NumberKey => key !== 'side');
  return evaluate(
    Object.fromEntries(keys.map((key) => [key, { text: scenario[key], percent: PERCENT_KEYS.includes(key) }])) as Record<NumberKey, { text: string; percent: boolean }>,
    (v) => {
      const input = { side: scenario.side, ...(Object.fromEntries(keys.map((key) => [key, v.num(key)])) as Record<NumberKey, number>) };
      const now = leverageRisk(input);
      const curve = now.touch === null
        ? []
        : Array.from({ length: CURVE_STEPS }, (_, k) => {
            const days = (2 * input.days * (k + 1)) / CURVE_STEPS;
            return { days, touch: leverageRisk({ ...input, days }).touch };
          });
      return { now, curve, days: input.days };
    },
    (field) => FIELD_OF[field] ?? field,
  );
}

/** Nominal and effective leverage, the liquidation price, and the chance the mark price touches it within a horizon. */
export default function LeverageCalculator() {
  const [scenario, update, { result, formError }, field] = useScenario(ID, DEFAULTS, run);
  const now = result?.now;
  const curve = result?.curve ?? [];
  const withDrift: Point[] = curve.map(({ days, touch }) => [days, touch?.probability ?? Number.NaN]);
  const driftless: Point[] = curve.map(({ days, touch }) => [days, touch?.driftlessProbability ?? Number.NaN]);
  const at = (index: number) => {
    const point = curve[index];
    return point ? `${formatNumber(point.touch?.probability ?? null, PROBABILITY)} within ${formatNumber(point.days, { digits: 1 })} days` : '';
  };
  return (
    <CalculatorFrame
      id={ID}
      title="Leverage, liquidation distance and the chance of a touch"
      convention="Linear USDT-margined perpetual, isolated margin, Binance liquidation formula with one maintenance rate. Touch probability: geometric Brownian motion of the mark price, monitored continuously, ACT/365."
      formError={formError}
      inputs={
        <>
          <ChoiceField id={`${ID}-side`} label="Side" value={scenario.side} onChange={(value) => update({ side: value })} options={SIDE_OPTIONS} />
          <NumberField {...field('size')} label="Size Q" unit="BTC" />
          <NumberField {...field('entry')} label="Entry price" unit="USDT" />
          <NumberField {...field('margin')} label="Isolated margin" unit="USDT" />
          <NumberField {...field('markPrice')} label="Mark price now" unit="USDT" />
          <NumberField {...field('mmr')} label="Maintenance margin rate" unit="% of notional" />
          <NumberField {...field('vol')} label="Volatility σ" unit="% per year" />
          <NumberField {...field('days')} label="Horizon" unit="days" />
          <NumberField {...field('drift')} label="Drift μ of the price" unit="% per year" hint="Expected return; 0 for none" />
        </>
      }
      results={
        <ResultList
          id={ID}
          computed={result !== null}
          rows={[
            { key: 'leverage', label: 'Nominal leverage at entry', value: now?.leverage ?? null, format: { digits: 2, unit: '×' } },
            { key: 'effective', label: 'Effective leverage now', value: now?.effectiveLeverage ?? null, format: { digits: 2, unit: '×', nullText: 'None (margin used up)' } },
            { key: 'liq', label: 'Liquidation price', value: now?.liquidationPrice ?? null, format: { ...USDT, nullText: 'No liquidation' } },
            { key: 'distance', label: 'Distance from the mark price', value: now?.touch?.distance ?? null, format: { percent: true, digits: 2, nullText: 'No liquidation' } },
            { key: 'driftless', label: 'Touched within the horizon, driftless', value: now?.touch?.driftlessProbability ?? null, format: { ...PROBABILITY, nullText: 'Never (no liquidation)' } },
            { key: 'touch', label: 'Touched within the horizon, with drift μ', value: now?.touch?.probability ?? null, format: { ...PROBABILITY, nullText: 'Never (no liquidation)' }, primary: true },
          ]}
        />
      }
    >
      <Chart
        title="Probability of touching the liquidation price, by horizon"
        description={curve.length > 0
          ? `Line chart of the probability that the mark price touches the liquidation price within a horizon of up to twice the chosen one, with the drift μ (solid) and with a driftless log-price (dashed): ${at(CURVE_STEPS / 4 - 1)}, ${at(CURVE_STEPS / 2 - 1)}, ${at(CURVE_STEPS - 1)}.`
          : 'No chart: the inputs are not valid or the position cannot be liquidated.'}
        xLabel="Horizon (days)"
        yLabel="Probability of a touch"
        yTickFormat={(value) => `${formatCompact(value * 100)} %`}
        height={240}
        markers={result ? [{ x: result.days, label: 'Your horizon' }] : []}
        series={curve.length > 0 ? [{ name: 'With drift μ', points: withDrift }, { name: 'Driftless log-price', points: driftless, dashed: true }] : []}
      />
    </CalculatorFrame>
  );
}
