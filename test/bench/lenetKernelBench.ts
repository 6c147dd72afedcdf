/**
 * LeNet-5's training step on LayerLoom's wasm backend, kernel by kernel: each call's least wall time over
 * the timed steps (the machine is shared: minima are what the code costs), grouped by kernel and shapes,
 * with the step's best and median wall time.
 *
 *   npx tsx test/bench/lenetKernelBench.ts [--steps 40] [--warmup 5] [--batch 64]
 *
 * Threads as the engine decides (LAYERLOOM_THREADS=1 for one). With two or more it also counts the
 * threaded jobs the pool ran on the main thread alone (its stall rule: the workers fell behind)
 * and, of the others, the share of chunks the main thread ran itself, so that a 2-thread figure that
 * is really a 1-thread one shows as such.
 */
import { BENCH_MODELS } from '../../src/train/bench/benchModels';
import { KernelThreads, kernelThreadStats } from '../../src/train/backends/wasm/kernelThreads';
import { recordTrainingSteps } from './roofline/recordSteps';
import { benchCount } from './benchArgs';

/**
 * The main thread's share of the chunks of each job the pool shared (0.5 on two threads when the worker
 * keeps up); the jobs it ran alone are the pool's own count (KernelThreads.stats.soloJobs).
 */
const shares: number[] = [];
const run = KernelThreads.prototype.run;
KernelThreads.prototype.run = function counted(this: KernelThreads, fn, rows, kernel, perThread) {
  const solo = this.stats.soloJobs;
  let mine = 0;
  run.call(this, fn, rows, (...a: number[]) => { mine++; kernel(...a); }, perThread);
  if (this.stats.soloJobs === solo) shares.push(mine / rows.length);
};

async function main(): Promise<void> {
  const bench = BENCH_MODELS.lenet5;
  const { steps, stepMs } = await recordTrainingSteps(bench, { batch: benchCount('batch', 64), warmup: benchCount('warmup', 5), steps: benchCount('steps', 40) });
  // Call k of every step is the same kernel on the same shapes: its minimum over the steps.
  const calls = steps[0].map((c, k) => ({ ...c, ms: Math.min(...steps.map((s) => s[k]?.ms ?? Infinity)) }));
  const groups = new Map<string, { name: string; shape: string; calls: number; ms: number }>();
  for (const c of calls) {
    const shape = `${Object.values(c.inputs).map((s) => s.join('x')).join(',')} -> ${c.output.join('x')}`;
    const key = `${c.name} ${shape}`;
    const g = groups.get(key) ?? { name: c.name, shape, calls: 0, ms: 0 };
    g.calls++;
    g.ms += c.ms;
    groups.set(key, g);
  }
  const rows = [...groups.values()].sort((a, b) => b.ms - a.ms);
  for (const r of rows) console.log(`${r.name.padEnd(32)} ${r.ms.toFixed(3).padStart(7)} ms  ×${r.calls}  ${r.shape}`);
  const sum = rows.reduce((a, r) => a + r.ms, 0);
  const sorted = [...stepMs].sort((a, b) => a - b);
  const outside = steps.map((s, i) => stepMs[i] - s.reduce((a, c) => a + c.ms, 0)).sort((a, b) => a - b);
  console.log(`sum of per-call minima ${sum.toFixed(2)} ms; step best ${sorted[0].toFixed(2)} ms, median ${sorted[sorted.length >> 1].toFixed(2)} ms; `
    + `outside kernels best ${outside[0].toFixed(2)} ms, median ${outside[outside.length >> 1].toFixed(2)} ms; ${calls.length} kernel calls per step`);
  const pool = kernelThreadStats();
  if (pool) {
    shares.sort((a, b) => a - b);
    const median = shares.length ? shares[shares.length >> 1].toFixed(2) : '-';
    console.log(`threaded jobs (warm-up included): ${pool.soloJobs} on the main thread alone (the pool's stall rule), ${shares.length} shared, `
      + `of whose chunks the main thread ran a median share of ${median} (${shares.filter((x) => x === 1).length} all of them)`);
  }
}

void main();
