import { CalculatorFrame } from '../components/CalculatorFrame.tsx';
import { ChoiceField, SIDE_OPTIONS } from '../components/ChoiceField.tsx';
import { ListStatus } from '../components/ListStatus.tsx';
import { NumberField } from '../components/NumberField.tsx';
import { ResultList } from '../components/ResultList.tsx';
import { evaluate, type FieldText } from '../lib/evaluate.ts';
import { percentInputText } from '../lib/format.ts';
import { useListEdits } from '../lib/list-edits.ts';
import { useScenario } from '../lib/scenario.ts';
import {
  DAYS_PER_YEAR,
  neutralizingHedge,
  portfolioGreeks,
  portfolioPnl,
  type PortfolioPosition,
  type PortfolioPositionKind,
  type Side,
} from '../risk/index.ts';
import { STRANGLE, bookPosition, hedgePosition, type BookRow } from '../examples/quantitative-risk-modeling.ts';

const ID = 'greeks';
const MAX_POSITIONS = 6;

interface PositionText {
  key: number;
  kind: PortfolioPositionKind;
  side: Side;
  quantity: string;
  strike: string;
  days: string;
  vol: string;
}
const HEDGE_KEYS = ['aStrike', 'aDays', 'aVol', 'bStrike', 'bDays', 'bVol'] as const;
type HedgeKey = (typeof HEDGE_KEYS)[number];
type Scenario = {
  spot: string;
  rate: string;
  positions: PositionText[];
  spotMove: string;
  volMove: string;
  daysPassed: string;
} & Record<HedgeKey, string>;

const KIND_OPTIONS = [
  { value: 'call', label: 'Call' },
  { value: 'put', label: 'Put' },
  { value: 'underlying', label: 'Underlying' },
] as const satisfies ReadonlyArray<{ value: PortfolioPositionKind; label: string }>;

let nextKey = 0;
function positionText(row: BookRow): PositionText {
  return {
    key: nextKey++,
    kind: row.kind,
    side: row.side,
    quantity: String(row.quantity),
    strike: row.strike === undefined ? '' : String(row.strike),
    days: row.days === undefined ? '' : String(row.days),
    vol: row.vol === undefined ? '' : percentInputText(row.vol),
  };
}
const [HEDGE_A, HEDGE_B] = STRANGLE.hedges;
const DEFAULTS: Scenario = {
  spot: String(STRANGLE.spot),
  rate: percentInputText(STRANGLE.rate),
  positions: STRANGLE.positions.map(positionText),
  spotMove: String(STRANGLE.move.spotChange),
  volMove: percentInputText(STRANGLE.move.volChange),
  daysPassed: String(STRANGLE.move.days),
  aStrike: String(HEDGE_A.strike),
  aDays: String(HEDGE_A.days),
  aVol: percentInputText(HEDGE_A.vol),
  bStrike: String(HEDGE_B.strike),
  bDays: String(HEDGE_B.days),
  bVol: percentInputText(HEDGE_B.vol),
};

const path = (i: number, field: string) => `positions[${i}].${field}`;
/** Library field → form field: times are entered in days, moves under their own names. */
const MOVE_FIELDS: Readonly<Record<string, string>> = { spotChange: 'spotMove', volChange: 'volMove', elapsedYears: 'daysPassed' };
const fieldOf = (field: string) => MOVE_FIELDS[field] ?? field.replace(/\.years$/, '.days');
/** The hedge options are priced as positions 0 (A) and 1 (B) of a book of their own: their fields. */
function hedgeFieldOf(field: string): string {
  const match = /^positions\[([01])\]\.(strike|years|vol)$/.exec(field);
  if (!match) return field;
  return `${match[1] === '0' ? 'a' : 'b'}${{ strike: 'Strike', years: 'Days', vol: 'Vol' }[match[2]!]}`;
}

/** The book's and the move's fields. */
function bookFields(s: Scenario): Record<string, FieldText> {
  const fields: Record<string, FieldText> = {
    spot: { text: s.spot },
    rate: { text: s.rate, percent: true },
    spotMove: { text: s.spotMove },
    volMove: { text: s.volMove, percent: true },
    daysPassed: { text: s.daysPassed },
  };
  s.positions.forEach((p, i) => {
    fields[path(i, 'quantity')] = { text: p.quantity };
    if (p.kind === 'underlying') return;
    fields[path(i, 'strike')] = { text: p.strike };
    fields[path(i, 'days')] = { text: p.days };
    fields[path(i, 'vol')] = { text: p.vol, percent: true };
  });
  return fields;
}

/**
 * The calculator's evaluation: the book and the move, then (once they are valid) the hedge on its
 * own, so a bad hedge option leaves the Greeks and the profit computed.
 */
function run(s: Scenario) {
  const main = evaluate(
    bookFields(s),
    (v) => {
      const market = { spot: v.num('spot'), rate: v.num('rate') };
      const positions: PortfolioPosition[] = s.positions.map((p, i) =>
        bookPosition({
          kind: p.kind,
          side: p.side,
          quantity: v.num(path(i, 'quantity')),
          ...(p.kind === 'underlying' ? {} : { strike: v.num(path(i, 'strike')), days: v.num(path(i, 'days')), vol: v.num(path(i, 'vol')) }),
        }),
      );
      const move = { spotChange: v.num('spotMove'), volChange: v.num('volMove'), elapsedYears: v.num('daysPassed') / DAYS_PER_YEAR };
      return { market, greeks: portfolioGreeks({ ...market, positions }), pnl: portfolioPnl({ ...market, positions, ...move }) };
    },
    fieldOf,
  );
  const book = main.result;
  if (book === null) return { main, hedge: null, errors: main.errors, formError: main.formError };
  const hedgeFields: Record<string, FieldText> = {};
  for (const key of HEDGE_KEYS) hedgeFields[key] = { text: s[key], percent: key.endsWith('Vol') };
  const hedge = evaluate(
    hedgeFields,
    (v) => {
      // Calls: a put of the same strike and expiry has the same gamma and vega (put–call parity), so only the underlying trade would differ.
      const option = (x: 'a' | 'b') => hedgePosition({ kind: 'call', strike: v.num(`${x}Strike`), days: v.num(`${x}Days`), vol: v.num(`${x}Vol`) });
      const hedges = portfolioGreeks({ ...book.market, positions: [option('a'), option('b')] }).positions;
      return neutralizingHedge({ ...book.greeks, hedges });
    },
    hedgeFieldOf,
  );
  return { main, hedge: hedge.result, errors: hedge.errors, formError: hedge.formError };
}

/** Greeks of an options book, the delta–gamma–vega estimate of a move beside full repricing, and the neutralising hedge. */
export default function PortfolioGreeksCalculator() {
  const [s, update, { main, hedge: h, errors, formError }, field] = useScenario(ID, DEFAULTS, run);
  const { positions } = s;
  const [status, listEdited] = useListEdits();

  const setPositions = (next: PositionText[]) => update({ positions: next });
  const edit = (index: number, change: Partial<PositionText>) => setPositions(positions.map((p, i) => (i === index ? { ...p, ...change } : p)));
  const addPosition = () => {
    setPositions([...positions, { key: nextKey++, kind: 'call', side: 'long', quantity: '1', strike: s.spot, days: '30', vol: '50%' }]);
    listEdited(`Position ${positions.length + 1} added: one long call at the money.`, `${ID}-p${positions.length + 1}-kind`);
  };
  const removePosition = (index: number) => {
    setPositions(positions.filter((_, i) => i !== index));
    listEdited(`Position ${index + 1} removed.`, `${ID}-add`);
  };
  const bind = (key: string) => ({ id: `${ID}-${key}`, error: errors[key] });

  const r = main.result;
  const e = r?.pnl.estimate;
  /** Result rows: key, label, value, decimals (2 by default); `primary` marks the headline figures. */
  const rows = (list: [string, string, number | null | undefined, number?][], primary: string[] = []) =>
    list.map(([key, label, value, digits = 2]) => ({ key, label, value: value ?? null, format: { digits }, primary: primary.includes(key) }));
  const hedgeOption = (prefix: 'a' | 'b') => (
    <fieldset class="leg">
      <legend>Hedge call {prefix.toUpperCase()}</legend>
      <NumberField {...field(`${prefix}Strike`)} label="Strike K" />
      <NumberField {...field(`${prefix}Days`)} label="Time to expiry" unit="days" />
      <NumberField {...field(`${prefix}Vol`)} label="Volatility σ" unit="% per year" />
    </fieldset>
  );

  return (
    <CalculatorFrame
      id={ID}
      title="Greeks, move and hedge of an options book"
      convention="Black–Scholes–Merton, European options, each with its own volatility; days ACT/365; vega per vol point, theta per day; quantities in units of the underlying, negative to sell."
      formError={formError}
      inputs={
        <>
          <NumberField {...field('spot')} label="Spot price S" />
          <NumberField {...field('rate')} label="Risk-free rate r" unit="% per year" />
          <div class="legs">
            {positions.map((p, i) => {
              const n = i + 1;
              const prefix = `${ID}-p${n}`;
              const bindPosition = (key: 'quantity' | 'strike' | 'days' | 'vol') => ({
                ...bind(path(i, key)),
                id: `${prefix}-${key}`,
                value: p[key],
                onInput: (text: string) => edit(i, { [key]: text }),
              });
              return (
                <fieldset class="leg" key={p.key}>
                  <legend>Position {n}</legend>
                  <ChoiceField id={`${prefix}-kind`} label="Instrument" value={p.kind} options={KIND_OPTIONS} onChange={(kind) => edit(i, { kind })} />
                  <ChoiceField id={`${prefix}-side`} label="Side" value={p.side} options={SIDE_OPTIONS} onChange={(side) => edit(i, { side })} />
                  <NumberField {...bindPosition('quantity')} label="Quantity" unit="units" />
                  {p.kind === 'underlying' ? null : (
                    <>
                      <NumberField {...bindPosition('strike')} label="Strike K" />
                      <NumberField {...bindPosition('days')} label="Time to expiry" unit="days" />
                      <NumberField {...bindPosition('vol')} label="Volatility σ" unit="% per year" />
                    </>
                  )}
                  <div class="row-actions">
                    <button type="button" class="secondary" onClick={() => removePosition(i)} disabled={positions.length <= 1}>
                      Remove position {n}
                    </button>
                  </div>
                </fieldset>
              );
            })}
          </div>
          <div class="row-actions">
            <button type="button" id={`${ID}-add`} onClick={addPosition} disabled={positions.length >= MAX_POSITIONS}>
              Add position
            </button>
          </div>
          <ListStatus id={ID} status={status} />
          <NumberField {...field('spotMove')} label="Spot move δS" hint="Negative for a fall" />
          <NumberField {...field('volMove')} label="Volatility move δσ, every option" unit="vol points" />
          <NumberField {...field('daysPassed')} label="Time passed δt" unit="days" />
          {hedgeOption('a')}
          {hedgeOption('b')}
        </>
      }
      results={
        <>
          <h5 class="calculator__subtitle">Book</h5>
          <ResultList id={ID} computed={r !== null} rows={rows([
            ['value', 'Value', r?.greeks.value],
            ['delta', 'Delta (units of the underlying)', r?.greeks.delta, 4],
            ['gamma', 'Gamma (per unit of spot)', r?.greeks.gamma, 6],
            ['vega', 'Vega per vol point', r && r.greeks.vega / 100],
            ['theta', 'Theta per day', r && r.greeks.theta / DAYS_PER_YEAR],
          ], ['delta'])} />
          <h5 class="calculator__subtitle">Profit for the move</h5>
          <ResultList id={ID} computed={r !== null} rows={rows([
            ['pnl-delta', 'Delta term Δ·δS', e?.deltaPnl],
            ['pnl-gamma', 'Gamma term ½Γ·δS²', e?.gammaPnl],
            ['pnl-vega', 'Vega term V·δσ', e?.vegaPnl],
            ['pnl-theta', 'Theta term Θ·δt', e?.thetaPnl],
            ['pnl-estimate', 'Estimate (sum of the terms)', e?.total],
            ['pnl-repriced', 'Full repricing', r?.pnl.repriced],
            ['pnl-difference', 'Repricing minus estimate', r?.pnl.difference],
          ], ['pnl-estimate', 'pnl-repriced'])} />
          <h5 class="calculator__subtitle">Neutralising hedge</h5>
          <ResultList id={ID} computed={h !== null} rows={rows([
            ['hedge-a', 'Calls A to buy', h?.hedgeQuantities[0]],
            ['hedge-b', 'Calls B to buy', h?.hedgeQuantities[1]],
            ['hedge-underlying', 'Underlying to buy', h?.underlyingQuantity, 3],
          ])} />
        </>
      }
    />
  );
}
