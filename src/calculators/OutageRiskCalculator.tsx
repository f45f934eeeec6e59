import { CalculatorFrame } from '../components/CalculatorFrame.tsx';
import { Chart, type Point } from '../components/Chart.tsx';
import { NumberField } from '../components/NumberField.tsx';
import { ResultList } from '../components/ResultList.tsx';
import { evaluate } from '../lib/evaluate.ts';
import { formatCompact, formatNumber } from '../lib/format.ts';
import { useScenario } from '../lib/scenario.ts';
import { connectionAvailability, MINUTES_PER_YEAR, priceMoveOverWindow } from '../risk/index.ts';
import { LINKS_INPUT, OUTAGE_INPUT } from '../examples/venue-connectivity-risks.ts';

const ID = 'outage';
const USD = { digits: 2, unit: 'USD' } as const;
const AVAILABILITY = { percent: true, digits: 4 } as const;
const DOWNTIME = { digits: 2, unit: 'min a year' } as const;
/** Outage lengths for the chart: 1 minute to 24 hours, evenly spaced on a log scale, plus the lengths named below. */
const CURVE_MAX_MINUTES = 24 * 60;
const CURVE_MINUTES = [
  ...new Set([...Array.from({ length: 25 }, (_, i) => Number((CURVE_MAX_MINUTES ** (i / 24)).toPrecision(4))), 15, 60, 240]),
].sort((a, b) => a - b);
const MINUTES_PER_HOUR = 60;
/** Lengths named in the chart's description. */
const SNAPSHOTS = [[1, '1 minute'], [60, '1 hour'], [CURVE_MAX_MINUTES, '24 hours']] as const;

type Scenario = Record<'notional' | 'vol' | 'minutes' | 'confidence' | 'linkAvailability' | 'links' | 'venueAvailability', string>;
const DEFAULTS: Scenario = {
  notional: String(OUTAGE_INPUT.notional),
  vol: `${OUTAGE_INPUT.vol * 100}%`,
  minutes: String(Math.round(OUTAGE_INPUT.years * MINUTES_PER_YEAR)),
  confidence: `${OUTAGE_INPUT.confidence * 100}%`,
  linkAvailability: `${LINKS_INPUT.linkAvailability * 100}%`,
  links: String(LINKS_INPUT.links),
  venueAvailability: `${LINKS_INPUT.venueAvailability * 100}%`,
};

/** The calculator's evaluation (useScenario also runs it to check a link's values). */
function run(scenario: Scenario) {
  return evaluate(
    {
      notional: { text: scenario.notional },
      vol: { text: scenario.vol, percent: true },
      minutes: { text: scenario.minutes },
      confidence: { text: scenario.confidence, percent: true },
      linkAvailability: { text: scenario.linkAvailability, percent: true },
      links: { text: scenario.links },
      venueAvailability: { text: scenario.venueAvailability, percent: true },
    },
    (v) => {
      const position = { notional: v.num('notional'), vol: v.num('vol'), confidence: v.num('confidence') };
      const minutes = v.num('minutes');
      return {
        minutes,
        move: priceMoveOverWindow({ ...position, years: minutes / MINUTES_PER_YEAR }),
        availability: connectionAvailability({ linkAvailability: v.num('linkAvailability'), links: v.num('links'), venueAvailability: v.num('venueAvailability') }),
        // x in hours, so the log axis ticks at 6 min, 1 h and 10 h.
        curve: CURVE_MINUTES.map((length): Point => [length / MINUTES_PER_HOUR, priceMoveOverWindow({ ...position, years: length / MINUTES_PER_YEAR }).moveValue]),
      };
    },
    (field) => (field === 'years' ? 'minutes' : field),
  );
}

const hourTick = (hours: number) => (hours >= 1 ? `${formatCompact(hours)} h` : `${formatCompact(hours * MINUTES_PER_HOUR)} min`);

/** Loss from a price move during an outage, and the yearly downtime of redundant connections to a venue. */
export default function OutageRiskCalculator() {
  const [, , { result, formError }, field] = useScenario(ID, DEFAULTS, run);
  const move = result?.move;
  const availability = result?.availability;
  const curve = result?.curve ?? [];
  const markers = result && result.minutes >= 1 && result.minutes <= CURVE_MAX_MINUTES ? [{ x: result.minutes / MINUTES_PER_HOUR, label: 'Your outage' }] : [];
  const description = result
    ? `Line chart of the loss at the confidence level against the length of the outage, from 1 minute to 24 hours on a logarithmic axis: ${SNAPSHOTS.map(
        ([minutes, words]) => `${formatNumber(curve.find(([hours]) => hours === minutes / MINUTES_PER_HOUR)?.[1] ?? null, USD)} for ${words}`,
      ).join(', ')}. The loss grows with the square root of the outage's length.`
    : 'No chart: the inputs are not valid.';

  return (
    <CalculatorFrame
      id={ID}
      title="Exposure during an outage, and downtime of redundant connections"
      convention="Normal returns, square-root-of-time scaling, one-sided confidence level, a year of 365 days (525,600 minutes). Connections fail independently; the venue is in series with them."
      formError={formError}
      inputs={
        <>
          <NumberField {...field('notional')} label="Position value" unit="USD" />
          <NumberField {...field('vol')} label="Volatility σ" unit="% per year" />
          <NumberField {...field('minutes')} label="Outage length" unit="min" />
          <NumberField {...field('confidence')} label="Confidence level (one-sided)" unit="%" />
          <NumberField {...field('linkAvailability')} label="Availability of one connection" unit="%" />
          <NumberField {...field('links')} label="Independent connections in parallel" decimal={false} />
          <NumberField {...field('venueAvailability')} label="Availability of the venue itself" unit="%" />
        </>
      }
      results={
        <ResultList
          id={ID}
          computed={result !== null}
          rows={[
            { key: 'windowVol', label: 'Volatility over the outage σ√T', value: move?.windowVol ?? null, format: { percent: true, digits: 3 } },
            { key: 'move', label: 'Adverse move at the confidence level', value: move?.move ?? null, format: { percent: true, digits: 3 } },
            { key: 'moveValue', label: 'Loss on the position for that move', value: move?.moveValue ?? null, format: USD, primary: true },
            { key: 'linksAvailability', label: 'At least one connection works', value: availability?.linksAvailability ?? null, format: AVAILABILITY },
            { key: 'linksDowntime', label: 'No connection at all', value: availability?.linksDowntimeMinutesPerYear ?? null, format: DOWNTIME },
            { key: 'availability', label: 'Orders can reach a working venue', value: availability?.availability ?? null, format: AVAILABILITY },
            { key: 'downtime', label: 'Orders cannot reach a working venue', value: availability?.downtimeMinutesPerYear ?? null, format: DOWNTIME, primary: true },
          ]}
        />
      }
    >
      <Chart
        title="Loss at the confidence level by outage length"
        description={description}
        xLabel="Outage length (log scale)"
        yLabel="Loss, USD"
        xScale="log"
        xTickFormat={hourTick}
        height={240}
        markers={markers}
        series={result ? [{ name: 'Loss', points: curve }] : []}
      />
    </CalculatorFrame>
  );
}
