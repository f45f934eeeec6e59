import { CalculatorFrame } from '../components/CalculatorFrame.tsx';
import { Chart, type Point } from '../components/Chart.tsx';
import { NumberField } from '../components/NumberField.tsx';
import { ResultList } from '../components/ResultList.tsx';
import { evaluate } from '../lib/evaluate.ts';
import { formatCompact, formatNumber, percentInputText } from '../lib/format.ts';
import { useScenario } from '../lib/scenario.ts';
import { circuitBreakerLevels, firstPassageDistance, firstPassageProbability } from '../risk/index.ts';
import {
  CIRCUIT_BREAKER_EXAMPLE_INPUT,
  KILL_SWITCH_EXAMPLE_INPUT,
  TARGET_TRIP_PROBABILITY,
} from '../data/kill-switch.ts';

type NumberKey = 'distance' | 'vol' | 'drift' | 'horizon' | 'probability' | 'referencePrice' | 'level1' | 'level2' | 'level3';
type Scenario = Record<NumberKey, string>;
const ID = 'killsw';
const USDT = { digits: 2, unit: 'USDT' } as const;
const PROBABILITY = { percent: true, digits: 2 } as const;
const LEVELS = ['level1', 'level2', 'level3'] as const;
const PERCENT_KEYS: readonly NumberKey[] = ['probability', ...LEVELS];
/** Chart points: the horizon from 1/20 of the chosen one to twice it. */
const CURVE_STEPS = 40;
const DEFAULTS: Scenario = {
  distance: String(KILL_SWITCH_EXAMPLE_INPUT.distance),
  vol: String(KILL_SWITCH_EXAMPLE_INPUT.vol),
  drift: String(KILL_SWITCH_EXAMPLE_INPUT.drift),
  horizon: String(KILL_SWITCH_EXAMPLE_INPUT.horizon),
  probability: percentInputText(TARGET_TRIP_PROBABILITY),
  referencePrice: String(CIRCUIT_BREAKER_EXAMPLE_INPUT.referencePrice),
  level1: percentInputText(CIRCUIT_BREAKER_EXAMPLE_INPUT.thresholds[0]),
  level2: percentInputText(CIRCUIT_BREAKER_EXAMPLE_INPUT.thresholds[1]),
  level3: percentInputText(CIRCUIT_BREAKER_EXAMPLE_INPUT.thresholds[2]),
};
/** Library field → form field, where the names differ. */
const FIELD_OF: Record<string, string> = { 'thresholds[0]': 'level1', 'thresholds[1]': 'level2', 'thresholds[2]': 'level3' };

/** The calculator's evaluation (useScenario also runs it to check a link's values). */
function run(scenario: Scenario) {
  const keys = Object.keys(DEFAULTS) as NumberKey[];
  return evaluate(
    Object.fromEntries(keys.map((key) => [key, { text: scenario[key], percent: PERCENT_KEYS.includes(key) }])) as Record<NumberKey, { text: string; percent: boolean }>,
    (v) => {
      const path = { distance: v.num('distance'), drift: v.num('drift'), vol: v.num('vol'), horizon: v.num('horizon') };
      return {
        horizon: path.horizon,
        now: firstPassageProbability(path),
        driftless: firstPassageProbability({ ...path, drift: 0 }).probability,
        limit: firstPassageDistance({ probability: v.num('probability'), drift: path.drift, vol: path.vol, horizon: path.horizon }),
        breakers: circuitBreakerLevels({ referencePrice: v.num('referencePrice'), thresholds: LEVELS.map((key) => v.num(key)) }).prices,
        curve: Array.from({ length: CURVE_STEPS }, (_, k) => {
          const horizon = (2 * path.horizon * (k + 1)) / CURVE_STEPS;
          return { horizon, ...firstPassageProbability({ ...path, horizon }) };
        }),
      };
    },
    (field) => FIELD_OF[field] ?? field,
  );
}

/** Probability that a P&L path touches a loss limit within a horizon, the limit for a chosen probability, and circuit-breaker prices. */
export default function KillSwitchCalculator() {
  const [, , { result, formError }, field] = useScenario(ID, DEFAULTS, run);
  const curve = result?.curve ?? [];
  const touch: Point[] = curve.map((point) => [point.horizon, point.probability]);
  const terminal: Point[] = curve.map((point) => [point.horizon, point.terminalProbability]);
  const at = (index: number) => {
    const point = curve[index];
    return point ? `${formatNumber(point.probability, PROBABILITY)} within ${formatNumber(point.horizon, { digits: 1 })} days` : '';
  };
  return (
    <CalculatorFrame
      id={ID}
      title="Kill switch and circuit breakers"
      convention="P&L as Brownian motion with drift, checked continuously (reflection principle); a day is the time unit. Breaker prices: reference price × (1 − decline)."
      formError={formError}
      inputs={
        <>
          <NumberField {...field('distance')} label="Loss limit L" unit="USDT" hint="The kill switch fires when the P&L falls to −L" />
          <NumberField {...field('vol')} label="P&L volatility σ" unit="USDT per √day" />
          <NumberField {...field('drift')} label="Drift μ (expected P&L)" unit="USDT per day" hint="Negative for a strategy that bleeds" />
          <NumberField {...field('horizon')} label="Horizon T" unit="days" />
          <NumberField {...field('probability')} label="Accepted chance of a trip on noise" unit="% over T" />
          <NumberField {...field('referencePrice')} label="Reference price for breakers" unit="price" hint="For example the prior close" />
          <NumberField {...field('level1')} label="Level 1 decline" unit="%" />
          <NumberField {...field('level2')} label="Level 2 decline" unit="%" />
          <NumberField {...field('level3')} label="Level 3 decline" unit="%" />
        </>
      }
      results={
        <ResultList
          id={ID}
          computed={result !== null}
          rows={[
            { key: 'touch', label: 'Limit touched within T', value: result?.now.probability ?? null, format: PROBABILITY, primary: true },
            { key: 'terminal', label: 'P&L beyond the limit at the end of T', value: result?.now.terminalProbability ?? null, format: PROBABILITY },
            { key: 'driftless', label: 'Limit touched within T, without drift', value: result?.driftless ?? null, format: PROBABILITY },
            { key: 'limit', label: 'Limit tripped by noise with the accepted chance', value: result?.limit ?? null, format: USDT },
            // Keys differ from the input fields' (the ids of both are "killsw-<key>").
            ...LEVELS.map((_, i) => ({ key: `trigger${i + 1}`, label: `Level ${i + 1} trigger price`, value: result?.breakers[i] ?? null, format: { digits: 2 } })),
          ]}
        />
      }
    >
      <Chart
        title="Probability of touching the loss limit, by horizon"
        description={result
          ? `Line chart of the probability that the P&L touches the loss limit within a horizon of up to twice the chosen one (solid), and of ending beyond it at the horizon (dashed): ${at(CURVE_STEPS / 4 - 1)}, ${at(CURVE_STEPS / 2 - 1)}, ${at(CURVE_STEPS - 1)}.`
          : 'No chart: the inputs are not valid.'}
        xLabel="Horizon (days)"
        yLabel="Probability"
        yTickFormat={(value) => `${formatCompact(value * 100)} %`}
        height={240}
        markers={result ? [{ x: result.horizon, label: 'Your horizon' }] : []}
        series={result ? [{ name: 'Touched within the horizon', points: touch }, { name: 'Beyond the limit at the horizon', points: terminal, dashed: true }] : []}
      />
    </CalculatorFrame>
  );
}
