import { CalculatorFrame } from '../components/CalculatorFrame.tsx';
import { NumberField } from '../components/NumberField.tsx';
import { ResultList } from '../components/ResultList.tsx';
import { evaluate } from '../lib/evaluate.ts';
import { useScenario } from '../lib/scenario.ts';
import { liquidityCoverageRatio } from '../risk/index.ts';
import { LCR_EXAMPLE_INPUT, MONEY_UNIT } from '../examples/funding-liquidity-risk.ts';

type FieldKey = 'liquidAssets' | 'outflows' | 'inflows';
const ID = 'lcr';
const defaults = LCR_EXAMPLE_INPUT;
const MONEY = { digits: 2, unit: MONEY_UNIT } as const;

type Scenario = Record<FieldKey, string>;
const DEFAULTS: Scenario = {
  liquidAssets: String(defaults.liquidAssets),
  outflows: String(defaults.outflows),
  inflows: String(defaults.inflows),
};

/** The calculator's evaluation (useScenario also runs it to check a link's values). */
function run(scenario: Scenario) {
  return evaluate(
    { liquidAssets: { text: scenario.liquidAssets }, outflows: { text: scenario.outflows }, inflows: { text: scenario.inflows } },
    (v) => liquidityCoverageRatio({ liquidAssets: v.num('liquidAssets'), outflows: v.num('outflows'), inflows: v.num('inflows') }),
  );
}

/** Basel III liquidity coverage ratio with the 75 % cap on inflows. */
export default function LiquidityCoverageCalculator() {
  const [, , { result, formError }, field] = useScenario(ID, DEFAULTS, run);

  return (
    <CalculatorFrame
      id={ID}
      title="Liquidity coverage ratio"
      convention="Basel III LCR (Basel Framework LCR20 and LCR40): enter liquid assets after haircuts and caps, and 30-day outflows and inflows already multiplied by their run-off and inflow rates. Inflows count up to 75 % of outflows; the minimum ratio is 100 %."
      formError={formError}
      inputs={
        <>
          <NumberField {...field('liquidAssets')} label="High-quality liquid assets (after haircuts)" unit={MONEY_UNIT} />
          <NumberField {...field('outflows')} label="Stressed outflows over 30 days" unit={MONEY_UNIT} />
          <NumberField {...field('inflows')} label="Inflows over 30 days" unit={MONEY_UNIT} />
        </>
      }
      results={
        <ResultList
          id={ID}
          computed={result !== null}
          rows={[
            { key: 'cap', label: 'Inflow cap (75 % of outflows)', value: result?.inflowCap ?? null, format: MONEY },
            { key: 'counted', label: 'Inflows counted', value: result?.inflowsCounted ?? null, format: MONEY },
            { key: 'nco', label: 'Net cash outflows', value: result?.netCashOutflows ?? null, format: MONEY },
            { key: 'ratio', label: 'Liquidity coverage ratio', value: result?.ratio ?? null, format: { percent: true, digits: 1, unboundedText: 'Unbounded (no net outflows)' }, primary: true },
            { key: 'shortfall', label: 'Liquid assets missing to reach 100 %', value: result?.shortfall ?? null, format: MONEY },
          ]}
        />
      }
    />
  );
}
