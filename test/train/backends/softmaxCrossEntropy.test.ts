/**
 * loss.ts's cross-entropy from logits and its correct count: on wasm one LayerLoom kernel each way
 * (softmaxCrossEntropyKernel.ts), elsewhere tfjs's ops; both equal tfjs cpu's stock
 * tf.losses.softmaxCrossEntropy (value and gradient) and argMax count, and leave no tensor behind.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compileGraph } from '../../../src/compile/compileGraph';
import { adam } from '../../../src/train/backends/fusedAdam';
import { patchForTraining } from '../../../src/train/backends/trainingPatches';
import { SOFTMAX_CROSS_ENTROPY } from '../../../src/train/backends/wasm/softmaxCrossEntropyKernel';
import { lenet5Graph } from '../../../src/train/bench/benchModels';
import { countCorrect, crossEntropy, EPSILON } from '../../../src/train/loss';
import { expectClose, rand, runOn, setUpBackends, shapesFrom, tf, values } from './gradHarness';

beforeAll(setUpBackends);

/** Seeded labels in [0, k). */
function labels(n: number, k: number, seed: number): tf.Tensor1D {
  return tf.tensor1d(Array.from(values(n, seed), (v) => Math.min(k - 1, Math.floor(((v + 1) / 2) * k))), 'int32');
}

/** Loss and its gradient for the logits, by loss.ts's crossEntropy or by tfjs's own op on float one-hot labels. */
function lossAndGrad(logits: tf.Tensor2D, y: tf.Tensor1D, stock: boolean): tf.Tensor[] {
  const k = logits.shape[1];
  const f = (z: tf.Tensor) => (stock ? tf.losses.softmaxCrossEntropy(tf.oneHot(y, k), z) as tf.Scalar : crossEntropy(tf as never, z as never, y as never, k, true) as unknown as tf.Scalar);
  const { value, grad } = tf.valueAndGrad(f)(logits);
  return [value, grad];
}

const stockOnCpu = (fn: () => tf.Tensor[]) => runOn('cpu', fn);

describe('cross-entropy from logits equals tfjs cpu\'s softmaxCrossEntropy', () => {
  for (const n of [1, 64]) {
    for (const k of [2, 10, 1000]) {
      for (const scale of [1, 80]) {
        it(`n ${n}, k ${k}, logits in ±${scale}: value and gradient on wasm (one kernel each way) and cpu`, async () => {
          const seed = n * 7919 + k * 31 + scale;
          const make = (stock: boolean) => () => lossAndGrad(rand([n, k], seed).mul(scale) as tf.Tensor2D, labels(n, k, seed + 1), stock);
          const expected = await stockOnCpu(make(true));
          await tf.setBackend('wasm');
          const names = (await tf.profile(() => tf.tidy(make(false)))).kernelNames;
          expect(names).toContain('LayerLoomSoftmaxCrossEntropy');
          expect(names).toContain('LayerLoomSoftmaxCrossEntropyGrad');
          expect(names).not.toContain('Exp');
          expectClose(await runOn('wasm', make(false)), expected, 1e-5);
          expectClose(await runOn('cpu', make(false)), expected, 1e-5);
        });
      }
    }
  }

  it('a label outside [0, k) counts as tf.oneHot has it (a row of zeros), on wasm as on cpu', async () => {
    const make = (stock: boolean) => () => lossAndGrad(rand([5, 4], 3).mul(3) as tf.Tensor2D, tf.tensor1d([0, 3, 4, -1, 2], 'int32'), stock);
    expectClose(await runOn('wasm', make(false)), await stockOnCpu(make(true)), 1e-5);
  });

  it('gradients scaled by dy (a loss used inside a larger one)', async () => {
    const make = (stock: boolean) => () => {
      const y = labels(8, 10, 5);
      const f = (z: tf.Tensor) => tf.mul(stock ? tf.losses.softmaxCrossEntropy(tf.oneHot(y, 10), z) : crossEntropy(tf as never, z as never, y as never, 10, true) as unknown as tf.Tensor, -2.5) as tf.Scalar;
      return [tf.grad(f)(rand([8, 10], 6).mul(4))];
    };
    expectClose(await runOn('wasm', make(false)), await stockOnCpu(make(true)), 1e-5);
  });

  it('leaves no tensor and no backend data behind on wasm', async () => {
    await tf.setBackend('wasm');
    const backend = tf.backend() as unknown as { numDataIds(): number };
    const z = rand([64, 10], 11);
    const y = labels(64, 10, 12);
    const step = () => tf.dispose(lossAndGrad(z as tf.Tensor2D, y, false));
    step();
    const [tensors, ids] = [tf.memory().numTensors, backend.numDataIds()];
    for (let i = 0; i < 3; i++) step();
    expect([tf.memory().numTensors, backend.numDataIds()]).toEqual([tensors, ids]);
    tf.dispose([z, y]);
  });
});

/** −mean log(clip(softmax(z)[label])) and its gradient: stock ops (loss.ts's probabilities path) or the kernel with its clip. */
function clippedLossAndGrad(logits: tf.Tensor2D, y: tf.Tensor1D, stock: boolean): tf.Tensor[] {
  const k = logits.shape[1];
  const f = (z: tf.Tensor) => (stock
    ? crossEntropy(tf as never, tf.softmax(z) as never, y as never, k, false) as unknown as tf.Scalar
    : tf.engine().runKernel(SOFTMAX_CROSS_ENTROPY, { logits: z, labels: y }, { clip: EPSILON }) as tf.Scalar);
  const { value, grad } = tf.valueAndGrad(f)(logits);
  return [value, grad];
}

describe('the kernel with the probabilities\' clip equals softmax, clip, log on cpu', () => {
  for (const n of [1, 64]) {
    for (const k of [2, 10, 1000]) {
      for (const scale of [1, 80]) {
        it(`n ${n}, k ${k}, logits in ±${scale} (±80: most rows clipped, no gradient)`, async () => {
          const seed = n * 7919 + k * 31 + scale + 5;
          const make = (stock: boolean) => () => clippedLossAndGrad(rand([n, k], seed).mul(scale) as tf.Tensor2D, labels(n, k, seed + 1), stock);
          expectClose(await runOn('wasm', make(false)), await stockOnCpu(make(true)), 1e-5);
        });
      }
    }
  }

  it('labels outside [0, k): loss 0 and no gradient for their rows', async () => {
    const make = (stock: boolean) => () => clippedLossAndGrad(rand([5, 4], 3).mul(3) as tf.Tensor2D, tf.tensor1d([0, 3, 4, -1, 2], 'int32'), stock);
    expectClose(await runOn('wasm', make(false)), await stockOnCpu(make(true)), 1e-5);
  });
});

describe('countCorrect equals argMax, equal, cast and sum on cpu', () => {
  it('seeded shapes, ties included (the first largest counts), out-of-range labels never correct', async () => {
    const next = shapesFrom(17);
    for (let c = 0; c < 6; c++) {
      const [n, k] = [next(1, 70), next(2, 12)];
      // Rounded logits: many ties within a row.
      const make = (stock: boolean) => () => {
        const z = rand([n, k], 40 + c).mul(3).round();
        const y = tf.tensor1d(Array.from(values(n, 60 + c), (v) => Math.floor(((v + 1) / 2) * (k + 1)) - (c % 2)), 'int32');
        return [stock ? tf.sum(tf.cast(tf.equal(tf.argMax(z, -1), y), 'float32')) : countCorrect(tf as never, z as never, y as never) as unknown as tf.Tensor];
      };
      await tf.setBackend('wasm');
      const names = (await tf.profile(() => tf.tidy(make(false)))).kernelNames;
      expect(names).toContain('LayerLoomCountCorrect');
      expect(names).not.toContain('ArgMax');
      expect(await runOn('wasm', make(false))).toEqual(await stockOnCpu(make(true)));
    }
  });
});

describe('LeNet-5 steps with the fused loss', () => {
  /** LeNet-5 from the bench's blocks, with the Output block's softmax on or off. */
  const lenet = (softmax: boolean) => {
    const graph = lenet5Graph();
    const nodes = softmax ? graph.nodes.map((nd) => (nd.kind === 'Output' ? { ...nd, params: { ...nd.params, softmax: true } } : nd)) : graph.nodes;
    return compileGraph({ ...graph, nodes }, tf as never).model;
  };

  /**
   * 4 Adam steps on batch 16 from seeded weights with `loss` on the model's output: the losses, what `after`
   * returns (called after the steps), then the weights.
   */
  const steps = (
    softmax: boolean, patched: boolean, loss: (out: tf.Tensor, y: tf.Tensor) => tf.Scalar,
    after: (model: tf.LayersModel, x: tf.Tensor, y: tf.Tensor) => tf.Tensor[] = () => [],
  ) => () => {
    const model = lenet(softmax);
    if (patched) patchForTraining(tf as never, model);
    model.weights.forEach((w, i) => w.write(rand(w.shape as number[], 300 + i).mul(0.3)));
    const optimizer = adam(1e-3);
    const x = rand([16, 28, 28, 1], 13);
    const y = labels(16, 10, 14);
    const out: tf.Tensor[] = [];
    for (let s = 0; s < 4; s++) out.push(optimizer.minimize(() => loss(model.apply(x, { training: true }) as tf.Tensor, y), true)!);
    const extra = after(model, x, y);
    const weights = model.weights.map((w) => w.read().clone());
    optimizer.dispose();
    model.dispose();
    return [tf.stack(out), ...extra, ...weights];
  };

  /** With the Output block's softmax on, through loss.ts's probabilities path; then the probabilities of one more call. */
  const softmaxOn = (patched: boolean) => steps(true, patched,
    (p, y) => crossEntropy(tf as never, p as never, y as never, 10, false) as unknown as tf.Scalar,
    (model, x, y) => {
      const probabilities = model.apply(x, { training: true }) as tf.Tensor; // still probabilities when patched
      crossEntropy(tf as never, probabilities as never, y as never, 10, false); // as a training step does (takes the kept logits)
      return [probabilities];
    });

  it('with softmax on, logits kept for a loss that never came are freed by the layer\'s next call', async () => {
    await tf.setBackend('wasm');
    const model = lenet(true);
    patchForTraining(tf as never, model);
    const x = rand([2, 28, 28, 1], 15);
    const y = labels(2, 10, 16);
    const tensors = tf.memory().numTensors;
    for (let i = 0; i < 3; i++) tf.tidy(() => { model.apply(x, { training: true }); });
    expect(tf.memory().numTensors).toBe(tensors + 1); // the last call's logits only
    tf.tidy(() => { crossEntropy(tf as never, model.apply(x, { training: true }) as never, y as never, 10, false); });
    expect(tf.memory().numTensors).toBe(tensors);
    model.dispose();
    tf.dispose([x, y]);
  });

  it('with the Output block\'s softmax on: the patched output layer\'s loss equals the stock probabilities path', async () => {
    const stockWasm = await runOn('wasm', softmaxOn(false));
    const tensors = tf.memory().numTensors;
    const fused = await runOn('wasm', softmaxOn(true));
    expect(tf.memory().numTensors).toBe(tensors); // the kept logits disposed (by the loss, or by the layer's next call)
    expectClose(fused, stockWasm, 1e-5);
    expectClose(fused, await stockOnCpu(softmaxOn(true)), 1e-4);
    await tf.setBackend('wasm');
    const names = (await tf.profile(() => { tf.tidy(softmaxOn(true)); })).kernelNames;
    expect(names).toContain('LayerLoomSoftmaxCrossEntropyGrad');
    expect(names).not.toContain('ClipByValue');
  });

  /** Losses of 4 Adam steps from logits, by loss.ts's crossEntropy or tfjs's op. */
  const losses = (stock: boolean) => steps(false, false, (logits, y) => (stock
    ? tf.losses.softmaxCrossEntropy(tf.oneHot(y as tf.Tensor1D, 10), logits) as tf.Scalar
    : crossEntropy(tf as never, logits as never, y as never, 10, true) as unknown as tf.Scalar));

  it('equal the stock loss\'s on wasm and on cpu (losses and the weights after)', async () => {
    const stockWasm = await runOn('wasm', losses(true));
    const fused = await runOn('wasm', losses(false));
    expectClose(fused, stockWasm, 1e-5);
    expectClose(fused, await stockOnCpu(losses(true)), 1e-4);
  });
});
