import { CalculatorFrame } from '../components/CalculatorFrame.tsx';
import { Chart } from '../components/Chart.tsx';
import { NumberField } from '../components/NumberField.tsx';
import { ResultList } from '../components/ResultList.tsx';
import { evaluate } from '../lib/evaluate.ts';
import { formatNumber } from '../lib/format.ts';
import { useScenario } from '../lib/scenario.ts';
import { kOfNApproval } from '../risk/index.ts';
import { TWO_OF_THREE_INPUT } from '../examples/internal-controls.ts';

const ID = 'multisig';
const PROBABILITY = { percent: true, digits: 4 } as const;
/** Beyond this many keys the bars would be too thin to read. */
const CHART_MAX_KEYS = 30;

type Scenario = Record<'threshold' | 'keys' | 'compromiseProbability' | 'lossProbability', string>;
const defaults = TWO_OF_THREE_INPUT;
const DEFAULTS: Scenario = {
  threshold: String(defaults.threshold),
  keys: String(defaults.keys),
  compromiseProbability: `${defaults.compromiseProbability * 100}%`,
  lossProbability: `${defaults.lossProbability * 100}%`,
};

/** "1 in 3,356", or "Never" when the probability is 0. */
const oddsText = (probability: number) => (probability > 0 ? `1 in ${formatNumber(1 / probability, { digits: 0 })}` : 'Never');

/** Axis ticks in percent with as many decimals as the tick needs: 5 %, 0.2 %, 0.05 %. */
const percentTick = (value: number) =>
  formatNumber(value, { percent: true, digits: value === 0 ? 0 : Math.max(0, -Math.floor(Math.log10(Math.abs(value) * 100))) });

/** The calculator's evaluation (useScenario also runs it to check a link's values). */
function run(scenario: Scenario) {
  return evaluate(
    {
      threshold: { text: scenario.threshold },
      keys: { text: scenario.keys },
      compromiseProbability: { text: scenario.compromiseProbability, percent: true },
      lossProbability: { text: scenario.lossProbability, percent: true },
    },
    (v) => {
      const input = {
        threshold: v.num('threshold'),
        keys: v.num('keys'),
        compromiseProbability: v.num('compromiseProbability'),
        lossProbability: v.num('lossProbability'),
      };
      const now = kOfNApproval(input);
      // Every threshold for the same keys: the trade-off the chart shows.
      const byThreshold = input.keys <= CHART_MAX_KEYS
        ? Array.from({ length: input.keys }, (_, i) => kOfNApproval({ ...input, threshold: i + 1 }))
        : [];
      return { ...input, now, byThreshold };
    },
  );
}

/** k-of-n approvals: probability that an attacker gets k keys, and that the owners keep fewer than k. */
export default function MultisigCalculator() {
  const [, , { result, formError }, field] = useScenario(ID, DEFAULTS, run);
  const now = result?.now;
  const keys = result?.keys ?? 0;
  const byThreshold = result?.byThreshold ?? [];
  const description = !result
    ? 'No chart: the inputs are not valid.'
    : `Bar chart, one pair of bars per threshold k from 1 to ${String(keys)} out of ${String(keys)} keys: the first bar is the probability of compromise, the second the probability of lock-out. ${byThreshold
          .map((point, i) => `${String(i + 1)}-of-${String(keys)}: compromise ${formatNumber(point.compromise, PROBABILITY)}, lock-out ${formatNumber(point.lockOut, PROBABILITY)}.`)
          .join(' ')}`;

  return (
    <CalculatorFrame
      id={ID}
      title="k-of-n approvals: compromise against lock-out"
      convention="Keys fail independently over the same horizon (for example a year); a key can be stolen (compromise) or lost (lock-out). Binomial model, as in k-out-of-n reliability."
      formError={formError}
      inputs={
        <>
          <NumberField {...field('threshold')} label="Approvals required k" decimal={false} />
          <NumberField {...field('keys')} label="Keys in the scheme n" decimal={false} hint="Up to 100" />
          <NumberField {...field('compromiseProbability')} label="Probability one key is stolen or misused q" unit="%" />
          <NumberField {...field('lossProbability')} label="Probability one key is lost or unavailable ℓ" unit="%" />
        </>
      }
      results={
        <ResultList
          id={ID}
          computed={result !== null}
          rows={[
            { key: 'compromise', label: 'Probability an attacker holds at least k keys', value: now?.compromise ?? null, format: PROBABILITY, primary: true },
            { key: 'compromiseOdds', label: 'Compromise, as odds', value: now ? oddsText(now.compromise) : null },
            { key: 'lockOut', label: 'Probability fewer than k keys are left (lock-out)', value: now?.lockOut ?? null, format: PROBABILITY, primary: true },
            { key: 'lockOutOdds', label: 'Lock-out, as odds', value: now ? oddsText(now.lockOut) : null },
          ]}
        />
      }
    >
      {result && byThreshold.length === 0 ? (
        <p class="field__hint">The chart by threshold is drawn for up to {CHART_MAX_KEYS} keys.</p>
      ) : (
        <Chart
          title="Compromise and lock-out by threshold"
          description={description}
          xLabel={`Approvals required k, out of ${String(keys)} keys`}
          yLabel="Probability"
          yTickFormat={percentTick}
          height={240}
          categories={byThreshold.map((_, i) => String(i + 1))}
          series={
            byThreshold.length > 0
              ? [
                  { name: 'Compromise', kind: 'bar', points: byThreshold.map((point, i) => [i, point.compromise] as const) },
                  { name: 'Lock-out', kind: 'bar', points: byThreshold.map((point, i) => [i, point.lockOut] as const) },
                ]
              : []
          }
        />
      )}
    </CalculatorFrame>
  );
}
