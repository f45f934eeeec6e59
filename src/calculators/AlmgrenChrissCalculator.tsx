import { CalculatorFrame } from '../components/CalculatorFrame.tsx';
import { Chart, type Point } from '../components/Chart.tsx';
import { NumberField } from '../components/NumberField.tsx';
import { ResultList } from '../components/ResultList.tsx';
import { evaluate } from '../lib/evaluate.ts';
import { formatNumber } from '../lib/format.ts';
import { useScenario } from '../lib/scenario.ts';
import { RiskInputError } from '../risk/index.ts';
import { ALMGREN_CHRISS_INPUT, executionSchedules, sci } from '../examples/tiered-liquidation.ts';

const ID = 'ac';
const defaults = ALMGREN_CHRISS_INPUT;
/** A schedule table of more rows than this is not useful on a page (and slow to draw). */
const MAX_PERIODS = 500;
const SHARES = { digits: 0 } as const;
const MONEY = { digits: 0, unit: 'USD' } as const;

type Key = 'shares' | 'periods' | 'horizon' | 'vol' | 'eta' | 'gamma' | 'epsilon' | 'riskAversion';
type Scenario = Record<Key, string>;
const DEFAULTS: Scenario = {
  shares: formatNumber(defaults.shares, { digits: 0 }),
  periods: String(defaults.periods),
  horizon: String(defaults.horizon),
  vol: String(defaults.vol),
  eta: sci(defaults.eta),
  gamma: sci(defaults.gamma),
  epsilon: String(defaults.epsilon),
  riskAversion: sci(defaults.riskAversion),
};

/** The calculator's evaluation (useScenario also runs it to check a link's values). */
function run(scenario: Scenario) {
  const fields = Object.fromEntries(Object.entries(scenario).map(([key, value]) => [key, { text: value }])) as Record<Key, { text: string }>;
  return evaluate(fields, (v) => {
    const periods = v.num('periods');
    if (periods > MAX_PERIODS) {
      throw new RiskInputError('periods', `Use at most ${formatNumber(MAX_PERIODS, { digits: 0 })} periods in this calculator.`);
    }
    const horizon = v.num('horizon');
    const schedules = executionSchedules({
      shares: v.num('shares'),
      periods,
      horizon,
      vol: v.num('vol'),
      eta: v.num('eta'),
      gamma: v.num('gamma'),
      epsilon: v.num('epsilon'),
      riskAversion: v.num('riskAversion'),
    });
    return { ...schedules, horizon };
  });
}

/**
 * Almgren–Chriss optimal liquidation: holdings and trades per period, expected cost and its
 * standard deviation against the straight-line schedule, urgency κ and half-life 1/κ.
 */
export default function AlmgrenChrissCalculator() {
  const [, , { result, formError }, field] = useScenario(ID, DEFAULTS, run);

  const optimal = result?.optimal;
  const straight = result?.straight;
  const n = optimal ? optimal.trades.length : 0;
  // Trading times t_j = j·T/N in days (building the x-axis, not part of the model).
  const horizon = result?.horizon ?? 0;
  const timeOf = (j: number) => (j * horizon) / n;
  const holdingsPoints = (holdings: readonly number[]): Point[] => holdings.map((x, j): Point => [timeOf(j), x]);
  const stdDev = (variance: number) => Math.sqrt(Math.max(0, variance));

  return (
    <CalculatorFrame
      id={ID}
      title="Optimal liquidation schedule (Almgren–Chriss)"
      convention="Almgren & Chriss (2000), discrete model with linear temporary and permanent impact; time in days, σ per √day, costs measured against the price when trading starts (implementation shortfall)."
      formError={formError}
      inputs={
        <>
          <NumberField {...field('shares')} label="Position to sell X" unit="shares" hint="Shares, coins or contracts" />
          <NumberField {...field('periods')} label="Number of periods N" unit="periods" decimal={false}
            hint={`A whole number from 1 to ${formatNumber(MAX_PERIODS, { digits: 0 })}`} />
          <NumberField {...field('horizon')} label="Horizon T" unit="days" />
          <NumberField {...field('vol')} label="Volatility σ" unit="$/share/√day" hint="Price × annual volatility ÷ √(days per year)" />
          <NumberField {...field('eta')} label="Temporary impact η" unit="$/share per share/day" hint="Scientific notation such as 2.5e-6 is accepted" />
          <NumberField {...field('gamma')} label="Permanent impact γ" unit="$/share per share" />
          <NumberField {...field('epsilon')} label="Fixed cost ε" unit="$/share" hint="Half the bid–ask spread plus fees" />
          <NumberField {...field('riskAversion')} label="Risk aversion λ" unit="per $" hint="0 gives the straight line" />
        </>
      }
      results={
        <ResultList
          id={ID}
          computed={result !== null}
          rows={[
            { key: 'cost', label: 'Expected cost E', value: optimal?.expectedCost ?? null, format: MONEY, primary: true },
            { key: 'sd', label: 'Standard deviation of cost √V', value: optimal ? stdDev(optimal.variance) : null, format: MONEY },
            { key: 'line-cost', label: 'Straight line (λ = 0): expected cost', value: straight?.expectedCost ?? null, format: MONEY },
            { key: 'line-sd', label: 'Straight line (λ = 0): standard deviation', value: straight ? stdDev(straight.variance) : null, format: MONEY },
            { key: 'kappa', label: 'Urgency κ', value: optimal?.kappa ?? null, format: { digits: 4, unit: 'per day' } },
            {
              key: 'half-life',
              label: 'Half-life 1/κ',
              value: optimal ? 1 / optimal.kappa : null,
              format: { digits: 2, unit: 'days', unboundedText: 'Infinite (no urgency: straight line)' },
            },
          ]}
        />
      }
    >
      {optimal && straight ? (
        <>
          <Chart
            title="Holdings over time: optimal and straight-line schedules"
            description={`Shares still held at each trading time from 0 to ${formatNumber(horizon, { digits: 2 })} days, in ${formatNumber(n, { digits: 0 })} periods. After the first period the optimal schedule holds ${formatNumber(optimal.holdings[1] ?? 0, SHARES)} shares and the straight line ${formatNumber(straight.holdings[1] ?? 0, SHARES)}; both reach 0 at the horizon.`}
            xLabel="Time t (days)"
            yLabel="Shares held"
            series={[
              { name: 'Optimal schedule', points: holdingsPoints(optimal.holdings) },
              { name: 'Straight line (λ = 0)', points: holdingsPoints(straight.holdings), dashed: true },
            ]}
          />
          <div class="table-scroll" style={{ maxHeight: '24rem', overflowY: 'auto' }} tabIndex={0} role="region" aria-labelledby={`${ID}-table-caption`}>
            <table class="schedule">
              <caption id={`${ID}-table-caption`}>Holdings and trades by period</caption>
              <thead>
                <tr>
                  <th scope="col">Period j</th>
                  <th scope="col">Time t<sub>j</sub> (days)</th>
                  <th scope="col">Optimal: held at t<sub>j</sub></th>
                  <th scope="col">Optimal: sold in period</th>
                  <th scope="col">Straight line: held</th>
                  <th scope="col">Straight line: sold</th>
                </tr>
              </thead>
              <tbody>
                {optimal.holdings.map((held, j) => (
                  <tr key={j}>
                    <th scope="row">{j}</th>
                    <td>{formatNumber(timeOf(j), { digits: 2 })}</td>
                    <td>{formatNumber(held, SHARES)}</td>
                    <td>{j === 0 ? '—' : formatNumber(optimal.trades[j - 1], SHARES)}</td>
                    <td>{formatNumber(straight.holdings[j], SHARES)}</td>
                    <td>{j === 0 ? '—' : formatNumber(straight.trades[j - 1], SHARES)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : (
        <p class="chart">Schedule not drawn: correct the inputs above.</p>
      )}
    </CalculatorFrame>
  );
}
