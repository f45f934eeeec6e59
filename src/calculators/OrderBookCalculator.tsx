import { CalculatorFrame } from '../components/CalculatorFrame.tsx';
import { ChoiceField } from '../components/ChoiceField.tsx';
import { ListStatus } from '../components/ListStatus.tsx';
import { NumberField } from '../components/NumberField.tsx';
import { ResultList } from '../components/ResultList.tsx';
import { SeriesField } from '../components/SeriesField.tsx';
import { evaluate, type FieldText } from '../lib/evaluate.ts';
import { formatNumber } from '../lib/format.ts';
import { useListEdits } from '../lib/list-edits.ts';
import { useScenario } from '../lib/scenario.ts';
import { ROLL_MIN_PRICES, kyleLambda, rollSpread, rollSpreadFromPrices, walkTheBook, type BookLevel, type OrderDirection } from '../risk/index.ts';
import { BASE, BP_PER_UNIT, ETH_BIDS, ETH_BOOK_INPUT, KYLE_INPUT, QUOTE, ROLL_INPUT } from '../examples/market-microstructure-integrity.ts';

const ID = 'book';
const MAX_LEVELS = 20;
const MONEY = { digits: 2, unit: QUOTE } as const;
const BP = { digits: 2, unit: 'bp' } as const;

interface LevelText {
  /** Stable key for rendering (not shown). */
  key: number;
  price: string;
  size: string;
}
let nextKey = 0;
const levelText = (level: BookLevel): LevelText => ({ key: nextKey++, price: String(level.price), size: String(level.size) });
/** The example book of each side: the asks for a buy, the bids for a sell. */
const EXAMPLE_BOOK: Record<OrderDirection, { levels: readonly BookLevel[]; best: number }> = {
  buy: { levels: ETH_BOOK_INPUT.levels, best: ETH_BOOK_INPUT.oppositeBest },
  sell: { levels: ETH_BIDS, best: ETH_BOOK_INPUT.levels[0]!.price },
};

type RollSource = 'prices' | 'cov';
type Key = 'quantity' | 'best' | 'prices' | 'cov' | 'valueSd' | 'noise' | 'flow';
type Scenario = { direction: OrderDirection; roll: RollSource; levels: LevelText[] } & Record<Key, string>;
const DEFAULTS: Scenario = {
  direction: 'buy',
  quantity: String(ETH_BOOK_INPUT.quantity),
  best: String(EXAMPLE_BOOK.buy.best),
  levels: EXAMPLE_BOOK.buy.levels.map(levelText),
  roll: 'prices',
  prices: ROLL_INPUT.prices.join(', '),
  cov: formatNumber(rollSpreadFromPrices(ROLL_INPUT).serialCovariance, { digits: 4 }),
  valueSd: String(Math.sqrt(KYLE_INPUT.valueVariance)),
  noise: String(KYLE_INPUT.noiseStdDev),
  flow: String(KYLE_INPUT.orderFlow ?? 0),
};
const levelPath = (i: number, field: 'price' | 'size') => `levels[${i}].${field}`;
const FIELD_OF: Readonly<Record<string, string>> = {
  oppositeBest: 'best', serialCovariance: 'cov', valueVariance: 'valueSd', noiseStdDev: 'noise', orderFlow: 'flow',
};
const fieldOf = (field: string) => FIELD_OF[field] ?? (field.startsWith('prices') ? 'prices' : field);

/** Three independent evaluations (book, Roll, Kyle), so a bad value in one part leaves the others computed. */
function run(scenario: Scenario) {
  const bookFields: Record<string, FieldText> = { quantity: { text: scenario.quantity }, best: { text: scenario.best } };
  scenario.levels.forEach((level, i) => {
    bookFields[levelPath(i, 'price')] = { text: level.price };
    bookFields[levelPath(i, 'size')] = { text: level.size };
  });
  const book = evaluate(bookFields, (v) => walkTheBook({
    direction: scenario.direction,
    quantity: v.num('quantity'),
    oppositeBest: v.num('best'),
    levels: scenario.levels.map((_, i) => ({ price: v.num(levelPath(i, 'price')), size: v.num(levelPath(i, 'size')) })),
  }), fieldOf);
  const fromPrices = scenario.roll === 'prices';
  const roll = fromPrices
    ? evaluate({ prices: { text: scenario.prices, series: true, minLength: ROLL_MIN_PRICES } }, (v) => rollSpreadFromPrices({ prices: v.list('prices') }), fieldOf)
    : evaluate({ cov: { text: scenario.cov } }, (v) => ({ serialCovariance: v.num('cov'), spread: rollSpread({ serialCovariance: v.num('cov') }), relativeSpread: null }), fieldOf);
  const kyle = evaluate(
    { valueSd: { text: scenario.valueSd }, noise: { text: scenario.noise }, flow: { text: scenario.flow } },
    // The form asks for the standard deviation √Σ₀; the library takes the variance Σ₀.
    (v) => kyleLambda({ valueVariance: v.num('valueSd') ** 2, noiseStdDev: v.num('noise'), orderFlow: v.num('flow') }),
    fieldOf,
  );
  return { book, roll, kyle, errors: { ...book.errors, ...roll.errors, ...kyle.errors } };
}

/** Walk an order through the book (VWAP, slippage, depth check); Roll's spread from trades; Kyle's λ. */
export default function OrderBookCalculator() {
  const [scenario, update, { book, roll, kyle, errors }, field] = useScenario(ID, DEFAULTS, run);
  const { direction, levels } = scenario;
  const [status, listEdited] = useListEdits();
  const buy = direction === 'buy';
  const side = buy ? 'ask' : 'bid';
  const setLevels = (next: LevelText[]) => update({ levels: next });
  const editLevel = (index: number, change: Partial<LevelText>) => setLevels(levels.map((level, i) => (i === index ? { ...level, ...change } : level)));
  const addLevel = () => {
    setLevels([...levels, { key: nextKey++, price: '', size: '' }]);
    listEdited(`Level ${levels.length + 1} added at the end of the book.`, `${ID}-level-${levels.length}-price`);
  };
  const removeLevel = (index: number) => {
    setLevels(levels.filter((_, i) => i !== index));
    listEdited(`Level ${index + 1} removed.`, `${ID}-add-level`);
  };
  // A new side loads that side's example book: asks listed upwards make no sense as bids.
  const chooseDirection = (next: OrderDirection) => {
    const book = EXAMPLE_BOOK[next];
    update({ direction: next, levels: book.levels.map(levelText), best: String(book.best) });
    // Every level was replaced: say so, since the select keeps focus and nothing else is announced.
    listEdited(`${next === 'buy' ? 'Asks' : 'Bids'} of the example book loaded: ${book.levels.length} levels.`, `${ID}-direction`);
  };

  const fill = book.result;
  const r = roll.result;
  const k = kyle.result;
  return (
    <CalculatorFrame
      id={ID}
      title="Order book fill, Roll spread and Kyle’s λ"
      convention={`A market order fills level by level at each level's price (no hidden or new orders); slippage is measured against the best ${side} and the mid. Roll (1984): S = 2√(−cov(Δpₜ, Δpₜ₋₁)). Kyle (1985), one auction: λ = ½√Σ₀/σᵤ.`}
      formError={book.formError ?? roll.formError ?? kyle.formError}
      inputs={
        <>
          <ChoiceField id={`${ID}-direction`} label="Market order" value={direction} onChange={chooseDirection}
            options={[{ value: 'buy', label: 'Buy (takes the asks)' }, { value: 'sell', label: 'Sell (takes the bids)' }]} />
          <NumberField {...field('quantity')} label="Order size Q" unit={BASE} />
          <NumberField {...field('best')} label={buy ? 'Best bid' : 'Best ask'} unit={QUOTE} hint="The other side's best price, for the mid" />
          <p class="field__hint">{buy ? 'Asks, best (lowest) price first' : 'Bids, best (highest) price first'}; changing the order's side loads an example book for that side.</p>
          <div class="legs">
            {levels.map((level, i) => (
              <fieldset class="leg" key={level.key}>
                <legend>{buy ? 'Ask' : 'Bid'} level {i + 1}</legend>
                <NumberField id={`${ID}-level-${i}-price`} label={`Price of level ${i + 1}`} unit={QUOTE} value={level.price}
                  onInput={(price) => editLevel(i, { price })} error={errors[levelPath(i, 'price')]} />
                <NumberField id={`${ID}-level-${i}-size`} label={`Size of level ${i + 1}`} unit={BASE} value={level.size}
                  onInput={(size) => editLevel(i, { size })} error={errors[levelPath(i, 'size')]} />
                {levels.length > 1 ? (
                  <div class="row-actions">
                    <button type="button" class="secondary" onClick={() => removeLevel(i)}>Remove level {i + 1}</button>
                  </div>
                ) : null}
              </fieldset>
            ))}
          </div>
          {levels.length < MAX_LEVELS ? (
            <div class="row-actions">
              <button type="button" id={`${ID}-add-level`} onClick={addLevel}>Add level</button>
            </div>
          ) : null}
          <ListStatus id={ID} status={status} />
          <fieldset class="leg">
            <legend>Roll spread</legend>
            <ChoiceField id={`${ID}-roll`} label="Roll spread from" value={scenario.roll} onChange={(next) => update({ roll: next })}
              options={[{ value: 'prices', label: 'Trade prices' }, { value: 'cov', label: 'Serial covariance' }]} />
            {scenario.roll === 'prices' ? (
              <SeriesField {...field('prices')} label="Trade prices, in order" unit={QUOTE} hint={`At least ${ROLL_MIN_PRICES}; paste a column, or separate with commas or spaces`} />
            ) : (
              <NumberField {...field('cov')} label="Serial covariance cov(Δpₜ, Δpₜ₋₁)" unit={`${QUOTE}²`} />
            )}
          </fieldset>
          <fieldset class="leg">
            <legend>Kyle’s λ</legend>
            <NumberField {...field('valueSd')} label="Value uncertainty √Σ₀" unit={QUOTE} hint="One standard deviation of what the informed trader knows" />
            <NumberField {...field('noise')} label="Noise order flow σᵤ" unit={BASE} hint="Standard deviation of uninformed net flow" />
            <NumberField {...field('flow')} label="Net order flow y" unit={BASE} hint="Buys positive, sells negative" />
          </fieldset>
        </>
      }
      results={
        <>
          <h5 class="calculator__subtitle">Fill</h5>
          <ResultList
            id={`${ID}-fill`}
            computed={fill !== null}
            rows={[
              { key: 'vwap', label: 'Average fill price (VWAP)', value: fill?.vwap ?? null, format: { digits: 3, unit: QUOTE }, primary: true },
              { key: 'filled', label: 'Filled', value: fill?.filled ?? null, format: { digits: 4, unit: BASE } },
              {
                key: 'depth',
                label: 'Depth check',
                value: fill ? (fill.unfilled > 0
                  ? `Too thin: ${formatNumber(fill.unfilled, { digits: 4 })} ${BASE} unfilled (depth ${formatNumber(fill.depth, { digits: 4 })} ${BASE})`
                  : `Holds the order (depth ${formatNumber(fill.depth, { digits: 4 })} ${BASE})`) : null,
              },
              { key: 'notional', label: buy ? 'Paid' : 'Received', value: fill?.notional ?? null, format: MONEY },
              { key: 'levels', label: 'Levels reached', value: fill?.levelsUsed ?? null, format: { digits: 0 } },
              { key: 'best', label: `Slippage against the best ${side}`, value: fill ? fill.slippageVsBest * BP_PER_UNIT : null, format: BP },
              { key: 'mid', label: 'Slippage against the mid', value: fill ? fill.slippageVsMid * BP_PER_UNIT : null, format: BP },
              { key: 'cost', label: 'Cost against the mid', value: fill?.costVsMid ?? null, format: MONEY },
              { key: 'spread', label: 'Quoted spread (of mid)', value: fill ? fill.quotedSpread * BP_PER_UNIT : null, format: BP },
            ]}
          />
          <h5 class="calculator__subtitle">Roll spread</h5>
          <ResultList
            id={`${ID}-roll`}
            computed={r !== null}
            rows={[
              { key: 'spread', label: 'Roll spread S', value: r?.spread ?? null, format: { digits: 3, unit: QUOTE, nullText: 'Not defined (covariance ≥ 0)' }, primary: true },
              ...(scenario.roll === 'prices'
                ? [{ key: 'relative', label: 'Roll spread (of mean price)', value: r && r.relativeSpread !== null ? r.relativeSpread * BP_PER_UNIT : null, format: { ...BP, nullText: 'Not defined' } }]
                : []),
              { key: 'cov', label: 'Serial covariance', value: r?.serialCovariance ?? null, format: { digits: 4, unit: `${QUOTE}²` } },
            ]}
          />
          <h5 class="calculator__subtitle">Kyle’s λ</h5>
          <ResultList
            id={`${ID}-kyle`}
            computed={k !== null}
            rows={[
              { key: 'lambda', label: 'Kyle’s λ', value: k?.lambda ?? null, format: { digits: 6, unit: `${QUOTE} per ${BASE}` }, primary: true },
              { key: 'impact', label: 'Price move λy', value: k?.priceImpact ?? null, format: { ...MONEY, signed: true } },
              { key: 'beta', label: 'Informed trading intensity β', value: k?.beta ?? null, format: { digits: 4, unit: `${BASE} per ${QUOTE}` } },
              { key: 'profit', label: 'Informed trader’s expected profit', value: k?.expectedInsiderProfit ?? null, format: MONEY },
            ]}
          />
        </>
      }
    />
  );
}
