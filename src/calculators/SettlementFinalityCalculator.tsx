import { CalculatorFrame } from '../components/CalculatorFrame.tsx';
import { Chart, type Point } from '../components/Chart.tsx';
import { NumberField } from '../components/NumberField.tsx';
import { ResultList } from '../components/ResultList.tsx';
import { evaluate } from '../lib/evaluate.ts';
import { formatNumber } from '../lib/format.ts';
import { useScenario } from '../lib/scenario.ts';
import { attackerSuccessProbability, confirmationsForRisk, confirmationWait, settlementExposure } from '../risk/index.ts';
import { DEPTH_INPUT, DOUBLE_SPEND_INPUT, EXPOSURE_INPUT, SECONDS_PER_MINUTE, WAIT_INPUT } from '../examples/consensus-protocol-optimization.ts';

const ID = 'nakamoto';
const PROBABILITY = { digits: 7 } as const;
const MINUTES = { digits: 1, unit: 'min' } as const;
/** The chart runs from 0 confirmations to at least this many, and at most to CHART_MAX. */
const CHART_MIN = 10;
const CHART_MAX = 60;

type Scenario = Record<
  'attackerShare' | 'confirmations' | 'maxProbability' | 'blockMinutes' | 'waitMinutes' | 'vol' | 'notional' | 'confidence',
  string
>;
const DEFAULTS: Scenario = {
  attackerShare: `${DOUBLE_SPEND_INPUT.attackerShare * 100}%`,
  confirmations: String(DOUBLE_SPEND_INPUT.confirmations),
  maxProbability: `${DEPTH_INPUT.maxProbability * 100}%`,
  blockMinutes: String(EXPOSURE_INPUT.blockSeconds / SECONDS_PER_MINUTE),
  waitMinutes: String(WAIT_INPUT.waitSeconds / SECONDS_PER_MINUTE),
  vol: `${EXPOSURE_INPUT.vol * 100}%`,
  notional: String(EXPOSURE_INPUT.notional),
  confidence: `${EXPOSURE_INPUT.confidence * 100}%`,
};

/** Library fields in seconds that the form asks for in minutes. */
const LIBRARY_TO_FIELD: Readonly<Record<string, string>> = { blockSeconds: 'blockMinutes', waitSeconds: 'waitMinutes' };

/** "1 in 4,119", or "Never" when the probability is 0. */
const oddsText = (probability: number) => (probability > 0 ? `1 in ${formatNumber(1 / probability, { digits: 0 })}` : 'Never');

/** The calculator's evaluation (useScenario also runs it to check a link's values). */
function run(scenario: Scenario) {
  return evaluate(
    {
      attackerShare: { text: scenario.attackerShare, percent: true },
      confirmations: { text: scenario.confirmations },
      maxProbability: { text: scenario.maxProbability, percent: true },
      blockMinutes: { text: scenario.blockMinutes },
      waitMinutes: { text: scenario.waitMinutes },
      vol: { text: scenario.vol, percent: true },
      notional: { text: scenario.notional },
      confidence: { text: scenario.confidence, percent: true },
    },
    (v) => {
      const attackerShare = v.num('attackerShare');
      const confirmations = v.num('confirmations');
      const blockSeconds = v.num('blockMinutes') * SECONDS_PER_MINUTE;
      const probability = attackerSuccessProbability({ attackerShare, confirmations });
      const needed = confirmationsForRisk({ attackerShare, maxProbability: v.num('maxProbability') });
      const timing = confirmationWait({ confirmations, blockSeconds, waitSeconds: v.num('waitMinutes') * SECONDS_PER_MINUTE });
      const move = settlementExposure({ confirmations, blockSeconds, vol: v.num('vol'), notional: v.num('notional'), confidence: v.num('confidence') });
      const lastZ = Math.min(CHART_MAX, Math.max(CHART_MIN, 2 * confirmations, (needed.confirmations ?? 0) + 3));
      const curve: Point[] = Array.from({ length: lastZ + 1 }, (_, z) => [z, attackerSuccessProbability({ attackerShare, confirmations: z })]);
      return { confirmations, probability, needed, timing, move, curve, lastZ };
    },
    (field) => LIBRARY_TO_FIELD[field] ?? field,
  );
}

/** Nakamoto's double-spend probability, the confirmations a target needs, the wait and the price move meanwhile. */
export default function SettlementFinalityCalculator() {
  const [scenario, , { result, formError }, field] = useScenario(ID, DEFAULTS, run);
  const needed = result?.needed.confirmations ?? null;
  const curve = result?.curve ?? [];
  const lastZ = result?.lastZ ?? 0;
  const z = result?.confirmations ?? 0;
  const markers = [
    ...(result && z <= lastZ ? [{ x: z, label: 'Your z' }] : []),
    ...(needed !== null && needed !== z && needed <= lastZ ? [{ x: needed, label: 'Needed' }] : []),
  ];
  const described = [0, 1, Math.min(6, lastZ), lastZ].filter((at, i, all) => all.indexOf(at) === i);
  const description = result
    ? `Line chart of the probability that an attacker with ${scenario.attackerShare} of the hash power ever catches up, against the number of confirmations from 0 to ${String(lastZ)}: ${described
        .map((at) => `${formatNumber(curve[at]?.[1] ?? null, PROBABILITY)} at ${String(at)}`)
        .join(', ')}.`
    : 'No chart: the inputs are not valid.';

  return (
    <CalculatorFrame
      id={ID}
      title="Double-spend risk and price exposure while waiting for confirmations"
      convention="Nakamoto (2008) §11: Poisson model of the attacker's progress; blocks arrive as a Poisson process; price move with normal returns and square-root-of-time scaling, a year of 365 days."
      formError={formError}
      inputs={
        <>
          <NumberField {...field('attackerShare')} label="Attacker's share of hash power q" unit="%" />
          <NumberField {...field('confirmations')} label="Confirmations waited for z" unit="blocks" />
          <NumberField {...field('maxProbability')} label="Highest acceptable probability of a reversal" unit="%" />
          <NumberField {...field('blockMinutes')} label="Mean time between blocks" unit="min" hint="Bitcoin targets 10 minutes" />
          <NumberField {...field('waitMinutes')} label="Waiting time to compare with" unit="min" />
          <NumberField {...field('notional')} label="Payment value" unit="USD" />
          <NumberField {...field('vol')} label="Volatility of the coin σ" unit="% per year" />
          <NumberField {...field('confidence')} label="Confidence level (one-sided)" unit="%" />
        </>
      }
      results={
        <ResultList
          id={ID}
          computed={result !== null}
          rows={[
            { key: 'probability', label: 'Probability the attacker ever catches up from z blocks behind', value: result?.probability ?? null, format: PROBABILITY, primary: true },
            { key: 'odds', label: 'As odds', value: result ? oddsText(result.probability) : null },
            { key: 'needed', label: 'Confirmations needed to stay below the target', value: needed, format: { digits: 0, nullText: 'None: the attacker always catches up' } },
            { key: 'neededProbability', label: 'Probability at that depth', value: result?.needed.probability ?? null, format: { ...PROBABILITY, nullText: 'None' } },
            { key: 'window', label: 'Mean wait for z confirmations', value: result ? result.timing.expectedSeconds / SECONDS_PER_MINUTE : null, format: MINUTES },
            { key: 'longer', label: 'Probability the wait is longer than the waiting time given', value: result?.timing.probabilityLonger ?? null, format: { percent: true, digits: 2 } },
            { key: 'windowVol', label: 'Volatility over the mean wait', value: result?.move.windowVol ?? null, format: { percent: true, digits: 3 } },
            { key: 'move', label: 'Adverse price move at the confidence level', value: result?.move.move ?? null, format: { percent: true, digits: 3 } },
            { key: 'moveValue', label: 'Loss on the payment for that move', value: result?.move.moveValue ?? null, format: { digits: 2, unit: 'USD' } },
          ]}
        />
      }
    >
      <Chart
        title="Probability of a successful double spend by confirmations"
        description={description}
        xLabel="Confirmations z"
        yLabel="Probability P"
        yTickFormat={(value) => formatNumber(value, { digits: 2 })}
        height={240}
        markers={markers}
        series={result ? [{ name: 'P(q, z)', points: curve }] : []}
      />
    </CalculatorFrame>
  );
}
