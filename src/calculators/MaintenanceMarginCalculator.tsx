import { CalculatorFrame } from '../components/CalculatorFrame.tsx';
import { Chart, type Point } from '../components/Chart.tsx';
import { ChoiceField, SIDE_OPTIONS } from '../components/ChoiceField.tsx';
import { ListStatus } from '../components/ListStatus.tsx';
import { NumberField } from '../components/NumberField.tsx';
import { ResultList } from '../components/ResultList.tsx';
import { evaluate, type FieldText } from '../lib/evaluate.ts';
import { formatCompact, formatNumber, percentInputText } from '../lib/format.ts';
import { useListEdits } from '../lib/list-edits.ts';
import { useScenario } from '../lib/scenario.ts';
import { liquidationDistanceCurve, type MarginBracket as Bracket, type Side } from '../risk/index.ts';
import { binanceBtcusdt2021 as venue } from '../data/venues/binance-btcusdt-2021.ts';
import { ISOLATED_LONG_INPUT, isolatedPositionOnTable, maintenanceAmounts } from '../examples/maintenance-margin-dynamics.ts';

interface RowText {
  /** Stable key for rendering (not shown). */
  key: number;
  floor: string;
  mmr: string;
}

const ID = 'mmd';
const defaults = ISOLATED_LONG_INPUT;
const USDT = { digits: 2, unit: 'USDT' } as const;
const USDT0 = { digits: 0, unit: 'USDT' } as const;
const MAX_ROWS = 20;

/** A rate as the user would type it: 0.004 → "0.4%" (rounded to hide binary noise such as 15.000000000000002). */
const floorText = (floor: number) => formatNumber(floor, { digits: 0 });

let nextKey = 0;
const venueRows = (): RowText[] => venue.brackets.map((b) => ({ key: nextKey++, floor: floorText(b.floor), mmr: percentInputText(b.mmr) }));
const isVenueTable = (rows: readonly RowText[]) =>
  rows.length === venue.brackets.length &&
  rows.every((row, i) => {
    const b = venue.brackets[i];
    return b !== undefined && row.floor === floorText(b.floor) && row.mmr === percentInputText(b.mmr);
  });

type PositionKey = 'size' | 'entry' | 'walletBalance';
type Scenario = { side: Side; brackets: RowText[] } & Record<PositionKey, string>;
const DEFAULTS: Scenario = {
  side: defaults.side,
  size: String(defaults.size),
  entry: String(defaults.entry),
  walletBalance: String(defaults.walletBalance),
  brackets: venueRows(),
};

/** The calculator's evaluation (useScenario also runs it to check a link's values). */
function run(scenario: Scenario) {
  const fields: Record<string, FieldText> = {
    size: { text: scenario.size },
    entry: { text: scenario.entry },
    walletBalance: { text: scenario.walletBalance },
  };
  scenario.brackets.forEach((row, i) => {
    fields[`brackets[${i}].floor`] = { text: row.floor };
    fields[`brackets[${i}].mmr`] = { text: row.mmr, percent: true };
  });
  return evaluate(
    fields,
    (v) => {
      const table: Bracket[] = scenario.brackets.map((_, i) => ({ floor: v.num(`brackets[${i}].floor`), mmr: v.num(`brackets[${i}].mmr`) }));
      const position = { side: scenario.side, size: v.num('size'), entry: v.num('entry'), walletBalance: v.num('walletBalance') };
      const summary = isolatedPositionOnTable(position, table);
      // Chart range: from 1,000 USDT (or a tenth of this position) to twice the last floor (or ten times this position).
      const lastFloor = table[table.length - 1]?.floor ?? 0;
      const from = Math.min(1_000, summary.notional / 10);
      const to = Math.max(2 * lastFloor, 10 * summary.notional, 10 * from);
      const curve = liquidationDistanceCurve({
        side: position.side,
        marginPerNotional: position.walletBalance / summary.notional,
        brackets: table,
        fromNotional: from,
        toNotional: to,
      });
      return { table, position, summary, cums: maintenanceAmounts(table), curve };
    },
    (field) => (field === 'notional' ? 'size' : field),
  );
}

/**
 * Tiered maintenance margin and the liquidation price of an isolated USDT-margined position
 * (Binance USDⓈ-M convention) on an editable bracket table, with the liquidation distance
 * against position size at the position's leverage.
 */
export default function MaintenanceMarginCalculator() {
  const [{ side, brackets: rows }, update, { result, errors, formError }, field] = useScenario(ID, DEFAULTS, run);
  const [status, listEdited] = useListEdits();

  const setRows = (brackets: RowText[]) => update({ brackets });
  const editRow = (index: number, change: Partial<RowText>) => setRows(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const addRow = () => {
    const last = rows[rows.length - 1];
    setRows([...rows, { key: nextKey++, floor: '', mmr: last?.mmr ?? '' }]);
    listEdited(`Tier ${rows.length + 1} added at the end of the table.`, `${ID}-floor-${rows.length + 1}`);
  };
  const removeRow = (index: number) => {
    setRows(rows.filter((_, i) => i !== index));
    listEdited(`Tier ${index + 1} removed.`, `${ID}-add-row`);
  };
  // The reset button is disabled once the table is restored, so focus moves to the table's first field.
  const resetRows = () => {
    setRows(venueRows());
    listEdited('Tiers reset to the Binance table.', `${ID}-floor-1`);
  };
  const summary = result?.summary;
  const leverage = summary && result ? summary.notional / result.position.walletBalance : null;
  const tableEdited = !isVenueTable(rows);

  // Chart series (percent of entry price or of notional).
  const pct = (value: number) => value * 100;
  const curve = result?.curve ?? [];
  const plotted = curve.filter((p) => p.distance !== null && p.distance > 0);
  const tieredPoints = plotted.map((p): Point => [p.notional, pct(p.distance ?? 0)]);
  const flatPoints = curve.filter((p) => p.flatDistance !== null && p.flatDistance > 0).map((p): Point => [p.notional, pct(p.flatDistance ?? 0)]);
  const mmrPoints = plotted.map((p): Point => [p.notional, pct(p.mmr)]);
  const firstPlotted = plotted[0];
  const lastPlotted = plotted[plotted.length - 1];
  const pctText = (value: number | null | undefined) => formatNumber(value ?? null, { percent: true, digits: 2 });

  return (
    <CalculatorFrame
      id={ID}
      title="Tiered maintenance margin and liquidation price"
      convention={`Binance USDⓈ-M convention, isolated margin, one-way mode: maintenance margin = notional × rate − maintenance amount, liquidation when the isolated margin balance equals the maintenance margin at the mark price. Default table: ${venue.symbol}, effective ${venue.effectiveDate}. Fees and funding are ignored.`}
      formError={formError}
      inputs={
        <>
          <ChoiceField id={`${ID}-side`} label="Side" value={side} onChange={(value) => update({ side: value })}
            options={SIDE_OPTIONS} />
          <NumberField {...field('size')} label="Size Q" unit="BTC" hint="Position size in the base asset" />
          <NumberField {...field('entry')} label="Entry price" unit="USDT" />
          <NumberField {...field('walletBalance')} label="Isolated wallet balance" unit="USDT" hint="Margin assigned to this isolated position" />
          <p class="field__hint">The bracket table below the results sets the maintenance margin rates.</p>
        </>
      }
      results={
        <ResultList
          id={ID}
          computed={result !== null}
          rows={[
            { key: 'lp', label: 'Liquidation price', value: summary?.liquidationPrice ?? null, format: { ...USDT, nullText: 'None (the price would have to fall to 0)' }, primary: true },
            { key: 'distance', label: 'Distance to liquidation (% of entry price)', value: summary?.distance ?? null, format: { percent: true, digits: 2, nullText: 'None' } },
            {
              key: 'status',
              label: 'Margin at entry',
              value: summary ? (summary.liquidatedAtEntry ? 'At or below maintenance: liquidated at once' : 'Above maintenance margin') : null,
            },
            { key: 'notional', label: 'Notional at entry', value: summary?.notional ?? null, format: USDT0 },
            { key: 'leverage', label: 'Leverage (notional ÷ wallet balance)', value: leverage, format: { digits: 2, unit: '×', unboundedText: 'No margin' } },
            { key: 'tier', label: 'Tier at entry', value: summary?.atEntry.tier ?? null, format: { digits: 0 } },
            { key: 'mmr', label: 'Maintenance margin rate (% of notional)', value: summary?.atEntry.mmr ?? null, format: { percent: true, digits: 2 } },
            { key: 'cum', label: 'Maintenance amount (cum)', value: summary?.atEntry.maintenanceAmount ?? null, format: USDT },
            { key: 'mm', label: 'Maintenance margin at entry', value: summary?.maintenanceMargin ?? null, format: USDT },
            { key: 'tier-lp', label: 'Tier at the liquidation price', value: summary?.atLiquidation?.tier ?? null, format: { digits: 0, nullText: 'None' } },
          ]}
        />
      }
    >
      <section class="bracket-editor" aria-labelledby={`${ID}-brackets-title`}>
        <h4 id={`${ID}-brackets-title`} class="calculator__subtitle">Bracket table</h4>
        {/* The explanation sits outside the scroll box, so that on a phone it wraps to the screen, not to the table. */}
        <p class="field__hint" id={`${ID}-brackets-about`}>
          Tier n covers notionals above its floor up to the next floor. The maintenance amount is derived from the floors and rates.
        </p>
        <div class="table-scroll">
          <table class="brackets" aria-labelledby={`${ID}-brackets-title`} aria-describedby={`${ID}-brackets-about`}>
            <thead>
              <tr>
                <th scope="col">Tier</th>
                <th scope="col">Floor (USDT notional)</th>
                <th scope="col">Maintenance margin rate (% of notional)</th>
                <th scope="col">Maintenance amount cum (USDT)</th>
                <th scope="col"><span class="visually-hidden">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => {
                const n = i + 1;
                return (
                  <tr key={row.key}>
                    <th scope="row">{n}</th>
                    <td>
                      <NumberField id={`${ID}-floor-${n}`} label={`Tier ${n} floor`} labelHidden value={row.floor}
                        onInput={(floor) => editRow(i, { floor })} error={errors[`brackets[${i}].floor`]} />
                    </td>
                    <td>
                      <NumberField id={`${ID}-mmr-${n}`} label={`Tier ${n} rate`} labelHidden value={row.mmr}
                        onInput={(mmr) => editRow(i, { mmr })} error={errors[`brackets[${i}].mmr`]} />
                    </td>
                    <td>
                      <output id={`${ID}-cum-${n}`} class={result ? undefined : 'not-computed'}>
                        {result ? formatNumber(result.cums[i], USDT0) : 'Not computed'}
                      </output>
                    </td>
                    <td>
                      <button type="button" class="secondary" onClick={() => removeRow(i)} disabled={rows.length <= 1}>
                        Remove<span class="visually-hidden"> tier {n}</span>
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <div class="row-actions">
          <button type="button" id={`${ID}-add-row`} onClick={addRow} disabled={rows.length >= MAX_ROWS}>
            Add tier
          </button>
          <button type="button" class="secondary" id={`${ID}-reset`} onClick={resetRows} disabled={!tableEdited}>
            Reset to Binance table
          </button>
        </div>
        <ListStatus id={ID} status={status} />
        <p class="field__hint" id={`${ID}-source`}>
          {tableEdited ? 'Edited table. ' : ''}Default: {venue.venue} {venue.symbol}, effective {venue.effectiveDate}, from{' '}
          <a href={venue.source.url} rel="noopener">{venue.source.title}</a>. Exchanges change these tables; check the current one before relying on a figure.
        </p>
      </section>
      {result && summary && tieredPoints.length > 0 ? (
        <Chart
          title="Liquidation distance against position size at the same leverage"
          description={`Distance from the entry price to the liquidation price, in % of the entry price, for ${side} positions from ${formatNumber(firstPlotted?.notional ?? null, USDT0)} to ${formatNumber(lastPlotted?.notional ?? null, USDT0)} notional, each with ${formatNumber(leverage, { digits: 2 })}× leverage like this position. With the bracket table the distance falls from ${pctText(firstPlotted?.distance)} to ${pctText(lastPlotted?.distance)} as the notional moves into tiers with higher rates (the step line shows the tier's rate); at the first tier's rate alone it would stay at ${pctText(curve[0]?.flatDistance)}. Sizes at which the position would be liquidated at once are not drawn.`}
          xLabel="Position notional at entry (USDT, log scale)"
          yLabel="Percent"
          xScale="log"
          yTickFormat={(value) => `${formatCompact(value)} %`}
          series={[
            { name: 'Liquidation distance, bracket table (% of entry price)', points: tieredPoints },
            { name: 'Liquidation distance, first-tier rate only (% of entry price)', points: flatPoints, dashed: true },
            { name: 'Maintenance margin rate of the tier (% of notional)', points: mmrPoints, kind: 'step' },
          ]}
          markers={[{ x: summary.notional, label: 'This position' }]}
        />
      ) : (
        <p class="chart">Chart not drawn: {result ? 'no size at this leverage can be liquidated on the losing side of entry.' : 'correct the inputs above.'}</p>
      )}
    </CalculatorFrame>
  );
}
