/**
 * Conv2D and Dense layers with bias and ReLU in one LayerLoom kernel when training on wasm
 * (fusedBiasRelu.ts): outputs and the input, weight and bias gradients equal tfjs cpu's stock layers';
 * LeNet-5 trains to the same weights; nothing leaks. Run with LAYERLOOM_FMA=0 and LAYERLOOM_THREADS=1 too.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compileGraph } from '../../../src/compile/compileGraph';
import { fuseBiasRelu } from '../../../src/train/backends/fusedBiasRelu';
import { patchForTraining } from '../../../src/train/backends/trainingPatches';
import { adam } from '../../../src/train/backends/fusedAdam';
import { lenet5Graph } from '../../../src/train/bench/benchModels';
import { expectClose, rand, runOn, setUpBackends, shapesFrom, tf } from './gradHarness';

beforeAll(setUpBackends);

type Layer = () => tf.layers.Layer | tf.layers.Layer[];

const stack = (make: Layer) => [make()].flat();

/** The layer's output, then the gradients of Σ y·r for the input (when `inputGrad`), kernel and bias. */
function layerRun(make: Layer, xShape: number[], patch: boolean, inputGrad = true): () => tf.Tensor[] {
  return () => {
    const model = tf.sequential({ layers: [tf.layers.inputLayer({ inputShape: xShape.slice(1) }), ...stack(make)] });
    model.weights.forEach((w, i) => w.write(rand(w.shape as number[], 31 + i).mul(0.5)));
    if (patch) fuseBiasRelu(tf, model);
    const x = rand(xShape, 7);
    const xv = tf.variable(x);
    const y = model.apply(x, { training: true }) as tf.Tensor;
    const r = rand(y.shape, 11);
    const vars = [...(inputGrad ? [xv] : []), ...model.trainableWeights.map((w) => (w as unknown as { val: tf.Variable }).val)];
    const { grads } = tf.variableGrads(() => tf.sum(tf.mul(model.apply(inputGrad ? xv : x, { training: true }) as tf.Tensor, r)) as tf.Scalar, vars);
    const out = [y.clone(), ...vars.map((v) => grads[v.name].clone())];
    tf.dispose(Object.values(grads));
    xv.dispose();
    model.dispose();
    return out;
  };
}

/** Kernel names one training call and its gradients run. */
async function kernelsOf(make: Layer, xShape: number[], patch: boolean): Promise<string[]> {
  const model = tf.sequential({ layers: [tf.layers.inputLayer({ inputShape: xShape.slice(1) }), ...stack(make)] });
  if (patch) fuseBiasRelu(tf, model);
  const x = rand(xShape, 7);
  const info = await tf.profile(() => {
    const { value, grads } = tf.variableGrads(() => tf.sum(model.apply(x, { training: true }) as tf.Tensor) as tf.Scalar);
    tf.dispose([value, ...Object.values(grads)]);
  });
  x.dispose();
  model.dispose();
  return info.kernels.map((k) => k.name);
}

const conv = (filters: number, kernelSize: number, strides: number, padding: 'same' | 'valid'): Layer =>
  () => tf.layers.conv2d({ filters, kernelSize, strides, padding, activation: 'relu', useBias: true });
/** A fused convolution and a 2×2/2 max pool after it (whose gradient then masks by the ReLU and sums the bias's). */
const convPool = (filters: number, kernelSize: number, padding: 'same' | 'valid'): Layer =>
  () => [...stack(conv(filters, kernelSize, 1, padding)), tf.layers.maxPooling2d({ poolSize: 2, strides: 2 })];
const dense = (units: number, activation: 'relu' | 'linear' = 'relu'): Layer => () => tf.layers.dense({ units, activation, useBias: true });

const next = shapesFrom(1707);
const randomConvs = Array.from({ length: 4 }, () => {
  const k = next(1, 5);
  const s = next(1, 3);
  return { x: [next(1, 4), next(k, 13), next(k, 13), next(1, 9)], make: conv(next(1, 19), k, s, next(0, 1) ? 'same' : 'valid'), desc: `k${k} s${s}` };
});

const CASES: { name: string; x: number[]; make: Layer }[] = [
  { name: "LeNet-5's first layer, 28×28×1 → 6 'same' 5×5, batch 64 (threaded passes)", x: [64, 28, 28, 1], make: conv(6, 5, 1, 'same') },
  { name: "LeNet-5's second layer, 14×14×6 → 16 'valid' 5×5", x: [3, 14, 14, 6], make: conv(16, 5, 1, 'valid') },
  { name: "strided, 11×9×3 → 5 'same' 3×3 stride 2", x: [2, 11, 9, 3], make: conv(5, 3, 2, 'same') },
  { name: "odd channels, 7×7×5 → 7 'valid' 3×3", x: [3, 7, 7, 5], make: conv(7, 3, 1, 'valid') },
  { name: "one channel to six, 9 wide (the 6-, 2- and 1-pixel tails), 10×11×1 → 6 'valid' 3×3", x: [3, 10, 11, 1], make: conv(6, 3, 1, 'valid') },
  { name: "few channels to 11 (overlapping channel and pixel blocks), 9×7×3 → 11 'same' 3×3", x: [2, 9, 7, 3], make: conv(11, 3, 1, 'same') },
  { name: "one channel to 8 (conv2dOneChannel), 12×12×1 → 8 'valid' 3×3", x: [2, 12, 12, 1], make: conv(8, 3, 1, 'valid') },
  { name: "Winograd (bias and ReLU after it), 8×8×8 → 16 'same' 3×3", x: [2, 8, 8, 8], make: conv(16, 3, 1, 'same') },
  { name: "six channels over 27 rows (a 3-row tail), 5×5×2 → 6 'valid' 3×3", x: [3, 5, 5, 2], make: conv(6, 3, 1, 'valid') },
  ...randomConvs.map((c, i) => ({ name: `seeded random conv ${i}: [${c.x}] ${c.desc}`, x: c.x, make: c.make })),
  { name: "LeNet-5's first layer and pool, 28×28×1 → 6 → 14×14, batch 64", x: [64, 28, 28, 1], make: convPool(6, 5, 'same') },
  { name: "LeNet-5's second layer and pool, 14×14×6 → 16 → 5×5", x: [3, 14, 14, 6], make: convPool(16, 5, 'valid') },
  { name: "pool of odd sides (a row and column no window covers), 9×9×2 → 5 → 4×4", x: [2, 9, 9, 2], make: convPool(5, 3, 'same') },
  { name: 'pool of 7 channels, 8×8×3 → 7 → 4×4', x: [3, 8, 8, 3], make: convPool(7, 3, 'same') },
  { name: 'pool of 18 channels (bias sums past 16 in memory, the last block overlapping), 6×6×3 → 18 → 3×3', x: [3, 6, 6, 3], make: convPool(18, 3, 'same') },
  { name: 'pool of 14 channels (four blocks in registers, the last overlapping), 6×6×3 → 14 → 3×3', x: [3, 6, 6, 3], make: convPool(14, 3, 'same') },
  { name: 'Dense 400 → 120, batch 64', x: [64, 400], make: dense(120) },
  { name: 'Dense 13 → 5 (fewer than 8 units), batch 3', x: [3, 13], make: dense(5) },
  { name: 'Dense 30 → 9, batch 5', x: [5, 30], make: dense(9) },
  { name: 'Dense 30 → 3, batch 9', x: [9, 30], make: dense(3) },
  { name: "linear Dense (an output layer) 84 → 10, batch 64", x: [64, 84], make: dense(10, 'linear') },
  { name: 'linear Dense 13 → 5, batch 3', x: [3, 13], make: dense(5, 'linear') },
];

describe('fused bias + ReLU layers on wasm equal the stock layers on cpu', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const fused = await runOn('wasm', layerRun(c.make, c.x, true));
      expectClose(fused, await runOn('cpu', layerRun(c.make, c.x, false)), 1e-5);
    });
  }

  it('a first layer (gradient of its images not needed) runs one kernel each way and no input gradient', async () => {
    await tf.setBackend('wasm');
    const fused = await kernelsOf(conv(6, 5, 1, 'same'), [2, 12, 12, 1], true);
    expect(fused.filter((k) => k === 'LayerLoomConv2DBiasRelu')).toHaveLength(1);
    expect(fused.filter((k) => k === 'LayerLoomReluGradBias')).toHaveLength(1);
    for (const gone of ['Relu', 'Add', 'LayerLoomReluGrad', 'Conv2DBackpropInput']) expect(fused).not.toContain(gone);
    expect(fused.filter((k) => k === 'Sum'), 'the loss\'s Sum only (no bias-gradient Sum)').toHaveLength(1);
    expect(fused).toContain('Conv2DBackpropFilter');
    const stock = await kernelsOf(conv(6, 5, 1, 'same'), [2, 12, 12, 1], false);
    expect(stock.length - fused.length).toBeGreaterThanOrEqual(4);
    const denseKernels = await kernelsOf(dense(9), [4, 30], true);
    expect(denseKernels).toContain('LayerLoomMatMulBiasRelu');
    expect(denseKernels).not.toContain('Relu');
    // A linear output layer: one kernel forward, no reshapes to rank 3 and back (14 kernel calls -> 6 here, not
    // counting Identity: on wasm the engine's clones of saved tensors make none, sharedSavedTensors.ts).
    const output = await kernelsOf(dense(10, 'linear'), [4, 30], true);
    expect(output).toContain('LayerLoomMatMulBias');
    expect(output).not.toContain('_FusedMatMul');
    const stockOutput = (await kernelsOf(dense(10, 'linear'), [4, 30], false)).filter((k) => k !== 'Identity');
    expect(output.filter((k) => k !== 'Identity').length).toBeLessThanOrEqual(stockOutput.length - 8);
  });

  it('a max pool after a fused convolution: one gradient pass for the pool, the ReLU and the bias', async () => {
    await tf.setBackend('wasm');
    const fused = await kernelsOf(convPool(6, 5, 'same'), [2, 12, 12, 1], true);
    expect(fused).toContain('LayerLoomMaxPoolReluGradBias');
    for (const gone of ['MaxPoolGrad', 'LayerLoomReluGradBias', 'Relu', 'LayerLoomReluGrad']) expect(fused).not.toContain(gone);
  });

  it('a fused convolution feeding a pool and another layer sums both gradients before its ReLU mask', async () => {
    const make = () => {
      const input = tf.input({ shape: [8, 8, 2] });
      const y = stack(conv(4, 3, 1, 'same'))[0].apply(input) as tf.SymbolicTensor;
      const pooled = tf.layers.flatten().apply(tf.layers.maxPooling2d({ poolSize: 2, strides: 2 }).apply(y)) as tf.SymbolicTensor;
      const direct = tf.layers.flatten().apply(y) as tf.SymbolicTensor;
      return tf.model({ inputs: input, outputs: tf.layers.concatenate().apply([pooled, direct]) as tf.SymbolicTensor });
    };
    const run = (patch: boolean) => () => {
      const model = make();
      model.weights.forEach((w, i) => w.write(rand(w.shape as number[], 61 + i).mul(0.5)));
      if (patch) fuseBiasRelu(tf, model);
      const x = rand([3, 8, 8, 2], 17);
      const r = rand([3, 4 * 4 * 4 + 8 * 8 * 4], 19);
      const vars = model.trainableWeights.map((w) => (w as unknown as { val: tf.Variable }).val);
      const { value, grads } = tf.variableGrads(() => tf.sum(tf.mul(model.apply(x, { training: true }) as tf.Tensor, r)) as tf.Scalar, vars);
      const out = [value, ...vars.map((v) => grads[v.name])];
      model.dispose();
      return out;
    };
    expectClose(await runOn('wasm', run(true)), await runOn('cpu', run(false)), 1e-5);
  });

  it('inference and other backends keep the stock layers', async () => {
    await tf.setBackend('wasm');
    const model = tf.sequential({ layers: [tf.layers.inputLayer({ inputShape: [6, 6, 2] }), ...stack(convPool(4, 3, 'same')), tf.layers.flatten(), ...stack(dense(5))] });
    const saved = JSON.stringify(model.toJSON(null, false));
    fuseBiasRelu(tf, model);
    expect(JSON.stringify(model.toJSON(null, false)), 'the saved model is unchanged').toBe(saved);
    const x = rand([2, 6, 6, 2], 3);
    const info = await tf.profile(() => tf.dispose(model.apply(x, { training: false }) as tf.Tensor));
    for (const fused of ['LayerLoomConv2DBiasRelu', 'LayerLoomMaxPoolOfRelu', 'LayerLoomMatMulBiasRelu']) expect(info.kernels.map((k) => k.name)).not.toContain(fused);
    tf.dispose([x]);
    model.dispose();
    const onCpu = await (async () => {
      await tf.setBackend('cpu');
      return kernelsOf(conv(4, 3, 1, 'same'), [2, 6, 6, 2], true);
    })();
    expect(onCpu).not.toContain('LayerLoomConv2DBiasRelu');
  });

  it('leaves no tensor and no backend data behind', async () => {
    await tf.setBackend('wasm');
    const backend = tf.backend() as unknown as { numDataIds(): number };
    const model = tf.sequential({
      layers: [tf.layers.inputLayer({ inputShape: [28, 28, 1] }), ...stack(convPool(6, 5, 'same')),
        tf.layers.flatten(), ...stack(dense(12)), tf.layers.dense({ units: 3 })],
    });
    fuseBiasRelu(tf, model);
    const x = rand([64, 28, 28, 1], 5);
    const step = () => {
      const { value, grads } = tf.variableGrads(() => tf.sum(model.apply(x, { training: true }) as tf.Tensor) as tf.Scalar);
      tf.dispose([value, ...Object.values(grads)]);
    };
    step();
    const [tensors, ids] = [tf.memory().numTensors, backend.numDataIds()];
    for (let i = 0; i < 3; i++) step();
    expect(tf.memory().numTensors).toBe(tensors);
    expect(backend.numDataIds()).toBe(ids);
    x.dispose();
    model.dispose();
  });
});

/** A few Adam steps of LeNet-5, the training patches applied or not: the losses and the weights after. */
function lenetSteps(patch: boolean): () => tf.Tensor[] {
  return () => {
    const { model } = compileGraph(lenet5Graph(), tf as never);
    model.weights.forEach((w, i) => w.write(rand(w.shape as number[], 200 + i).mul(0.3)));
    if (patch) patchForTraining(tf as never, model);
    const optimizer = adam(1e-3);
    const x = rand([8, 28, 28, 1], 9);
    const labels = tf.oneHot(tf.tensor1d([...Array(8).keys()].map((i) => (i * 7) % 10), 'int32'), 10);
    const losses: tf.Tensor[] = [];
    for (let s = 0; s < 3; s++) {
      losses.push(optimizer.minimize(() => tf.losses.softmaxCrossEntropy(labels, model.apply(x, { training: true }) as tf.Tensor) as tf.Scalar, true)!);
    }
    const weights = model.weights.map((w) => w.read().clone());
    optimizer.dispose();
    model.dispose();
    return [tf.stack(losses), ...weights];
  };
}

describe('LeNet-5 training on wasm with the fused layers', () => {
  it('gives the losses and weights of the stock layers on wasm and on cpu', async () => {
    const fused = await runOn('wasm', lenetSteps(true));
    expectClose(fused, await runOn('wasm', lenetSteps(false)), 1e-4);
    expectClose(fused, await runOn('cpu', lenetSteps(false)), 1e-4);
  });
});
