import { formatNumber, type FormatSpec } from '../lib/format.ts';

export interface ResultRow {
  /** Stable id suffix (used for the output's id). */
  key: string;
  label: string;
  /** A number formatted with `format`, a ready string, or null for "not computed". */
  value: number | string | null;
  format?: FormatSpec;
  /** Emphasise the row (the headline figure). */
  primary?: boolean;
}

/**
 * Labelled `<output>` elements for a calculator's results. When `result` is missing every
 * value reads "Not computed" rather than a stale or NaN figure.
 */
export function ResultList({ id, rows, computed }: { id: string; rows: ResultRow[]; computed: boolean }) {
  return (
    <dl class="results" aria-live="polite">
      {rows.map((row) => {
        const outputId = `${id}-${row.key}`;
        const text = !computed
          ? 'Not computed'
          : typeof row.value === 'string'
            ? row.value
            : formatNumber(row.value, row.format);
        return (
          <div class={`results__row${row.primary ? ' results__row--primary' : ''}`} key={row.key}>
            <dt id={`${outputId}-label`}>{row.label}</dt>
            <dd>
              <output id={outputId} aria-labelledby={`${outputId}-label`} class={computed ? undefined : 'not-computed'}>
                {text}
              </output>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
