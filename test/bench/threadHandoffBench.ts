/**
 * How well LeNet-5's threaded kernels hand work to the kernel threads: each job's main-thread share of
 * its chunks (0.5 on two threads when the worker keeps up, 1 when it took none) and the least wall time,
 * with the main thread busy for a given gap between jobs (0: back to back; 30 ms: the worker, whose spin
 * lasts 20 ms, is asleep when the next job comes). The pool's stall rule is switched off here (it would
 * run most jobs on the main thread alone and hide the handoff), by patching its private `count`.
 *
 * With --model, the main thread's wait for the other threads' last chunks in training steps of that bench
 * model (`layerloom bench`'s step), by kernel: the sum over a step's jobs of each job's median wait over the
 * steps (what a step loses to the threads' tails when nothing disturbs them) and the mean (with the
 * disturbances: other processes, collections).
 *
 *   npx tsx test/bench/threadHandoffBench.ts [--jobs 60]
 *   npx tsx test/bench/threadHandoffBench.ts --model resnet20|resnet20_64|lenet5 [--steps 20]
 */
import { loadavg } from 'node:os';
import * as tf from '@tensorflow/tfjs';
import { KernelThreads } from '../../src/train/backends/wasm/kernelThreads';
import { selectBackend } from '../../src/train/backends/selectBackend';
import { BENCH_MODELS, type BenchModelName } from '../../src/train/bench/benchModels';
import { makeTrainer } from '../../src/train/bench/runBench';
import { median } from '../../src/train/bench/benchCommand';
import { benchArg, benchCount } from './benchArgs';

process.env.LAYERLOOM_THREADS ??= '2';
(KernelThreads.prototype as unknown as { count: () => void }).count = () => {};
const shares: number[] = [];
const run = KernelThreads.prototype.run;
KernelThreads.prototype.run = function counted(this: KernelThreads, fn, rows, kernel, perThread) {
  let mine = 0;
  run.call(this, fn, rows, (...a: number[]) => { mine++; kernel(...a); }, perThread);
  shares.push(mine / rows.length);
};

// Each wait for the other threads, with its kernel, while `waits` is set.
let waits: { fn: string; ms: number }[] | null = null;
const pool = KernelThreads.prototype as unknown as { wait: (fn: string, chunks: number) => void };
const wait = pool.wait;
pool.wait = function timed(this: unknown, fn: string, chunks: number) {
  const t = performance.now();
  wait.call(this, fn, chunks);
  waits?.push({ fn, ms: performance.now() - t });
};

async function stepWaits(model: BenchModelName, steps: number): Promise<void> {
  const trainer = await makeTrainer(tf, BENCH_MODELS[model], { batch: 64, images: 64 });
  for (let i = 0; i < 3; i++) await trainer.step(0);
  const perStep: { fn: string; ms: number }[][] = [];
  for (let i = 0; i < steps; i++) {
    waits = [];
    await trainer.step(0);
    perStep.push(waits);
  }
  waits = null;
  trainer.dispose();
  // The i-th job of a step is the same kernel call every step.
  const jobs = Math.min(...perStep.map((w) => w.length));
  const byKernel = new Map<string, { jobs: number; median: number; mean: number }>();
  for (let k = 0; k < jobs; k++) {
    const ms = perStep.map((w) => w[k].ms);
    const e = byKernel.get(perStep[0][k].fn) ?? { jobs: 0, median: 0, mean: 0 };
    e.jobs++;
    e.median += median(ms);
    e.mean += ms.reduce((a, b) => a + b, 0) / ms.length;
    byKernel.set(perStep[0][k].fn, e);
  }
  const total = { median: 0, mean: 0 };
  for (const [fn, e] of [...byKernel].sort((p, q) => q[1].median - p[1].median)) {
    total.median += e.median;
    total.mean += e.mean;
    console.log(`${fn.padEnd(28)} ${String(e.jobs).padStart(3)} jobs a step: waited ${e.median.toFixed(3)} ms a step (sum of medians), ${e.mean.toFixed(3)} (means)`);
  }
  console.log(`${model}, ${steps} steps, ${jobs} threaded jobs a step: waited ${total.median.toFixed(2)} ms a step (sum of each job's median), ${total.mean.toFixed(2)} (means); load ${loadavg()[0].toFixed(2)}`);
  // Where the means come from: a few long waits (a worker preempted inside a chunk) or many short ones.
  const all = perStep.flat().map((w) => w.ms);
  for (const [from, to] of [[0, 0.1], [0.1, 0.5], [0.5, 2], [2, 10], [10, Infinity]]) {
    const these = all.filter((ms) => ms >= from && ms < to);
    console.log(`  waits of ${from}-${to} ms: ${(these.length / steps).toFixed(1)} a step, ${(these.reduce((a, b) => a + b, 0) / steps).toFixed(2)} ms a step`);
  }
}

function busy(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

async function main(): Promise<void> {
  const jobs = benchCount('jobs', 60);
  await selectBackend('wasm');
  const model = benchArg('model', '');
  if (model) {
    if (!(model in BENCH_MODELS)) throw new Error(`--model is one of ${Object.keys(BENCH_MODELS).join(', ')} (got ${model})`);
    await stepWaits(model as BenchModelName, benchCount('steps', 20));
    process.exit(0);
  }
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
