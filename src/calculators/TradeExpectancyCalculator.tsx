import { CalculatorFrame } from '../components/CalculatorFrame.tsx';
import { NumberField } from '../components/NumberField.tsx';
import { ResultList } from '../components/ResultList.tsx';
import { evaluate } from '../lib/evaluate.ts';
import { useScenario } from '../lib/scenario.ts';
import { tradeExpectancy } from '../risk/index.ts';
import { expectancyInput, expectancyLibraryInput } from '../examples/counter-trend-trading.ts';

const ID = 'expectancy';
type TextKey = 'win' | 'ratio' | 'risk';
type Scenario = Record<TextKey, string>;
const DEFAULTS: Scenario = {
  win: `${expectancyInput.winProbability * 100}%`,
  ratio: String(expectancyInput.rewardToRisk),
  risk: String(expectancyInput.riskPerTrade),
};
const FIELD_OF: Record<string, TextKey> = { winProbability: 'win', averageWin: 'ratio', averageLoss: 'risk' };

function run(scenario: Scenario) {
  return evaluate(
    { win: { text: scenario.win, percent: true }, ratio: { text: scenario.ratio }, risk: { text: scenario.risk } },
    (v) => tradeExpectancy(expectancyLibraryInput({ winProbability: v.num('win'), rewardToRisk: v.num('ratio'), riskPerTrade: v.num('risk') })),
    (field) => FIELD_OF[field] ?? field,
  );
}

/** Expectancy of a trading rule from its win rate and reward-to-risk ratio. */
export default function TradeExpectancyCalculator() {
  const [, , { result, formError }, field] = useScenario(ID, DEFAULTS, run);
  return (
    <CalculatorFrame
      id={ID}
      title="Expectancy of a counter-trend rule"
      convention="E = p·W̄ − (1 − p)·L̄ per trade, before fees and funding; R is the amount risked per trade (the average loss)."
      formError={formError}
      inputs={
        <>
          <NumberField {...field('win')} label="Win rate p" unit="%" />
          <NumberField {...field('ratio')} label="Reward-to-risk ratio W̄/L̄" hint="Average win divided by average loss" />
          <NumberField {...field('risk')} label="Average loss per losing trade L̄" unit="USDT" />
        </>
      }
      results={
        <ResultList
          id={ID}
          computed={result !== null}
          rows={[
            { key: 'e', label: 'Expectancy per trade', value: result?.expectancy ?? null, format: { digits: 2, unit: 'USDT', signed: true }, primary: true },
            { key: 'r', label: 'Expectancy in R', value: result?.expectancyR ?? null, format: { digits: 2, unit: 'R', signed: true } },
            { key: 'breakeven', label: 'Break-even win rate', value: result?.breakEvenWinProbability ?? null, format: { percent: true, digits: 1 } },
          ]}
        />
      }
    />
  );
}
