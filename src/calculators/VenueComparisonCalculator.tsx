import { CalculatorFrame } from '../components/CalculatorFrame.tsx';
import { ChoiceField, SIDE_OPTIONS } from '../components/ChoiceField.tsx';
import { NumberField } from '../components/NumberField.tsx';
import { ResultList } from '../components/ResultList.tsx';
import { evaluate } from '../lib/evaluate.ts';
import { formatNumber } from '../lib/format.ts';
import { useScenario } from '../lib/scenario.ts';
import { venueLiquidationPrices, type Side } from '../risk/index.ts';
import { COMPARED_VENUES, VENUE_EXAMPLE_POSITION, VENUE_PARAMETERS } from '../data/venues/comparison.ts';

type Mode = 'leverage' | 'margin';
type Scenario = { side: Side; mode: Mode; size: string; entry: string; leverage: string; margin: string };
const ID = 'venues';
const USDT = { digits: 2, unit: 'USDT' } as const;
const defaults = VENUE_EXAMPLE_POSITION;
const DEFAULTS: Scenario = {
  side: defaults.side,
  mode: 'leverage',
  size: String(defaults.size),
  entry: String(defaults.entry),
  leverage: String(defaults.leverage),
  // The same position entered as margin: 50,000 / 5.
  margin: '10000',
};

/** The calculator's evaluation (useScenario also runs it to check a link's values). */
function run(scenario: Scenario) {
  const { mode } = scenario;
  return evaluate(
    { size: { text: scenario.size }, entry: { text: scenario.entry }, [mode]: { text: scenario[mode] } } as Record<'size' | 'entry' | Mode, { text: string }>,
    (v) =>
      venueLiquidationPrices({
        side: scenario.side,
        size: v.num('size'),
        entry: v.num('entry'),
        [mode]: v.num(mode),
        ...VENUE_PARAMETERS,
      }),
  );
}

/** The liquidation price of one position under Binance USDⓈ-M, Bybit linear and Kraken margin conventions. */
export default function VenueComparisonCalculator() {
  const [{ side, mode }, update, { result, formError }, field] = useScenario(ID, DEFAULTS, run);
  return (
    <CalculatorFrame
      id={ID}
      title="The same position on three venues"
      convention="Isolated margin, the same collateral on each venue; each venue's own published rule and parameters, read on the date shown."
      formError={formError}
      inputs={
        <>
          <ChoiceField id={`${ID}-side`} label="Side" value={side} onChange={(value) => update({ side: value })} options={SIDE_OPTIONS} />
          <NumberField {...field('size')} label="Size Q" unit="BTC" />
          <NumberField {...field('entry')} label="Entry price" unit="USDT" />
          <ChoiceField id={`${ID}-mode`} label="Margin entered as" value={mode} onChange={(value) => update({ mode: value })}
            options={[{ value: 'leverage', label: 'Leverage (×)' }, { value: 'margin', label: 'Margin (USDT)' }]} />
          {mode === 'leverage'
            ? <NumberField {...field('leverage')} label="Leverage" unit="×" hint="Notional divided by margin" />
            : <NumberField {...field('margin')} label="Margin" unit="USDT" hint="Collateral put up for this position" />}
        </>
      }
      results={
        <ResultList
          id={ID}
          computed={result !== null}
          rows={[
            // Keys differ from the input fields' (the ids of both are "venues-<key>").
            { key: 'collateral', label: 'Margin on each venue', value: result?.margin ?? null, format: USDT },
            { key: 'multiple', label: 'Leverage (notional ÷ margin)', value: result?.leverage ?? null, format: { digits: 2, unit: '×' } },
          ]}
        />
      }
    >
      <div class="table-scroll">
        <table class="venue-table" aria-live="polite">
          <caption>Liquidation price of this position by venue</caption>
          <thead>
            <tr><th scope="col">Venue and rule</th><th scope="col">Liquidation price</th><th scope="col">Source, read on</th></tr>
          </thead>
          <tbody>
            {COMPARED_VENUES.map((venue) => (
              <tr key={venue.id}>
                <th scope="row">{venue.venue}<br /><small>{venue.formula}</small></th>
                <td><output id={`${ID}-${venue.id}`}>{result ? formatNumber(result[venue.id], { ...USDT, nullText: 'No liquidation' }) : 'Not computed'}</output></td>
                <td>
                  <a href={venue.source.url} rel="noopener">{venue.source.title}</a>
                  <br /><small>read {venue.asOf}; {venue.effectiveDate === null ? 'no effective date stated' : `effective ${venue.effectiveDate}`}</small>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </CalculatorFrame>
  );
}
