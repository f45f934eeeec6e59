import { CalculatorFrame } from '../components/CalculatorFrame.tsx';
import { Chart } from '../components/Chart.tsx';
import { NumberField } from '../components/NumberField.tsx';
import { ResultList } from '../components/ResultList.tsx';
import { evaluate } from '../lib/evaluate.ts';
import { formatNumber, percentInputText } from '../lib/format.ts';
import { useScenario } from '../lib/scenario.ts';
import { marginCoverage } from '../risk/index.ts';
import { binanceBtcusdt2021 as venue } from '../data/venues/binance-btcusdt-2021.ts';
import { calibrate, calibrationInput } from '../examples/initial-margin-calibration.ts';
import { dailyFromAnnualVol } from '../examples/volatility.ts';

const ID = 'im';

type TextKey = 'notional' | 'vol' | 'days' | 'confidence';
type Scenario = Record<TextKey, string>;
const DEFAULTS: Scenario = {
  notional: String(calibrationInput.notional),
  vol: percentInputText(calibrationInput.annualVol),
  days: String(calibrationInput.days),
  confidence: percentInputText(calibrationInput.confidence),
};

function run(scenario: Scenario) {
  return evaluate(
    {
      notional: { text: scenario.notional },
      vol: { text: scenario.vol, percent: true },
      days: { text: scenario.days },
      confidence: { text: scenario.confidence, percent: true },
    },
    (v) => {
      const input = { notional: v.num('notional'), annualVol: v.num('vol'), days: v.num('days'), confidence: v.num('confidence') };
      const now = calibrate(input);
      // What every tier of the venue's table covers under the same volatility and close-out time.
      const tiers = venue.maxLeverage.map((maxLeverage) => marginCoverage({ maxLeverage, dailyVol: dailyFromAnnualVol(input.annualVol), days: input.days }).confidence * 100);
      return { ...now, tiers };
    },
    (field) => (field === 'dailyVol' ? 'vol' : field),
  );
}

/** Initial margin from volatility, close-out time and confidence, beside the exchange's leverage tier. */
export default function InitialMarginCalculator() {
  const [scenario, , { result, formError }, field] = useScenario(ID, DEFAULTS, run);
  const pct = (digits: number) => ({ percent: true, digits });
  const aboveCap = { nullText: `Above the table’s cap (${formatNumber(venue.notionalCap, { digits: 0 })} USDT)` };
  const labels = venue.maxLeverage.map((leverage) => `${leverage}×`);
  return (
    <CalculatorFrame
      id={ID}
      title="Initial margin from volatility and margin period of risk"
      convention={`IM = z·σ·√MPOR·notional, normal returns, one-tailed; daily σ = annual σ/√365. Venue: ${venue.venue} ${venue.symbol} tiers effective ${venue.effectiveDate}.`}
      formError={formError}
      inputs={
        <>
          <NumberField {...field('notional')} label="Position notional" unit="USDT" />
          <NumberField {...field('vol')} label="Volatility (annualised)" unit="% per year" />
          <NumberField {...field('days')} label="Margin period of risk" unit="days" hint="Time to close out after the last margin call is met" />
          <NumberField {...field('confidence')} label="Confidence level (one-tailed)" unit="%" hint="Above 50 %; 99 % is the usual standard" />
        </>
      }
      results={
        <ResultList
          id={ID}
          computed={result !== null}
          rows={[
            { key: 'rate', label: 'Initial margin rate (of notional)', value: result?.model.rate ?? null, format: pct(2), primary: true },
            { key: 'margin', label: 'Initial margin', value: result?.model.margin ?? null, format: { digits: 2, unit: 'USDT' } },
            { key: 'leverage', label: 'Maximum leverage it allows', value: result?.model.maxLeverage ?? null, format: { digits: 2, unit: '×' } },
            { key: 'move', label: 'Standard deviation of the move over the MPOR', value: result?.model.horizonVol ?? null, format: pct(2) },
            { key: 'tier', label: `${venue.symbol} tier for this notional: maximum leverage`, value: result?.tier?.maxLeverage ?? null, format: { digits: 0, unit: '×', ...aboveCap } },
            { key: 'venuerate', label: 'Its initial margin rate', value: result?.coverage?.marginRate ?? null, format: { ...pct(2), ...aboveCap } },
            { key: 'venuez', label: 'Standard deviations of the move it covers', value: result?.coverage?.z ?? null, format: { digits: 2, ...aboveCap } },
            { key: 'venueconf', label: 'Probability the move stays within it', value: result?.coverage?.confidence ?? null, format: { ...pct(1), ...aboveCap } },
          ]}
        />
      }
    >
      <Chart
        title="What each leverage tier covers"
        description={result
          ? `Bar chart of the one-tailed probability that a move over ${scenario.days} days at this volatility stays within the initial margin of each ${venue.symbol} tier: ${labels.map((label, i) => `${label} ${formatNumber(result.tiers[i] ?? null, { digits: 1 })} %`).join(', ')}.`
          : 'No chart: the inputs are not valid.'}
        xLabel={`Maximum leverage of the tier (${venue.symbol}, ${venue.effectiveDate})`}
        yLabel="Probability covered (%)"
        height={240}
        categories={labels}
        series={result ? [{ name: 'Probability covered', kind: 'bar', points: result.tiers.map((confidence, i) => [i, confidence]) }] : []}
      />
    </CalculatorFrame>
  );
}
