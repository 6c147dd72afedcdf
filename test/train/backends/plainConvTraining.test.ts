import { beforeAll, describe, expect, it } from 'vitest';
import { plainConvTraining } from '../../../src/train/backends/plainConvTraining';
import { rand, setUpBackends, tf } from './gradHarness';

beforeAll(setUpBackends);

/** input → conv (no bias, linear) → conv (stride 2, no bias) → flatten → dense: the same weights each time. */
function model(): tf.LayersModel {
  const m = tf.sequential({
    layers: [
      tf.layers.conv2d({ inputShape: [9, 9, 3], filters: 4, kernelSize: 3, padding: 'same', useBias: false, kernelInitializer: tf.initializers.glorotUniform({ seed: 1 }) }),
      tf.layers.conv2d({ filters: 5, kernelSize: 3, strides: 2, padding: 'valid', useBias: false, kernelInitializer: tf.initializers.glorotUniform({ seed: 2 }) }),
      tf.layers.flatten(),
      tf.layers.dense({ units: 3, kernelInitializer: tf.initializers.glorotUniform({ seed: 3 }) }),
    ],
  });
  return m;
}

describe('plainConvTraining', () => {
  for (const backend of ['cpu', 'wasm']) {
    it(`on ${backend}: the same loss and weight gradients as tfjs-layers' fused path, without the images' gradient`, async () => {
      await tf.setBackend(backend);
      const x = rand([2, 9, 9, 3], 5);
      const labels = tf.oneHot(tf.tensor1d([0, 2], 'int32'), 3);
      const run = (patch: boolean) => {
        const m = model();
        if (patch) plainConvTraining(tf, m);
        const f = () => tf.losses.softmaxCrossEntropy(labels, m.apply(x, { training: true }) as tf.Tensor) as tf.Scalar;
        const { value, grads } = tf.variableGrads(f, m.trainableWeights.map((w) => (w as unknown as { val: tf.Variable }).val));
        const out = [value, ...Object.values(grads)].map((t) => Array.from(t.dataSync()));
        tf.dispose([value, ...Object.values(grads)]);
        m.dispose();
        return out;
      };
      const stock = run(false);
      const plain = run(true);
      expect(plain.length).toBe(stock.length);
      plain.forEach((p, i) => p.forEach((v, j) => expect(v).toBeCloseTo(stock[i][j], 5)));
      // The fused path computes an input gradient for both convolutions; the plain one only for the second.
      const inputGrads = async (patch: boolean) => {
        const m = model();
        if (patch) plainConvTraining(tf, m);
        const info = await tf.profile(() => {
          const { value, grads } = tf.variableGrads(() => tf.losses.softmaxCrossEntropy(labels, m.apply(x, { training: true }) as tf.Tensor) as tf.Scalar);
          tf.dispose([value, ...Object.values(grads)]);
        });
        m.dispose();
        return info.kernels.filter((k) => k.name === 'Conv2DBackpropInput').length;
      };
      expect(await inputGrads(false)).toBe(2);
      expect(await inputGrads(true)).toBe(1);
      tf.dispose([x, labels]);
    });
  }
});
