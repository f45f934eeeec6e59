import { CalculatorFrame } from '../components/CalculatorFrame.tsx';
import { NumberField } from '../components/NumberField.tsx';
import { ResultList } from '../components/ResultList.tsx';
import { evaluate } from '../lib/evaluate.ts';
import { useScenario } from '../lib/scenario.ts';
import { balanceSheetRateShock } from '../risk/index.ts';
import { MISHKIN_EXAMPLE_INPUT, MONEY_UNIT } from '../examples/asset-liability-mismatch.ts';

type FieldKey = 'assets' | 'liabilities' | 'assetDuration' | 'liabilityDuration' | 'yieldLevel' | 'yieldChange';
const ID = 'dgap';
const defaults = MISHKIN_EXAMPLE_INPUT;
const MONEY = { digits: 2, unit: MONEY_UNIT } as const;
const CHANGE = { ...MONEY, signed: true } as const;
const YEARS = { digits: 2, unit: 'years' } as const;
const NO_EQUITY = 'No equity (liabilities ≥ assets)';

type Scenario = Record<FieldKey, string>;
const DEFAULTS: Scenario = {
  assets: String(defaults.assets),
  liabilities: String(defaults.liabilities),
  assetDuration: String(defaults.assetDuration),
  liabilityDuration: String(defaults.liabilityDuration),
  yieldLevel: `${defaults.yieldLevel * 100}%`,
  yieldChange: `${defaults.yieldChange * 100}%`,
};

/** The calculator's evaluation (useScenario also runs it to check a link's values). */
function run(scenario: Scenario) {
  return evaluate(
    {
      assets: { text: scenario.assets },
      liabilities: { text: scenario.liabilities },
      assetDuration: { text: scenario.assetDuration },
      liabilityDuration: { text: scenario.liabilityDuration },
      yieldLevel: { text: scenario.yieldLevel, percent: true },
      yieldChange: { text: scenario.yieldChange, percent: true },
    },
    (v) =>
      balanceSheetRateShock({
        assets: v.num('assets'),
        liabilities: v.num('liabilities'),
        assetDuration: v.num('assetDuration'),
        liabilityDuration: v.num('liabilityDuration'),
        yieldLevel: v.num('yieldLevel'),
        yieldChange: v.num('yieldChange'),
      }),
  );
}

/** Duration gap and the first-order change in assets, liabilities and equity for a parallel rate shift. */
export default function DurationGapCalculator() {
  const [, , { result, formError }, field] = useScenario(ID, DEFAULTS, run);

  return (
    <CalculatorFrame
      id={ID}
      title="Duration gap and equity after a rate change"
      convention="Duration-gap analysis (Mishkin; Saunders and Cornett): market values, durations in years, first order in the rate change (convexity ignored), the same change for every maturity. Enter money in one unit; results use it."
      formError={formError}
      inputs={
        <>
          <NumberField {...field('assets')} label="Assets A (market value)" unit={MONEY_UNIT} />
          <NumberField {...field('liabilities')} label="Liabilities L (market value)" unit={MONEY_UNIT} />
          <NumberField {...field('assetDuration')} label="Duration of assets D_A" unit="years" />
          <NumberField {...field('liabilityDuration')} label="Duration of liabilities D_L" unit="years" />
          <NumberField {...field('yieldLevel')} label="Interest rate now y" unit="% per year" />
          <NumberField {...field('yieldChange')} label="Rate change Δy" unit="percentage points" hint="Negative for a fall" />
        </>
      }
      results={
        <ResultList
          id={ID}
          computed={result !== null}
          rows={[
            { key: 'gap', label: 'Duration gap DGAP', value: result?.gap ?? null, format: YEARS },
            { key: 'assetChange', label: 'Change in assets ΔA', value: result?.assetChange ?? null, format: CHANGE },
            { key: 'liabilityChange', label: 'Change in liabilities ΔL', value: result?.liabilityChange ?? null, format: CHANGE },
            { key: 'equityChange', label: 'Change in equity ΔE', value: result?.equityChange ?? null, format: CHANGE, primary: true },
            { key: 'equity', label: 'Equity before the change E', value: result?.equity ?? null, format: MONEY },
            { key: 'equityAfter', label: 'Equity after the change', value: result?.equityAfter ?? null, format: MONEY },
            { key: 'ofAssets', label: 'ΔE as a share of assets', value: result?.equityChangeOfAssets ?? null, format: { percent: true, digits: 2, signed: true } },
            { key: 'ofEquity', label: 'ΔE as a share of equity', value: result?.equityChangeOfEquity ?? null, format: { percent: true, digits: 1, signed: true, nullText: NO_EQUITY } },
            { key: 'equityDuration', label: 'Duration of equity D_E', value: result?.equityDuration ?? null, format: { ...YEARS, nullText: NO_EQUITY } },
          ]}
        />
      }
    />
  );
}
