import { CalculatorFrame } from '../components/CalculatorFrame.tsx';
import { ChoiceField, SIDE_OPTIONS } from '../components/ChoiceField.tsx';
import { NumberField } from '../components/NumberField.tsx';
import { ResultList } from '../components/ResultList.tsx';
import { evaluate, type FieldText } from '../lib/evaluate.ts';
import { useScenario } from '../lib/scenario.ts';
import { perpetualPositionRisk, type Side } from '../risk/index.ts';
import { FIRST_EXIT_WORDS, PERPETUAL_EXAMPLE_INPUT } from '../data/strategy-presets.ts';

type MarginMode = 'margin' | 'leverage';
type FieldKey = 'size' | 'entry' | MarginMode | 'stop' | 'mmr' | 'fee';
const ID = 'perpml';
/** The worked example's position (the page's example is computed from the same data). */
const defaults = PERPETUAL_EXAMPLE_INPUT;
const USDT = { digits: 2, unit: 'USDT' } as const;

/** Library field → form field, where the names differ. */
const FIELD_OF: Record<string, string> = { stopPrice: 'stop', takerFee: 'fee' };

type Scenario = { side: Side; mode: MarginMode } & Record<FieldKey, string>;
const DEFAULTS: Scenario = {
  side: defaults.side,
  mode: 'margin',
  size: String(defaults.size),
  entry: String(defaults.entry),
  margin: String(defaults.margin),
  // Shown when the user switches to entering leverage; 10× is the same position (30,000 / 3,000).
  leverage: '10',
  stop: String(defaults.stopPrice),
  mmr: `${defaults.mmr * 100}%`,
  fee: `${defaults.takerFee * 100}%`,
};

/** The calculator's evaluation (useScenario also runs it to check a link's values). */
function run(scenario: Scenario) {
  const { mode } = scenario;
  // Only the margin or the leverage field is on the form (and validated), never both.
  const fields: Partial<Record<FieldKey, FieldText>> = {
    size: { text: scenario.size },
    entry: { text: scenario.entry },
    [mode]: { text: scenario[mode] },
    stop: { text: scenario.stop, optional: true },
    mmr: { text: scenario.mmr, percent: true },
    fee: { text: scenario.fee, percent: true },
  };
  return evaluate(
    fields as Record<FieldKey, FieldText>,
    (v) => {
      const stopPrice = v.opt('stop');
      return perpetualPositionRisk({
        side: scenario.side,
        size: v.num('size'),
        entry: v.num('entry'),
        ...(mode === 'margin' ? { margin: v.num('margin') } : { leverage: v.num('leverage') }),
        ...(stopPrice === undefined ? {} : { stopPrice }),
        mmr: v.num('mmr'),
        takerFee: v.num('fee'),
      });
    },
    (field) => FIELD_OF[field] ?? field,
  );
}

/**
 * Loss at the stop, liquidation and bankruptcy prices and the maximum loss of a leveraged
 * USDT-margined perpetual with isolated margin (Binance USDⓈ-M convention).
 */
export default function PerpetualMaxLossCalculator() {
  const [{ side, mode }, update, { result, formError }, field] = useScenario(ID, DEFAULTS, run);

  return (
    <CalculatorFrame
      id={ID}
      title="Maximum loss of a leveraged perpetual"
      convention="Linear USDT-margined perpetual, isolated margin, Binance USDⓈ-M liquidation formula with one maintenance rate (maintenance amount 0). Fees are taker fees, as a share of notional."
      formError={formError}
      inputs={
        <>
          <ChoiceField id={`${ID}-side`} label="Side" value={side} onChange={(value) => update({ side: value })}
            options={SIDE_OPTIONS} />
          <NumberField {...field('size')} label="Size Q" unit="base units" hint="Position size in the base asset, e.g. BTC" />
          <NumberField {...field('entry')} label="Entry price" unit="USDT" />
          <ChoiceField id={`${ID}-mode`} label="Margin entered as" value={mode} onChange={(value) => update({ mode: value })}
            options={[{ value: 'margin', label: 'Isolated margin (USDT)' }, { value: 'leverage', label: 'Leverage (×)' }]} />
          {mode === 'margin' ? (
            <NumberField {...field('margin')} label="Isolated margin" unit="USDT" hint="Collateral assigned to this position" />
          ) : (
            <NumberField {...field('leverage')} label="Leverage" unit="×" hint="Notional divided by margin" />
          )}
          <NumberField {...field('stop')} label="Stop price (optional)" unit="USDT" hint="Leave empty for no stop" />
          <NumberField {...field('mmr')} label="Maintenance margin rate" unit="% of notional" />
          <NumberField {...field('fee')} label="Taker fee" unit="% of notional" hint="Charged at entry and at exit" />
        </>
      }
      results={
        <ResultList
          id={ID}
          computed={result !== null}
          rows={[
            { key: 'initial-margin', label: 'Initial margin', value: result?.initialMargin ?? null, format: USDT },
            { key: 'loss-at-stop', label: 'Loss at the stop, fees included', value: result?.lossAtStop ?? null, format: { ...USDT, nullText: 'No stop set' } },
            { key: 'liq-price', label: 'Liquidation price', value: result?.liquidationPrice ?? null, format: { ...USDT, nullText: 'No liquidation' } },
            { key: 'bankruptcy-price', label: 'Bankruptcy price', value: result?.bankruptcyPrice ?? null, format: { ...USDT, nullText: 'None (at or below 0)' } },
            { key: 'loss-at-liq', label: 'Loss at liquidation (margin + entry fee)', value: result?.lossAtLiquidation ?? null, format: USDT },
            { key: 'first-exit', label: 'Reached first', value: result ? FIRST_EXIT_WORDS[result.firstExit] : null },
            { key: 'max-loss', label: 'Maximum loss (at the first exit)', value: result?.maxLoss ?? null, format: USDT, primary: true },
            { key: 'loss-share', label: 'Maximum loss as a share of margin', value: result?.maxLossShareOfMargin ?? null, format: { percent: true, digits: 2 } },
          ]}
        />
      }
    />
  );
}
