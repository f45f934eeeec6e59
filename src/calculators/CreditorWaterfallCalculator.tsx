import { CalculatorFrame } from '../components/CalculatorFrame.tsx';
import { Chart } from '../components/Chart.tsx';
import { ListStatus } from '../components/ListStatus.tsx';
import { NumberField } from '../components/NumberField.tsx';
import { ResultList, type ResultRow } from '../components/ResultList.tsx';
import { evaluate, type FieldText } from '../lib/evaluate.ts';
import { formatNumber } from '../lib/format.ts';
import { useListEdits } from '../lib/list-edits.ts';
import { useScenario } from '../lib/scenario.ts';
import { creditorWaterfall } from '../risk/index.ts';
import { MONEY_UNIT, WATERFALL_100_INPUT } from '../examples/creditor-hierarchy.ts';

const ID = 'waterfall';
const MONEY = { digits: 2, unit: MONEY_UNIT } as const;
const RATE = { percent: true, digits: 3 } as const;

interface ClaimText {
  key: number;
  name: string;
  amount: string;
}
interface ClassText {
  key: number;
  name: string;
  claims: ClaimText[];
}

/** Library path of a claim amount; also the key of its field and of its error message. */
const amountPath = (c: number, k: number) => `classes[${c}].claims[${k}].amount`;
const className = (cls: ClassText, c: number) => cls.name.trim() || `Class ${c + 1}`;
const claimName = (claim: ClaimText, k: number) => claim.name.trim() || `Claimant ${k + 1}`;

let nextKey = 0;
const newKey = () => nextKey++;

type Scenario = { assets: string; classes: ClassText[] };
const DEFAULTS: Scenario = {
  assets: String(WATERFALL_100_INPUT.assets),
  classes: WATERFALL_100_INPUT.classes.map((cls) => ({
    key: newKey(),
    name: cls.name,
    claims: cls.claims.map((claim) => ({ key: newKey(), name: claim.name, amount: String(claim.amount) })),
  })),
};

/** The calculator's evaluation (useScenario also runs it to check a link's values). */
function run({ assets, classes }: Scenario) {
  const fields: Record<string, FieldText> = { assets: { text: assets } };
  classes.forEach((cls, c) => cls.claims.forEach((claim, k) => (fields[amountPath(c, k)] = { text: claim.amount })));
  return evaluate(fields, (v) =>
    creditorWaterfall({
      assets: v.num('assets'),
      classes: classes.map((cls, c) => ({
        name: className(cls, c),
        claims: cls.claims.map((claim, k) => ({ name: claimName(claim, k), amount: v.num(amountPath(c, k)) })),
      })),
    }),
  );
}

/** Absolute-priority waterfall: classes most senior first, claimants pro rata within a class, residual to equity. */
export default function CreditorWaterfallCalculator() {
  const [{ classes }, update, { result, errors, formError }, field] = useScenario(ID, DEFAULTS, run);
  const setClasses = (next: ClassText[]) => update({ classes: next });
  const [status, listEdited] = useListEdits();

  const updateClass = (c: number, change: (cls: ClassText) => ClassText) =>
    setClasses(classes.map((cls, index) => (index === c ? change(cls) : cls)));
  const updateClaim = (c: number, k: number, change: Partial<ClaimText>) =>
    updateClass(c, (cls) => ({ ...cls, claims: cls.claims.map((claim, index) => (index === k ? { ...claim, ...change } : claim)) }));

  const moveClass = (c: number, step: -1 | 1) => {
    const to = c + step;
    const moved = classes[c];
    const other = classes[to];
    if (!moved || !other) return;
    const next = classes.slice();
    next[c] = other;
    next[to] = moved;
    setClasses(next);
    // Keep focus on the button that moved the class; at the top or bottom that button is disabled, so use the other one.
    const direction = step === -1 ? (to > 0 ? 'up' : 'down') : to < classes.length - 1 ? 'down' : 'up';
    listEdited(`${className(moved, c)} moved to position ${to + 1} of ${classes.length}.`, `${ID}-class-${to}-${direction}`);
  };
  const removeClass = (c: number) => {
    const removed = classes[c];
    if (!removed || classes.length <= 1) return;
    setClasses(classes.filter((_, index) => index !== c));
    listEdited(`${className(removed, c)} removed.`, `${ID}-class-${Math.min(c, classes.length - 2)}-name`);
  };
  const addClass = () => {
    const c = classes.length;
    setClasses([...classes, { key: newKey(), name: `Class ${c + 1}`, claims: [{ key: newKey(), name: 'Claimant 1', amount: '0' }] }]);
    listEdited(`Class ${c + 1} added at the bottom (most junior).`, `${ID}-class-${c}-name`);
  };
  const addClaim = (c: number) => {
    const cls = classes[c];
    if (!cls) return;
    const k = cls.claims.length;
    updateClass(c, (current) => ({ ...current, claims: [...current.claims, { key: newKey(), name: `Claimant ${k + 1}`, amount: '0' }] }));
    listEdited(`Claimant ${k + 1} added to ${className(cls, c)}.`, `${ID}-class-${c}-claim-${k}-name`);
  };
  const removeClaim = (c: number, k: number) => {
    const cls = classes[c];
    const claim = cls?.claims[k];
    if (!cls || !claim || cls.claims.length <= 1) return;
    updateClass(c, (current) => ({ ...current, claims: current.claims.filter((_, index) => index !== k) }));
    listEdited(`${claimName(claim, k)} removed from ${className(cls, c)}.`, `${ID}-class-${c}-add-claim`);
  };

  const paidText = (paid: number | undefined, claim: number | undefined, rate: number | undefined) =>
    `${formatNumber(paid)} of ${formatNumber(claim)} (${formatNumber(rate, RATE)})`;
  const rows: ResultRow[] = classes.flatMap((cls, c) => {
    const out = result?.classes[c];
    return [
      {
        key: `class-${c}`,
        label: `Class ${c + 1}: ${className(cls, c)} (total)`,
        value: paidText(out?.paid, out?.claim, out?.recoveryRate),
      },
      ...cls.claims.map((claim, k) => {
        const paid = out?.claims[k];
        return {
          key: `class-${c}-claim-${k}`,
          label: `Class ${c + 1}: ${claimName(claim, k)}`,
          value: paidText(paid?.paid, paid?.amount, out?.recoveryRate),
        };
      }),
    ];
  });
  rows.push({ key: 'residual', label: 'Residual to equity', value: result?.residual ?? null, format: MONEY, primary: true });

  const names = classes.map(className);
  const perClass = result?.classes ?? [];
  const chartDescription = result
    ? `Bar chart, one pair of bars per class from the most senior on the left to the most junior on the right: the first bar is the class's total claim, the second what it is paid. ${perClass
        .map((out, c) => `${names[c] ?? out.name}: claim ${formatNumber(out.claim)}, paid ${formatNumber(out.paid)} ${MONEY_UNIT}.`)
        .join(' ')} Residual to equity: ${formatNumber(result.residual, MONEY)}.`
    : 'No chart: the inputs are not valid.';

  return (
    <CalculatorFrame
      id={ID}
      title="Creditor waterfall"
      convention="Absolute priority (11 U.S.C. §§ 507, 726, 1129(b)): a class is paid in full before the next class receives anything; within a class, payment is pro rata to the claims. Enter a secured claim at the value of its collateral and put any deficiency in the general unsecured class (§ 506(a))."
      formError={formError}
      inputs={
        <>
          <NumberField {...field('assets')} label="Value available for distribution V" unit={MONEY_UNIT}
            hint="Use one currency for every amount" />
          <p class="field__hint">Classes, most senior first:</p>
          <div class="legs">
            {classes.map((cls, c) => (
              <fieldset class="leg" key={cls.key}>
                <legend>Class {c + 1}</legend>
                <div class="field">
                  <label for={`${ID}-class-${c}-name`}>Name of class {c + 1}</label>
                  <div class="field__control">
                    <input id={`${ID}-class-${c}-name`} name={`${ID}-class-${c}-name`} type="text" autoComplete="off"
                      value={cls.name} onInput={(event) => updateClass(c, (current) => ({ ...current, name: event.currentTarget.value }))} />
                  </div>
                </div>
                <div class="row-actions">
                  <button type="button" class="secondary" id={`${ID}-class-${c}-up`} aria-label={`Move class ${c + 1} up`}
                    disabled={c === 0} onClick={() => moveClass(c, -1)}>Up</button>
                  <button type="button" class="secondary" id={`${ID}-class-${c}-down`} aria-label={`Move class ${c + 1} down`}
                    disabled={c === classes.length - 1} onClick={() => moveClass(c, 1)}>Down</button>
                  {classes.length > 1 ? (
                    <button type="button" class="secondary" aria-label={`Remove class ${c + 1}`} onClick={() => removeClass(c)}>Remove class</button>
                  ) : null}
                </div>
                {cls.claims.map((claim, k) => (
                  <div key={claim.key}>
                    <div class="field">
                      <label for={`${ID}-class-${c}-claim-${k}-name`}>Name of claimant {k + 1} in class {c + 1}</label>
                      <div class="field__control">
                        <input id={`${ID}-class-${c}-claim-${k}-name`} name={`${ID}-class-${c}-claim-${k}-name`} type="text" autoComplete="off"
                          value={claim.name} onInput={(event) => updateClaim(c, k, { name: event.currentTarget.value })} />
                      </div>
                    </div>
                    <NumberField id={`${ID}-class-${c}-claim-${k}-amount`} label={`Claim of claimant ${k + 1} in class ${c + 1}`}
                      unit={MONEY_UNIT} value={claim.amount} onInput={(text) => updateClaim(c, k, { amount: text })}
                      error={errors[amountPath(c, k)]} />
                    {cls.claims.length > 1 ? (
                      <div class="row-actions">
                        <button type="button" class="secondary" aria-label={`Remove claimant ${k + 1} from class ${c + 1}`}
                          onClick={() => removeClaim(c, k)}>Remove claimant</button>
                      </div>
                    ) : null}
                  </div>
                ))}
                <div class="row-actions">
                  <button type="button" class="secondary" id={`${ID}-class-${c}-add-claim`} aria-label={`Add claimant to class ${c + 1}`}
                    onClick={() => addClaim(c)}>Add claimant</button>
                </div>
              </fieldset>
            ))}
          </div>
          <div class="row-actions">
            <button type="button" onClick={addClass}>Add class</button>
          </div>
          <ListStatus id={ID} status={status} />
        </>
      }
      results={
        <>
          <p class="field__hint" id={`${ID}-results-hint`}>Amount paid of amount claimed, in {MONEY_UNIT}, and the recovery rate (share of the claim paid).</p>
          <ResultList id={ID} computed={result !== null} rows={rows} />
        </>
      }
    >
      <Chart
        title="Claims and payments by class"
        description={chartDescription}
        xLabel="Class, most senior on the left"
        yLabel={MONEY_UNIT}
        categories={names}
        series={
          result
            ? [
                { name: 'Claim', kind: 'bar', points: perClass.map((out, c) => [c, out.claim] as const) },
                { name: 'Paid', kind: 'bar', points: perClass.map((out, c) => [c, out.paid] as const) },
              ]
            : []
        }
      />
    </CalculatorFrame>
  );
}
