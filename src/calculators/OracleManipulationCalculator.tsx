import { CalculatorFrame } from '../components/CalculatorFrame.tsx';
import { ChoiceField } from '../components/ChoiceField.tsx';
import { NumberField } from '../components/NumberField.tsx';
import { ResultList } from '../components/ResultList.tsx';
import { evaluate } from '../lib/evaluate.ts';
import { formatNumber } from '../lib/format.ts';
import { useScenario } from '../lib/scenario.ts';
import { twapManipulationCost, type TwapAveraging } from '../risk/index.ts';
import { EULER_TWAP_INPUT } from '../examples/defi-oracle-manipulation.ts';

const ID = 'amm';
const defaults = EULER_TWAP_INPUT;

/** Reserves are shown with thousands separators ("50,000"), which the parser accepts. */
const WHOLE = { digits: 0 } as const;

type TextKey = 'base' | 'quote' | 'fee' | 'target' | 'blocks' | 'held';
type Scenario = { averaging: TwapAveraging } & Record<TextKey, string>;
const DEFAULTS: Scenario = {
  averaging: defaults.averaging,
  base: formatNumber(defaults.reserveBase, WHOLE),
  quote: formatNumber(defaults.reserveQuote, WHOLE),
  fee: `${(defaults.fee ?? 0) * 100}%`,
  target: String(defaults.targetTwap),
  blocks: String(defaults.blocks),
  held: String(defaults.manipulatedBlocks),
};

/** Library field → form field. */
const FIELD_OF: Readonly<Record<string, TextKey>> = {
  reserveBase: 'base',
  reserveQuote: 'quote',
  targetTwap: 'target',
  manipulatedBlocks: 'held',
};

function run(scenario: Scenario) {
  return evaluate(
    {
      base: { text: scenario.base },
      quote: { text: scenario.quote },
      fee: { text: scenario.fee, percent: true },
      target: { text: scenario.target },
      blocks: { text: scenario.blocks },
      held: { text: scenario.held },
    },
    (v) => {
      const pool = { reserveBase: v.num('base'), reserveQuote: v.num('quote'), fee: v.num('fee'), targetTwap: v.num('target'), averaging: scenario.averaging };
      return {
        twap: twapManipulationCost({ ...pool, blocks: v.num('blocks'), manipulatedBlocks: v.num('held') }),
        // An oracle that reads the spot price: the whole move in one block (a flash loan can fund it).
        spot: twapManipulationCost({ ...pool, blocks: 1, manipulatedBlocks: 1 }),
      };
    },
    (field) => FIELD_OF[field] ?? field,
  );
}

/** Money in the pool's quote token (USDC in an ETH/USDC pool). */
const QUOTE = { digits: 2 } as const;
const PRICE = { digits: 4 } as const;

/** Capital and cost of pushing a constant-product pool's spot price, and a TWAP read from it, to a target. */
export default function OracleManipulationCalculator() {
  const [scenario, update, { result, formError }, field] = useScenario(ID, DEFAULTS, run);
  const twap = result?.twap;
  const spot = result?.spot;
  return (
    <CalculatorFrame
      id={ID}
      title="Cost of pushing a pool price oracle"
      convention="Constant-product pool (Uniswap v2, x·y = k), fee charged on the input; cost = loss when arbitrageurs trade the price back after each manipulated block (Bentley, Euler, 2021). Money in the quote token."
      formError={formError}
      inputs={
        <>
          <NumberField {...field('base')} label="Pool reserve x of the priced token" unit="tokens" />
          <NumberField {...field('quote')} label="Pool reserve y of the quote token" unit="tokens" />
          <NumberField {...field('fee')} label="Pool fee φ" unit="% of input" />
          <NumberField {...field('target')} label="Target price for the oracle P̄" unit="quote per token" />
          <NumberField {...field('blocks')} label="Blocks in the TWAP window n" unit="blocks" decimal={false} />
          <NumberField {...field('held')} label="Blocks the attacker holds m" unit="blocks" decimal={false} />
          <ChoiceField id={`${ID}-averaging`} label="TWAP averaging" value={scenario.averaging} onChange={(value) => update({ averaging: value })}
            options={[{ value: 'geometric', label: 'Geometric (Uniswap v3)' }, { value: 'arithmetic', label: 'Arithmetic (Uniswap v2)' }]} />
        </>
      }
      results={
        <ResultList
          id={ID}
          computed={result !== null}
          rows={[
            { key: 'price', label: 'Pool price P = y/x', value: twap?.spotBefore ?? null, format: PRICE },
            { key: 'spot-capital', label: 'Spot oracle: quote swapped in to reach P̄, fee included', value: spot?.capitalPerBlock ?? null, format: QUOTE },
            { key: 'spot-cost', label: 'Spot oracle: cost if arbitrageurs revert it', value: spot?.costPerBlockWithFee ?? null, format: QUOTE },
            { key: 'q', label: 'TWAP: price to hold in each of the m blocks, q', value: twap?.requiredSpot ?? null, format: PRICE },
            { key: 'ratio', label: 'TWAP: move per block, q/P', value: twap?.priceRatio ?? null, format: { digits: 4, unit: '×' } },
            { key: 'capital', label: 'TWAP: capital per block, fee included', value: twap?.capitalPerBlock ?? null, format: QUOTE },
            { key: 'cost', label: 'TWAP: cost per block, fee included', value: twap?.costPerBlockWithFee ?? null, format: QUOTE },
            { key: 'total', label: 'TWAP: upper bound on the attack’s cost, m blocks, fee included', value: twap?.totalCostWithFee ?? null, format: QUOTE, primary: true },
            { key: 'total-before-fee', label: 'TWAP: the same before the fee', value: twap?.totalCost ?? null, format: QUOTE },
          ]}
        />
      }
    />
  );
}
