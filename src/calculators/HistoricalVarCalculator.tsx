import { CalculatorFrame } from '../components/CalculatorFrame.tsx';
import { ChoiceField } from '../components/ChoiceField.tsx';
import { NumberField } from '../components/NumberField.tsx';
import { ResultList } from '../components/ResultList.tsx';
import { SeriesField } from '../components/SeriesField.tsx';
import { evaluate } from '../lib/evaluate.ts';
import { useScenario } from '../lib/scenario.ts';
import { historicalVar } from '../risk/index.ts';
import { historicalInput } from '../examples/institutional-risk-management.ts';

const ID = 'varhist';
/** How the pasted figures are signed: P&L (gains positive) or losses (losses positive). */
type Sign = 'pnl' | 'loss';

type TextKey = 'confidence' | 'days' | 'pnl';
type Scenario = { sign: Sign } & Record<TextKey, string>;
const DEFAULTS: Scenario = {
  sign: 'pnl',
  confidence: `${historicalInput.confidence * 100}%`,
  days: String(historicalInput.days),
  pnl: historicalInput.profitAndLoss.join(', '),
};

function run(scenario: Scenario) {
  return evaluate(
    {
      confidence: { text: scenario.confidence, percent: true },
      days: { text: scenario.days },
      pnl: { text: scenario.pnl, series: true },
    },
    (v) => {
      const pasted = v.list('pnl');
      return historicalVar({
        profitAndLoss: scenario.sign === 'pnl' ? pasted : pasted.map((loss) => -loss),
        confidence: v.num('confidence'),
        days: v.num('days'),
      });
    },
    (field) => (field.startsWith('profitAndLoss') ? 'pnl' : field),
  );
}

/** Historical-simulation VaR and ES from pasted scenario P&Ls. */
export default function HistoricalVarCalculator() {
  const [scenario, update, { result, formError }, field] = useScenario(ID, DEFAULTS, run);
  const money = { digits: 0, unit: 'USDT' };
  return (
    <CalculatorFrame
      id={ID}
      title="Historical VaR and expected shortfall from your P&L"
      convention="Hull’s convention: k = ⌊n(1 − confidence)⌋ scenarios in the tail; VaR is the k-th largest loss, ES the mean of the k largest. Several days: × √days."
      formError={formError}
      inputs={
        <>
          <NumberField {...field('confidence')} label="Confidence level" unit="%" />
          <NumberField {...field('days')} label="Horizon" unit="days" hint="In periods of your data; VaR and ES scale by √days" />
          <ChoiceField id={`${ID}-sign`} label="The figures are" value={scenario.sign} onChange={(sign) => update({ sign })}
            options={[{ value: 'pnl', label: 'P&L (losses negative)' }, { value: 'loss', label: 'Losses (as positive numbers)' }]} />
          <SeriesField {...field('pnl')} label="Scenario P&L, one per day" unit="USDT" rows={5}
            hint="Paste a column from a spreadsheet, or separate with commas, spaces or semicolons; no thousands separators" />
        </>
      }
      results={
        <ResultList
          id={ID}
          computed={result !== null}
          rows={[
            { key: 'var', label: 'Value at risk', value: result?.var ?? null, format: money, primary: true },
            { key: 'es', label: 'Expected shortfall', value: result?.es ?? null, format: money },
            { key: 'tail', label: 'Scenarios in the tail k', value: result?.tailCount ?? null, format: { digits: 0 } },
            { key: 'count', label: 'Scenarios n', value: result?.scenarios ?? null, format: { digits: 0 } },
            { key: 'worst', label: 'Largest loss in the data (one period)', value: result?.worstLoss ?? null, format: money },
          ]}
        />
      }
    />
  );
}
