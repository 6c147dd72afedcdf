import { beforeAll, describe, it } from 'vitest';
import { fuseBatchNormTraining } from '../../../src/train/backends/fusedBatchNorm';
import { fuseAddRelu } from '../../../src/train/backends/fusedRelu';
import { expectClose, rand, runOn, setUpBackends, tf } from './gradHarness';

// Two kernel threads whatever the machine, so the batch-norm passes are split across them.
process.env.LAYERLOOM_THREADS = '2';

beforeAll(setUpBackends);

/**
 * A batch norm (ReLU after it when `relu`: then inside the batch norm's kernels on wasm, fusedRelu.ts) on
 * `x()`, against Σ output·target: its output, input and weight gradients and moving statistics. Weights and
 * target from seeds seed … seed + 3 and seed + 5.
 */
function batchNormRun(shape: number[], relu: boolean, seed: number, x: () => tf.Tensor) {
  const c = shape[3];
  return () => {
    const bn = tf.layers.batchNormalization({ inputShape: shape.slice(1), momentum: 0.9 });
    const model = tf.sequential({ layers: relu ? [bn, tf.layers.activation({ activation: 'relu' })] : [bn] });
    if (tf.getBackend() === 'wasm') fuseBatchNormTraining(tf as never, model);
    model.setWeights([rand([c], seed).add(1), rand([c], seed + 1), rand([c], seed + 2), rand([c], seed + 3).abs().add(0.5)]);
    const input = x();
    const target = rand(shape, seed + 5);
    const vars = model.trainableWeights.map((w) => w.read() as tf.Variable);
    const f = (z: tf.Tensor) => tf.sum(tf.mul(model.apply(z, { training: true }) as tf.Tensor, target)) as tf.Scalar;
    const dx = tf.grad(f)(input);
    const { grads } = tf.variableGrads(() => f(input), vars);
    const y = model.apply(input, { training: true }) as tf.Tensor;
    const out = [y, dx, ...vars.map((v) => grads[v.name]), ...model.nonTrainableWeights.map((w) => w.read())].map((t) => t.clone());
    model.dispose();
    return out;
  };
}

describe('training batch norm on a tensor large enough for threads (17×32×32×16: 278,528 elements)', () => {
  it.each([false, true])("output, input and weight gradients and moving statistics equal cpu's (stock tfjs-layers); ReLU after: %s", async (relu) => {
    // Each image's mean differs (image index · 0.5 + 3): the threads' pieces have different means, so
    // combining their statistics needs Chan's correction, not only an average.
    const run = batchNormRun([17, 32, 32, 16], relu, 1, () => {
      const shift = tf.range(0, 17).mul(0.5).add(3).reshape([17, 1, 1, 1]);
      return rand([17, 32, 32, 16], 5).mul(2).add(shift);
    });
    expectClose(await runOn('wasm', run), await runOn('cpu', run), 1e-4);
  });
});

describe('seeded random shapes: training batch norm kernels (odd row counts, channels 16·k and not multiples of 4), with and without a ReLU after', () => {
  // Row counts b·h·w odd and even (the two-row steps of the sums and their one-row tail), channels a
  // multiple of 16 (the register-held sums) and not (the general loops), row blocks ending mid-tensor
  // (80 channels: blocks of 25 rows, odd, so every block of the 16-channel passes ends in a one-row tail),
  // and a multiple of 8 but not of 16 (24: the 8-channel passes alone).
  const shapes: [number, number, number, number][] = [
    [1, 3, 5, 16], [3, 7, 5, 32], [2, 9, 8, 48], [1, 5, 11, 80], [1, 5, 9, 24], [3, 5, 7, 5], [1, 11, 13, 20], [2, 6, 7, 3],
  ];
  for (const shape of shapes) {
    it.each([false, true])(`x ${shape.join('x')}: output, gradients and moving statistics equal cpu's; ReLU after: %s`, async (relu) => {
      const run = batchNormRun(shape, relu, 11, () => rand(shape, 15).mul(2).add(1));
      expectClose(await runOn('wasm', run), await runOn('cpu', run), 1e-4);
    });
  }
});

describe('training batch norm of values far from zero (mean 50, spread 0.5): the one-pass statistics shift by a row, so no cancellation', () => {
  it.each([false, true])("x 2×6×5×64: output, gradients and moving statistics equal cpu's; ReLU after: %s", async (relu) => {
    const shape = [2, 6, 5, 64];
    const run = batchNormRun(shape, relu, 21, () => rand(shape, 25).mul(0.5).add(50));
    expectClose(await runOn('wasm', run), await runOn('cpu', run), 1e-4);
  });
});

describe('residual add and ReLU on a tensor large enough for threads (17×32×32×16)', () => {
  it("output and input gradient equal cpu's (LayerLoomAddRelu and a threaded ReLU gradient on wasm)", async () => {
    const run = () => {
      const input = tf.input({ shape: [32, 32, 16] });
      const bn = tf.layers.batchNormalization().apply(input) as tf.SymbolicTensor;
      const sum = tf.layers.add().apply([bn, input]) as tf.SymbolicTensor;
      const model = tf.model({ inputs: input, outputs: tf.layers.activation({ activation: 'relu' }).apply(sum) as tf.SymbolicTensor });
      if (tf.getBackend() === 'wasm') {
        fuseBatchNormTraining(tf as never, model);
        fuseAddRelu(tf as never, model);
      }
      const x = rand([17, 32, 32, 16], 5);
      const target = rand([17, 32, 32, 16], 6);
      const f = (z: tf.Tensor) => tf.sum(tf.mul(model.apply(z, { training: true }) as tf.Tensor, target)) as tf.Scalar;
      const out = [model.apply(x, { training: true }) as tf.Tensor, tf.grad(f)(x)].map((t) => t.clone());
      model.dispose();
      return out;
    };
    expectClose(await runOn('wasm', run), await runOn('cpu', run), 1e-4);
  });
});

describe('batch norm into a residual Add and ReLU (LayerLoomBatchNormAddRelu on wasm: the three in one pass)', () => {
  /**
   * input → BN → Add(·, shortcut) → ReLU, the shortcut the input itself or its own batch norm (both Add
   * inputs deferred): output, input and weight gradients and moving statistics against cpu's stock layers.
   */
  function residualRun(shape: number[], projection: boolean, seed: number) {
    return () => {
      const input = tf.input({ shape: shape.slice(1) });
      const bn = tf.layers.batchNormalization({ momentum: 0.9 });
      const shortcutBn = tf.layers.batchNormalization({ momentum: 0.8 });
      const z = bn.apply(input) as tf.SymbolicTensor;
      const shortcut = projection ? shortcutBn.apply(input) as tf.SymbolicTensor : input;
      const sum = tf.layers.add().apply([z, shortcut]) as tf.SymbolicTensor;
      const model = tf.model({ inputs: input, outputs: tf.layers.activation({ activation: 'relu' }).apply(sum) as tf.SymbolicTensor });
      if (tf.getBackend() === 'wasm') {
        fuseBatchNormTraining(tf as never, model);
        fuseAddRelu(tf as never, model);
      }
      const c = shape[3];
      const layers = projection ? [bn, shortcutBn] : [bn];
      layers.forEach((l, i) => l.setWeights([rand([c], seed + i).add(1), rand([c], seed + 2 + i), rand([c], seed + 4 + i), rand([c], seed + 6 + i).abs().add(0.5)]));
      const x = rand(shape, seed + 8).mul(2).add(0.5);
      const target = rand(shape, seed + 9);
      const vars = model.trainableWeights.map((w) => w.read() as tf.Variable);
      const f = (t: tf.Tensor) => tf.sum(tf.mul(model.apply(t, { training: true }) as tf.Tensor, target)) as tf.Scalar;
      const dx = tf.grad(f)(x);
      const { grads } = tf.variableGrads(() => f(x), vars);
      const y = model.apply(x, { training: true }) as tf.Tensor;
      const out = [y, dx, ...vars.map((v) => grads[v.name]), ...model.nonTrainableWeights.map((w) => w.read())].map((t) => t.clone());
      model.dispose();
      return out;
    };
  }
  // Channels 16 (whole rows), 32 and 48 (16-channel groups in blocks of rows), 24 (8-channel groups) and 5 (the general loops).
  const shapes: [number, number, number, number][] = [[17, 32, 32, 16], [3, 7, 5, 32], [3, 9, 5, 48], [1, 5, 9, 24], [2, 6, 7, 5]];
  for (const shape of shapes) {
    it.each([false, true])(`x ${shape.join('x')}: output, gradients and moving statistics equal cpu's; shortcut with its own batch norm: %s`, async (projection) => {
      const run = residualRun(shape, projection, 31);
      expectClose(await runOn('wasm', run), await runOn('cpu', run), 1e-4);
    });
  }
});
