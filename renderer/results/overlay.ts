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
