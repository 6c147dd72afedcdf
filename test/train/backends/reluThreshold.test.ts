import { beforeAll, describe, expect, it } from 'vitest';
import { reluThreshold } from '../../../src/train/backends/wasm/reluThreshold';
import { shapesFrom, setUpBackends, tf, values } from './gradHarness';

beforeAll(setUpBackends);

const f32 = Math.fround;
/** The forward's ReLU test in float32: (x − mean)·gain + offset > 0 (normalizeChannelsRelu). */
const passes = (x: number, m: number, g: number, o: number) => f32(f32(f32(x - m) * g) + o) > 0;

/** The float32 `steps` ulps from x (x finite and not ±0 crossing: enough for these tests). */
function ulps(x: number, steps: number): number {
  const b = new Float32Array([x]);
  const w = new Int32Array(b.buffer);
  for (let i = 0; i < Math.abs(steps); i++) {
    if (b[0] === 0) b[0] = (steps > 0 ? 1 : -1) * 2 ** -149;
    else w[0] += (b[0] > 0) === steps > 0 ? 1 : -1;
  }
  return b[0];
}

describe('reluThreshold: the least float32 from which a batch norm\'s ReLU lets the value through', () => {
  it('is where the forward\'s float32 test turns true, for seeded random means, gains and offsets of every magnitude', () => {
    const next = shapesFrom(5);
    const r = values(3000, 7);
    for (let i = 0; i < 1000; i++) {
      const m = f32(r[3 * i] * 10 ** next(-3, 3));
      const g = f32(Math.abs(r[3 * i + 1]) * 10 ** next(-4, 4) + 1e-30);
      // One in three: the threshold near 0, where mean and offset/gain nearly cancel (many floats x round to
      // the same x − mean, far from the estimate in ulps of x).
      const kind = next(0, 5);
      const o = kind === 0 ? 0 : kind < 3 ? f32(-m * g * (1 + r[3 * i + 2] * 1e-3)) : f32(r[3 * i + 2] * 10 ** next(-3, 3));
      const t = reluThreshold(m, g, o);
      expect(t, `mean ${m} gain ${g} offset ${o}`).toBeDefined();
      expect(passes(t!, m, g, o)).toBe(true);
      expect(passes(ulps(t!, -1), m, g, o)).toBe(false);
      expect(f32(t!)).toBe(t);
    }
  });

  it('has none for a gain that is not positive or values that are not finite', () => {
    for (const [m, g, o] of [[0, 0, 1], [0, -1, 1], [0, NaN, 1], [NaN, 1, 0], [0, 1, Infinity], [0, Infinity, 0]]) {
      expect(reluThreshold(m, g, o)).toBeUndefined();
    }
  });
});

/**
 * LayerLoomBatchNormTrainingGrad with a fused ReLU on wasm, x placed on and around each channel's threshold: with
 * every gain positive it masks by the threshold (batchNormAboveGradSums, channelAffine2Above); with channel 0's
 * scale negated it recomputes the forward's test lane by lane (the whole call). The other channels' gradients
 * must have the same bits either way.
 */
describe('the fused ReLU\'s gradient by threshold equals the recomputed mask, bit for bit', () => {
  const cases = [[64, 8, 8, 64], [17, 32, 32, 16], [3, 5, 7, 32], [2, 9, 4, 12], [3, 4, 5, 13], [5, 6, 6, 24]];
  it.each(cases)('x %ix%ix%ix%i', async (...shape) => {
    await tf.setBackend('wasm');
    const c = shape[3];
    const n = shape.reduce((a, b) => a * b, 1);
    const r = values(4 * c + 2 * n, 31 + c);
    const mean = Float32Array.from({ length: c }, (_, i) => r[i] * 2);
    const variance = Float32Array.from({ length: c }, (_, i) => Math.abs(r[c + i]) + 0.1);
    const scale = Float32Array.from({ length: c }, (_, i) => Math.abs(r[2 * c + i]) + 0.2);
    const offset = Float32Array.from({ length: c }, (_, i) => r[3 * c + i]);
    const eps = 1e-3;
    // Each channel's threshold from the kernel's own gain (float32 scale / √(variance + ε)).
    const thresholds = Array.from({ length: c }, (_, i) => reluThreshold(mean[i], f32(scale[i] / Math.sqrt(variance[i] + eps)), offset[i])!);
    const x = new Float32Array(n);
    for (let j = 0; j < n; j++) {
      const ch = j % c;
      const k = Math.floor(r[4 * c + j] * 8); // −8..7: mostly on and within a few ulps of the threshold
      x[j] = k > 4 ? f32(thresholds[ch] + r[4 * c + j] * 3) : ulps(thresholds[ch], k);
    }
    const dy = r.subarray(4 * c + n, 4 * c + 2 * n);
    const run = (s: Float32Array) => tf.tidy(() => {
      const out = tf.engine().runKernel('LayerLoomBatchNormTrainingGrad', {
        x: tf.tensor(x, shape), dy: tf.tensor(dy, shape), mean: tf.tensor(mean), variance: tf.tensor(variance), scale: tf.tensor(s), offset: tf.tensor(offset),
      }, { varianceEpsilon: eps, relu: true }) as tf.Tensor[];
      return out.map((t) => Array.from(t.dataSync()));
    });
    const [dx, dScale, dOffset] = run(scale);
    const flipped = scale.slice();
    flipped[0] = -flipped[0];
    const [dx2, dScale2, dOffset2] = run(flipped);
    // Elements of channels 1… whose bits differ (a count: a diff of whole tensors takes vitest minutes).
    const differing = (a: number[], b: number[], per: number) => a.filter((v, j) => j % per !== 0 && !Object.is(v, b[j])).length;
    expect(differing(dx, dx2, c)).toBe(0);
    expect(differing(dScale, dScale2, c)).toBe(0);
    expect(differing(dOffset, dOffset2, c)).toBe(0);
    // The threshold really cuts: some of dy is masked and some let through.
    expect(dx.some((v, j) => j % c !== 0 && x[j] < thresholds[j % c])).toBe(true);
  });
});
