import { CalculatorFrame } from '../components/CalculatorFrame.tsx';
import { Chart, type Point } from '../components/Chart.tsx';
import { ChoiceField } from '../components/ChoiceField.tsx';
import { NumberField } from '../components/NumberField.tsx';
import { ResultList } from '../components/ResultList.tsx';
import { evaluate } from '../lib/evaluate.ts';
import { formatNumber, percentInputText } from '../lib/format.ts';
import { useScenario } from '../lib/scenario.ts';
import { DAYS_PER_YEAR, RiskInputError, rebalancingBandExitTime, type OptionType, type Side } from '../risk/index.ts';
import { BTC_BAND_INPUT, ETH_HEDGE_INPUT, QUOTE, deltaHedge, type DeltaHedgeInput } from '../examples/dynamic-rebalancing-frequency.ts';

const ID = 'rebal';
const hedge = ETH_HEDGE_INPUT;
const band = BTC_BAND_INPUT;
const MONEY = { digits: 2, unit: QUOTE } as const;
const pct = (digits: number) => ({ percent: true, digits }) as const;
/** Rebalancing intervals on the chart: 15 minutes to 30 days, evenly spaced on a log scale (cut at expiry). */
const CHART_HOURS = Array.from({ length: 41 }, (_, i) => 0.25 * 2880 ** (i / 40));

type HedgeKey = 'spot' | 'strike' | 'days' | 'vol' | 'rate' | 'hours' | 'cost';
type BandKey = 'weight' | 'lower' | 'upper' | 'vol1' | 'vol2' | 'corr' | 'mu';
type Scenario = { type: OptionType; side: Side } & Record<HedgeKey | BandKey, string>;
const DEFAULTS: Scenario = {
  type: hedge.type,
  side: hedge.side,
  spot: String(hedge.spot),
  strike: String(hedge.strike),
  days: String(hedge.days),
  vol: percentInputText(hedge.vol),
  rate: percentInputText(hedge.rate),
  hours: String(hedge.intervalHours),
  cost: percentInputText(hedge.roundTripCost),
  weight: percentInputText(band.weight),
  lower: percentInputText(band.lowerWeight),
  upper: percentInputText(band.upperWeight),
  vol1: percentInputText(band.vol1),
  vol2: percentInputText(band.vol2),
  corr: String(band.correlation),
  mu: percentInputText((band.drift1 ?? 0) - (band.drift2 ?? 0)),
};
/** Library field → form field. */
const FIELD_OF: Readonly<Record<string, HedgeKey | BandKey>> = {
  years: 'days', intervalYears: 'hours', roundTripCost: 'cost',
  lowerWeight: 'lower', upperWeight: 'upper', correlation: 'corr', drift1: 'mu', drift2: 'mu',
};
const fieldOf = (field: string) => FIELD_OF[field] ?? field;

/** Two independent evaluations (the option hedge, the portfolio band), so a bad value in one leaves the other computed. */
function run(scenario: Scenario) {
  const hedgeEval = evaluate(
    {
      spot: { text: scenario.spot },
      strike: { text: scenario.strike },
      days: { text: scenario.days },
      vol: { text: scenario.vol, percent: true },
      rate: { text: scenario.rate, percent: true },
      hours: { text: scenario.hours },
      cost: { text: scenario.cost, percent: true },
    },
    (v) => {
      const input: DeltaHedgeInput = {
        type: scenario.type, side: scenario.side, spot: v.num('spot'), strike: v.num('strike'), days: v.num('days'),
        vol: v.num('vol'), rate: v.num('rate'), intervalHours: v.num('hours'), roundTripCost: v.num('cost'),
      };
      const now = deltaHedge(input);
      // The same hedge at other intervals (up to expiry); an interval the model rejects is left off the chart.
      const curve = CHART_HOURS.filter((hours) => hours <= input.days * 24).flatMap((hours) => {
        try {
          const point = deltaHedge({ ...input, intervalHours: hours });
          return [{ hours, error: point.error.stdDev, cost: point.leland.hedgingCost }];
        } catch (error) {
          if (error instanceof RiskInputError) return [];
          throw error;
        }
      });
      return { now, curve, hours: input.intervalHours };
    },
    fieldOf,
  );
  const bandEval = evaluate(
    {
      weight: { text: scenario.weight, percent: true },
      lower: { text: scenario.lower, percent: true },
      upper: { text: scenario.upper, percent: true },
      vol1: { text: scenario.vol1, percent: true },
      vol2: { text: scenario.vol2, percent: true },
      corr: { text: scenario.corr },
      mu: { text: scenario.mu, percent: true },
    },
    (v) => rebalancingBandExitTime({
      weight: v.num('weight'), lowerWeight: v.num('lower'), upperWeight: v.num('upper'), vol1: v.num('vol1'), vol2: v.num('vol2'),
      // Only the difference of the expected returns moves the weight: asset 2's is set to 0.
      correlation: v.num('corr'), drift1: v.num('mu'), drift2: 0,
    }),
    fieldOf,
  );
  return { hedge: hedgeEval, band: bandEval, errors: { ...hedgeEval.errors, ...bandEval.errors } };
}

/** Delta-hedge rebalancing interval → hedging error and Leland cost; portfolio band → expected time to leave it. */
export default function RebalancingCalculator() {
  const [scenario, update, { hedge: hedgeEval, band: bandEval }, field] = useScenario(ID, DEFAULTS, run);
  const h = hedgeEval.result;
  const b = bandEval.result;
  const now = h?.now;
  const curve = h?.curve ?? [];
  const first = curve[0];
  const last = curve[curve.length - 1];
  const errorPoints: Point[] = curve.map((p) => [p.hours, p.error]);
  const costPoints: Point[] = curve.map((p) => [p.hours, p.cost]);
  const at = (p: typeof first) => (p ? `at ${formatNumber(p.hours, { digits: 2 })} hours, error ${formatNumber(p.error, MONEY)}, cost ${formatNumber(p.cost, MONEY)}` : '');
  return (
    <CalculatorFrame
      id={ID}
      title="Rebalancing interval: hedging error, cost and band"
      convention="Black–Scholes delta hedge at equal intervals; error by Derman–Kamal, cost by Leland (1985); prices follow geometric Brownian motion; 365 days a year."
      formError={hedgeEval.formError ?? bandEval.formError}
      inputs={
        <>
          <fieldset class="leg">
            <legend>Option hedge</legend>
            <ChoiceField id={`${ID}-type`} label="Option" value={scenario.type} onChange={(type) => update({ type })}
              options={[{ value: 'call', label: 'Call' }, { value: 'put', label: 'Put' }]} />
            <ChoiceField id={`${ID}-side`} label="Position" value={scenario.side} onChange={(side) => update({ side })}
              options={[{ value: 'short', label: 'Short (written)' }, { value: 'long', label: 'Long (bought)' }]} />
            <NumberField {...field('spot')} label="Spot S" unit={QUOTE} />
            <NumberField {...field('strike')} label="Strike K" unit={QUOTE} />
            <NumberField {...field('days')} label="Time to expiry T" unit="days" />
            <NumberField {...field('vol')} label="Volatility σ" unit="% per year" />
            <NumberField {...field('rate')} label="Risk-free rate r" unit="% per year" />
            <NumberField {...field('hours')} label="Rebalancing interval Δt" unit="hours" />
            <NumberField {...field('cost')} label="Round-trip cost k" unit="% of value traded" hint="Fees and spread, both ways" />
          </fieldset>
          <fieldset class="leg">
            <legend>Portfolio band</legend>
            <NumberField {...field('weight')} label="Target weight of asset 1 w₀" unit="%" />
            <NumberField {...field('lower')} label="Lower edge of the band" unit="%" />
            <NumberField {...field('upper')} label="Upper edge of the band" unit="%" />
            <NumberField {...field('vol1')} label="Volatility of asset 1 σ₁" unit="% per year" />
            <NumberField {...field('vol2')} label="Volatility of asset 2 σ₂" unit="% per year" hint="0 for a stablecoin" />
            <NumberField {...field('corr')} label="Correlation ρ" />
            <NumberField {...field('mu')} label="Expected return of 1 minus 2, μ₁ − μ₂" unit="% per year" />
          </fieldset>
        </>
      }
      results={
        <>
          <h5 class="calculator__subtitle">Option hedge (per option)</h5>
          <ResultList
            id={`${ID}-hedge`}
            computed={h !== null}
            rows={[
              { key: 'error', label: 'Hedging error (1 sd)', value: now?.error.stdDev ?? null, format: MONEY, primary: true },
              { key: 'relative', label: 'Hedging error (of premium)', value: now?.error.relativeStdDev ?? null, format: { ...pct(1), nullText: 'Premium is 0' } },
              { key: 'cost', label: 'Expected rebalancing cost', value: now?.leland.hedgingCost ?? null, format: MONEY },
              { key: 'premium', label: 'Premium at σ', value: now?.leland.price ?? null, format: MONEY },
              { key: 'leland', label: 'Leland number A', value: now?.leland.lelandNumber ?? null, format: { digits: 4 } },
              { key: 'sigma', label: 'Leland volatility σ̂', value: now?.leland.adjustedVol ?? null, format: pct(2) },
            ]}
          />
          <h5 class="calculator__subtitle">Portfolio band</h5>
          <ResultList
            id={`${ID}-band`}
            computed={b !== null}
            rows={[
              { key: 'days', label: 'Expected time to leave the band', value: b ? b.expectedYears * DAYS_PER_YEAR : null, format: { digits: 1, unit: 'days', unboundedText: 'Never' }, primary: true },
              { key: 'upper', label: 'Leaves through the upper edge first', value: b?.probabilityUpperFirst ?? null, format: { ...pct(1), nullText: 'Never' } },
            ]}
          />
        </>
      }
    >
      <Chart
        title="Hedging error and rebalancing cost against the interval"
        description={h && first && last
          ? `Per option, by interval: error (solid) rises, cost (dashed) falls; ${at(first)}; ${at(last)}.`
          : 'No chart: the inputs are not valid.'}
        xLabel="Rebalancing interval (hours, log scale)"
        yLabel={`${QUOTE} per option`}
        xScale="log"
        height={260}
        markers={h && h.hours >= (first?.hours ?? Infinity) && h.hours <= (last?.hours ?? 0) ? [{ x: h.hours, label: 'Your interval' }] : []}
        series={h ? [
          { name: 'Hedging error (1 sd)', points: errorPoints },
          { name: 'Expected rebalancing cost', points: costPoints, dashed: true },
        ] : []}
      />
    </CalculatorFrame>
  );
}
