import { CalculatorFrame } from '../components/CalculatorFrame.tsx';
import { Chart } from '../components/Chart.tsx';
import { ListStatus } from '../components/ListStatus.tsx';
import { NumberField } from '../components/NumberField.tsx';
import { ResultList, type ResultRow } from '../components/ResultList.tsx';
import { evaluate, type FieldText } from '../lib/evaluate.ts';
import { formatNumber } from '../lib/format.ts';
import { useListEdits } from '../lib/list-edits.ts';
import { useScenario } from '../lib/scenario.ts';
import { bridgePathLoss } from '../risk/index.ts';
import { BRIDGE_PATH_INPUT, HOP_NAMES, MONEY_UNIT } from '../examples/cross-chain-risk-assessment.ts';

const ID = 'bridge';
const MONEY = { digits: 2, unit: MONEY_UNIT } as const;
const PROBABILITY = { percent: true, digits: 4 } as const;

interface HopText {
  key: number;
  name: string;
  failureProbability: string;
  lossGivenFailure: string;
}

/** Library path of a hop's field; also the key of its form field and of its error message. */
const hopPath = (i: number, field: 'failureProbability' | 'lossGivenFailure') => `hops[${i}].${field}`;
const hopName = (hop: HopText | undefined, i: number) => hop?.name.trim() || `Hop ${i + 1}`;

let nextKey = 0;
const newKey = () => nextKey++;

type Scenario = { exposure: string; transfers: string; hops: HopText[] };
const DEFAULTS: Scenario = {
  exposure: String(BRIDGE_PATH_INPUT.exposure),
  transfers: String(BRIDGE_PATH_INPUT.transfers),
  hops: BRIDGE_PATH_INPUT.hops.map((hop, i) => ({
    key: newKey(),
    name: HOP_NAMES[i] ?? '',
    failureProbability: `${hop.failureProbability * 100}%`,
    lossGivenFailure: `${hop.lossGivenFailure * 100}%`,
  })),
};

/** The calculator's evaluation (useScenario also runs it to check a link's values). */
function run({ exposure, transfers, hops }: Scenario) {
  const fields: Record<string, FieldText> = { exposure: { text: exposure }, transfers: { text: transfers } };
  hops.forEach((hop, i) => {
    fields[hopPath(i, 'failureProbability')] = { text: hop.failureProbability, percent: true };
    fields[hopPath(i, 'lossGivenFailure')] = { text: hop.lossGivenFailure, percent: true };
  });
  return evaluate(fields, (v) =>
    bridgePathLoss({
      exposure: v.num('exposure'),
      transfers: v.num('transfers'),
      hops: hops.map((_, i) => ({
        failureProbability: v.num(hopPath(i, 'failureProbability')),
        lossGivenFailure: v.num(hopPath(i, 'lossGivenFailure')),
      })),
    }),
  );
}

/** Probability of loss and expected loss along a path of bridges and other hops, crossed in order. */
export default function BridgePathCalculator() {
  const [{ hops }, update, { result, errors, formError }, field] = useScenario(ID, DEFAULTS, run);
  const setHops = (next: HopText[]) => update({ hops: next });
  const [status, listEdited] = useListEdits();

  const updateHop = (i: number, change: Partial<HopText>) => setHops(hops.map((hop, index) => (index === i ? { ...hop, ...change } : hop)));
  const removeHop = (i: number) => {
    const removed = hops[i];
    if (!removed || hops.length <= 1) return;
    setHops(hops.filter((_, index) => index !== i));
    listEdited(`${hopName(removed, i)} removed.`, `${ID}-hop-${Math.min(i, hops.length - 2)}-name`);
  };
  const addHop = () => {
    const i = hops.length;
    setHops([...hops, { key: newKey(), name: `Hop ${i + 1}`, failureProbability: '0%', lossGivenFailure: '100%' }]);
    listEdited(`Hop ${i + 1} added at the end of the path.`, `${ID}-hop-${i}-name`);
  };

  const rows: ResultRow[] = [
    { key: 'failure', label: 'Probability one transfer fails somewhere on the path', value: result?.failureProbability ?? null, format: PROBABILITY, primary: true },
    { key: 'loss', label: 'Expected loss of one transfer', value: result?.expectedLoss ?? null, format: MONEY, primary: true },
    { key: 'lossRate', label: 'Expected loss, share of the amount sent', value: result?.expectedLossRate ?? null, format: { percent: true, digits: 3 } },
    ...hops.map((hop, i) => {
      const out = result?.hops[i];
      return {
        key: `hop-${i}`,
        label: `Hop ${i + 1}: ${hopName(hop, i)}`,
        value: out
          ? `reached ${formatNumber(out.reachProbability, { percent: true, digits: 2 })}, fails ${formatNumber(out.failureProbability, PROBABILITY)}, expected loss ${formatNumber(out.expectedLoss, MONEY)}`
          : null,
      };
    }),
    { key: 'naive', label: 'Naive sum of p × LGD × amount (ignores that funds stop at the first failure)', value: result?.naiveExpectedLoss ?? null, format: MONEY },
    { key: 'failureOverTransfers', label: 'Probability at least one of the transfers fails', value: result?.failureProbabilityOverTransfers ?? null, format: { percent: true, digits: 2 } },
    { key: 'lossOverTransfers', label: 'Expected loss over all the transfers', value: result?.expectedLossOverTransfers ?? null, format: MONEY },
  ];

  const perHop = result?.hops ?? [];
  const chartDescription = result
    ? `Bar chart of each hop's part of the expected loss of one transfer, in path order. ${perHop
        .map((out, i) => `Hop ${i + 1} (${hopName(hops[i], i)}): ${formatNumber(out.expectedLoss, MONEY)}.`)
        .join(' ')}`
    : 'No chart: the inputs are not valid.';

  return (
    <CalculatorFrame
      id={ID}
      title="Loss on a cross-chain path"
      convention="Hops are crossed in order and fail independently; funds stop at the first failure. Expected loss per hop = probability of reaching it × probability it fails × loss given failure × amount (Basel EL = PD × LGD × EAD)."
      formError={formError}
      inputs={
        <>
          <NumberField {...field('exposure')} label="Amount sent" unit={MONEY_UNIT} />
          <NumberField {...field('transfers')} label="Number of such transfers" decimal={false} hint="Each independent, each of the amount sent" />
          <p class="field__hint">Hops, in the order the funds pass through them:</p>
          <div class="legs">
            {hops.map((hop, i) => (
              <fieldset class="leg" key={hop.key}>
                <legend>Hop {i + 1}</legend>
                <div class="field">
                  <label for={`${ID}-hop-${i}-name`}>Name of hop {i + 1}</label>
                  <div class="field__control">
                    <input id={`${ID}-hop-${i}-name`} name={`${ID}-hop-${i}-name`} type="text" autoComplete="off"
                      value={hop.name} onInput={(event) => updateHop(i, { name: event.currentTarget.value })} />
                  </div>
                </div>
                <NumberField id={`${ID}-hop-${i}-failure`} label={`Probability hop ${i + 1} fails`} unit="%"
                  value={hop.failureProbability} onInput={(text) => updateHop(i, { failureProbability: text })}
                  error={errors[hopPath(i, 'failureProbability')]} />
                <NumberField id={`${ID}-hop-${i}-loss`} label={`Loss given failure of hop ${i + 1}`} unit="%"
                  value={hop.lossGivenFailure} onInput={(text) => updateHop(i, { lossGivenFailure: text })}
                  error={errors[hopPath(i, 'lossGivenFailure')]} />
                {hops.length > 1 ? (
                  <div class="row-actions">
                    <button type="button" class="secondary" aria-label={`Remove hop ${i + 1}`} onClick={() => removeHop(i)}>Remove hop</button>
                  </div>
                ) : null}
              </fieldset>
            ))}
          </div>
          <div class="row-actions">
            <button type="button" onClick={addHop}>Add hop</button>
          </div>
          <ListStatus id={ID} status={status} />
        </>
      }
      results={<ResultList id={ID} computed={result !== null} rows={rows} />}
    >
      <Chart
        title="Expected loss by hop"
        description={chartDescription}
        xLabel="Hop, in path order"
        yLabel={MONEY_UNIT}
        categories={hops.map((_, i) => `Hop ${i + 1}`)}
        series={result ? [{ name: 'Expected loss', kind: 'bar', points: perHop.map((out, i) => [i, out.expectedLoss] as const) }] : []}
      />
    </CalculatorFrame>
  );
}
