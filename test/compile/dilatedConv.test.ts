/**
 * Dilated Conv2D layers (src/graph/blocks/dilatedConvLayer.ts) with LayerLoom's training gradients
 * registered, as src/train does: the output equals tfjs's own dilated convolution, and the gradients equal
 * those of the same convolution with the dilation written into the filter (zeros between the taps,
 * dilation 1), which has tfjs's stock gradient. Compiled blocks with every kind of activation take a
 * training step on cpu and on wasm; before, a linear (or leaky ReLU, GELU, tanh, …) dilated Conv2D failed
 * its first step with "Error in gradient of fused conv2D".
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileGraph } from '../../src/compile/compileGraph';
import { dilatedConv2d } from '../../src/graph/blocks/dilatedConvLayer';
import type { Graph } from '../../src/graph/types';
import { selectBackend } from '../../src/train/backends/selectBackend';
import { makeTrainStep } from '../../src/train/trainStep';
import { IDENTITY } from '../../src/train/normalization';

beforeAll(async () => {
  await selectBackend('wasm'); // registers LayerLoom's wasm kernels and gradients
  await selectBackend('cpu');
});

/** Deterministic values in [-1, 1). */
function rand(shape: number[], seed: number): tf.Tensor {
  const n = shape.reduce((a, b) => a * b, 1);
  let s = seed;
  const v = Float32Array.from({ length: n }, () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return (s / 2147483648) * 2 - 1;
  });
  return tf.tensor(v, shape);
}

/** [k, k, ci, co] → [d(k−1)+1, …] with d − 1 zeros between taps, by differentiable ops. */
function spreadFilter(f: tf.Tensor4D, d: number): tf.Tensor4D {
  const [k, , ci, co] = f.shape;
  const ke = d * (k - 1) + 1;
  const spaced = tf.pad(tf.reshape(f, [k, 1, k, 1, ci, co]), [[0, 0], [0, d - 1], [0, 0], [0, d - 1], [0, 0], [0, 0]]);
  return tf.slice(tf.reshape(spaced, [k * d, k * d, ci, co]), [0, 0, 0, 0], [ke, ke, ci, co]) as tf.Tensor4D;
}

function maxDiff(a: tf.Tensor, b: tf.Tensor): number {
  expect(a.shape).toEqual(b.shape);
  return tf.tidy(() => tf.max(tf.abs(tf.sub(a, b))).dataSync()[0]);
}

const CASES = [
  { x: [2, 7, 5, 2], k: 3, d: 3, padding: 'same', activation: 'linear', bias: true },
  { x: [1, 8, 8, 3], k: 3, d: 2, padding: 'same', activation: 'tanh', bias: false },
  { x: [2, 10, 7, 2], k: 3, d: 2, padding: 'valid', activation: 'sigmoid', bias: true },
  { x: [1, 6, 9, 1], k: 2, d: 2, padding: 'same', activation: 'linear', bias: false },
  { x: [2, 11, 11, 2], k: 5, d: 2, padding: 'valid', activation: 'linear', bias: true },
  { x: [1, 9, 6, 2], k: 3, d: 4, padding: 'same', activation: 'elu', bias: true },
] as const;

describe.each(CASES)('dilated Conv2D x $x, kernel $k, dilation $d, $padding, $activation, bias $bias', (c) => {
  const co = 3;
  const build = () => {
    const layer = dilatedConv2d(tf, { name: 'dc', filters: co, kernel: c.k, dilation: c.d, padding: c.padding, activation: c.activation, bias: c.bias });
    layer.build([null, ...c.x.slice(1)]);
    layer.setWeights(layer.weights.map((w, i) => rand(w.shape as number[], 11 + i)));
    return layer;
  };
  const reference = (x: tf.Tensor4D, kernel: tf.Tensor4D, bias: tf.Tensor | undefined) => {
    const y = tf.conv2d(x, spreadFilter(kernel, c.d), 1, c.padding);
    const z = bias ? tf.add(y, bias) : y;
    return tf.layers.activation({ activation: c.activation }).apply(z) as tf.Tensor;
  };

  it('computes what tfjs\'s own dilated convolution computes', () => {
    const layer = build();
    const x = rand([...c.x], 3) as tf.Tensor4D;
    const [kernel, bias] = layer.getWeights().map((w) => w.clone());
    const ours = layer.apply(x) as tf.Tensor;
    const stock = tf.conv2d(x, kernel as tf.Tensor4D, 1, c.padding, 'NHWC', c.d);
    const expected = reference(x, kernel as tf.Tensor4D, bias);
    expect(ours.shape).toEqual(stock.shape);
    expect(maxDiff(ours, expected)).toBeLessThan(1e-5);
    tf.dispose([x, kernel, bias, ours, stock, expected]);
    for (const w of layer.weights) w.dispose();
  });

  it('has the gradients of the equivalent undilated convolution, with stock tfjs gradients', () => {
    const layer = build();
    const before = tf.memory().numTensors;
    const x = rand([...c.x], 5) as tf.Tensor4D;
    const [kernel, bias] = layer.getWeights().map((w) => w.clone());
    const outShape = (layer.computeOutputShape([null, ...c.x.slice(1)]) as number[]).slice(1);
    const target = rand([c.x[0], ...outShape], 9);
    const vars = layer.trainableWeights.map((w) => w.read() as tf.Variable);
    const got = tf.variableGrads(() => tf.sum(tf.mul(layer.apply(x) as tf.Tensor, target)) as tf.Scalar, vars);
    const gotX = tf.grad((xx: tf.Tensor) => tf.sum(tf.mul(layer.apply(xx) as tf.Tensor, target)))(x);
    const refGrads = tf.grads((xx: tf.Tensor, kk: tf.Tensor, ...bb: tf.Tensor[]) =>
      tf.sum(tf.mul(reference(xx as tf.Tensor4D, kk as tf.Tensor4D, bb[0]), target)))(c.bias ? [x, kernel, bias] : [x, kernel]);
    expect(maxDiff(gotX, refGrads[0])).toBeLessThan(1e-4);
    expect(maxDiff(got.grads[vars[0].name], refGrads[1])).toBeLessThan(1e-4);
    if (c.bias) expect(maxDiff(got.grads[vars[1].name], refGrads[2])).toBeLessThan(1e-4);
    expect(tf.tidy(() => tf.max(tf.abs(got.grads[vars[0].name])).dataSync()[0])).toBeGreaterThan(0);
    tf.dispose([x, kernel, bias, target, got.value, gotX, ...Object.values(got.grads), ...refGrads]);
    expect(tf.memory().numTensors).toBe(before);
    for (const w of layer.weights) w.dispose();
  });
});

describe('a compiled dilated Conv2D block', () => {
  const graph = (activation: string): Graph => ({
    nodes: [
      { id: 'in', kind: 'Input', params: { height: 9, width: 9, channels: 2 }, position: { x: 0, y: 0 } },
      { id: 'dc', kind: 'Conv2D', params: { filters: 3, kernel: 3, dilation: 2, activation }, position: { x: 0, y: 1 } },
      { id: 'flat', kind: 'Flatten', params: {}, position: { x: 0, y: 2 } },
      { id: 'out', kind: 'Output', params: { classes: 2, softmax: false }, position: { x: 0, y: 3 } },
    ],
    edges: [{ id: 'e1', source: 'in', target: 'dc' }, { id: 'e2', source: 'dc', target: 'flat' }, { id: 'e3', source: 'flat', target: 'out' }],
  });

  it.each(['linear', 'leakyRelu', 'gelu', 'relu'])('with %s activation stays a plain Conv2D layer and takes a training step on cpu and wasm', async (activation) => {
    for (const backend of ['cpu', 'wasm']) {
      await tf.setBackend(backend);
      const { model } = compileGraph(graph(activation), tf);
      const conv = model.getLayer(activation === 'leakyRelu' ? 'dc__conv' : 'dc');
      expect(conv.getClassName()).toBe('Conv2D');
      expect(conv.getConfig()).toMatchObject({ dilationRate: [2, 2], strides: [1, 1] });
      const before = conv.getWeights()[0].clone();
      const opt = tf.train.sgd(0.1);
      const step = makeTrainStep(tf, model, opt, 2, true, IDENTITY);
      const images = rand([2, 9, 9, 2], 1);
      const x = images.dataSync() as Float32Array;
      images.dispose();
      const { loss } = await step({ x, y: new Int32Array([0, 1]), n: 2, indices: new Int32Array([0, 1]) });
      expect(Number.isFinite(loss), backend).toBe(true);
      expect(maxDiff(before, conv.getWeights()[0]), backend).toBeGreaterThan(0);
      before.dispose();
      opt.dispose();
      model.dispose();
    }
    await tf.setBackend('cpu');
  });
});
