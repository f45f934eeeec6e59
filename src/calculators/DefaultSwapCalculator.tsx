import { CalculatorFrame } from '../components/CalculatorFrame.tsx';
import { Chart, type Point } from '../components/Chart.tsx';
import { ChoiceField } from '../components/ChoiceField.tsx';
import { NumberField } from '../components/NumberField.tsx';
import { ResultList } from '../components/ResultList.tsx';
import { evaluate, type FieldText } from '../lib/evaluate.ts';
import { formatNumber } from '../lib/format.ts';
import { useScenario } from '../lib/scenario.ts';
import { cdsImpliedHazard, cdsMarkToMarket, cdsParSpread, hazardFromSpread } from '../risk/index.ts';
import { BP_PER_UNIT, CDS_EXAMPLE_INPUT } from '../examples/default-swap-dynamics.ts';

type CreditInput = 'hazard' | 'spread';
type Frequency = '1' | '2' | '4' | '12';
type FieldKey = CreditInput | 'recovery' | 'rate' | 'years' | 'contract' | 'notional';
const ID = 'cds';
const defaults = CDS_EXAMPLE_INPUT;
const BP = { digits: 1, unit: 'bp' } as const;
const PERCENT = { percent: true, digits: 3 } as const;
const USD = { digits: 0, unit: 'USD', signed: true } as const;
/** Points on the value curve. */
const CURVE_POINTS = 25;

/** Library field → form field, where the names differ. */
const FIELD_OF: Record<string, string> = { hazardRate: 'hazard', contractSpread: 'contract' };

type Scenario = { credit: CreditInput; frequency: Frequency } & Record<FieldKey, string>;
const DEFAULTS: Scenario = {
  credit: 'hazard',
  frequency: String(defaults.paymentsPerYear ?? 1) as Frequency,
  hazard: `${defaults.hazardRate * 100}%`,
  // Shown when the user switches to entering a spread: the par spread of the default hazard rate.
  spread: (cdsParSpread(defaults).spread * BP_PER_UNIT).toFixed(1),
  recovery: `${defaults.recovery * 100}%`,
  rate: `${defaults.rate * 100}%`,
  years: String(defaults.years),
  contract: String(defaults.contractSpread * BP_PER_UNIT),
  notional: String(defaults.notional ?? 1),
};

/** The calculator's evaluation (useScenario also runs it to check a link's values). */
function run(scenario: Scenario) {
  const { credit } = scenario;
  // Only the hazard rate or the market spread is on the form (and validated), never both.
  const fields: Partial<Record<FieldKey, FieldText>> = {
    [credit]: { text: scenario[credit], percent: credit === 'hazard' },
    recovery: { text: scenario.recovery, percent: true },
    rate: { text: scenario.rate, percent: true },
    years: { text: scenario.years },
    contract: { text: scenario.contract },
    notional: { text: scenario.notional },
  };
  return evaluate(
    fields as Record<FieldKey, FieldText>,
    (v) => {
      const swap = { recovery: v.num('recovery'), rate: v.num('rate'), years: v.num('years'), paymentsPerYear: Number(scenario.frequency) };
      const hazardRate = credit === 'hazard' ? v.num('hazard') : cdsImpliedHazard({ ...swap, spread: v.num('spread') / BP_PER_UNIT });
      const contract = { ...swap, contractSpread: v.num('contract') / BP_PER_UNIT, notional: v.num('notional') };
      const mark = cdsMarkToMarket({ ...contract, hazardRate });
      // The curve runs over hazard rates whose par spreads reach about twice the larger of the two spreads.
      const topSpread = 2 * Math.max(contract.contractSpread, mark.marketSpread, 1 / BP_PER_UNIT);
      const topHazard = hazardFromSpread({ spread: topSpread, recovery: swap.recovery });
      const curve = Array.from({ length: CURVE_POINTS }, (_, i) => {
        const point = cdsMarkToMarket({ ...contract, hazardRate: (topHazard * i) / (CURVE_POINTS - 1) });
        return [point.marketSpread * BP_PER_UNIT, point.buyerValue] as Point;
      });
      return { hazardRate, mark, triangle: hazardFromSpread({ spread: mark.marketSpread, recovery: swap.recovery }), curve };
    },
    (field) => FIELD_OF[field] ?? field,
  );
}

/** Par spread, hazard rate (exact and by the credit triangle) and mark-to-market of an existing CDS, Hull's method. */
export default function DefaultSwapCalculator() {
  const [{ credit, frequency, contract }, update, { result, formError }, field] = useScenario(ID, DEFAULTS, run);
  const mark = result?.mark;
  const curve = result?.curve ?? [];
  const first = curve[0];
  const last = curve[curve.length - 1];

  return (
    <CalculatorFrame
      id={ID}
      title="CDS spread, hazard rate and value of an existing contract"
      convention="Hull's method: constant hazard rate, default at mid-period with accrued premium paid, continuous discounting, per 1 of notional scaled to the notional. The value is the protection buyer's; the seller's is its negative."
      formError={formError}
      inputs={
        <>
          <ChoiceField id={`${ID}-credit`} label="Credit entered as" value={credit} onChange={(value) => update({ credit: value })}
            options={[{ value: 'hazard', label: 'Hazard rate λ' }, { value: 'spread', label: 'Market par spread' }]} />
          {credit === 'hazard'
            ? <NumberField {...field('hazard')} label="Hazard rate λ" unit="% per year" />
            : <NumberField {...field('spread')} label="Market par spread s_m" unit="bp per year" />}
          <NumberField {...field('recovery')} label="Recovery rate R" unit="% of notional" />
          <NumberField {...field('rate')} label="Risk-free rate r" unit="% per year, continuous" />
          <NumberField {...field('years')} label="Remaining maturity T" unit="years" />
          <ChoiceField id={`${ID}-frequency`} label="Premium payments" value={frequency} onChange={(value) => update({ frequency: value })}
            options={[{ value: '1', label: 'Annual' }, { value: '2', label: 'Semi-annual' }, { value: '4', label: 'Quarterly' }, { value: '12', label: 'Monthly' }]} />
          <NumberField {...field('contract')} label="Contract spread s_c" unit="bp per year" />
          <NumberField {...field('notional')} label="Notional N" unit="USD" />
        </>
      }
      results={
        <ResultList
          id={ID}
          computed={result !== null}
          rows={[
            { key: 'parSpread', label: 'Par spread today s_m', value: mark ? mark.marketSpread * BP_PER_UNIT : null, format: BP },
            { key: 'lambda', label: 'Hazard rate λ (exact)', value: result?.hazardRate ?? null, format: PERCENT },
            { key: 'triangle', label: 'Hazard rate by the credit triangle s_m / (1 − R)', value: result?.triangle ?? null, format: PERCENT },
            { key: 'survival', label: 'Probability of no default before maturity', value: mark?.survivalProbability ?? null, format: { percent: true, digits: 2 } },
            { key: 'rpv01', label: 'Risky annuity RPV01 (years)', value: mark?.premiumLegPv01 ?? null, format: { digits: 4 } },
            { key: 'protection', label: 'Protection leg value (share of notional)', value: mark?.protectionLegPv ?? null, format: PERCENT },
            { key: 'value', label: 'Value to the protection buyer', value: mark?.buyerValue ?? null, format: USD, primary: true },
          ]}
        />
      }
    >
      <Chart
        title="Value of the contract as the market spread moves"
        description={result && first && last
          ? `Line chart of the value to the protection buyer, in USD, against today's par spread for the same maturity, from ${formatNumber(first[0], BP)} to ${formatNumber(last[0], BP)}: ${formatNumber(first[1], USD)} at the low end, zero where the par spread equals the contract spread of ${contract} bp, ${formatNumber(last[1], USD)} at the high end. The marker shows today's par spread.`
          : 'No chart: the inputs are not valid.'}
        xLabel="Par spread today (bp)"
        yLabel="Value to the buyer (USD)"
        height={240}
        markers={mark ? [{ x: mark.marketSpread * BP_PER_UNIT, label: 'Today' }] : []}
        series={result ? [{ name: 'Value to the protection buyer', points: curve }] : []}
      />
    </CalculatorFrame>
  );
}
