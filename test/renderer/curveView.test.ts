import { describe, expect, it } from 'vitest';
import { batchRows, epochRows, parseCurveOptions, smooth } from '../../renderer/train/curveView';
import type { BatchPoint, EpochPoint } from '../../renderer/train/trainingStore';

const batch = (step: number, epoch: number, b: number, loss: number): BatchPoint =>
  ({ step, epoch, batch: b, loss, smoothLoss: loss, accuracy: null, smoothAccuracy: null, imagesPerSec: 1 });

describe('curve view', () => {
  it('smooths like TensorBoard: a debiased EMA (the first point is itself), 0 leaves values as they are', () => {
    expect(smooth([4, 2, null, 2], 0)).toEqual([4, 2, null, 2]);
    const s = smooth([4, 2, 2], 0.5);
    expect(s[0]).toBe(4);
    // EMA 2, 2, 2 (0.5·previous + 0.5·value), each divided by 1 − 0.5^n
    expect(s[1]).toBeCloseTo((0.5 * 2 + 0.5 * 2) / 0.75, 10);
    expect(s[2]).toBeCloseTo((0.5 * (0.5 * 2 + 0.5 * 2) + 0.5 * 2) / 0.875, 10);
    // A constant series stays constant at any weight.
    expect(smooth([3, 3, 3, 3], 0.9).every((v) => Math.abs(v! - 3) < 1e-12)).toBe(true);
  });

  it('places batches by step or by fractional epoch, and epochs at their end', () => {
    const points = [batch(1, 1, 1, 1), batch(4, 1, 4, 0.5), batch(6, 2, 2, 0.25)];
    expect(batchRows(points, { smoothing: 0, log: false, axis: 'step' }, 4).map((r) => r.x)).toEqual([1, 4, 6]);
    expect(batchRows(points, { smoothing: 0, log: false, axis: 'epoch' }, 4).map((r) => r.x)).toEqual([0.25, 1, 1.5]);
    const epochs = [{ epoch: 1, loss: 0.5, accuracy: 0.8, valLoss: 0, valAccuracy: 0.7 }, { epoch: 2, loss: 0.3, accuracy: 0.9, valLoss: 0.4, valAccuracy: 0.8 }] as unknown as EpochPoint[];
    expect(epochRows(epochs, ['loss'], { smoothing: 0, log: false, axis: 'step' }, 4).map((r) => r.x)).toEqual([4, 8]);
    expect(epochRows(epochs, ['loss'], { smoothing: 0, log: false, axis: 'epoch' }, 4).map((r) => r.x)).toEqual([1, 2]);
  });

  it('on a log scale a loss of 0 is left out, accuracies are untouched', () => {
    const rows = batchRows([batch(1, 1, 1, 0), batch(2, 1, 2, 0.1)], { smoothing: 0, log: true, axis: 'step' }, 10);
    expect(rows.map((r) => r.loss)).toEqual([null, 0.1]);
    const epochs = [{ epoch: 1, loss: 0.5, accuracy: 0, valLoss: 0, valAccuracy: 0 }] as unknown as EpochPoint[];
    expect(epochRows(epochs, ['valLoss', 'accuracy'], { smoothing: 0, log: true, axis: 'epoch' }, 1)[0]).toMatchObject({ valLoss: null, accuracy: 0 });
  });

  it('reads stored options defensively', () => {
    expect(parseCurveOptions({ smoothing: 5, log: 'yes', axis: 'sideways' })).toEqual({ smoothing: 0.99, log: false, axis: 'step' });
    expect(parseCurveOptions(null)).toEqual({ smoothing: 0.6, log: false, axis: 'step' });
    expect(parseCurveOptions({ smoothing: 0, log: true, axis: 'epoch' })).toEqual({ smoothing: 0, log: true, axis: 'epoch' });
  });
});
