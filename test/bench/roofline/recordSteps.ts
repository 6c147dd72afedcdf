/**
 * Trains a bench model on the wasm backend as `layerloom bench` does (runBench.ts's trainer: Adam 1e-3,
 * softmax cross-entropy on random images, the training patches of trainingPatches.ts) and
 * records every kernel call of each timed step (kernelRecorder.ts) with the step's wall time.
 */
import * as tf from '@tensorflow/tfjs';
import { compileGraph } from '../../../src/compile/compileGraph';
import { selectBackend } from '../../../src/train/backends/selectBackend';
import { patchForTraining } from '../../../src/train/backends/trainingPatches';
import { adam } from '../../../src/train/backends/fusedAdam';
import type { BenchModel } from '../../../src/train/bench/benchModels';
import { recordWasmKernels, type TimedCall } from './kernelRecorder';

export interface RecordedSteps {
  /** Each timed step's top-level kernel calls, in order. */
  readonly steps: TimedCall[][];
  /** Each timed step's wall time (ms), the loss read back included. */
  readonly stepMs: number[];
}

export async function recordTrainingSteps(bench: BenchModel, o: { batch: number; warmup: number; steps: number }): Promise<RecordedSteps> {
  await selectBackend('wasm');
  const { model } = compileGraph(await bench.graph(), tf, bench.name);
  patchForTraining(tf, model);
  const [h, w, c] = bench.inputShape;
  const x = tf.randomNormal([o.batch, h, w, c], 0, 1, 'float32', 1);
  const y = tf.tidy(() => tf.oneHot(tf.randomUniform([o.batch], 0, bench.classes, 'int32', 2), bench.classes).toFloat());
  const optimizer = adam(1e-3);
  const step = async () => {
    const cost = optimizer.minimize(() => {
      const logits = model.apply(x, { training: true }) as tf.Tensor;
      return tf.losses.softmaxCrossEntropy(y, logits) as tf.Scalar;
    }, true);
    await cost?.data();
    cost?.dispose();
  };
  const recorder = recordWasmKernels();
  const steps: TimedCall[][] = [];
  const stepMs: number[] = [];
  try {
    for (let i = 0; i < o.warmup; i++) await step();
    for (let i = 0; i < o.steps; i++) {
      recorder.start();
      const t = performance.now();
      await step();
      stepMs.push(performance.now() - t);
      steps.push(recorder.take());
    }
  } finally {
    recorder.restore();
    tf.dispose([x, y]);
    optimizer.dispose();
    model.dispose();
  }
  return { steps, stepMs };
}
