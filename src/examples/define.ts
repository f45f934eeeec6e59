import { formatNumber, type FormatSpec } from '../lib/format.ts';

/** One labelled quantity of a worked example. */
export interface ExampleQuantity {
  label: string;
  /** The raw value (null: does not exist, e.g. "no liquidation"; Infinity: unbounded). */
  value: number | string | null;
  /** The value as shown on the page. */
  text: string;
}

export interface WorkedExample<I, R> {
  id: string;
  title: string;
  /** Name of the risk-library function that computed the result. */
  fn: string;
  input: I;
  result: R;
  inputs: ExampleQuantity[];
  outputs: ExampleQuantity[];
  /** The formatted text of one output, for use inside prose: `{example.show('liquidationPrice')}`. */
  show(key: string): string;
}

type Row<T> = readonly [label: string, value: (data: T) => number | string | null, format?: FormatSpec];

export interface ExampleSpec<I, R> {
  id: string;
  title: string;
  fn: string;
  input: I;
  compute: (input: I) => R;
  inputs: Record<string, Row<I>>;
  outputs: Record<string, Row<R>>;
}

/**
 * A worked example computed by the risk library at build time, so the figures in prose, the
 * example box and the calculator defaults come from one call and can never disagree.
 */
// Marked free of side effects so that the bundler drops an example a calculator does not use (its
// labels, formats and the library call), keeping it out of the browser; pages still compute it.
/*#__NO_SIDE_EFFECTS__*/
export function defineExample<I, R>(spec: ExampleSpec<I, R>): WorkedExample<I, R> {
  const result = spec.compute(spec.input);
  const quantity = <T,>([label, pick, format]: Row<T>, data: T): ExampleQuantity => {
    const value = pick(data);
    return { label, value, text: typeof value === 'string' ? value : formatNumber(value, format) };
  };
  const outputs = Object.fromEntries(Object.entries(spec.outputs).map(([key, row]) => [key, quantity(row, result)]));
  return {
    id: spec.id,
    title: spec.title,
    fn: spec.fn,
    input: spec.input,
    result,
    inputs: Object.values(spec.inputs).map((row) => quantity(row, spec.input)),
    outputs: Object.values(outputs),
    show(key) {
      const found = outputs[key];
      if (!found) throw new Error(`Worked example "${spec.id}" has no output "${key}".`);
      return found.text;
    },
  };
}
