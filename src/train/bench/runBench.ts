/**
 * Training throughput of one bench model on the current tfjs backend: batch 64, Adam (lr 1e-3),
 * softmax cross-entropy (loss.ts's, as training runs it) on random images and labels, one warm-up
 * epoch, then the best of three timed epochs — the protocol of the PyTorch reference script
 * (torchReference.ts), so both sides are measured alike on a machine whose speed moves from minute to minute.
 */
import type * as tfjs from '@tensorflow/tfjs';
import { compileGraph } from '../../compile/compileGraph';
import { patchForTraining } from '../backends/trainingPatches';
import { adam } from '../backends/fusedAdam';
import { crossEntropy } from '../loss';
import type { BenchModel } from './benchModels';
import { kernelThreadStats, type KernelThreadStats } from '../backends/wasm/kernelThreads';

export interface BenchResult {
  readonly params: number;
  /** The best timed epoch's rate. */
  readonly imagesPerSec: number;
  /** Every timed epoch's rate, in order. */
  readonly epochImagesPerSec: readonly number[];
  /** LayerLoom's kernel threads in the best epoch (wasm with more than one thread only). */
  readonly kernelThreads?: ThreadUse;
}

/**
 * How a two-thread figure used its second thread: the share of threaded jobs the main thread ran alone
 * (the pool's stall rule: the workers fell behind), its share of the other jobs' chunks (0.5 on two
 * threads when the worker keeps up) and how long it waited for the workers' last chunks, per step.
 */
export interface ThreadUse {
  readonly threads: number;
  readonly soloJobShare: number;
  readonly mainChunkShare: number;
  readonly waitedMsPerStep: number;
}

function threadUse(before: KernelThreadStats | null, after: KernelThreadStats | null, steps: number): ThreadUse | undefined {
  if (!before || !after || after.threads !== before.threads) return undefined;
  const jobs = after.jobs - before.jobs;
  const chunks = after.chunks - before.chunks;
  const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;
  return {
    threads: after.threads,
    soloJobShare: jobs > 0 ? round((after.soloJobs - before.soloJobs) / jobs, 2) : 0,
    mainChunkShare: chunks > 0 ? round((after.mainChunks - before.mainChunks) / chunks, 2) : 0,
    waitedMsPerStep: round((after.waitedMs - before.waitedMs) / steps, 2),
  };
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
  // Class indices, as the reference's F.cross_entropy takes and as training runs (loss.ts, logits out).
  const labels = tf.randomUniform([images], 0, bench.classes, 'int32', 2);
  const optimizer = adam(1e-3);
  const step = async (start: number): Promise<void> => {
    const n = Math.min(batch, images - start);
    const cost = optimizer.minimize(() => {
      const xb = x.slice([start, 0, 0, 0], [n, h, w, c]);
      const yb = labels.slice([start], [n]);
      const logits = model.apply(xb, { training: true }) as tfjs.Tensor;
      return crossEntropy(tf, logits, yb, bench.classes, true);
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
    const threads: (ThreadUse | undefined)[] = [];
    for (let e = 0; e < (options.epochs ?? 3); e++) {
      const before = kernelThreadStats();
      const start = performance.now();
      await pass(trainer);
      rates.push(Math.round((trainer.images / ((performance.now() - start) / 1000)) * 10) / 10);
      threads.push(threadUse(before, kernelThreadStats(), Math.ceil(trainer.images / trainer.batch)));
    }
    const best = rates.indexOf(Math.max(...rates));
    const kernelThreads = threads[best];
    return { params: trainableParams(trainer.model), imagesPerSec: rates[best], epochImagesPerSec: rates, ...(kernelThreads ? { kernelThreads } : {}) };
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
