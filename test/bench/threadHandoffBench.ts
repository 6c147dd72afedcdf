/**
 * How well LeNet-5's threaded kernels hand work to the kernel threads: each job's main-thread share of
 * its chunks (0.5 on two threads when the worker keeps up, 1 when it took none) and the least wall time,
 * with the main thread busy for a given gap between jobs (0: back to back; 30 ms: the worker, whose spin
 * lasts 20 ms, is asleep when the next job comes). The pool's stall rule is switched off here (it would
 * run most jobs on the main thread alone and hide the handoff), by patching its private `count`.
 *
 *   npx tsx test/bench/threadHandoffBench.ts [--jobs 60]
 */
import * as tf from '@tensorflow/tfjs';
import { KernelThreads } from '../../src/train/backends/wasm/kernelThreads';
import { selectBackend } from '../../src/train/backends/selectBackend';
import { benchCount } from './benchArgs';

process.env.LAYERLOOM_THREADS ??= '2';
(KernelThreads.prototype as unknown as { count: () => void }).count = () => {};
const shares: number[] = [];
const run = KernelThreads.prototype.run;
KernelThreads.prototype.run = function counted(this: KernelThreads, fn, chunks, args, kernel) {
  let mine = 0;
  run.call(this, fn, chunks, args, (...a: number[]) => { mine++; kernel(...a); });
  shares.push(mine / chunks);
};

function busy(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

async function main(): Promise<void> {
  const jobs = benchCount('jobs', 60);
  await selectBackend('wasm');
  const x = tf.randomNormal([64, 14, 14, 6]) as tf.Tensor4D;
  const w = tf.randomNormal([5, 5, 6, 16]) as tf.Tensor4D;
  const a = tf.randomNormal([64, 400]);
  const b = tf.randomNormal([400, 120]);
  const ops: [string, () => tf.Tensor][] = [
    ['conv 14x14x6 -> 10x10x16 (31 MFLOP)', () => tf.conv2d(x, w, 1, 'valid')],
    ['matMul 64x400x120 (6 MFLOP)', () => tf.matMul(a, b)],
  ];
  for (const [, op] of ops) op().dispose(); // the pool starts (its worker compiles) before the timing
  await new Promise((r) => setTimeout(r, 1000));
  for (const [name, op] of ops) {
    for (const gap of [0, 0.2, 1, 5, 30]) {
      shares.length = 0;
      let best = Infinity;
      for (let k = 0; k < jobs; k++) {
        const t = performance.now();
        op().dispose();
        best = Math.min(best, performance.now() - t);
        busy(gap);
      }
      const s = [...shares].sort((p, q) => p - q);
      console.log(`${name.padEnd(36)} gap ${String(gap).padStart(4)} ms: best ${best.toFixed(3)} ms, main thread's share median ${s[s.length >> 1].toFixed(2)}, `
        + `all chunks on the main thread in ${s.filter((v) => v === 1).length}/${s.length} jobs`);
    }
  }
  process.exit(0);
}

void main();
