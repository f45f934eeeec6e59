import { CalculatorFrame } from '../components/CalculatorFrame.tsx';
import { Chart, type Point } from '../components/Chart.tsx';
import { ChoiceField } from '../components/ChoiceField.tsx';
import { ListStatus } from '../components/ListStatus.tsx';
import { NumberField } from '../components/NumberField.tsx';
import { ResultList, type ResultRow } from '../components/ResultList.tsx';
import { evaluate, type FieldText } from '../lib/evaluate.ts';
import { formatNumber, percentInputText } from '../lib/format.ts';
import { useListEdits } from '../lib/list-edits.ts';
import { useScenario } from '../lib/scenario.ts';
import { continuousKelly, equalRiskContribution, inverseVolatilityWeights, kellyBet, portfolioRiskContributions } from '../risk/index.ts';
import { SLEEVES, btcAllocationInput, sleeveInput, tradeRuleInput } from '../examples/capital-allocation-techniques.ts';

const ID = 'kelly';
const MAX_ASSETS = 4;
const PERCENT = { percent: true, digits: 2 } as const;
const GROWTH = { percent: true, digits: 3 } as const;
/** Multiples of the Kelly fraction drawn on the growth charts: 0.05, 0.10 … 2 (40 points). */
const MULTIPLES = Array.from({ length: 40 }, (_, i) => (i + 1) / 20);

type Method = 'bet' | 'asset' | 'weights';
const METHODS = [
  { value: 'bet', label: 'Kelly: a repeated bet' },
  { value: 'asset', label: 'Kelly: a volatile asset and cash' },
  { value: 'weights', label: 'Risk weights: inverse volatility and equal risk' },
] as const satisfies ReadonlyArray<{ value: Method; label: string }>;

interface CorrelationText {
  key: number;
  value: string;
}
interface AssetText {
  key: number;
  name: string;
  vol: string;
  /** Correlations with each earlier asset, in order (the matrix's lower triangle, row by row). */
  corr: CorrelationText[];
}

let nextKey = 0;
const asset = (name: string, vol: string, corr: readonly string[]): AssetText => ({
  key: nextKey++,
  name,
  vol,
  corr: corr.map((value) => ({ key: nextKey++, value })),
});

type Scenario = {
  method: Method;
  p: string;
  b: string;
  c: string;
  mu: string;
  r: string;
  sigma: string;
  assets: AssetText[];
};
const DEFAULTS: Scenario = {
  method: 'bet',
  p: percentInputText(tradeRuleInput.winProbability),
  b: String(tradeRuleInput.winLossRatio),
  // Both Kelly examples use half Kelly.
  c: percentInputText(tradeRuleInput.kellyMultiplier ?? 1),
  mu: percentInputText(btcAllocationInput.expectedReturn),
  r: percentInputText(btcAllocationInput.rate ?? 0),
  sigma: percentInputText(btcAllocationInput.vol),
  assets: SLEEVES.map((name, j) =>
    asset(name, percentInputText(sleeveInput.volatilities[j] ?? 0), sleeveInput.correlations[j]!.slice(0, j).map(String)),
  ),
};

/** Field key of the correlation between assets j and i < j: the library path of its lower-triangle entry. */
const corrPath = (j: number, i: number) => `correlations[${j}][${i}]`;
const volPath = (j: number) => `volatilities[${j}]`;
const nameOf = (a: AssetText, j: number) => a.name.trim() || `Asset ${j + 1}`;
const FORM_FIELD: Readonly<Record<string, string>> = {
  winProbability: 'p',
  winLossRatio: 'b',
  kellyMultiplier: 'c',
  expectedReturn: 'mu',
  rate: 'r',
  vol: 'sigma',
};
/** Library field → form field; an error on an upper-triangle correlation belongs to the field of its lower-triangle twin. */
const fieldOf = (field: string) =>
  FORM_FIELD[field] ??
  field.replace(/^correlations\[(\d+)\]\[(\d+)\]$/, (whole, i: string, j: string) => (Number(i) < Number(j) ? corrPath(Number(j), Number(i)) : whole));

/** The calculator's evaluation (useScenario also runs it to check a link's values). */
function run(s: Scenario) {
  if (s.method === 'bet') {
    return evaluate({ p: { text: s.p, percent: true }, b: { text: s.b }, c: { text: s.c, percent: true } }, (v) => {
      const input = { winProbability: v.num('p'), winLossRatio: v.num('b') };
      const now = kellyBet({ ...input, kellyMultiplier: v.num('c') });
      const limit = now.kellyFraction > 0 ? Math.min(2, 0.99 / now.kellyFraction) : 0;
      const curve = MULTIPLES.filter((k) => k <= limit).map((k): Point => {
        const point = kellyBet({ ...input, kellyMultiplier: k });
        return [point.stake * 100, point.growthRate * 100];
      });
      return { bet: now, curve };
    }, fieldOf);
  }
  if (s.method === 'asset') {
    const fields = { mu: { text: s.mu, percent: true }, r: { text: s.r, percent: true }, sigma: { text: s.sigma, percent: true }, c: { text: s.c, percent: true } };
    return evaluate(fields, (v) => {
      const input = { expectedReturn: v.num('mu'), rate: v.num('r'), vol: v.num('sigma') };
      const curve = MULTIPLES.map((k): Point => {
        const point = continuousKelly({ ...input, kellyMultiplier: k });
        return [point.allocation * 100, point.growthRate * 100];
      });
      return { asset: continuousKelly({ ...input, kellyMultiplier: v.num('c') }), curve };
    }, fieldOf);
  }
  const fields: Record<string, FieldText> = {};
  s.assets.forEach((a, j) => {
    fields[volPath(j)] = { text: a.vol, percent: true };
    a.corr.forEach((rho, i) => (fields[corrPath(j, i)] = { text: rho.value }));
  });
  return evaluate(fields, (v) => {
    const volatilities = s.assets.map((_, j) => v.num(volPath(j)));
    const correlations = s.assets.map((_, j) =>
      s.assets.map((__, i) => (i === j ? 1 : v.num(i < j ? corrPath(j, i) : corrPath(i, j)))),
    );
    const erc = equalRiskContribution({ volatilities, correlations });
    const { weights } = inverseVolatilityWeights({ volatilities });
    return { erc, inverse: { weights, ...portfolioRiskContributions({ weights, volatilities, correlations }) }, curve: [] as Point[] };
  }, fieldOf);
}

/** Kelly sizing (a repeated bet, or a volatile asset against cash) at a chosen share of Kelly, and risk-based portfolio weights. */
export default function KellyCalculator() {
  const [scenario, update, { result, errors, formError }, field] = useScenario(ID, DEFAULTS, run);
  const { method, assets } = scenario;
  const [status, listEdited] = useListEdits();

  const edit = (j: number, change: Partial<AssetText>) => update({ assets: assets.map((a, k) => (k === j ? { ...a, ...change } : a)) });
  const addAsset = () => {
    update({ assets: [...assets, asset('', '', assets.map(() => '0'))] });
    listEdited(`Asset ${assets.length + 1} added, with correlation 0 to the others.`, `${ID}-a${assets.length + 1}-name`);
  };
  const removeAsset = (j: number) => {
    const removed = assets[j];
    if (!removed || assets.length <= 1) return;
    // Later assets lose their correlation with the removed one.
    update({ assets: assets.filter((_, k) => k !== j).map((a, k) => (k < j ? a : { ...a, corr: a.corr.filter((_, i) => i !== j) })) });
    listEdited(`${nameOf(removed, j)} removed.`, `${ID}-add`);
  };

  const bet = result && 'bet' in result ? result.bet : undefined;
  const held = result && 'asset' in result ? result.asset : undefined;
  const erc = result && 'erc' in result ? result.erc : undefined;
  const inverse = result && 'inverse' in result ? result.inverse : undefined;
  const curve = result?.curve ?? [];

  let rows: ResultRow[];
  let chart = null;
  if (method !== 'weights') {
    // The two Kelly methods read alike: a size, the Kelly fraction, and the growth at each.
    const perBet = method === 'bet';
    const sized = bet ?? held;
    const size = bet ? bet.stake : held?.allocation;
    const per = perBet ? 'per bet' : 'per year';
    const growthFormat = perBet ? GROWTH : PERCENT;
    rows = [
      { key: 'size', label: perBet ? 'Capital to stake per bet' : 'Share of capital in the asset', value: size ?? null, format: PERCENT, primary: true },
      { key: 'full', label: 'Full Kelly fraction f*', value: sized?.kellyFraction ?? null, format: PERCENT },
      { key: 'growth', label: `Growth ${per} at your size (log)`, value: sized?.growthRate ?? null, format: growthFormat },
      { key: 'fullgrowth', label: `Growth ${per} at full Kelly (log)`, value: sized?.kellyGrowthRate ?? null, format: growthFormat },
      {
        key: 'share',
        label: perBet ? 'Share of the full-Kelly growth kept' : 'Share of the growth above cash kept',
        value: bet ? bet.growthShare : (held?.excessGrowthShare ?? null),
        format: { ...PERCENT, nullText: 'No edge: do not bet' },
      },
      ...(perBet ? [] : [{ key: 'vol', label: 'Volatility of capital', value: held?.portfolioVol ?? null, format: PERCENT }]),
    ];
    chart = sized && size !== undefined && curve.length > 0 ? (
      <Chart
        title={`Growth ${per} against the size`}
        description={`Line chart of the growth ${per} against the share of capital ${perBet ? 'staked' : 'held'}, from 0.05 to ${curve.length / 20} times the Kelly fraction. It peaks at full Kelly, ${formatNumber(sized.kellyFraction, PERCENT)}, with ${formatNumber(sized.kellyGrowthRate, growthFormat)}; your ${formatNumber(size, PERCENT)} gives ${formatNumber(sized.growthRate, growthFormat)}.`}
        xLabel={`Capital ${perBet ? 'staked per bet' : 'in the asset'}, %`}
        yLabel={`Growth ${per}, %`}
        height={240}
        markers={[{ x: sized.kellyFraction * 100, label: 'Full Kelly' }, { x: size * 100, label: 'Yours' }]}
        series={[{ name: 'Growth', points: curve }]}
      />
    ) : (
      <p class="chart">No chart: {sized ? 'the bet has no edge.' : 'the inputs are not valid.'}</p>
    );
  } else {
    const names = assets.map(nameOf);
    rows = [
      ...names.flatMap((name, j): ResultRow[] => [
        { key: `erc${j + 1}`, label: `${name}: equal-risk weight`, value: erc?.weights[j] ?? null, format: PERCENT },
        {
          key: `iv${j + 1}`,
          label: `${name}: inverse-volatility weight (its share of the risk)`,
          value: `${formatNumber(inverse?.weights[j], PERCENT)} (${formatNumber(inverse?.riskShares[j], PERCENT)})`,
        },
      ]),
      { key: 'ercvol', label: 'Portfolio volatility, equal risk', value: erc?.portfolioVol ?? null, format: PERCENT, primary: true },
      { key: 'ivvol', label: 'Portfolio volatility, inverse volatility', value: inverse?.portfolioVol ?? null, format: PERCENT },
    ];
    chart = erc && inverse ? (
      <Chart
        title="Capital weights by asset"
        description={`Bar chart, per asset: inverse-volatility weight, then equal-risk weight. ${names
          .map((name, j) => `${name}: ${formatNumber(inverse.weights[j], PERCENT)} and ${formatNumber(erc.weights[j], PERCENT)}.`)
          .join(' ')}`}
        xLabel="Asset"
        yLabel="Weight, %"
        height={240}
        categories={names}
        series={[
          { name: 'Inverse volatility', kind: 'bar', points: inverse.weights.map((w, j): Point => [j, w * 100]) },
          { name: 'Equal risk contribution', kind: 'bar', points: erc.weights.map((w, j): Point => [j, w * 100]) },
        ]}
      />
    ) : (
      <p class="chart">No chart: the inputs are not valid.</p>
    );
  }

  return (
    <CalculatorFrame
      id={ID}
      title="Kelly sizing and risk weights"
      convention="Kelly (Thorp 2006): expected log growth; a bet wins b per 1 staked or loses the stake; an asset has a lognormal price. Weights: long only, summing to 100 % (Maillard, Roncalli, Teïletche 2010)."
      formError={formError}
      inputs={
        <>
          <ChoiceField id={`${ID}-method`} label="Method" value={method} options={METHODS} onChange={(value) => update({ method: value })} />
          {method === 'bet' ? (
            <>
              <NumberField {...field('p')} label="Win probability p" unit="%" />
              <NumberField {...field('b')} label="Win per 1 staked b" unit="net odds" />
              <NumberField {...field('c')} label="Share of Kelly used" unit="%" hint="Half Kelly is 50" />
            </>
          ) : method === 'asset' ? (
            <>
              <NumberField {...field('mu')} label="Expected return μ" unit="% per year" />
              <NumberField {...field('r')} label="Cash rate r" unit="% per year" />
              <NumberField {...field('sigma')} label="Volatility σ" unit="% per year" />
              <NumberField {...field('c')} label="Share of Kelly used" unit="%" hint="Half Kelly is 50" />
            </>
          ) : (
            <>
              <div class="legs">
                {assets.map((a, j) => {
                  const n = j + 1;
                  const prefix = `${ID}-a${n}`;
                  return (
                    <fieldset class="leg" key={a.key}>
                      <legend>Asset {n}</legend>
                      <div class="field">
                        <label for={`${prefix}-name`}>Name of asset {n}</label>
                        <div class="field__control">
                          <input id={`${prefix}-name`} name={`${prefix}-name`} type="text" autoComplete="off" value={a.name}
                            onInput={(event) => edit(j, { name: event.currentTarget.value })} />
                        </div>
                      </div>
                      <NumberField id={`${prefix}-vol`} label={`Volatility of ${nameOf(a, j)}`} unit="% per year" value={a.vol}
                        onInput={(vol) => edit(j, { vol })} error={errors[volPath(j)]} />
                      {a.corr.map((rho, i) => (
                        <NumberField key={rho.key} id={`${prefix}-r${i + 1}`} label={`Correlation of ${nameOf(a, j)} with ${nameOf(assets[i]!, i)}`}
                          unit="−1 to 1" value={rho.value} error={errors[corrPath(j, i)]}
                          onInput={(value) => edit(j, { corr: a.corr.map((c, k) => (k === i ? { ...c, value } : c)) })} />
                      ))}
                      <div class="row-actions">
                        <button type="button" class="secondary" onClick={() => removeAsset(j)} disabled={assets.length <= 1}>
                          Remove asset {n}
                        </button>
                      </div>
                    </fieldset>
                  );
                })}
              </div>
              <div class="row-actions">
                <button type="button" id={`${ID}-add`} onClick={addAsset} disabled={assets.length >= MAX_ASSETS}>
                  Add asset
                </button>
              </div>
              <ListStatus id={ID} status={status} />
            </>
          )}
        </>
      }
      results={<ResultList id={ID} computed={result !== null} rows={rows} />}
    >
      {chart}
    </CalculatorFrame>
  );
}
