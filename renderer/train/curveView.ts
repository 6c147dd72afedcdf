/**
 * How the live curves are drawn, as plain functions of the run's points and the user's choices (as in
 * TensorBoard): smoothing by a debiased exponential moving average of the chosen weight, a log scale for
 * losses, and the x axis in batches (steps) or in epochs (fractional: 1.5 is half-way through epoch 2).
 */
import type { BatchPoint, EpochPoint } from './trainingStore';

export type CurveAxis = 'step' | 'epoch';

export interface CurveOptions {
  /** 0 (raw) … 0.99 (very smooth). */
  readonly smoothing: number;
  /** Losses on a log scale (they fall over orders of magnitude). */
  readonly log: boolean;
  readonly axis: CurveAxis;
}

export const DEFAULT_CURVE_OPTIONS: CurveOptions = { smoothing: 0.6, log: false, axis: 'step' };
export const MAX_SMOOTHING = 0.99;

/** Options read back from storage, each field checked (anything odd falls back to the default). */
export function parseCurveOptions(raw: unknown): CurveOptions {
  const o = (raw && typeof raw === 'object' ? raw : {}) as Partial<Record<keyof CurveOptions, unknown>>;
  const s = typeof o.smoothing === 'number' && Number.isFinite(o.smoothing) ? Math.min(MAX_SMOOTHING, Math.max(0, o.smoothing)) : DEFAULT_CURVE_OPTIONS.smoothing;
  return { smoothing: s, log: o.log === true, axis: o.axis === 'epoch' ? 'epoch' : 'step' };
}

/** TensorBoard's smoothing: an EMA of weight `w`, debiased so the first points are not pulled towards 0. Nulls stay null. */
export function smooth(values: readonly (number | null)[], w: number): (number | null)[] {
  let ema = 0;
  let n = 0;
  return values.map((v) => {
    if (v === null || !Number.isFinite(v)) return null;
    ema = w * ema + (1 - w) * v;
    n += 1;
    return w === 0 ? v : ema / (1 - w ** n);
  });
}

/** On a log scale a loss of 0 (or less) has no place: it is left out rather than drawn at −∞. */
const forScale = (v: number | null, log: boolean): number | null => (v === null || (log && v <= 0) ? null : v);

export interface BatchRow { readonly x: number; readonly loss: number | null; readonly smoothLoss: number | null }
export interface EpochRow { readonly x: number; readonly epoch: number; readonly [series: string]: number | null }

/** A batch's place on the x axis. */
export function batchX(p: Pick<BatchPoint, 'step' | 'epoch' | 'batch'>, axis: CurveAxis, batchesPerEpoch: number): number {
  return axis === 'step' ? p.step : p.epoch - 1 + p.batch / Math.max(1, batchesPerEpoch);
}

/** The batch-loss chart's rows: x per the axis, raw and smoothed loss, fit for the scale. */
export function batchRows(points: readonly BatchPoint[], o: CurveOptions, batchesPerEpoch: number): BatchRow[] {
  const smoothed = smooth(points.map((p) => p.loss), o.smoothing);
  return points.map((p, i) => ({ x: batchX(p, o.axis, batchesPerEpoch), loss: forScale(p.loss, o.log), smoothLoss: forScale(smoothed[i], o.log) }));
}

/**
 * An epoch chart's rows: the epoch's end on the x axis (epoch N, or step N × batches per epoch), the chosen
 * series, losses fit for the scale (accuracies are never on a log scale).
 */
export function epochRows(points: readonly EpochPoint[], series: readonly ('loss' | 'valLoss' | 'accuracy' | 'valAccuracy')[], o: CurveOptions, batchesPerEpoch: number): EpochRow[] {
  return points.map((p) => {
    const row: Record<string, number | null> = { x: o.axis === 'step' ? p.epoch * Math.max(1, batchesPerEpoch) : p.epoch, epoch: p.epoch };
    for (const s of series) {
      const v = (p as unknown as Record<string, number | null | undefined>)[s] ?? null;
      row[s] = s === 'loss' || s === 'valLoss' ? forScale(v, o.log) : v;
    }
    return row as EpochRow;
  });
}
