/**
 * Training throughput of one bench model on the current tfjs backend: batch 64, Adam (lr 1e-3),
 * softmax cross-entropy on random images and labels, one warm-up epoch, then the best of three timed
 * epochs — the protocol of the PyTorch reference script (torchReference.ts), so both sides are measured
 * alike on a machine whose speed moves from minute to minute.
 */
import type * as tfjs from '@tensorflow/tfjs';
import { compileGraph } from '../../compile/compileGraph';
import { patchForTraining } from '../backends/trainingPatches';
import { adam } from '../backends/fusedAdam';
import type { BenchModel } from './benchModels';

export interface BenchResult {
  readonly params: number;
  /** The best timed epoch's rate. */
  readonly imagesPerSec: number;
  /** Every timed epoch's rate, in order. */
  readonly epochImagesPerSec: readonly number[];
}

export interface KernelTime {
  readonly kernel: string;
  readonly ms: number;
  readonly calls: number;
}

export interface BenchOptions {
  readonly batch?: number;
  /** Images per epoch; default: the model's own (as in the PyTorch reference). */
  readonly images?: number;
  /** Timed epochs after the warm-up, of which the best counts (default 3). */
  readonly epochs?: number;
}

export function trainableParams(model: tfjs.LayersModel): number {
  return model.trainableWeights.reduce((n, w) => n + (w.shape as number[]).reduce((a, b) => a * b, 1), 0);
}

export interface Trainer {
  readonly model: tfjs.LayersModel;
  /** One optimizer step on the batch starting at image `start`; resolves once its loss is read back. */
  step(start: number): Promise<void>;
  readonly batch: number;
  readonly images: number;
  dispose(): void;
}

/** The bench's model, data and optimizer step (also for scripts/wasm's CPU-time measurements). */
export async function makeTrainer(tf: typeof tfjs, bench: BenchModel, options: BenchOptions): Promise<Trainer> {
  const batch = options.batch ?? 64;
  const images = Math.max(batch, options.images ?? bench.images);
  const { model } = compileGraph(await bench.graph(), tf, bench.name);
  patchForTraining(tf, model);
  const [h, w, c] = bench.inputShape;
  const x = tf.randomNormal([images, h, w, c], 0, 1, 'float32', 1);
  const labels = tf.tidy(() => tf.oneHot(tf.randomUniform([images], 0, bench.classes, 'int32', 2), bench.classes).toFloat());
  const optimizer = adam(1e-3);
  const step = async (start: number): Promise<void> => {
    const n = Math.min(batch, images - start);
    const cost = optimizer.minimize(() => {
      const xb = x.slice([start, 0, 0, 0], [n, h, w, c]);
      const yb = labels.slice([start, 0], [n, bench.classes]);
      const logits = model.apply(xb, { training: true }) as tfjs.Tensor;
      return tf.losses.softmaxCrossEntropy(yb, logits) as tfjs.Scalar;
    }, true);
    await cost?.data(); // asynchronous: webgpu cannot read synchronously in Node
    cost?.dispose();
  };
  return {
    model, step, batch, images,
    dispose: () => {
      tf.dispose([x, labels]);
      optimizer.dispose();
      model.dispose();
    },
  };
}

async function pass(trainer: Trainer): Promise<void> {
  for (let i = 0; i < trainer.images; i += trainer.batch) await trainer.step(i);
}

export async function benchModel(tf: typeof tfjs, bench: BenchModel, options: BenchOptions = {}): Promise<BenchResult> {
  const trainer = await makeTrainer(tf, bench, options);
  try {
    await pass(trainer); // warm-up: kernels set up, weights allocated
    const rates: number[] = [];
    for (let e = 0; e < (options.epochs ?? 3); e++) {
      const start = performance.now();
      await pass(trainer);
      rates.push(Math.round((trainer.images / ((performance.now() - start) / 1000)) * 10) / 10);
    }
    return { params: trainableParams(trainer.model), imagesPerSec: Math.max(...rates), epochImagesPerSec: rates };
  } finally {
    trainer.dispose();
  }
}

/** Time per kernel over `steps` training steps after a warm-up step, largest first. */
export async function profileModel(tf: typeof tfjs, bench: BenchModel, steps = 3, options: BenchOptions = {}): Promise<KernelTime[]> {
  const trainer = await makeTrainer(tf, bench, { ...options, images: (steps + 1) * (options.batch ?? 64) });
  try {
    await trainer.step(0);
    const totals = new Map<string, { ms: number; calls: number }>();
    for (let s = 1; s <= steps; s++) {
      const info = await tf.profile(async () => {
        await trainer.step(s * trainer.batch);
        return [];
      });
      for (const k of info.kernels) {
        const t = totals.get(k.name) ?? { ms: 0, calls: 0 };
        t.ms += Number(k.kernelTimeMs) || 0;
        t.calls += 1;
        totals.set(k.name, t);
      }
    }
    return [...totals.entries()]
      .map(([kernel, t]) => ({ kernel, ms: t.ms / steps, calls: t.calls / steps }))
      .sort((a, b) => b.ms - a.ms);
  } finally {
    trainer.dispose();
  }
}
