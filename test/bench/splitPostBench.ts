/**
 * What posting a split job costs the main thread, apart from the kernel's work: runSplitByBatch with a
 * kernel on 4 floats an image, batch 64, on two threads (32 chunks of an output split by image, with and
 * without per-thread scratch; 8 pieces of a sum), alternated call by call; per-call least, first quartile
 * and median. The pool's stall rule is off (as in threadHandoffBench.ts), so the jobs go to the threads.
 *
 *   npx tsx test/bench/splitPostBench.ts [--calls 20000]
 */
import * as tf from '@tensorflow/tfjs';
import { selectBackend } from '../../src/train/backends/selectBackend';
import { runSplitByBatch } from '../../src/train/backends/wasm/batchSplit';
import { KernelThreads } from '../../src/train/backends/wasm/kernelThreads';
import { makeOutput, pointer } from '../../src/train/backends/wasm/simdKernels';
import { benchCount } from './benchArgs';

process.env.LAYERLOOM_THREADS ??= '2';
(KernelThreads.prototype as unknown as { count: () => void }).count = () => {};

async function main(): Promise<void> {
  await selectBackend('wasm');
  const backend = tf.backend();
  const perImage = 4;
  const batch = 64;
  const dy = tf.randomNormal([batch, perImage]);
  const x = tf.randomNormal([batch, perImage]);
  const out = makeOutput(backend, [batch, perImage]);
  const sum = makeOutput(backend, [perImage]);
  const batched = [{ at: pointer(backend, dy), perImage }, { at: pointer(backend, x), perImage }];
  const cases: [string, () => void][] = [
    ['split, no scratch', () => runSplitByBatch(backend, 'reluGrad', batch, 1e12, { batched, whole: [], out: { at: pointer(backend, out), perImage }, scratch: 0 },
      ([d, xi, o], n) => [d, xi, n * perImage, o])],
    // Winograd's argument list (9, scratch last); reluGrad ignores the extra ones.
    ['split, scratch', () => runSplitByBatch(backend, 'reluGrad', batch, 1e12, { batched, whole: [], out: { at: pointer(backend, out), perImage }, scratch: 64 },
      ([d, xi, o], n, s) => [d, xi, n * perImage, o, 1, 2, 3, 4, s])],
    ['sum, 8 pieces', () => runSplitByBatch(backend, 'reluGrad', batch, 1e12, { batched, whole: [], out: { at: pointer(backend, sum), sum: perImage }, scratch: 0, piecesPerThread: 4 },
      ([d, xi, o]) => [d, xi, perImage, o])],
  ];
  for (const [, f] of cases) for (let i = 0; i < 2000; i++) f(); // warm-up: optimized code
  const times = cases.map((): number[] => []);
  const calls = benchCount('calls', 20000);
  for (let r = 0; r < calls; r++) {
    const c = r % cases.length;
    const t = performance.now();
    cases[c][1]();
    times[c].push(performance.now() - t);
  }
  const us = (v: number) => (v * 1000).toFixed(1);
  cases.forEach(([name], c) => {
    const s = times[c].sort((a, b) => a - b);
    console.log(`${name.padEnd(18)} least ${us(s[0])} us, first quartile ${us(s[s.length >> 2])}, median ${us(s[s.length >> 1])}`);
  });
  process.exit(0);
}

void main();
