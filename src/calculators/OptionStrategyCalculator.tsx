import { CalculatorFrame } from '../components/CalculatorFrame.tsx';
import { Chart, type Point } from '../components/Chart.tsx';
import { ChoiceField } from '../components/ChoiceField.tsx';
import { ListStatus } from '../components/ListStatus.tsx';
import { NumberField } from '../components/NumberField.tsx';
import { ResultList } from '../components/ResultList.tsx';
import { evaluate, type FieldText } from '../lib/evaluate.ts';
import { formatNumber } from '../lib/format.ts';
import { useListEdits } from '../lib/list-edits.ts';
import { useScenario } from '../lib/scenario.ts';
import { optionStrategy, strategyProfitAt, type Side, type StrategyLeg } from '../risk/index.ts';
import { STRATEGY_PRESETS, breakevenWords, strategyPreset } from '../data/strategy-presets.ts';

type Kind = StrategyLeg['kind'];
interface LegText {
  /** Stable key for rendering (not shown). */
  key: number;
  kind: Kind;
  side: Side;
  quantity: string;
  strike: string;
  premium: string;
}

const ID = 'optstrat';
const MAX_LEGS = 4;
const DEFAULT_PRESET = 'bull-call-spread';
const CUSTOM = 'custom';

const KIND_OPTIONS = [
  { value: 'call', label: 'Call' },
  { value: 'put', label: 'Put' },
  { value: 'underlying', label: 'Underlying' },
] as const satisfies ReadonlyArray<{ value: Kind; label: string }>;
const SIDE_OPTIONS = [
  { value: 'long', label: 'Long (bought)' },
  { value: 'short', label: 'Short (sold)' },
] as const satisfies ReadonlyArray<{ value: Side; label: string }>;
const PRESET_OPTIONS = [
  ...STRATEGY_PRESETS.map((preset) => ({ value: preset.id, label: preset.label })),
  { value: CUSTOM, label: 'Custom (edited)' },
];

let nextKey = 0;
function legText(leg: StrategyLeg): LegText {
  return {
    key: nextKey++,
    kind: leg.kind,
    side: leg.side,
    quantity: String(leg.quantity),
    strike: leg.strike === undefined ? '' : String(leg.strike),
    premium: String(leg.premium ?? 0),
  };
}

type Scenario = { preset: string; legs: LegText[] };
const DEFAULTS: Scenario = { preset: DEFAULT_PRESET, legs: strategyPreset(DEFAULT_PRESET).legs.map(legText) };

/**
 * Prices at which to draw the payoff: the profit at expiry is linear between strikes, so the ends
 * of the range, the strikes and the breakevens draw it exactly. The range extends half the span of
 * the strikes (at least 20 % of the highest one) beyond them, never below 0.
 */
function chartPrices(legs: ReadonlyArray<StrategyLeg>, breakevens: ReadonlyArray<number>): number[] {
  const anchors = [...legs.map((leg) => (leg.kind === 'underlying' ? (leg.premium ?? 0) : (leg.strike ?? 0))), ...breakevens];
  const low = Math.min(...anchors);
  const high = Math.max(...anchors);
  const pad = Math.max((high - low) / 2, high * 0.2);
  const from = Math.max(0, low - pad);
  const to = high + pad;
  const inside = anchors.filter((price) => price > from && price < to);
  return [...new Set([from, ...inside, to])].sort((a, b) => a - b);
}

/** The calculator's evaluation (useScenario also runs it to check a link's values). */
function run({ legs }: Scenario) {
  const fields: Record<string, FieldText> = {};
  legs.forEach((leg, i) => {
    fields[`legs[${i}].quantity`] = { text: leg.quantity };
    if (leg.kind !== 'underlying') fields[`legs[${i}].strike`] = { text: leg.strike };
    fields[`legs[${i}].premium`] = { text: leg.premium };
  });
  return evaluate(fields, (v) => {
    const input: StrategyLeg[] = legs.map((leg, i) => {
      const common = { side: leg.side, quantity: v.num(`legs[${i}].quantity`), premium: v.num(`legs[${i}].premium`) };
      return leg.kind === 'underlying'
        ? { kind: leg.kind, ...common }
        : { kind: leg.kind, ...common, strike: v.num(`legs[${i}].strike`) };
    });
    const summary = optionStrategy({ legs: input });
    const points = chartPrices(input, summary.breakevens).map((price): Point => [price, strategyProfitAt({ legs: input, price })]);
    return { summary, points };
  });
}

/** Payoff at expiry of up to four legs (options and the underlying): maximum loss, maximum profit, breakevens and a chart. */
export default function OptionStrategyCalculator() {
  const [{ preset, legs }, update, { result, errors, formError }] = useScenario(ID, DEFAULTS, run);
  const [status, listEdited] = useListEdits();

  /** Any edit of the legs makes the strategy a custom one. */
  const setLegs = (next: LegText[]) => update({ legs: next, preset: CUSTOM });
  const edit = (index: number, change: Partial<LegText>) => setLegs(legs.map((leg, i) => (i === index ? { ...leg, ...change } : leg)));
  const choosePreset = (id: string) => {
    if (id !== CUSTOM) update({ preset: id, legs: strategyPreset(id).legs.map(legText) });
  };
  const addLeg = () => {
    setLegs([...legs, { key: nextKey++, kind: 'call', side: 'long', quantity: '1', strike: '', premium: '' }]);
    listEdited(`Leg ${legs.length + 1} added: a long call; enter its strike and premium.`, `${ID}-leg${legs.length + 1}-kind`);
  };
  const removeLeg = (index: number) => {
    setLegs(legs.filter((_, i) => i !== index));
    listEdited(`Leg ${index + 1} removed.`, `${ID}-add`);
  };

  const summary = result?.summary;
  const breakevens = summary?.breakevens ?? [];
  const money = (value: number) => formatNumber(value);

  return (
    <CalculatorFrame
      id={ID}
      title="Maximum loss of an option strategy at expiry"
      convention="European options held to expiry, profit per unit of the underlying including premiums paid and received; no fees, no early exercise."
      formError={formError}
      inputs={
        <>
          <ChoiceField id={`${ID}-preset`} label="Strategy preset" value={preset} onChange={choosePreset} options={PRESET_OPTIONS} />
          {preset === CUSTOM ? null : <p class="field__hint">Figures: {strategyPreset(preset).source}</p>}
          <div class="legs">
            {legs.map((leg, i) => {
              const n = i + 1;
              const prefix = `${ID}-leg${n}`;
              return (
                <fieldset class="leg" key={leg.key}>
                  <legend>Leg {n}</legend>
                  <ChoiceField id={`${prefix}-kind`} label="Instrument" value={leg.kind} options={KIND_OPTIONS}
                    onChange={(kind) => edit(i, { kind })} />
                  <ChoiceField id={`${prefix}-side`} label="Side" value={leg.side} options={SIDE_OPTIONS}
                    onChange={(side) => edit(i, { side })} />
                  <NumberField id={`${prefix}-quantity`} label="Quantity" unit="units" value={leg.quantity}
                    onInput={(quantity) => edit(i, { quantity })} error={errors[`legs[${i}].quantity`]} />
                  {leg.kind === 'underlying' ? null : (
                    <NumberField id={`${prefix}-strike`} label="Strike K" value={leg.strike}
                      onInput={(strike) => edit(i, { strike })} error={errors[`legs[${i}].strike`]} />
                  )}
                  <NumberField id={`${prefix}-premium`} label={leg.kind === 'underlying' ? 'Entry price' : 'Premium per unit'}
                    value={leg.premium} onInput={(premium) => edit(i, { premium })} error={errors[`legs[${i}].premium`]} />
                  <div class="row-actions">
                    <button type="button" class="secondary" onClick={() => removeLeg(i)} disabled={legs.length <= 1}>
                      Remove leg {n}
                    </button>
                  </div>
                </fieldset>
              );
            })}
          </div>
          <div class="row-actions">
            <button type="button" id={`${ID}-add`} onClick={addLeg} disabled={legs.length >= MAX_LEGS}>
              Add leg
            </button>
          </div>
          <ListStatus id={ID} status={status} />
          <p class="field__hint">Up to {MAX_LEGS} legs. Prices and premiums in the quote currency, per unit of the underlying.</p>
        </>
      }
      results={
        <ResultList
          id={ID}
          computed={result !== null}
          rows={[
            { key: 'max-loss', label: 'Maximum loss', value: summary?.maxLoss ?? null, primary: true },
            { key: 'max-profit', label: 'Maximum profit', value: summary?.maxProfit ?? null },
            { key: 'breakevens', label: 'Breakeven prices at expiry', value: summary ? breakevenWords(breakevens) : null },
          ]}
        />
      }
    >
      {result && summary ? (
        <Chart
          title="Profit at expiry"
          description={`Profit at expiry against the underlying price at expiry, from ${money(result.points[0]?.[0] ?? 0)} to ${money(
            result.points[result.points.length - 1]?.[0] ?? 0,
          )}. Maximum loss ${formatNumber(summary.maxLoss)}, maximum profit ${formatNumber(summary.maxProfit)}; breakevens: ${breakevenWords(breakevens)}.`}
          xLabel="Underlying price at expiry"
          yLabel="Profit (quote currency)"
          series={[{ name: 'Profit at expiry', points: result.points }]}
          markers={breakevens.map((price) => ({ x: price, label: `Breakeven ${money(price)}` }))}
        />
      ) : (
        <p class="chart">Payoff chart not drawn: correct the inputs above.</p>
      )}
    </CalculatorFrame>
  );
}
