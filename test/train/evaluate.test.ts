import { describe, expect, it } from 'vitest';
import { metricsFromConfusion } from '../../src/train/evaluate';
import { learningRateAt } from '../../src/train/optimizer';
import { grayChannel } from '../../src/train/featureMaps';
import { topK } from '../../src/train/predict';

describe('metricsFromConfusion', () => {
  it('computes accuracy, per-class precision/recall/F1 and macro means by hand', () => {
    // rows: true class; columns: predicted.
    const confusion = [
      [5, 1, 0],
      [2, 3, 1],
      [0, 0, 4],
    ];
    const m = metricsFromConfusion(confusion, ['a', 'b', 'c']);
    expect(m.accuracy).toBeCloseTo(12 / 16);
    const [a, b, c] = m.perClass;
    expect(a).toMatchObject({ className: 'a', support: 6 });
    expect(a.precision).toBeCloseTo(5 / 7);
    expect(a.recall).toBeCloseTo(5 / 6);
    expect(a.f1).toBeCloseTo((2 * (5 / 7) * (5 / 6)) / (5 / 7 + 5 / 6));
    expect(b.precision).toBeCloseTo(3 / 4);
    expect(b.recall).toBeCloseTo(3 / 6);
    expect(c.precision).toBeCloseTo(4 / 5);
    expect(c.recall).toBe(1);
    expect(m.macro.recall).toBeCloseTo((5 / 6 + 3 / 6 + 1) / 3);
  });

  it('a class never predicted and a class with no images give 0, not NaN', () => {
    const m = metricsFromConfusion([[3, 0], [0, 0]], ['x', 'y']);
    expect(m.perClass[1]).toMatchObject({ precision: 0, recall: 0, f1: 0, support: 0 });
    expect(m.accuracy).toBe(1);
    expect(metricsFromConfusion([[0]], ['z']).accuracy).toBe(0);
  });
});

describe('learning-rate schedules', () => {
  const base = { learningRate: 0.1, epochs: 8 };
  it('constant, step (÷10 at 50 % and 75 %), cosine', () => {
    expect([0, 7].map((e) => learningRateAt({ ...base, schedule: 'constant' }, e))).toEqual([0.1, 0.1]);
    const step = [0, 3, 4, 5, 6, 7].map((e) => learningRateAt({ ...base, schedule: 'step' }, e));
    expect(step[0]).toBe(0.1);
    expect(step[1]).toBe(0.1);
    expect(step[2]).toBeCloseTo(0.01);
    expect(step[4]).toBeCloseTo(0.001);
    const cos = [0, 4, 7].map((e) => learningRateAt({ ...base, schedule: 'cosine' }, e));
    expect(cos[0]).toBeCloseTo(0.1);
    expect(cos[1]).toBeCloseTo(0.05);
    expect(cos[2]).toBeGreaterThan(0);
    expect(cos[2]).toBeLessThan(0.01);
    // Within an epoch: cosine moves smoothly (the session sets it every batch), step keeps the epoch's rate.
    const mid = learningRateAt({ ...base, schedule: 'cosine' }, 7.5);
    expect(mid).toBeLessThan(cos[2]);
    expect(mid).toBeGreaterThan(0);
    expect(learningRateAt({ ...base, schedule: 'step' }, 3.9)).toBe(0.1);
  });
});

describe('helpers', () => {
  it('grayChannel scales a channel to 0…255 and keeps min/max', () => {
    const values = [0, 10, 0, 20, 0, 30, 0, 40]; // two channels interleaved, 2×2
    const ch = grayChannel(values, 2, 2, 1, 2);
    expect(ch).toMatchObject({ width: 2, height: 2, min: 10, max: 40 });
    expect([...Buffer.from(ch.data, 'base64')]).toEqual([0, 85, 170, 255]);
    expect([...Buffer.from(grayChannel([5, 5], 2, 1).data, 'base64')]).toEqual([0, 0]);
  });

  it('topK orders by probability', () => {
    expect(topK(new Float32Array([0.2, 0.5, 0.3]), ['a', 'b', 'c'], 2).map((t) => t.label)).toEqual(['b', 'c']);
  });
});

describe('computeNormalization', () => {
  it('gives each channel its mean and standard deviation; a constant channel keeps std 1', async () => {
    const { computeNormalization } = await import('../../src/train/normalization');
    // 4 images of 1×1×2: channel 0 = 0, 1, 0, 1; channel 1 = 0.5 always.
    const x = new Float32Array([0, 0.5, 1, 0.5, 0, 0.5, 1, 0.5]);
    const split = {
      async *batches() {
        yield { x, y: new Int32Array(4), n: 4, indices: new Int32Array([0, 1, 2, 3]) };
      },
    } as unknown as import('../../src/data/index').DataSplit;
    const n = await computeNormalization(split, 2);
    expect(n.mean[0]).toBeCloseTo(0.5);
    expect(n.std[0]).toBeCloseTo(0.5);
    expect(n.mean[1]).toBeCloseTo(0.5);
    expect(n.std[1]).toBe(1);
  });
});
