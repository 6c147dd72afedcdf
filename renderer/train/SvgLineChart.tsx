/**
 * A small line chart drawn as plain SVG: grid, axes, one <path> per series, a legend, and a tooltip that
 * follows the pointer. The live curves redraw it twice a second while training; a general chart library
 * (Recharts: an internal store, selectors, a component per tick and label) spent 40-170 ms of main-thread
 * CPU per redraw of the three charts, which under a training run's CPU load became 60-400 ms tasks. This
 * draws the same three charts in a few milliseconds (test/e2e/train.test.ts measures long tasks).
 */
import { memo, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { extent, linePath, makeScale, nearestIndex } from './chartScale';

export interface ChartSeries {
  readonly key: string;
  readonly name: string;
  readonly color: string;
  readonly width: number;
  /** Dots on the points (few points: per epoch). */
  readonly dots?: boolean;
  /** Draw across missing values instead of leaving a gap. */
  readonly connectNulls?: boolean;
}

export type ChartRow = Readonly<Record<string, number | null>>;

interface Props {
  readonly rows: readonly ChartRow[];
  readonly xKey: string;
  readonly series: readonly ChartSeries[];
  /** Fixed ends of the x or y axis (null: from the data). */
  readonly xDomain?: readonly [number | null, number | null];
  readonly yDomain?: readonly [number | null, number | null];
  readonly yLog?: boolean;
  readonly xTick: (v: number) => string;
  readonly yTick: (v: number) => string;
  /** The tooltip's heading for a row's x. */
  readonly xLabel: (v: number) => string;
  /** Whole numbers only on the x axis (epochs, steps). */
  readonly integerX?: boolean;
}

const M = { top: 8, right: 14, bottom: 20, left: 54 };
const LEGEND = 18;
const AXIS = '#8a8f98';
const GRID = 'rgba(128,128,128,0.25)';

function useSize(): [React.RefObject<HTMLDivElement | null>, { width: number; height: number }] {
  const ref = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      const { width, height } = entry.contentRect;
      setSize((s) => (Math.round(s.width) === Math.round(width) && Math.round(s.height) === Math.round(height) ? s : { width, height }));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, size];
}

export const SvgLineChart = memo(function SvgLineChart(props: Props) {
  const { rows, xKey, series, xDomain, yDomain, yLog = false, xTick, yTick, xLabel, integerX } = props;
  const [box, { width, height }] = useSize();
  const [hover, setHover] = useState<number | null>(null);
  const plot = { x0: M.left, x1: Math.max(M.left + 10, width - M.right), y0: M.top, y1: Math.max(M.top + 10, height - M.bottom - LEGEND) };

  const geometry = useMemo(() => {
    const xs = rows.map((r) => r[xKey] ?? NaN);
    const xe = extent(rows, [xKey], false) ?? [0, 1];
    const ye = extent(rows, series.map((s) => s.key), yLog) ?? (yLog ? [0.1, 1] : [0, 1]);
    const xLo = xDomain?.[0] ?? xe[0];
    const xHi = xDomain?.[1] ?? xe[1];
    const yLo = yLog ? ye[0] : yDomain?.[0] ?? ye[0];
    const yHi = yLog ? ye[1] : yDomain?.[1] ?? ye[1];
    const x = makeScale(xLo, Math.max(xHi, xLo), plot.x0, plot.x1, { tickCount: Math.max(2, Math.floor((plot.x1 - plot.x0) / 70)) });
    const y = makeScale(yLo, yHi, plot.y1, plot.y0, { log: yLog, nice: true, tickCount: Math.max(2, Math.floor((plot.y1 - plot.y0) / 36)) });
    const xTicks = integerX ? x.ticks.filter((v) => Number.isInteger(v)) : x.ticks;
    const paths = series.map((s) => linePath(rows.map((r) => [x(r[xKey] ?? NaN), typeof r[s.key] === 'number' && (!yLog || (r[s.key] as number) > 0) ? y(r[s.key] as number) : null] as const), s.connectNulls));
    return { xs, x, y, xTicks, paths };
  }, [rows, xKey, series, xDomain, yDomain, yLog, integerX, plot.x0, plot.x1, plot.y0, plot.y1]);

  const onMove = (e: MouseEvent<SVGRectElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    const px = e.clientX - r.left + plot.x0;
    const xv = geometry.x.domain[0] + ((px - plot.x0) / (plot.x1 - plot.x0 || 1)) * (geometry.x.domain[1] - geometry.x.domain[0]);
    const i = nearestIndex(geometry.xs, xv);
    setHover(i < 0 ? null : i);
  };

  const { x, y, xTicks, paths } = geometry;
  const hovered = hover !== null ? rows[hover] : null;
  const hx = hovered ? x(hovered[xKey] ?? NaN) : 0;
  return (
    <div ref={box} className="ll-svg-chart">
      {width > 0 && height > 0 && (
        <svg className="ll-chart-surface" width={width} height={height} role="img">
          <g className="ll-chart-grid" stroke={GRID}>
            {y.ticks.map((v) => <line key={`y${v}`} x1={plot.x0} x2={plot.x1} y1={y(v)} y2={y(v)} />)}
            {xTicks.map((v) => <line key={`x${v}`} x1={x(v)} x2={x(v)} y1={plot.y0} y2={plot.y1} />)}
          </g>
          <g className="ll-chart-axis" fill={AXIS} fontSize={11}>
            <line x1={plot.x0} x2={plot.x1} y1={plot.y1} y2={plot.y1} stroke={AXIS} />
            <line x1={plot.x0} x2={plot.x0} y1={plot.y0} y2={plot.y1} stroke={AXIS} />
            {y.ticks.map((v) => <text key={`y${v}`} x={plot.x0 - 5} y={y(v)} dy="0.35em" textAnchor="end">{yTick(v)}</text>)}
            {xTicks.map((v) => <text key={`x${v}`} x={x(v)} y={plot.y1 + 14} textAnchor="middle">{xTick(v)}</text>)}
          </g>
          <g clipPath={undefined}>
            {series.map((s, i) => (
              <g key={s.key}>
                <path className="ll-chart-line" data-series={s.key} d={paths[i]} fill="none" stroke={s.color} strokeWidth={s.width} strokeLinejoin="round" />
                {s.dots && rows.map((r, j) => {
                  const v = r[s.key];
                  return typeof v === 'number' && (!yLog || v > 0) ? <circle key={j} cx={x(r[xKey] ?? NaN)} cy={y(v)} r={3} fill={s.color} /> : null;
                })}
              </g>
            ))}
          </g>
          <g className="ll-chart-legend" fontSize={11} transform={`translate(${plot.x0}, ${height - 6})`}>
            {series.map((s, i) => (
              <g key={s.key} transform={`translate(${i * 110}, 0)`}>
                <line x1={0} x2={14} y1={-4} y2={-4} stroke={s.color} strokeWidth={Math.max(2, s.width)} />
                <text x={19} y={0} fill="currentColor">{s.name}</text>
              </g>
            ))}
          </g>
          {hovered && <line x1={hx} x2={hx} y1={plot.y0} y2={plot.y1} stroke={AXIS} strokeDasharray="3 3" />}
          <rect x={plot.x0} y={plot.y0} width={plot.x1 - plot.x0} height={plot.y1 - plot.y0} fill="transparent" onMouseMove={onMove} onMouseLeave={() => setHover(null)} />
        </svg>
      )}
      {hovered && (
        <div className="ll-chart-tooltip" style={{ left: Math.min(hx + 10, Math.max(0, width - 170)), top: plot.y0 }} data-testid="chart-tooltip">
          <b>{xLabel(hovered[xKey] ?? NaN)}</b>
          {series.map((s) => (
            <div key={s.key}><span className="ll-chart-swatch" style={{ background: s.color }} />{s.name}: {typeof hovered[s.key] === 'number' ? yTick(hovered[s.key] as number) : '—'}</div>
          ))}
        </div>
      )}
    </div>
  );
});
