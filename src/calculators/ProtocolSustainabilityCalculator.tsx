import { CalculatorFrame } from '../components/CalculatorFrame.tsx';
import { Chart } from '../components/Chart.tsx';
import { NumberField } from '../components/NumberField.tsx';
import { ResultList } from '../components/ResultList.tsx';
import { evaluate } from '../lib/evaluate.ts';
import { formatNumber } from '../lib/format.ts';
import { useScenario } from '../lib/scenario.ts';
import { DEX_INPUT, sustainability } from '../examples/defi-protocol-sustainability.ts';

const ID = 'yield';
const defaults = DEX_INPUT;

/** Large amounts are shown with thousands separators ("30,000,000"), which the parser accepts. */
const WHOLE = { digits: 0 } as const;

type Key = 'fees' | 'supply' | 'emitted' | 'price' | 'expenses' | 'liquid' | 'native' | 'haircut';
type Scenario = Record<Key, string>;
const DEFAULTS: Scenario = {
  fees: formatNumber(defaults.fees, WHOLE),
  supply: formatNumber(defaults.supplySideFees, WHOLE),
  emitted: formatNumber(defaults.tokensEmitted, WHOLE),
  price: String(defaults.tokenPrice),
  expenses: formatNumber(defaults.annualExpenses, WHOLE),
  liquid: formatNumber(defaults.liquidTreasury, WHOLE),
  native: formatNumber(defaults.nativeTokenTreasury, WHOLE),
  haircut: `${defaults.nativeTokenHaircut * 100}%`,
};

/** Library field → form field. */
const FIELD_OF: Readonly<Record<string, Key>> = {
  supplySideFees: 'supply',
  tokensEmitted: 'emitted',
  tokenPrice: 'price',
  monthlyExpenses: 'expenses',
  monthlyRevenue: 'fees',
  liquidTreasury: 'liquid',
  nativeTokenTreasury: 'native',
  nativeTokenHaircut: 'haircut',
};

function run(scenario: Scenario) {
  return evaluate(
    {
      fees: { text: scenario.fees },
      supply: { text: scenario.supply },
      emitted: { text: scenario.emitted },
      price: { text: scenario.price },
      expenses: { text: scenario.expenses },
      liquid: { text: scenario.liquid },
      native: { text: scenario.native },
      haircut: { text: scenario.haircut, percent: true },
    },
    (v) => sustainability({
      fees: v.num('fees'),
      supplySideFees: v.num('supply'),
      tokensEmitted: v.num('emitted'),
      tokenPrice: v.num('price'),
      annualExpenses: v.num('expenses'),
      liquidTreasury: v.num('liquid'),
      nativeTokenTreasury: v.num('native'),
      nativeTokenHaircut: v.num('haircut'),
    }),
    (field) => FIELD_OF[field] ?? field,
  );
}

const USD = { digits: 0, unit: 'USD' } as const;
const MONTHS = { digits: 1, unit: 'months', unboundedText: 'No end (cash-flow positive)' } as const;
const BARS = ['Revenue', 'Token incentives', 'Earnings'] as const;

/** Real yield (revenue against token emissions) and treasury runway of a DeFi protocol. */
export default function ProtocolSustainabilityCalculator() {
  const [, , { result, formError }, field] = useScenario(ID, DEFAULTS, run);
  const year = result?.year;
  const runway = result?.runway;
  const bars = year ? [year.revenue, year.tokenIncentives, year.earnings] : [];
  return (
    <CalculatorFrame
      id={ID}
      title="Real yield and treasury runway"
      convention="Token Terminal accounting: revenue = fees − supply-side fees; earnings = revenue − token incentives at the emission-time price. Runway = counted treasury ÷ (expenses − revenue) per month, yearly flows spread evenly over 12 months."
      formError={formError}
      inputs={
        <>
          <NumberField {...field('fees')} label="Fees paid by users, per year" unit="USD" />
          <NumberField {...field('supply')} label="Paid to liquidity providers or lenders, per year" unit="USD" />
          <NumberField {...field('emitted')} label="Tokens emitted as incentives, per year" unit="tokens" />
          <NumberField {...field('price')} label="Token price" unit="USD" />
          <NumberField {...field('expenses')} label="Operating expenses, per year" unit="USD" />
          <NumberField {...field('liquid')} label="Treasury in stablecoins" unit="USD" />
          <NumberField {...field('native')} label="Treasury in the protocol’s own token, at market" unit="USD" />
          <NumberField {...field('haircut')} label="Haircut on the own token" unit="%" />
        </>
      }
      results={
        <ResultList
          id={ID}
          computed={result !== null}
          rows={[
            { key: 'revenue', label: 'Revenue, per year', value: year?.revenue ?? null, format: USD },
            { key: 'incentives', label: 'Token incentives, per year', value: year?.tokenIncentives ?? null, format: USD },
            { key: 'earnings', label: 'Earnings (real yield), per year', value: year?.earnings ?? null, format: { ...USD, signed: true }, primary: true },
            { key: 'ratio', label: 'Emissions-to-revenue ratio', value: year?.emissionsToRevenue ?? null, format: { digits: 2, unit: '×', unboundedText: 'Unbounded (no revenue)' } },
            { key: 'counted', label: 'Treasury counted after the haircut', value: runway?.countedTreasury ?? null, format: USD },
            { key: 'burn', label: 'Net burn per month', value: runway?.netBurnPerMonth ?? null, format: USD },
            { key: 'runway', label: 'Runway', value: runway?.runwayMonths ?? null, format: MONTHS, primary: true },
            { key: 'runway-market', label: 'Runway with the own token at market price', value: result?.runwayAtMarket.runwayMonths ?? null, format: MONTHS },
          ]}
        />
      }
    >
      <Chart
        title="Where the year’s value goes"
        description={year
          ? `Bar chart per year: revenue ${formatNumber(year.revenue, USD)}, token incentives ${formatNumber(year.tokenIncentives, USD)}, earnings ${formatNumber(year.earnings, USD)}. Earnings below zero mean the emissions cost more than the protocol keeps.`
          : 'No chart: the inputs are not valid.'}
        xLabel="Per year"
        yLabel="USD"
        height={240}
        categories={BARS}
        series={year ? [{ name: 'USD per year', kind: 'bar', points: bars.map((value, i) => [i, value] as const) }] : []}
      />
    </CalculatorFrame>
  );
}
