/**
 * Per-kernel CPU time of one bench-model training step on wasm (wall time on the shared build machine
 * is noise): every wasm kernel is wrapped with a CPU-time counter (nested kernel calls count in their
 * caller only). Prints ms per step by kernel and the time outside kernels (engine, tape, JS).
 *   npx tsx scripts/wasm/profileCpu.ts [resnet20|lenet5] [steps]   (LAYERLOOM_PROFILE_WALL=1: wall time)
 */
import * as tf from '@tensorflow/tfjs';
import { getKernelsForBackend, registerKernel, unregisterKernel, type KernelConfig } from '@tensorflow/tfjs-core';
import { selectBackend } from '../../src/train/backends/selectBackend';
import { BENCH_MODELS, type BenchModelName } from '../../src/train/bench/benchModels';
import { benchModel } from '../../src/train/bench/runBench';

const totals = new Map<string, { us: number; calls: number }>();
let depth = 0;
let counting = false;
let parent = '';
/** LAYERLOOM_PROFILE_NESTED=1: also the kernels called inside kernels (indented, not in the total). */
const NESTED = process.env.LAYERLOOM_PROFILE_NESTED === '1';

/** LAYERLOOM_PROFILE_SHAPES=1: one row per kernel and input shapes. */
const SHAPES = process.env.LAYERLOOM_PROFILE_SHAPES === '1';
const shapesOf = (inputs: Record<string, { shape: number[] }>) =>
  `(${Object.values(inputs).filter(Boolean).map((t) => t.shape.join('x')).join(', ')})`;

/** LAYERLOOM_PROFILE_WALL=1: wall time (what threads gain; CPU time counts every thread's work). */
const WALL = process.env.LAYERLOOM_PROFILE_WALL === '1';

function cpuUs(): number {
  if (WALL) return performance.now() * 1000;
  const u = process.cpuUsage();
  return u.user + u.system;
}

function wrapAll(): void {
  for (const k of getKernelsForBackend('wasm')) {
    const original = k.kernelFunc;
    const wrapped: KernelConfig = {
      ...k,
      kernelFunc: (args) => {
        if (!counting || (depth > 0 && !NESTED)) return original(args);
        const name = SHAPES ? `${k.kernelName}${shapesOf(args.inputs as Record<string, { shape: number[] }>)}` : k.kernelName;
        const key = depth > 0 ? `  ${parent}>${name}` : name;
        const saved = parent;
        if (depth === 0) parent = k.kernelName;
        depth++;
        const t = cpuUs();
        try {
          return original(args);
        } finally {
          depth--;
          parent = saved;
          const e = totals.get(key) ?? { us: 0, calls: 0 };
          e.us += cpuUs() - t;
          e.calls++;
          totals.set(key, e);
        }
      },
    };
    unregisterKernel(k.kernelName, 'wasm');
    registerKernel(wrapped);
  }
}

async function main(): Promise<void> {
  await selectBackend('wasm');
  wrapAll();
  const name = (process.argv[2] ?? 'resnet20') as BenchModelName;
  const steps = Number(process.argv[3] ?? 3);
  // Warm-up pass uncounted: count the whole second (timed) pass via a hook on the first call after warm-up.
  let step = 0;
  const origSlice = tf.Tensor.prototype.slice;
  let t0 = 0;
  tf.Tensor.prototype.slice = function (this: tf.Tensor, ...a: never[]) {
    // The bench slices x once per step: start counting at the first step of the timed pass.
    if (this.rank === 4 && ++step === steps + 1) { counting = true; t0 = cpuUs(); }
    return (origSlice as (...b: never[]) => tf.Tensor).apply(this, a);
  } as typeof origSlice;
  await benchModel(tf, BENCH_MODELS[name], { images: steps * 64, epochs: 1 });
  const all = (cpuUs() - t0) / 1000 / steps;
  const rows = [...totals.entries()].map(([k, v]) => ({ k, ms: v.us / 1000 / steps, calls: v.calls / steps })).sort((a, b) => b.ms - a.ms);
  const inKernels = rows.filter((r) => !r.k.startsWith(' ')).reduce((n, r) => n + r.ms, 0);
  console.log(`${name}: ${all.toFixed(1)} ms CPU per step (${(64000 / all).toFixed(0)} images/s of CPU), kernels ${inKernels.toFixed(1)} ms, outside kernels ${(all - inKernels).toFixed(1)} ms`);
  for (const r of rows.slice(0, NESTED ? 45 : SHAPES ? 200 : 25)) console.log(`  ${r.k.padEnd(26)} ${r.ms.toFixed(1).padStart(8)} ms ${(100 * r.ms / all).toFixed(1).padStart(5)}% ${String(Math.round(r.calls)).padStart(5)} calls`);
}

void main();
