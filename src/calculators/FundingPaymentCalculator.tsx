import { CalculatorFrame } from '../components/CalculatorFrame.tsx';
import { ChoiceField, SIDE_OPTIONS } from '../components/ChoiceField.tsx';
import { NumberField } from '../components/NumberField.tsx';
import { ResultList } from '../components/ResultList.tsx';
import { evaluate } from '../lib/evaluate.ts';
import { useScenario } from '../lib/scenario.ts';
import { perpetualFunding, type PerpetualContract, type Side } from '../risk/index.ts';
import { FUNDING_EXAMPLE_INPUT, FUNDING_TIMES_PER_DAY } from '../examples/funding-liquidity-risk.ts';

type FundingTimes = '1' | '3' | '6' | '24';
type FieldKey = 'size' | 'mark' | 'rate' | 'days';
const ID = 'lcrfunding';
const defaults = FUNDING_EXAMPLE_INPUT;

/** Library field → form field, where the names differ. */
const FIELD_OF: Record<string, string> = { markPrice: 'mark', fundingRate: 'rate', intervals: 'days' };

type Scenario = { contract: PerpetualContract; side: Side; perDay: FundingTimes } & Record<FieldKey, string>;
const DEFAULTS: Scenario = {
  contract: defaults.contract ?? 'linear',
  side: defaults.side,
  perDay: String(FUNDING_TIMES_PER_DAY) as FundingTimes,
  size: String(defaults.size),
  mark: String(defaults.markPrice),
  rate: `${defaults.fundingRate * 100}%`,
  days: String((defaults.intervals ?? 1) / FUNDING_TIMES_PER_DAY),
};

/** The calculator's evaluation (useScenario also runs it to check a link's values). */
function run(scenario: Scenario) {
  return evaluate(
    {
      size: { text: scenario.size },
      mark: { text: scenario.mark },
      rate: { text: scenario.rate, percent: true },
      days: { text: scenario.days },
    },
    (v) =>
      perpetualFunding({
        contract: scenario.contract,
        side: scenario.side,
        size: v.num('size'),
        markPrice: v.num('mark'),
        fundingRate: v.num('rate'),
        // Funding times in the period; a fraction of a day that holds no funding time counts for nothing.
        intervals: Math.floor(v.num('days') * Number(scenario.perDay) + 1e-9),
      }),
    (field) => FIELD_OF[field] ?? field,
  );
}

/** Funding paid or received by a perpetual position per funding time and over a period. */
export default function FundingPaymentCalculator() {
  const [{ contract, side, perDay }, update, { result, formError }, field] = useScenario(ID, DEFAULTS, run);
  const linear = contract === 'linear';
  const currency = linear ? 'USDT' : 'BTC';
  const money = { digits: linear ? 2 : 8, unit: currency, signed: true } as const;

  return (
    <CalculatorFrame
      id={ID}
      title="Perpetual funding payments"
      convention="Payment = position value at the mark × funding rate; longs pay shorts when the rate is positive. Linear (USDT-margined): value = size × mark, paid in USDT. Inverse (coin-margined, e.g. BitMEX XBTUSD): value = USD face value ÷ mark, paid in BTC. Mark and rate are held constant over the period."
      formError={formError}
      inputs={
        <>
          <ChoiceField id={`${ID}-contract`} label="Contract" value={contract} onChange={(value) => update({ contract: value })}
            options={[{ value: 'linear', label: 'Linear (USDT-margined)' }, { value: 'inverse', label: 'Inverse (coin-margined)' }]} />
          <ChoiceField id={`${ID}-side`} label="Side" value={side} onChange={(value) => update({ side: value })} options={SIDE_OPTIONS} />
          <NumberField {...field('size')} label="Position size" unit={linear ? 'BTC' : 'USD of contracts'} />
          <NumberField {...field('mark')} label="Mark price P" unit="USD per BTC" />
          <NumberField {...field('rate')} label="Funding rate f per funding time" unit="% of position value" />
          <ChoiceField id={`${ID}-per-day`} label="Funding times per day" value={perDay} onChange={(value) => update({ perDay: value })}
            options={[{ value: '1', label: 'Once a day' }, { value: '3', label: '3 (every 8 hours)' }, { value: '6', label: '6 (every 4 hours)' }, { value: '24', label: '24 (every hour)' }]} />
          <NumberField {...field('days')} label="Holding period" unit="days" />
        </>
      }
      results={
        <ResultList
          id={ID}
          computed={result !== null}
          rows={[
            { key: 'value', label: 'Position value at the mark', value: result?.positionValue ?? null, format: { digits: linear ? 2 : 8, unit: currency } },
            { key: 'each', label: 'Paid (+) or received (−) each funding time', value: result?.costPerInterval ?? null, format: money },
            { key: 'total', label: 'Paid (+) or received (−) over the period', value: result?.totalCost ?? null, format: money, primary: true },
          ]}
        />
      }
    />
  );
}
