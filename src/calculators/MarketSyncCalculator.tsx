import { CalculatorFrame } from '../components/CalculatorFrame.tsx';
import { Chart, type Point } from '../components/Chart.tsx';
import { NumberField } from '../components/NumberField.tsx';
import { ResultList } from '../components/ResultList.tsx';
import { evaluate } from '../lib/evaluate.ts';
import { formatNumber, percentInputText } from '../lib/format.ts';
import { useScenario } from '../lib/scenario.ts';
import { correlationStress, crossVenueSpread, futuresBasis } from '../risk/index.ts';
import { BASIS_INPUT, CRYPTO_BOOK, SPREAD_INPUT } from '../examples/market-synchronization-risks.ts';
import { dailyFromAnnualVol } from '../examples/volatility.ts';

const ID = 'sync';
/** The chart's correlations: −1 to 1 in steps of 0.1. */
const CHART_CORRELATIONS = Array.from({ length: 21 }, (_, k) => Number((k / 10 - 1).toFixed(1)));

type TextKey =
  | 'value1' | 'vol1' | 'value2' | 'vol2' | 'rho' | 'stress' | 'confidence' | 'days'
  | 'spot' | 'future' | 'expiry' | 'priceA' | 'priceB';
type Scenario = Record<TextKey, string>;

const DEFAULTS: Scenario = {
  value1: String(CRYPTO_BOOK.btcValue),
  vol1: percentInputText(CRYPTO_BOOK.btcVol),
  value2: String(CRYPTO_BOOK.ethValue),
  vol2: percentInputText(CRYPTO_BOOK.ethVol),
  rho: String(CRYPTO_BOOK.correlation),
  stress: String(CRYPTO_BOOK.stressCorrelation),
  confidence: percentInputText(CRYPTO_BOOK.confidence),
  days: String(CRYPTO_BOOK.days),
  spot: String(BASIS_INPUT.spot),
  future: String(BASIS_INPUT.futuresPrice),
  expiry: String(BASIS_INPUT.days),
  priceA: String(SPREAD_INPUT.priceA),
  priceB: String(SPREAD_INPUT.priceB),
};

/** Library field → form field (`days` is the VaR horizon; the future's days are `expiry`). */
const STRESS_FIELDS: Readonly<Record<string, string>> = {
  'first.value': 'value1',
  'first.dailyVol': 'vol1',
  'second.value': 'value2',
  'second.dailyVol': 'vol2',
  correlation: 'rho',
  stressCorrelation: 'stress',
};
const BASIS_FIELDS: Readonly<Record<string, string>> = { futuresPrice: 'future', days: 'expiry' };

/** Three independent parts, so a bad price leaves the VaR computed and the other way round. */
function run(s: Scenario) {
  const stress = evaluate(
    {
      value1: { text: s.value1 },
      vol1: { text: s.vol1, percent: true },
      value2: { text: s.value2 },
      vol2: { text: s.vol2, percent: true },
      rho: { text: s.rho },
      stress: { text: s.stress },
      confidence: { text: s.confidence, percent: true },
      days: { text: s.days },
    },
    (v) => {
      const portfolio = {
        first: { value: v.num('value1'), dailyVol: dailyFromAnnualVol(v.num('vol1')) },
        second: { value: v.num('value2'), dailyVol: dailyFromAnnualVol(v.num('vol2')) },
        days: v.num('days'),
        confidence: v.num('confidence'),
      };
      const correlation = v.num('rho');
      const result = correlationStress({ ...portfolio, correlation, stressCorrelation: v.num('stress') });
      const curve = CHART_CORRELATIONS.map((rho): Point => [rho, correlationStress({ ...portfolio, correlation: rho }).current.var]);
      return { ...result, curve, correlation };
    },
    (field) => STRESS_FIELDS[field] ?? field,
  );
  const basis = evaluate({ spot: { text: s.spot }, future: { text: s.future }, expiry: { text: s.expiry } }, (v) =>
    futuresBasis({ spot: v.num('spot'), futuresPrice: v.num('future'), days: v.num('expiry') }), (field) => BASIS_FIELDS[field] ?? field);
  const spread = evaluate({ priceA: { text: s.priceA }, priceB: { text: s.priceB } }, (v) =>
    crossVenueSpread({ priceA: v.num('priceA'), priceB: v.num('priceB') }));
  return {
    stress: stress.result,
    basis: basis.result,
    spread: spread.result,
    errors: { ...stress.errors, ...basis.errors, ...spread.errors },
    formError: stress.formError ?? basis.formError ?? spread.formError,
  };
}

const MONEY = { digits: 0 } as const;
const RATE = { percent: true, digits: 2 } as const;

/** Two-asset VaR when the correlation jumps, the basis of a future against spot, and the spread of one asset between two venues. */
export default function MarketSyncCalculator() {
  const [, , { stress: r, basis: b, spread: p, formError }, field] = useScenario(ID, DEFAULTS, run);
  const ends = r ? `${formatNumber(r.curve[0]?.[1], MONEY)} at ρ = −1, ${formatNumber(r.curve[10]?.[1], MONEY)} at 0 and ${formatNumber(r.curve[20]?.[1], MONEY)} at 1` : '';

  return (
    <CalculatorFrame
      id={ID}
      title="Correlation stress, basis and cross-venue spread"
      convention="Parametric VaR, normal zero-mean returns; daily volatility = annual ÷ √365 (crypto trades every day); position values negative for shorts. Basis annualised over 365 days."
      formError={formError}
      inputs={
        <>
          <fieldset class="leg">
            <legend>Portfolio</legend>
            <NumberField {...field('value1')} label="Asset 1 position value" hint="Negative for a short" />
            <NumberField {...field('vol1')} label="Asset 1 volatility" unit="% per year" />
            <NumberField {...field('value2')} label="Asset 2 position value" />
            <NumberField {...field('vol2')} label="Asset 2 volatility" unit="% per year" />
            <NumberField {...field('rho')} label="Correlation now ρ" hint="From −1 to 1" />
            <NumberField {...field('stress')} label="Stressed correlation" hint="1: everything moves together" />
            <NumberField {...field('confidence')} label="Confidence" unit="%" />
            <NumberField {...field('days')} label="Horizon" unit="days" />
          </fieldset>
          <fieldset class="leg">
            <legend>Future against spot</legend>
            <NumberField {...field('spot')} label="Spot (index) price S" />
            <NumberField {...field('future')} label="Futures price F" />
            <NumberField {...field('expiry')} label="Days to the future's expiry" unit="days" />
          </fieldset>
          <fieldset class="leg">
            <legend>Two venues</legend>
            <NumberField {...field('priceA')} label="Price on venue A" />
            <NumberField {...field('priceB')} label="Price on venue B" />
          </fieldset>
        </>
      }
      results={
        <>
          <h5 class="calculator__subtitle">Value at risk</h5>
          <ResultList
            id={ID}
            computed={r !== null}
            rows={[
              { key: 'var', label: 'VaR now', value: r?.current.var ?? null, format: MONEY },
              { key: 'stressed-var', label: 'VaR at the stressed correlation', value: r?.stressed.var ?? null, format: MONEY, primary: true },
              { key: 'increase', label: 'VaR increase', value: r?.varIncrease ?? null, format: { ...MONEY, signed: true } },
              { key: 'standalone', label: 'Sum of the stand-alone VaRs', value: r?.current.undiversifiedVar ?? null, format: MONEY },
              { key: 'benefit', label: 'Diversification benefit now', value: r?.current.diversificationBenefit ?? null, format: MONEY },
            ]}
          />
          <h5 class="calculator__subtitle">Basis</h5>
          <ResultList
            id={ID}
            computed={b !== null}
            rows={[
              { key: 'basis', label: 'Basis F − S', value: b?.basis ?? null, format: { digits: 2, signed: true } },
              { key: 'basis-rate', label: 'Basis, share of spot', value: b?.basisRate ?? null, format: { percent: true, digits: 3 } },
              { key: 'basis-simple', label: 'Annualised, simple', value: b?.annualizedSimple ?? null, format: RATE, primary: true },
              { key: 'basis-log', label: 'Annualised, continuous', value: b?.annualizedLog ?? null, format: RATE },
            ]}
          />
          <h5 class="calculator__subtitle">Cross-venue spread</h5>
          <ResultList
            id={ID}
            computed={p !== null}
            rows={[
              { key: 'spread', label: 'Spread B − A', value: p?.spread ?? null, format: { digits: 2, signed: true } },
              { key: 'spread-bps', label: 'Spread, basis points of the mid', value: p?.spreadBps ?? null, format: { digits: 2, unit: 'bps' }, primary: true },
            ]}
          />
        </>
      }
    >
      <Chart
        title="VaR against the correlation"
        description={r ? `Line chart of the portfolio's VaR for correlations from −1 to 1, other inputs as entered: ${ends}.` : 'No chart: the inputs are not valid.'}
        xLabel="Correlation ρ"
        yLabel="VaR (quote currency)"
        series={r ? [{ name: 'VaR', points: r.curve }] : []}
        markers={r ? [{ x: r.correlation, label: 'Now' }] : []}
      />
    </CalculatorFrame>
  );
}
