/**
 * Worker threads for LayerLoom's SIMD kernels. The tfjs wasm backend's memory is not shared in Node
 * (its threaded build does not load there), so the workers' shares of a job are copied into one
 * shared WebAssembly.Memory that every worker's instance of layerloom-kernels-shared.wasm works on,
 * while the main thread computes its own share in place on the backend's memory (no copy), then waits
 * for the workers.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SimdKernels } from './simdKernels';
import { kernelModule } from './kernelModules';

export interface Job {
  readonly fn: keyof SimdKernels;
  readonly args: readonly number[];
}

const PAGE = 65536;
/**
 * Control block at the start of the shared memory (Int32 words): word 0 counts finished jobs; each
 * worker's slot (SLOT words from word SLOT) holds its job's sequence number, kernel index, argument
 * count, then the arguments as float64 (8-byte aligned).
 */
const SLOT = 64;
const MAX_ARGS = 24;
const HEADER = SLOT * 4 * 9; // counters + 8 worker slots, in bytes
/**
 * How long a thread spins on the control block before it sleeps (ms). A futex wake-up on a virtual
 * machine took 0.2–0.4 ms per convolution here (the profile's main thread waited 25 ms per ResNet-20
 * step for workers that had just been posted their job); a training step calls the pool every 1–3 ms,
 * so spinning that long keeps the worker awake through a step and lets it sleep between them (as
 * OpenMP's spin-then-block policy does for PyTorch).
 */
const SPIN_MS = 3;

// Each worker instantiates the module on the shared memory, then waits for jobs in its slot: it spins
// for SPIN_MS after each job, then sleeps on the slot until the next one.
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const { module, memory, names, slot, spinMs } = workerData;
const kernels = new WebAssembly.Instance(module, { env: { memory } }).exports;
const fns = names.map((n) => kernels[n]);
const ctl = new Int32Array(memory.buffer, 0, ${HEADER / 4});
const args = new Float64Array(memory.buffer, 0, ${HEADER / 8});
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
  private readonly memory: WebAssembly.Memory;
  private readonly workers: Worker[];
  private readonly names: string[];
  private seq = 0;

  constructor(threads: number) {
    const module = kernelModule(true);
    this.names = WebAssembly.Module.exports(module).filter((e) => e.kind === 'function').map((e) => e.name);
    this.memory = new WebAssembly.Memory({ initial: 256, maximum: 16384, shared: true });
    this.workers = Array.from({ length: threads - 1 }, (_, i) => {
      const w = new Worker(WORKER_SOURCE, { eval: true, workerData: { module, memory: this.memory, names: this.names, slot: i + 1, spinMs: SPIN_MS } });
      w.unref();
      return w;
    });
    this.threads = threads;
  }

  /** A float32 view of `floats` elements at byte offset `at`, growing the memory as needed. */
  floats(at: number, floats: number): Float32Array {
    const end = at + floats * 4;
    if (end > this.memory.buffer.byteLength) this.memory.grow(Math.ceil((end - this.memory.buffer.byteLength) / PAGE));
    return new Float32Array(this.memory.buffer, at, floats);
  }

  /** Image ranges [b0, b1) of a batch of n: the main thread's first, then one per worker. */
  shares(n: number): [number, number][] {
    return Array.from({ length: this.threads }, (_, t) => [Math.floor((t * n) / this.threads), Math.floor(((t + 1) * n) / this.threads)]);
  }

  /** Where job data may start (after the control block), 64-byte aligned. */
  get dataStart(): number {
    return HEADER;
  }

  /**
   * Runs one job per worker (at most threads − 1; pointers into this pool's shared memory) while the
   * main thread runs `here`; returns when all are done.
   */
  run(workerJobs: readonly Job[], here: () => void): void {
    if (workerJobs.length > this.workers.length) throw new Error(`LayerLoom kernel threads: ${workerJobs.length} jobs for ${this.workers.length} workers`);
    const ctl = new Int32Array(this.memory.buffer, 0, HEADER / 4);
    const args = new Float64Array(this.memory.buffer, 0, HEADER / 8);
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
    const ctl = new Int32Array(this.memory.buffer, 0, HEADER / 4);
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

let pool: KernelThreads | null | undefined;

/** The shared pool, or null when configuredThreads() is 1. */
export function kernelThreads(): KernelThreads | null {
  if (pool === undefined) {
    const threads = configuredThreads();
    pool = threads > 1 ? new KernelThreads(threads) : null;
  }
  return pool;
}

/**
 * Threads LayerLoom's kernels may use: every core (as PyTorch does), at most 8. Only convolutions of
 * 100 MFLOP or more are split (ResNet-sized ones; LeNet's stay on one thread), so a small network
 * leaves the other cores to the UI. With the main thread's share computed in place, a second thread
 * took ResNet-20 on this 2-core machine from 55 to 76 images/s (same run, LAYERLOOM_THREADS=1 vs 2).
 * LAYERLOOM_THREADS overrides (1 = none).
 */
export function configuredThreads(): number {
  const requested = Number(process.env.LAYERLOOM_THREADS ?? availableParallelism());
  return Math.max(1, Math.min(8, Number.isFinite(requested) ? Math.floor(requested) : 1));
}
