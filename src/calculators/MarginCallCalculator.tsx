import { CalculatorFrame } from '../components/CalculatorFrame.tsx';
import { ChoiceField, SIDE_OPTIONS } from '../components/ChoiceField.tsx';
import { NumberField } from '../components/NumberField.tsx';
import { ResultList } from '../components/ResultList.tsx';
import { evaluate } from '../lib/evaluate.ts';
import { percentInputText } from '../lib/format.ts';
import { useScenario } from '../lib/scenario.ts';
import type { Side } from '../risk/index.ts';
import { MARGIN_CALL_EXAMPLE_INPUT, marginCallThresholds } from '../data/margin-call.ts';

type NumberKey = 'size' | 'entry' | 'collateral' | 'leverage' | 'markPrice' | 'callLevel' | 'liquidationLevel' | 'mmr' | 'warningRatio';
type Scenario = { side: Side } & Record<NumberKey, string>;
const ID = 'mcall';
const defaults = MARGIN_CALL_EXAMPLE_INPUT;
const USD = { digits: 2, unit: 'USD', nullText: 'Never reached' } as const;
const PERCENT_KEYS: readonly NumberKey[] = ['callLevel', 'liquidationLevel', 'mmr', 'warningRatio'];
const DEFAULTS: Scenario = {
  side: defaults.side,
  size: String(defaults.size),
  entry: String(defaults.entry),
  collateral: String(defaults.collateral),
  leverage: String(defaults.leverage),
  markPrice: String(defaults.markPrice),
  callLevel: percentInputText(defaults.callLevel),
  liquidationLevel: percentInputText(defaults.liquidationLevel),
  mmr: percentInputText(defaults.mmr),
  warningRatio: percentInputText(defaults.warningRatio),
};
/** Library field → form field, where the names differ. */
const FIELD_OF: Record<string, string> = { tradeBalance: 'collateral', walletBalance: 'collateral' };

/** The calculator's evaluation (useScenario also runs it to check a link's values). */
function run(scenario: Scenario) {
  const keys = Object.keys(DEFAULTS).filter((key): key is NumberKey => key !== 'side');
  return evaluate(
    Object.fromEntries(keys.map((key) => [key, { text: scenario[key], percent: PERCENT_KEYS.includes(key) }])) as Record<NumberKey, { text: string; percent: boolean }>,
    (v) => marginCallThresholds({ side: scenario.side, ...(Object.fromEntries(keys.map((key) => [key, v.num(key)])) as Record<NumberKey, number>) }),
    (field) => FIELD_OF[field] ?? field,
  );
}

/** Prices at which Kraken's margin level and Binance's margin ratio cross their warning, call and liquidation thresholds. */
export default function MarginCallCalculator() {
  const [{ side }, update, { result, formError }, field] = useScenario(ID, DEFAULTS, run);
  return (
    <CalculatorFrame
      id={ID}
      title="Margin-call and liquidation prices, Kraken and Binance"
      convention="One position, the same collateral on both venues. Kraken margin trading: margin level = equity ÷ used margin. Binance futures: margin ratio = maintenance margin ÷ margin balance, liquidation at 100 %."
      formError={formError}
      inputs={
        <>
          <ChoiceField id={`${ID}-side`} label="Side" value={side} onChange={(value) => update({ side: value })} options={SIDE_OPTIONS} />
          <NumberField {...field('size')} label="Size Q" unit="BTC" />
          <NumberField {...field('entry')} label="Entry price" unit="USD" />
          <NumberField {...field('collateral')} label="Collateral" unit="USD" hint="Kraken trade balance; Binance wallet balance of this position" />
          <NumberField {...field('leverage')} label="Kraken leverage" unit="×" hint="Used margin = cost ÷ leverage" />
          <NumberField {...field('markPrice')} label="Price now" unit="USD" />
          <NumberField {...field('callLevel')} label="Kraken margin-call level" unit="% margin level" />
          <NumberField {...field('liquidationLevel')} label="Kraken liquidation level" unit="% margin level" />
          <NumberField {...field('mmr')} label="Binance maintenance margin rate" unit="% of notional" />
          <NumberField {...field('warningRatio')} label="Binance warning at margin ratio" unit="%" hint="Your own alert; Binance liquidates at 100 %" />
        </>
      }
      results={
        <ResultList
          id={ID}
          computed={result !== null}
          rows={[
            { key: 'used-margin', label: 'Kraken used margin now', value: result?.krakenNow.usedMargin ?? null, format: USD },
            { key: 'level-now', label: 'Kraken margin level now', value: result?.krakenNow.marginLevel ?? null, format: { percent: true, digits: 1 } },
            { key: 'call', label: 'Kraken margin-call price', value: result?.krakenCallPrice ?? null, format: USD, primary: true },
            { key: 'kraken-liq', label: 'Kraken liquidation price', value: result?.krakenLiquidationPrice ?? null, format: USD },
            { key: 'ratio-now', label: 'Binance margin ratio now', value: result?.binanceNow.marginRatio ?? null, format: { percent: true, digits: 2, nullText: 'Margin used up' } },
            { key: 'warning', label: 'Binance warning price', value: result?.binanceWarningPrice ?? null, format: USD, primary: true },
            { key: 'binance-liq', label: 'Binance liquidation price', value: result?.binanceLiquidationPrice ?? null, format: USD },
          ]}
        />
      }
    />
  );
}
