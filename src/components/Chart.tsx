import { formatCompact } from '../lib/format.ts';

export type Point = readonly [x: number, y: number];

export interface ChartSeries {
  name: string;
  points: ReadonlyArray<Point>;
  /** `line` joins points; `step` holds each value until the next x; `bar` draws one bar per point. */
  kind?: 'line' | 'step' | 'bar';
  /** Dashed stroke, to tell a reference line from the main one without colour. */
  dashed?: boolean;
}

export interface ChartProps {
  /** Accessible name, also shown as the caption. */
  title: string;
  /** What the chart shows, in words, for screen readers and as a visible description. */
  description: string;
  xLabel: string;
  yLabel: string;
  series: ReadonlyArray<ChartSeries>;
  xScale?: 'linear' | 'log';
  /** Labels for bar positions (x = 0, 1, 2 …). */
  categories?: ReadonlyArray<string>;
  /** Vertical reference lines (entry price, liquidation price …). */
  markers?: ReadonlyArray<{ x: number; label: string }>;
  xTickFormat?: (value: number) => string;
  yTickFormat?: (value: number) => string;
  width?: number;
  height?: number;
}

const MARGIN = { top: 16, right: 20, bottom: 52, left: 68 };

/** Round tick steps (1, 2, 5 × 10^k) covering [min, max] with about `count` ticks. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!(max > min)) return [min];
  const rawStep = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(rawStep));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rawStep) ?? 10 * power;
  const ticks: number[] = [];
  for (let tick = Math.ceil(min / step) * step; tick <= max + step * 1e-9; tick += step) {
    ticks.push(Math.abs(tick) < step * 1e-9 ? 0 : Number(tick.toPrecision(12)));
  }
  return ticks;
}

function logTicks(min: number, max: number): number[] {
  const ticks: number[] = [];
  for (let k = Math.floor(Math.log10(min)); k <= Math.ceil(Math.log10(max)); k++) {
    const tick = 10 ** k;
    if (tick >= min * (1 - 1e-9) && tick <= max * (1 + 1e-9)) ticks.push(tick);
  }
  return ticks.length >= 2 ? ticks : [min, max];
}

/**
 * The site's one chart: a small server-rendered SVG with axes, ticks, labels, a legend and an
 * accessible title and description. Non-finite points are dropped, never drawn.
 */
export function Chart(props: ChartProps) {
  const { title, description, xLabel, yLabel, series, xScale = 'linear', categories, markers = [] } = props;
  const width = props.width ?? 640;
  const height = props.height ?? 320;
  const xFormat = props.xTickFormat ?? formatCompact;
  const yFormat = props.yTickFormat ?? formatCompact;
  const id = `chart-${slugify(title)}`;

  const clean = series.map((s) => ({
    ...s,
    points: s.points.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y) && (xScale !== 'log' || x > 0)),
  }));
  const all = clean.flatMap((s) => s.points);
  if (all.length === 0) {
    return (
      <figure class="chart">
        <figcaption>{title}: nothing to draw for these inputs.</figcaption>
      </figure>
    );
  }
  const hasBars = clean.some((s) => s.kind === 'bar');
  let xMin = Math.min(...all.map((p) => p[0]), ...markers.map((m) => m.x));
  let xMax = Math.max(...all.map((p) => p[0]), ...markers.map((m) => m.x));
  if (hasBars) {
    xMin -= 0.5;
    xMax += 0.5;
  }
  if (xMax === xMin) xMax = xMin + 1;
  let yMin = Math.min(0, ...all.map((p) => p[1]));
  let yMax = Math.max(0, ...all.map((p) => p[1]));
  if (yMax === yMin) yMax = yMin + 1;
  const yTicks = niceTicks(yMin, yMax);
  yMin = Math.min(yMin, yTicks[0] ?? yMin);
  yMax = Math.max(yMax, yTicks[yTicks.length - 1] ?? yMax);

  const plotW = width - MARGIN.left - MARGIN.right;
  const plotH = height - MARGIN.top - MARGIN.bottom;
  const toX = (x: number) =>
    MARGIN.left +
    (xScale === 'log'
      ? ((Math.log(x) - Math.log(xMin)) / (Math.log(xMax) - Math.log(xMin))) * plotW
      : ((x - xMin) / (xMax - xMin)) * plotW);
  const toY = (y: number) => MARGIN.top + (1 - (y - yMin) / (yMax - yMin)) * plotH;
  const xTicks = hasBars
    ? (categories ?? []).map((_, i) => i)
    : xScale === 'log'
      ? logTicks(xMin, xMax)
      : niceTicks(xMin, xMax, 6);
  const barSeries = clean.filter((s) => s.kind === 'bar');
  const barWidth = (plotW / (xMax - xMin)) * 0.7 / Math.max(1, barSeries.length);

  return (
    <figure class="chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <g class="chart__grid" aria-hidden="true">
          {yTicks.map((tick) => (
            <line key={`y${tick}`} x1={MARGIN.left} x2={width - MARGIN.right} y1={toY(tick)} y2={toY(tick)} />
          ))}
        </g>
        <g class="chart__axis" aria-hidden="true">
          <line x1={MARGIN.left} x2={MARGIN.left} y1={MARGIN.top} y2={height - MARGIN.bottom} />
          <line x1={MARGIN.left} x2={width - MARGIN.right} y1={toY(0)} y2={toY(0)} />
          {yTicks.map((tick) => (
            <text key={`yl${tick}`} x={MARGIN.left - 6} y={toY(tick)} text-anchor="end" dominant-baseline="middle">
              {yFormat(tick)}
            </text>
          ))}
          {xTicks.map((tick) => (
            <text key={`xl${tick}`} x={toX(tick)} y={height - MARGIN.bottom + 16} text-anchor="middle">
              {hasBars ? (categories?.[tick] ?? '') : xFormat(tick)}
            </text>
          ))}
          <text x={MARGIN.left + plotW / 2} y={height - 8} text-anchor="middle" class="chart__label">
            {xLabel}
          </text>
          <text
            x={14}
            y={MARGIN.top + plotH / 2}
            text-anchor="middle"
            transform={`rotate(-90 14 ${MARGIN.top + plotH / 2})`}
            class="chart__label"
          >
            {yLabel}
          </text>
        </g>
        {markers.map((marker) => (
          <g class="chart__marker" key={`m${marker.label}`} aria-hidden="true">
            <line x1={toX(marker.x)} x2={toX(marker.x)} y1={MARGIN.top} y2={height - MARGIN.bottom} />
            <text x={toX(marker.x) + 4} y={MARGIN.top + 10}>
              {marker.label}
            </text>
          </g>
        ))}
        {clean.map((s, index) => {
          const cls = `chart__series chart__series--${index}${s.dashed ? ' chart__series--dashed' : ''}`;
          if (s.kind === 'bar') {
            const barIndex = barSeries.indexOf(s);
            return (
              <g class={cls} key={s.name} aria-hidden="true">
                {s.points.map(([x, y]) => (
                  <rect
                    key={x}
                    x={toX(x) - (barWidth * barSeries.length) / 2 + barIndex * barWidth}
                    width={barWidth}
                    y={Math.min(toY(y), toY(0))}
                    height={Math.abs(toY(y) - toY(0))}
                  />
                ))}
              </g>
            );
          }
          return <path class={cls} key={s.name} d={pathOf(s.points, s.kind === 'step', toX, toY)} aria-hidden="true" />;
        })}
      </svg>
      <figcaption>
        <span class="chart__caption">{title}</span>
        {clean.length > 1 ? (
          <ul class="chart__legend">
            {clean.map((s, index) => (
              <li key={s.name}>
                <span class={`chart__swatch chart__swatch--${index}${s.dashed ? ' chart__swatch--dashed' : ''}`} aria-hidden="true" />
                {s.name}
              </li>
            ))}
          </ul>
        ) : null}
      </figcaption>
    </figure>
  );
}

function pathOf(
  points: ReadonlyArray<Point>,
  step: boolean,
  toX: (x: number) => number,
  toY: (y: number) => number,
): string {
  let d = '';
  points.forEach(([x, y], index) => {
    const px = toX(x).toFixed(1);
    const py = toY(y).toFixed(1);
    if (index === 0) d += `M${px},${py}`;
    else if (step) d += `H${px}V${py}`;
    else d += `L${px},${py}`;
  });
  return d;
}

function slugify(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
