/** Runs' epoch histories merged into chart rows, one column per run, for overlaying their curves. */

export type CurveMetric = 'valAccuracy' | 'valLoss' | 'accuracy' | 'loss';

export const CURVE_METRICS: readonly CurveMetric[] = ['valAccuracy', 'valLoss', 'accuracy', 'loss'];

export interface HistoryPoint {
  readonly epoch: number;
  readonly loss: number;
  readonly accuracy: number | null;
  readonly valLoss: number | null;
  readonly valAccuracy: number | null;
}

export interface RunSeries {
  /** Column name in the rows (unique per run). */
  readonly key: string;
  readonly history: readonly HistoryPoint[];
}

export type OverlayRow = { epoch: number } & Record<string, number | null>;

/**
 * One row per epoch any run reached, with each run's value of `metric` under its key (null where the
 * run has no such epoch or no value, so the chart leaves a gap instead of drawing zero).
 */
export function overlayRows(series: readonly RunSeries[], metric: CurveMetric): OverlayRow[] {
  const epochs = new Set<number>();
  for (const s of series) for (const h of s.history) epochs.add(h.epoch);
  return [...epochs].sort((a, b) => a - b).map((epoch) => {
    const row: OverlayRow = { epoch };
    for (const s of series) {
      const v = s.history.find((h) => h.epoch === epoch)?.[metric];
      row[s.key] = v === undefined || v === null || !Number.isFinite(v) ? null : v;
    }
    return row;
  });
}

/** Round-percent ticks from just below the lowest accuracy shown up to 100%. */
export function percentTicks(rows: readonly Record<string, number | null>[], keys: readonly string[]): number[] {
  let min = 1;
  for (const r of rows) for (const k of keys) { const v = r[k]; if (typeof v === 'number') min = Math.min(min, v); }
  const span = 1 - Math.max(0, Math.floor(min * 10) / 10);
  const step = span > 0.5 ? 0.2 : span > 0.2 ? 0.1 : 0.05;
  const lo = Math.max(0, Math.floor(min / step + 1e-9) * step);
  const ticks: number[] = [];
  for (let i = 0; lo + i * step <= 1 + 1e-9; i++) ticks.push(Math.round((lo + i * step) * 100) / 100);
  return ticks;
}
