import { CalculatorFrame } from '../components/CalculatorFrame.tsx';
import { Chart, type Point } from '../components/Chart.tsx';
import { ChoiceField, SIDE_OPTIONS } from '../components/ChoiceField.tsx';
import { NumberField } from '../components/NumberField.tsx';
import { ResultList } from '../components/ResultList.tsx';
import { evaluate, type FieldText } from '../lib/evaluate.ts';
import { formatNumber } from '../lib/format.ts';
import { useScenario } from '../lib/scenario.ts';
import { IMPACT_CALIBRATED_PARTICIPATION, transactionCost, type Side } from '../risk/index.ts';
import { BP_PER_UNIT, BTC_TRADE_INPUT, QUOTE, impactOf, tradeCost, type ImpactModel } from '../examples/transaction-cost-impact.ts';

const ID = 'tcost';
const defaults = BTC_TRADE_INPUT;
const MONEY = { digits: 2, unit: QUOTE } as const;
const BP = { digits: 2, unit: 'bp' } as const;
/** Order sizes on the chart, as a share of daily volume: 0.001 % to 20 %, evenly spaced on a log scale. */
const CHART_SHARES = Array.from({ length: 41 }, (_, i) => 1e-5 * 2e4 ** (i / 40));

type Key = 'entry' | 'notional' | 'fee' | 'spread' | 'vol' | 'volume' | 'coef' | 'cap' | 'hours';
type Scenario = { side: Side; model: ImpactModel } & Record<Key, string>;
const DEFAULTS: Scenario = {
  side: defaults.side,
  model: defaults.model,
  entry: formatNumber(defaults.entry, { digits: 0 }),
  notional: formatNumber(defaults.notional, { digits: 0 }),
  fee: `${defaults.feeRate * 100}%`,
  spread: `${defaults.spread * 100}%`,
  vol: `${defaults.dailyVol * 100}%`,
  volume: formatNumber(defaults.dailyVolume, { digits: 0 }),
  coef: String(defaults.coefficient),
  cap: formatNumber(defaults.marketCap, { digits: 0 }),
  hours: String(defaults.durationHours),
};
/** Library field → form field. */
const FIELD_OF: Readonly<Record<string, Key>> = {
  size: 'notional', dailyVolume: 'volume', dailyVol: 'vol', coefficient: 'coef', outstanding: 'cap', durationDays: 'hours', feeRate: 'fee', impact: 'vol',
};

/** The calculator's evaluation (useScenario also runs it to check a link's values). */
function run(scenario: Scenario) {
  const sqrt = scenario.model === 'sqrt';
  const fields: Partial<Record<Key, FieldText>> = {
    entry: { text: scenario.entry },
    notional: { text: scenario.notional },
    fee: { text: scenario.fee, percent: true },
    spread: { text: scenario.spread, percent: true },
    vol: { text: scenario.vol, percent: true },
    volume: { text: scenario.volume },
    // Only the active model's parameters are read (the others stay as typed).
    ...(sqrt ? { coef: { text: scenario.coef } } : { cap: { text: scenario.cap }, hours: { text: scenario.hours } }),
  };
  return evaluate(
    fields as Record<Key, FieldText>,
    (v) => {
      const input = {
        side: scenario.side,
        model: scenario.model,
        entry: v.num('entry'),
        notional: v.num('notional'),
        feeRate: v.num('fee'),
        spread: v.num('spread'),
        dailyVol: v.num('vol'),
        dailyVolume: v.num('volume'),
        coefficient: sqrt ? v.num('coef') : 1,
        marketCap: sqrt ? 1 : v.num('cap'),
        durationHours: sqrt ? 1 : v.num('hours'),
      };
      const trade = tradeCost(input);
      // One-way cost of the same order at other sizes, for the chart.
      const curve = CHART_SHARES.map((share): Point => {
        const notional = share * input.dailyVolume;
        const { impact } = impactOf({ ...input, notional });
        return [share * 100, transactionCost({ notional, feeRate: input.feeRate, spread: input.spread, impact }).oneWayRate * BP_PER_UNIT];
      });
      return { trade, curve, fixedRate: (input.feeRate + input.spread / 2) * BP_PER_UNIT };
    },
    (field) => FIELD_OF[field] ?? field,
  );
}

/** Fees, half spread and market impact of an order; one-way and round-trip cost; break-even exit price. */
export default function TransactionCostCalculator() {
  const [scenario, update, { result, formError }, field] = useScenario(ID, DEFAULTS, run);
  const trade = result?.trade;
  const sqrt = scenario.model === 'sqrt';
  const participation = trade?.participation ?? 0;
  const beyondCalibration = participation > IMPACT_CALIBRATED_PARTICIPATION;
  const sharePercent = participation * 100;
  return (
    <CalculatorFrame
      id={ID}
      title="Cost of a trade: fees, spread and market impact"
      convention="Costs as a share of notional on each side; the round trip pays the same again on exit. Impact from the square-root law (Tóth et al. 2011) or from Almgren, Thum, Hauptmann & Li (2005, realised cost J with γ = 0.314, η = 0.142); a day is 24 hours of volume."
      formError={formError}
      inputs={
        <>
          <ChoiceField id={`${ID}-side`} label="Position" value={scenario.side} onChange={(side) => update({ side })} options={SIDE_OPTIONS} />
          <NumberField {...field('entry')} label="Entry price E" unit={QUOTE} />
          <NumberField {...field('notional')} label="Order notional N" unit={QUOTE} />
          <NumberField {...field('fee')} label="Taker fee f, each side" unit="% of notional" />
          <NumberField {...field('spread')} label="Bid–ask spread s" unit="% of mid" hint="Crossing it costs half" />
          <NumberField {...field('vol')} label="Daily volatility σ_D" unit="% per day" hint="Annual volatility ÷ √365" />
          <NumberField {...field('volume')} label="Daily volume V_D" unit={QUOTE} />
          <ChoiceField id={`${ID}-model`} label="Impact model" value={scenario.model} onChange={(model) => update({ model })}
            options={[{ value: 'sqrt', label: 'Square-root law' }, { value: 'atthl', label: 'Almgren et al. (2005)' }]} />
          {sqrt ? (
            <NumberField {...field('coef')} label="Prefactor Y" hint="Of order 1 in most markets" />
          ) : (
            <>
              <NumberField {...field('cap')} label="Market capitalisation Θ" unit={QUOTE} hint="Circulating supply × price" />
              <NumberField {...field('hours')} label="Execution time T" unit="hours" />
            </>
          )}
        </>
      }
      results={
        <>
          <ResultList
            id={ID}
            computed={result !== null}
            rows={[
              { key: 'oneway', label: 'One-way cost', value: trade?.cost.oneWayCost ?? null, format: MONEY, primary: true },
              { key: 'onewaybp', label: 'One-way cost (of notional)', value: trade ? trade.cost.oneWayRate * BP_PER_UNIT : null, format: BP },
              { key: 'feecost', label: 'Fee', value: trade?.cost.feeCost ?? null, format: MONEY },
              { key: 'spreadcost', label: 'Half spread', value: trade?.cost.spreadCost ?? null, format: MONEY },
              { key: 'impactcost', label: 'Market impact', value: trade?.cost.impactCost ?? null, format: MONEY },
              { key: 'impactbp', label: 'Market impact (of price)', value: trade ? trade.impact * BP_PER_UNIT : null, format: BP },
              { key: 'share', label: 'Order as a share of daily volume', value: trade?.participation ?? null, format: { percent: true, digits: 3 } },
              { key: 'roundtrip', label: 'Round-trip cost', value: trade?.cost.roundTripCost ?? null, format: MONEY },
              { key: 'roundtripbp', label: 'Round-trip cost (of notional)', value: trade ? trade.cost.roundTripRate * BP_PER_UNIT : null, format: BP },
              { key: 'breakeven', label: 'Break-even exit price', value: trade?.breakEven.price ?? null, format: MONEY },
              { key: 'move', label: 'Break-even move (of entry price)', value: trade?.breakEven.move ?? null, format: { percent: true, digits: 3, signed: true } },
            ]}
          />
          {result && beyondCalibration ? (
            <p class="field__hint" id={`${ID}-calibration`}>
              The order is {formatNumber(participation, { percent: true, digits: 1 })} of daily volume: the impact models were fitted on orders up to {formatNumber(IMPACT_CALIBRATED_PARTICIPATION, { percent: true, digits: 0 })}, so this figure is an extrapolation.
            </p>
          ) : null}
        </>
      }
    >
      <Chart
        title="One-way cost against order size"
        description={result
          ? `Line chart on a logarithmic size axis from 0.001 % to 20 % of daily volume: the one-way cost in basis points of notional (solid) rises from ${formatNumber(result.curve[0]?.[1], BP)} to ${formatNumber(result.curve[result.curve.length - 1]?.[1], BP)} as impact grows; the dashed line is fee plus half spread, ${formatNumber(result.fixedRate, BP)}, which does not depend on size. This order, ${formatNumber(sharePercent, { digits: 3 })} % of daily volume, costs ${formatNumber(trade ? trade.cost.oneWayRate * BP_PER_UNIT : null, BP)}.`
          : 'No chart: the inputs are not valid.'}
        xLabel="Order size (% of daily volume, log scale)"
        yLabel="One-way cost (bp)"
        xScale="log"
        height={260}
        markers={result && sharePercent >= 1e-3 && sharePercent <= 20 ? [{ x: sharePercent, label: 'This order' }] : []}
        series={result ? [
          { name: 'Fee + half spread + impact', points: result.curve },
          { name: 'Fee + half spread', points: [[CHART_SHARES[0]! * 100, result.fixedRate], [CHART_SHARES[CHART_SHARES.length - 1]! * 100, result.fixedRate]], dashed: true },
        ] : []}
      />
    </CalculatorFrame>
  );
}
