import { CalculatorFrame } from '../components/CalculatorFrame.tsx';
import { ListStatus } from '../components/ListStatus.tsx';
import { NumberField } from '../components/NumberField.tsx';
import { ResultList, type ResultRow } from '../components/ResultList.tsx';
import { evaluate, type FieldText } from '../lib/evaluate.ts';
import { formatNumber, percentInputText } from '../lib/format.ts';
import { useListEdits } from '../lib/list-edits.ts';
import { useScenario } from '../lib/scenario.ts';
import { aaveLiquidation, lendingPosition, type PricedCollateral } from '../risk/index.ts';
import { USD, liquidationAt1450Input } from '../examples/lending-security.ts';

const ID = 'hf';
const MAX_ROWS = 4;
const MONEY = { digits: 2, unit: USD } as const;
const PERCENT = { percent: true, digits: 2 } as const;
const defaults = liquidationAt1450Input;

interface CollateralText {
  /** Stable key for rendering (not shown). */
  key: number;
  name: string;
  quantity: string;
  price: string;
  threshold: string;
}

/** A decimal fraction as the text of a percent field: 0.825 → "82.5%" (rounded to 12 digits against float noise). */

let nextKey = 0;
const row = (name: string, c: PricedCollateral): CollateralText => ({
  key: nextKey++,
  name,
  quantity: String(c.quantity),
  price: String(c.assetPrice),
  threshold: percentInputText(c.liquidationThreshold),
});

type Scenario = { collateral: CollateralText[]; debt: string; seize: string; bonus: string; fee: string; cover: string };
const DEFAULTS: Scenario = {
  collateral: defaults.collateral.map((c) => row('ETH', c)),
  debt: String(defaults.debt),
  seize: '1',
  bonus: percentInputText(defaults.liquidationBonus),
  fee: percentInputText(defaults.protocolFee ?? 0),
  cover: '',
};

/** Library paths of a row's fields; also the keys of its fields and messages. */
const path = (i: number, field: keyof PricedCollateral) => `collateral[${i}].${field}`;
const nameOf = (c: CollateralText, i: number) => c.name.trim() || `Collateral ${i + 1}`;
const FORM_FIELD: Readonly<Record<string, string>> = {
  seizedCollateral: 'seize',
  liquidationBonus: 'bonus',
  protocolFee: 'fee',
  debtToCover: 'cover',
};

/** The calculator's evaluation (useScenario also runs it to check a link's values). */
function run({ collateral, debt, seize, bonus, fee, cover }: Scenario) {
  const fields: Record<string, FieldText> = {
    debt: { text: debt },
    seize: { text: seize },
    bonus: { text: bonus, percent: true },
    fee: { text: fee, percent: true },
    cover: { text: cover, optional: true },
  };
  collateral.forEach((c, i) => {
    fields[path(i, 'quantity')] = { text: c.quantity };
    fields[path(i, 'assetPrice')] = { text: c.price };
    fields[path(i, 'liquidationThreshold')] = { text: c.threshold, percent: true };
  });
  return evaluate(
    fields,
    (v) => {
      const position = {
        collateral: collateral.map((_, i) => ({
          quantity: v.num(path(i, 'quantity')),
          assetPrice: v.num(path(i, 'assetPrice')),
          liquidationThreshold: v.num(path(i, 'liquidationThreshold')),
        })),
        debt: v.num('debt'),
      };
      const debtToCover = v.opt('cover');
      return {
        position: lendingPosition(position),
        liquidation: aaveLiquidation({
          ...position,
          // Rows are numbered from 1 on the page, from 0 in the library.
          seizedCollateral: v.num('seize') - 1,
          liquidationBonus: v.num('bonus'),
          protocolFee: v.num('fee'),
          ...(debtToCover === undefined ? {} : { debtToCover }),
        }),
      };
    },
    (field) => FORM_FIELD[field] ?? field,
  );
}

/** Aave v3 health factor over several collaterals, liquidation prices, and the outcome of a liquidation now. */
export default function HealthFactorCalculator() {
  const [scenario, update, { result, errors, formError }, field] = useScenario(ID, DEFAULTS, run);
  const { collateral } = scenario;
  const seized = Math.max(0, Math.min(collateral.length - 1, Number(scenario.seize) - 1 || 0));
  const [status, listEdited] = useListEdits();

  const edit = (index: number, change: Partial<CollateralText>) =>
    update({ collateral: collateral.map((c, i) => (i === index ? { ...c, ...change } : c)) });
  const addRow = () => {
    update({ collateral: [...collateral, { key: nextKey++, name: '', quantity: '', price: '', threshold: '' }] });
    listEdited(`Collateral ${collateral.length + 1} added.`, `${ID}-c${collateral.length + 1}-name`);
  };
  const removeRow = (index: number) => {
    const row = collateral[index];
    if (!row || collateral.length <= 1) return;
    // The seized row keeps pointing at the same asset; if it was the one removed, the first row is seized.
    const next = index === seized ? 0 : index < seized ? seized - 1 : seized;
    const rest = collateral.filter((_, i) => i !== index);
    update({ collateral: rest, seize: String(next + 1) });
    const removed = `${nameOf(row, index)} removed.`;
    listEdited(index === seized && rest[0] ? `${removed} The liquidator now takes ${nameOf(rest[0], 0)}.` : removed, `${ID}-add`);
  };

  const position = result?.position;
  const liquidation = result?.liquidation;
  const seizedName = nameOf(collateral[seized] ?? DEFAULTS.collateral[0]!, seized);
  const units = (value: number | undefined) => formatNumber(value, { digits: 4, unit: seizedName });
  const liquidatable = (liquidation?.closeFactor ?? 0) > 0;

  const positionRows: ResultRow[] = [
    { key: 'hf', label: 'Health factor', value: position?.healthFactor ?? null, format: { digits: 4, unboundedText: 'No debt' }, primary: true },
    { key: 'value', label: 'Collateral value', value: position?.collateralValue ?? null, format: MONEY },
    { key: 'lt', label: 'Weighted liquidation threshold', value: position?.liquidationThreshold ?? null, format: PERCENT },
    { key: 'ltv', label: 'Loan-to-value', value: position?.loanToValue ?? null, format: PERCENT },
    {
      key: 'drop',
      label: 'Fall of all collateral prices to liquidation',
      // A negative fall means HF < 1 already.
      value: (position?.priceDropToLiquidation ?? 0) < 0 ? 'None: already liquidatable' : (position?.priceDropToLiquidation ?? null),
      format: { ...PERCENT, nullText: 'No debt' },
    },
    ...collateral.map((c, i): ResultRow => {
      const entry = position?.collateral[i];
      return {
        key: `liq${i + 1}`,
        label: `${nameOf(c, i)} price that liquidates (others unchanged)`,
        value:
          entry?.liquidationPrice == null
            ? 'None: the rest covers the debt'
            : `${formatNumber(entry.liquidationPrice, MONEY)} (${formatNumber(entry.priceChangeToLiquidation, { ...PERCENT, signed: true })})`,
      };
    }),
  ];
  const liquidationRows: ResultRow[] = [
    {
      key: 'cf',
      label: 'Close factor: share of the debt a liquidator may repay',
      value: liquidatable ? (liquidation?.closeFactor ?? null) : 'None: health factor ≥ 1',
      format: { percent: true, digits: 0 },
    },
    { key: 'repaid', label: 'Debt repaid by the liquidator', value: liquidation?.debtRepaid ?? null, format: MONEY },
    { key: 'seized', label: `${seizedName} taken from the borrower`, value: `${units(liquidation?.collateralSeized)} (${formatNumber(liquidation?.collateralSeizedValue, MONEY)})` },
    { key: 'fee', label: 'of which to the protocol', value: units(liquidation?.protocolFeeCollateral) },
    { key: 'liquidator', label: 'of which to the liquidator', value: units(liquidation?.liquidatorCollateral) },
    { key: 'profit', label: 'Liquidator’s gain', value: liquidation?.liquidatorProfit ?? null, format: MONEY },
    { key: 'loss', label: 'Borrower’s loss beyond the debt repaid', value: liquidation?.borrowerLoss ?? null, format: MONEY },
    { key: 'left', label: `${seizedName} the borrower keeps`, value: units(liquidation?.collateralLeft) },
    { key: 'debtleft', label: 'Debt left', value: liquidation?.debtLeft ?? null, format: MONEY },
    { key: 'bad', label: 'Bad debt written off', value: liquidation?.badDebt ?? null, format: MONEY },
    { key: 'hfafter', label: 'Health factor after', value: liquidation?.healthFactorAfter ?? null, format: { digits: 4, unboundedText: 'No debt left' } },
    {
      key: 'dust',
      label: 'Accepted by Aave v3.3',
      value: liquidation?.leavesDust ? 'No: it leaves less than 1,000 USD of debt or collateral' : 'Yes',
    },
  ];

  return (
    <CalculatorFrame
      id={ID}
      title="Health factor and liquidation (Aave v3)"
      convention="Aave v3.3: HF = Σ value × liquidation threshold / debt; prices and debt in USD, the debt one stablecoin at 1 USD. A liquidation may repay 50 % of the debt, or 100 % when HF ≤ 0.95 or the debt or the seized collateral is under 2,000 USD."
      formError={formError}
      inputs={
        <>
          <div class="legs">
            {collateral.map((c, i) => {
              const n = i + 1;
              const prefix = `${ID}-c${n}`;
              return (
                <fieldset class="leg" key={c.key}>
                  <legend>Collateral {n}</legend>
                  <div class="field">
                    <label for={`${prefix}-name`}>Asset name</label>
                    <div class="field__control">
                      <input id={`${prefix}-name`} name={`${prefix}-name`} type="text" autoComplete="off" value={c.name}
                        onInput={(event) => edit(i, { name: event.currentTarget.value })} />
                    </div>
                  </div>
                  <NumberField id={`${prefix}-quantity`} label="Quantity supplied" unit={nameOf(c, i)} value={c.quantity}
                    onInput={(quantity) => edit(i, { quantity })} error={errors[path(i, 'quantity')]} />
                  <NumberField id={`${prefix}-price`} label="Price" unit={`${USD} per unit`} value={c.price}
                    onInput={(price) => edit(i, { price })} error={errors[path(i, 'assetPrice')]} />
                  <NumberField id={`${prefix}-threshold`} label="Liquidation threshold" unit="%" value={c.threshold}
                    onInput={(threshold) => edit(i, { threshold })} error={errors[path(i, 'liquidationThreshold')]} />
                  <div class="row-actions">
                    <label>
                      <input type="radio" name={`${ID}-seize`} checked={i === seized} onChange={() => update({ seize: String(n) })} />{' '}
                      The liquidator takes {nameOf(c, i)}
                    </label>
                    <button type="button" class="secondary" onClick={() => removeRow(i)} disabled={collateral.length <= 1}>
                      Remove collateral {n}
                    </button>
                  </div>
                </fieldset>
              );
            })}
          </div>
          <div class="row-actions">
            <button type="button" id={`${ID}-add`} onClick={addRow} disabled={collateral.length >= MAX_ROWS}>
              Add collateral
            </button>
          </div>
          <ListStatus id={ID} status={status} />
          <NumberField {...field('debt')} label="Debt" unit={USD} hint="One stablecoin valued at 1" />
          <NumberField {...field('bonus')} label="Liquidation bonus of the seized asset" unit="%" />
          <NumberField {...field('fee')} label="Protocol fee" unit="% of the bonus" />
          <NumberField {...field('cover')} label="Debt the liquidator repays" unit={USD} hint="Leave empty for the most allowed" />
        </>
      }
      results={
        <>
          <ResultList id={ID} computed={result !== null} rows={positionRows} />
          <h5 class="calculator__subtitle">If a liquidator acts at these prices</h5>
          <ResultList id={ID} computed={result !== null} rows={liquidationRows} />
        </>
      }
    />
  );
}
