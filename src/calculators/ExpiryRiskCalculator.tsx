import { useState } from 'preact/hooks';
import { CalculatorFrame } from '../components/CalculatorFrame.tsx';
import { ChoiceField } from '../components/ChoiceField.tsx';
import { NumberField } from '../components/NumberField.tsx';
import { ResultList } from '../components/ResultList.tsx';
import { evaluate } from '../lib/evaluate.ts';
import { blackScholes, type OptionType } from '../risk/index.ts';
import { DAYS_PER_YEAR, HOURS_PER_YEAR, hullExample } from '../examples/expiry-risk.ts';

type TimeUnit = 'days' | 'hours';
const ID = 'expiry';
const defaults = hullExample.input;

/** Black–Scholes price, Greeks and probability of expiring in the money, time entered in days or hours. */
export default function ExpiryRiskCalculator() {
  const [type, setType] = useState<OptionType>(defaults.type);
  const [timeUnit, setTimeUnit] = useState<TimeUnit>('days');
  const [text, setText] = useState({
    spot: String(defaults.spot),
    strike: String(defaults.strike),
    time: String(defaults.years * DAYS_PER_YEAR),
    vol: `${defaults.vol * 100}%`,
    rate: `${(defaults.rate ?? 0) * 100}%`,
  });
  const update = (key: keyof typeof text) => (value: string) => setText({ ...text, [key]: value });

  const unitsPerYear = timeUnit === 'days' ? DAYS_PER_YEAR : HOURS_PER_YEAR;
  const { result, errors, formError } = evaluate(
    {
      spot: { text: text.spot },
      strike: { text: text.strike },
      time: { text: text.time },
      vol: { text: text.vol, percent: true },
      rate: { text: text.rate, percent: true },
    },
    (v) =>
      blackScholes({
        spot: v.num('spot'),
        strike: v.num('strike'),
        years: v.num('time') / unitsPerYear,
        vol: v.num('vol'),
        rate: v.num('rate'),
        type,
      }),
    (field) => (field === 'years' ? 'time' : field),
  );

  return (
    <CalculatorFrame
      id={ID}
      title="Option price and Greeks near expiry"
      convention="Black–Scholes–Merton, European option, continuous compounding, ACT/365 (crypto trades every day)."
      formError={formError}
      inputs={
        <>
          <ChoiceField id={`${ID}-type`} label="Option" value={type} onChange={setType}
            options={[{ value: 'call', label: 'Call' }, { value: 'put', label: 'Put' }]} />
          <NumberField id={`${ID}-spot`} label="Spot price S" value={text.spot} onInput={update('spot')} error={errors['spot']} />
          <NumberField id={`${ID}-strike`} label="Strike K" value={text.strike} onInput={update('strike')} error={errors['strike']} />
          <ChoiceField id={`${ID}-time-unit`} label="Time entered in" value={timeUnit} onChange={setTimeUnit}
            options={[{ value: 'days', label: 'Days' }, { value: 'hours', label: 'Hours' }]} />
          <NumberField id={`${ID}-time`} label="Time to expiry" unit={timeUnit} value={text.time} onInput={update('time')} error={errors['time']} />
          <NumberField id={`${ID}-vol`} label="Volatility σ" unit="% per year" value={text.vol} onInput={update('vol')} error={errors['vol']} />
          <NumberField id={`${ID}-rate`} label="Risk-free rate r" unit="% per year" value={text.rate} onInput={update('rate')} error={errors['rate']} />
        </>
      }
      results={
        <ResultList
          id={ID}
          computed={result !== null}
          rows={[
            { key: 'price', label: 'Option price', value: result?.price ?? null, format: { digits: 4 }, primary: true },
            { key: 'delta', label: 'Delta', value: result?.delta ?? null, format: { digits: 4 } },
            { key: 'gamma', label: 'Gamma (per unit of spot)', value: result?.gamma ?? null, format: { digits: 6 } },
            { key: 'theta', label: 'Theta per calendar day', value: result ? result.theta / DAYS_PER_YEAR : null, format: { digits: 4 } },
            { key: 'vega', label: 'Vega per 1 vol point', value: result ? result.vega / 100 : null, format: { digits: 4 } },
            { key: 'prob', label: 'Probability of finishing in the money', value: result?.probItm ?? null, format: { percent: true, digits: 1 } },
          ]}
        />
      }
    />
  );
}
