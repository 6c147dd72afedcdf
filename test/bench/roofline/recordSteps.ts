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
  return (await recordWays(bench, o, 1, () => {}))[0];
}

/**
 * Two settings of the code under test inside the same trainer's steps: `apply(way)` before each step, the
 * ways alternated A B B A (neither always follows the other, and the machine's drift falls on both alike),
 * each way's steps recorded apart. `o.steps` is the number of timed steps of both ways together.
 */
export async function recordTrainingStepsAB(
  bench: BenchModel, o: { batch: number; warmup: number; steps: number }, apply: (way: 0 | 1) => void,
): Promise<[RecordedSteps, RecordedSteps]> {
  const [a, b] = await recordWays(bench, o, 2, apply);
  return [a, b];
}

async function recordWays(bench: BenchModel, o: { batch: number; warmup: number; steps: number }, ways: 1 | 2, apply: (way: 0 | 1) => void): Promise<RecordedSteps[]> {
  await selectBackend('wasm');
  // The bench's own trainer on one batch: what is recorded is the step `layerloom bench` times.
  const trainer = await makeTrainer(tf, bench, { batch: o.batch, images: o.batch });
  const recorder = recordWasmKernels();
  const out = Array.from({ length: ways }, () => ({ steps: [] as TimedCall[][], stepMs: [] as number[] }));
  try {
    for (let i = 0; i < o.warmup; i++) {
      apply((i % ways) as 0 | 1);
      await trainer.step(0);
    }
    for (let i = 0; i < o.steps; i++) {
      const way = ways === 1 ? 0 : (i + (i >> 1)) % 2; // A B B A A B B A …
      apply(way as 0 | 1);
      recorder.start();
      const t = performance.now();
      await trainer.step(0);
      out[way].stepMs.push(performance.now() - t);
      out[way].steps.push(recorder.take());
    }
  } finally {
    recorder.restore();
    trainer.dispose();
  }
  return out;
}
