import { CalculatorFrame } from '../components/CalculatorFrame.tsx';
import { Chart, type Point } from '../components/Chart.tsx';
import { NumberField } from '../components/NumberField.tsx';
import { ResultList } from '../components/ResultList.tsx';
import { evaluate } from '../lib/evaluate.ts';
import { formatNumber, percentInputText } from '../lib/format.ts';
import { useScenario } from '../lib/scenario.ts';
import { leveragedYield, loopPosition } from '../risk/index.ts';
import { LOOP_UNIT, wstethLoopInput } from '../examples/lending-protocol-integration.ts';

const ID = 'loop';
const defaults = wstethLoopInput;
const AMOUNT = { digits: 4, unit: LOOP_UNIT } as const;
const PERCENT = { percent: true, digits: 2 } as const;
const TIMES = { digits: 4, unit: '×' } as const;
/** The chart shows loop counts 0 … CHART_LOOPS (more when the input asks for more, up to 60 points). */
const CHART_LOOPS = 15;
const MAX_CHART_LOOPS = 60;

/** A decimal fraction as the text of a percent field: 0.022 → "2.2%" (rounded to 12 digits, so not 2.1999…%). */
type Scenario = { deposit: string; ltv: string; loops: string; threshold: string; supply: string; borrow: string };
const DEFAULTS: Scenario = {
  deposit: String(defaults.deposit),
  ltv: percentInputText(defaults.ltv),
  loops: String(defaults.loops),
  threshold: percentInputText(defaults.liquidationThreshold),
  supply: percentInputText(defaults.supplyRate),
  borrow: percentInputText(defaults.borrowRate),
};
const FORM_FIELD: Readonly<Record<string, string>> = {
  liquidationThreshold: 'threshold',
  supplyRate: 'supply',
  borrowRate: 'borrow',
};

/** The calculator's evaluation (useScenario also runs it to check a link's values). */
function run(scenario: Scenario) {
  return evaluate(
    {
      deposit: { text: scenario.deposit },
      ltv: { text: scenario.ltv, percent: true },
      loops: { text: scenario.loops },
      threshold: { text: scenario.threshold, percent: true },
      supply: { text: scenario.supply, percent: true },
      borrow: { text: scenario.borrow, percent: true },
    },
    (v) => {
      const input = {
        deposit: v.num('deposit'),
        ltv: v.num('ltv'),
        loops: v.num('loops'),
        liquidationThreshold: v.num('threshold'),
        supplyRate: v.num('supply'),
        borrowRate: v.num('borrow'),
      };
      const now = loopPosition(input);
      const chartLoops = Math.min(MAX_CHART_LOOPS, Math.max(CHART_LOOPS, input.loops));
      return {
        now,
        // The carry with endless loops: the level the curve approaches.
        limitRate: leveragedYield({ ...input, leverage: now.maxLeverage }).netRate,
        curve: Array.from({ length: chartLoops + 1 }, (_, loops): Point => [loops, loopPosition({ ...input, loops }).netRate * 100]),
      };
    },
    (field) => FORM_FIELD[field] ?? field,
  );
}

/** A supply–borrow loop: leverage after n loops, its limit, net yearly rate, health factor and distance to liquidation. */
export default function LendingLoopCalculator() {
  const [scenario, , { result, formError }, field] = useScenario(ID, DEFAULTS, run);
  const now = result?.now;
  const curve = result?.curve ?? [];
  const last = curve[curve.length - 1];
  const rateText = (value: number | undefined) => formatNumber(value === undefined ? null : value / 100, PERCENT);

  return (
    <CalculatorFrame
      id={ID}
      title="Looped supply and borrow"
      convention="Each loop borrows the loan-to-value of the last deposit and deposits it again; collateral and debt are the same asset or move together (wstETH and ETH). Simple yearly rates held constant; no fees, no price drift."
      formError={formError}
      inputs={
        <>
          <NumberField {...field('deposit')} label="Own capital deposited" unit={LOOP_UNIT} />
          <NumberField {...field('ltv')} label="Loan-to-value borrowed each loop" unit="%" />
          <NumberField {...field('loops')} label="Number of loops" unit="re-deposits" decimal={false} />
          <NumberField {...field('threshold')} label="Liquidation threshold" unit="%" />
          <NumberField {...field('supply')} label="Yield on the collateral" unit="% per year" />
          <NumberField {...field('borrow')} label="Borrow rate" unit="% per year" />
        </>
      }
      results={
        <ResultList
          id={ID}
          computed={result !== null}
          rows={[
            { key: 'net', label: 'Net yearly rate on own capital', value: now?.netRate ?? null, format: PERCENT, primary: true },
            { key: 'income', label: 'Net income per year', value: now?.netYield ?? null, format: AMOUNT },
            { key: 'leverage', label: 'Leverage after the loops', value: now?.leverage ?? null, format: TIMES },
            { key: 'max', label: 'Leverage with endless loops', value: now?.maxLeverage ?? null, format: TIMES },
            { key: 'collateral', label: 'Collateral supplied', value: now?.collateral ?? null, format: AMOUNT },
            { key: 'debt', label: 'Debt', value: now?.debt ?? null, format: AMOUNT },
            { key: 'ltvnow', label: 'Loan-to-value of the position', value: now?.loanToValue ?? null, format: PERCENT },
            { key: 'hf', label: 'Health factor', value: now?.healthFactor ?? null, format: { digits: 4, unboundedText: 'No debt' } },
            { key: 'drop', label: 'Fall of the collateral against the debt asset to liquidation', value: now?.priceDropToLiquidation ?? null, format: { ...PERCENT, nullText: 'No debt' } },
          ]}
        />
      }
    >
      <Chart
        title="Net yearly rate by number of loops"
        description={result && last
          ? `Line chart of the net yearly rate on own capital against the number of loops, from 0 to ${last[0]}, with LTV ${scenario.ltv}: ${rateText(curve[0]?.[1])} with no loop, ${rateText(last[1])} after ${last[0]} loops. The dashed line is the rate with endless loops, ${formatNumber(result.limitRate, PERCENT)}.`
          : 'No chart: the inputs are not valid.'}
        xLabel="Loops (re-deposits)"
        yLabel="Net rate, % per year"
        height={240}
        markers={now && last && Number(scenario.loops) <= last[0] ? [{ x: Number(scenario.loops), label: 'Your loops' }] : []}
        series={result && last
          ? [
              { name: 'Net rate', points: curve },
              { name: 'Endless loops', dashed: true, points: [[0, result.limitRate * 100], [last[0], result.limitRate * 100]] },
            ]
          : []}
      />
    </CalculatorFrame>
  );
}
