/**
 * Trains a bench model on the wasm backend with `layerloom bench`'s own trainer (runBench.ts: Adam 1e-3,
 * loss.ts's softmax cross-entropy on random images, the training patches of trainingPatches.ts) and
 * records every kernel call of each timed step (kernelRecorder.ts) with the step's wall time.
 */
import * as tf from '@tensorflow/tfjs';
import { selectBackend } from '../../../src/train/backends/selectBackend';
import type { BenchModel } from '../../../src/train/bench/benchModels';
import { makeTrainer } from '../../../src/train/bench/runBench';
import { recordWasmKernels, type TimedCall } from './kernelRecorder';

export interface RecordedSteps {
  /** Each timed step's top-level kernel calls, in order. */
  readonly steps: TimedCall[][];
  /** Each timed step's wall time (ms), the loss read back included. */
  readonly stepMs: number[];
}

export async function recordTrainingSteps(bench: BenchModel, o: { batch: number; warmup: number; steps: number }): Promise<RecordedSteps> {
  await selectBackend('wasm');
  // The bench's own trainer on one batch: what is recorded is the step `layerloom bench` times.
  const trainer = await makeTrainer(tf, bench, { batch: o.batch, images: o.batch });
  const recorder = recordWasmKernels();
  const steps: TimedCall[][] = [];
  const stepMs: number[] = [];
  try {
    for (let i = 0; i < o.warmup; i++) await trainer.step(0);
    for (let i = 0; i < o.steps; i++) {
      recorder.start();
      const t = performance.now();
      await trainer.step(0);
      stepMs.push(performance.now() - t);
      steps.push(recorder.take());
    }
  } finally {
    recorder.restore();
    trainer.dispose();
  }
  return { steps, stepMs };
}
