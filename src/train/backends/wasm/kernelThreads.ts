/**
 * Worker threads for LayerLoom's SIMD kernels. Each worker instantiates layerloom-kernels-shared.wasm
 * on the tfjs wasm backend's own memory, made shared by sharedBackendMemory.ts, so every thread works
 * on the tensors in place: jobs are kernel calls with byte offsets into that memory, posted through a
 * small control buffer. Without a shared backend memory there is no pool (one thread).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SimdKernels } from './simdKernels';
import { kernelModule } from './kernelModules';

export interface Job {
  readonly fn: keyof SimdKernels;
  readonly args: readonly number[];
}

/**
 * Control block (Int32 words, its own SharedArrayBuffer): word 0 counts finished jobs; each
 * worker's slot (SLOT words from word SLOT) holds its job's sequence number, kernel index, argument
 * count, then the arguments as float64 (8-byte aligned).
 */
const SLOT = 64;
const MAX_ARGS = 24;
const CONTROL_BYTES = SLOT * 4 * 9; // counters + 8 worker slots
/**
 * How long a thread spins on the control block before it sleeps (ms). A sleeping worker on this
 * virtual machine woke 0.2-0.4 ms late after postMessage, and up to 5 ms late after a futex wait (its
 * virtual CPU had halted). Measured from the main thread, the time from posting a ResNet-20 convolution
 * to the worker starting it was 2 us at the median with either spin, but 0.16 ms on average (5.4 ms at
 * the 99th percentile) with a 3 ms spin and 0.07 ms (2.4 ms) with 20 ms, which covers the gaps in a
 * training step (the optimizer, the loss read-back) so the worker sleeps only between steps, as
 * OpenMP's spin-then-block policy keeps PyTorch's threads awake.
 */
const SPIN_MS = 20;

// Each worker instantiates the module on the shared memory, then waits for jobs in its slot: it spins
// for SPIN_MS after each job, then sleeps on the slot until the next one.
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const { module, memory, control, names, slot, spinMs } = workerData;
const kernels = new WebAssembly.Instance(module, { env: { memory } }).exports;
const fns = names.map((n) => kernels[n]);
const ctl = new Int32Array(control);
const args = new Float64Array(control);
const at = slot * ${SLOT};
let seen = 0;
for (;;) {
  let seq = Atomics.load(ctl, at);
  if (seq === seen) {
    const until = performance.now() + spinMs;
    while ((seq = Atomics.load(ctl, at)) === seen && performance.now() < until);
    if (seq === seen) { Atomics.wait(ctl, at, seen); continue; }
  }
  seen = seq;
  const n = ctl[at + 2];
  const a = [];
  for (let i = 0; i < n; i++) a.push(args[at / 2 + 2 + i]);
  try { fns[ctl[at + 1]](...a); } finally { Atomics.add(ctl, 0, 1); Atomics.notify(ctl, 0); }
}
`;

export class KernelThreads {
  readonly threads: number;
  /** The memory the workers' kernels work on (the backend's). */
  readonly memory: WebAssembly.Memory;
  private readonly control = new SharedArrayBuffer(CONTROL_BYTES);
  private readonly workers: Worker[];
  private readonly names: string[];
  private seq = 0;

  constructor(threads: number, memory: WebAssembly.Memory) {
    const module = kernelModule(true);
    this.names = WebAssembly.Module.exports(module).filter((e) => e.kind === 'function').map((e) => e.name);
    this.memory = memory;
    this.workers = Array.from({ length: threads - 1 }, (_, i) => {
      const data = { module, memory, control: this.control, names: this.names, slot: i + 1, spinMs: SPIN_MS };
      const w = new Worker(WORKER_SOURCE, { eval: true, workerData: data });
      w.unref();
      return w;
    });
    this.threads = threads;
  }

  /** Image ranges [b0, b1) of a batch of n: the main thread's first, then one per worker. */
  shares(n: number): [number, number][] {
    return Array.from({ length: this.threads }, (_, t) => [Math.floor((t * n) / this.threads), Math.floor(((t + 1) * n) / this.threads)]);
  }

  /**
   * Runs one job per worker (at most threads − 1; pointers into the backend's memory) while the
   * main thread runs `here`; returns when all are done.
   */
  run(workerJobs: readonly Job[], here: () => void): void {
    if (workerJobs.length > this.workers.length) throw new Error(`LayerLoom kernel threads: ${workerJobs.length} jobs for ${this.workers.length} workers`);
    const ctl = new Int32Array(this.control);
    const args = new Float64Array(this.control);
    Atomics.store(ctl, 0, 0);
    this.seq++;
    workerJobs.forEach((job, i) => {
      const at = (i + 1) * SLOT;
      const fn = this.names.indexOf(job.fn);
      if (fn < 0 || job.args.length > MAX_ARGS) throw new Error(`LayerLoom kernel threads: cannot post ${job.fn} with ${job.args.length} arguments`);
      ctl[at + 1] = fn;
      ctl[at + 2] = job.args.length;
      job.args.forEach((a, k) => { args[at / 2 + 2 + k] = a; });
      Atomics.store(ctl, at, this.seq); // publishes the job (sequentially consistent)
      Atomics.notify(ctl, at);
    });
    try {
      here();
    } finally {
      this.wait(workerJobs);
    }
  }

  private wait(jobs: readonly Job[]): void {
    const ctl = new Int32Array(this.control);
    const others = jobs.length;
    let done = Atomics.load(ctl, 0);
    const spinUntil = performance.now() + SPIN_MS;
    while (done < others && performance.now() < spinUntil) done = Atomics.load(ctl, 0);
    const deadline = Date.now() + 120_000;
    while (done < others) {
      if (Atomics.wait(ctl, 0, done, 10_000) === 'timed-out' && Date.now() > deadline) {
        throw new Error(`LayerLoom kernel threads: ${others - done} of ${others} workers did not finish ${jobs[0]?.fn} in 2 minutes`);
      }
      done = Atomics.load(ctl, 0);
    }
  }

  dispose(): void {
    for (const w of this.workers) void w.terminate();
  }
}

let pool: KernelThreads | null = null;

/**
 * The pool working on `memory` (the backend's), or null when configuredThreads() is 1 or the memory
 * is not shared. A new backend memory (a re-initialised backend) replaces the pool.
 */
export function kernelThreads(memory: WebAssembly.Memory): KernelThreads | null {
  if (pool?.memory === memory) return pool;
  const threads = configuredThreads();
  if (threads <= 1 || !(memory.buffer instanceof SharedArrayBuffer)) return null;
  pool?.dispose();
  pool = new KernelThreads(threads, memory);
  return pool;
}

/**
 * Threads LayerLoom's kernels may use: every core (as PyTorch does), at most 8. Only convolutions
 * worth splitting are (batchSplit.ts). LAYERLOOM_THREADS overrides (1 = none).
 */
export function configuredThreads(): number {
  const requested = Number(process.env.LAYERLOOM_THREADS ?? availableParallelism());
  return Math.max(1, Math.min(8, Number.isFinite(requested) ? Math.floor(requested) : 1));
}
