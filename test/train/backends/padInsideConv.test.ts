import { beforeAll, describe, expect, it } from 'vitest';
import { padInsideConv } from '../../../src/train/backends/padInsideConv';
import { plainConvTraining } from '../../../src/train/backends/plainConvTraining';
import { expectClose, rand, setUpBackends, tf } from './gradHarness';

beforeAll(setUpBackends);

const init = (seed: number) => tf.initializers.glorotUniform({ seed });

/**
 * A convolution and ReLU, then ResNet's downsampling as LayerLoom builds it (conv2d.ts: a ZeroPadding2D
 * layer, then a 'valid' stride-2 Conv2D without bias) beside a 1×1 stride-2 projection of the same input, added, then a dense layer.
 * `alsoUsed`: the padding layer's output also goes to a max pool (its zeros then matter elsewhere).
 */
function model(alsoUsed = false): tf.LayersModel {
  const input = tf.input({ shape: [9, 9, 8] });
  const first = tf.layers.conv2d({ filters: 8, kernelSize: 3, padding: 'same', useBias: false, kernelInitializer: init(0) }).apply(input) as tf.SymbolicTensor;
  const x = tf.layers.activation({ activation: 'relu' }).apply(first) as tf.SymbolicTensor;
  const padded = tf.layers.zeroPadding2d({ padding: 1 }).apply(x) as tf.SymbolicTensor;
  const conv = tf.layers.conv2d({ filters: 8, kernelSize: 3, strides: 2, padding: 'valid', useBias: false, kernelInitializer: init(1) }).apply(padded) as tf.SymbolicTensor;
  const proj = tf.layers.conv2d({ filters: 8, kernelSize: 1, strides: 2, padding: 'same', useBias: false, kernelInitializer: init(2) }).apply(x) as tf.SymbolicTensor;
  let sum = tf.layers.add().apply([conv, proj]) as tf.SymbolicTensor;
  if (alsoUsed) {
    const pooled = tf.layers.maxPooling2d({ poolSize: 2, strides: 2, padding: 'valid' }).apply(padded) as tf.SymbolicTensor;
    sum = tf.layers.add().apply([sum, pooled]) as tf.SymbolicTensor;
  }
  const flat = tf.layers.flatten().apply(sum) as tf.SymbolicTensor;
  const out = tf.layers.dense({ units: 3, kernelInitializer: init(3) }).apply(flat) as tf.SymbolicTensor;
  return tf.model({ inputs: input, outputs: out });
}

/** Loss, every weight's gradient, and the kernels a training step ran. */
async function step(patch: boolean, alsoUsed = false) {
  const m = model(alsoUsed);
  plainConvTraining(tf, m);
  if (patch) padInsideConv(tf, m);
  const x = rand([3, 9, 9, 8], 5);
  const labels = tf.oneHot(tf.tensor1d([0, 2, 1], 'int32'), 3);
  const weights = m.trainableWeights.map((w) => (w as unknown as { val: tf.Variable }).val);
  let values: number[][] = [];
  const info = await tf.profile(() => {
    const { value, grads } = tf.variableGrads(() => tf.losses.softmaxCrossEntropy(labels, m.apply(x, { training: true }) as tf.Tensor) as tf.Scalar, weights);
    values = [value, ...weights.map((w) => grads[w.name])].map((t) => Array.from(t.dataSync()));
    tf.dispose([value, ...Object.values(grads)]);
  });
  const inference = Array.from((m.predict(x) as tf.Tensor).dataSync());
  tf.dispose([x, labels]);
  m.dispose();
  return { values, inference, kernels: info.kernels.map((k) => k.name) };
}

describe('padInsideConv: the padding inside the convolution after a ZeroPadding2D layer (training on wasm)', () => {
  it('gives the same loss and weight gradients with no pad or slice kernel, and leaves inference as it was', async () => {
    await tf.setBackend('wasm');
    const stock = await step(false);
    const inside = await step(true);
    expect(stock.kernels).toContain('PadV2');
    expect(stock.kernels).toContain('Slice');
    expect(inside.kernels).not.toContain('PadV2');
    expect(inside.kernels).not.toContain('Slice');
    expect(inside.kernels.filter((k) => k === 'Conv2DBackpropInput').length).toBe(2); // the stride-2 layer's and the projection's
    expectClose(inside.values, stock.values, 1e-5);
    expect(inside.inference).toEqual(stock.inference);
  });

  it('leaves a padding layer alone whose output also goes elsewhere', async () => {
    await tf.setBackend('wasm');
    const stock = await step(false, true);
    const patched = await step(true, true);
    expect(patched.kernels.filter((k) => k === 'PadV2').length).toBe(stock.kernels.filter((k) => k === 'PadV2').length);
    expect(patched.values).toEqual(stock.values);
  });

  it('keeps the stock layers on the cpu backend', async () => {
    await tf.setBackend('cpu');
    const stock = await step(false);
    const patched = await step(true);
    expect(patched.kernels).toContain('PadV2');
    expect(patched.values).toEqual(stock.values);
  });
});
