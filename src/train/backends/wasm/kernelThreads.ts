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
/** Bytes at the start of the shared memory for the done counters (one Int32 per call). */
const HEADER = 64;

// Each worker instantiates the module on the shared memory, runs jobs and counts them done.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { module, memory } = workerData;
const kernels = new WebAssembly.Instance(module, { env: { memory } }).exports;
const counters = new Int32Array(memory.buffer, 0, 16);
parentPort.on('message', ({ fn, args }) => {
  try { kernels[fn](...args); } finally { Atomics.add(counters, 0, 1); Atomics.notify(counters, 0); }
});
`;

export class KernelThreads {
  readonly threads: number;
  private readonly memory: WebAssembly.Memory;
  private readonly workers: Worker[];

  constructor(threads: number) {
    const module = kernelModule(true);
    this.memory = new WebAssembly.Memory({ initial: 256, maximum: 16384, shared: true });
    this.workers = Array.from({ length: threads - 1 }, () => {
      const w = new Worker(WORKER_SOURCE, { eval: true, workerData: { module, memory: this.memory } });
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

  /** Where job data may start (after the counters), 64-byte aligned. */
  get dataStart(): number {
    return HEADER;
  }

  /**
   * Runs one job per worker (at most threads − 1; pointers into this pool's shared memory) while the
   * main thread runs `here`; returns when all are done.
   */
  run(workerJobs: readonly Job[], here: () => void): void {
    if (workerJobs.length > this.workers.length) throw new Error(`LayerLoom kernel threads: ${workerJobs.length} jobs for ${this.workers.length} workers`);
    const counters = new Int32Array(this.memory.buffer, 0, 16);
    Atomics.store(counters, 0, 0);
    workerJobs.forEach((job, i) => this.workers[i].postMessage(job));
    try {
      here();
    } finally {
      this.wait(workerJobs);
    }
  }

  private wait(jobs: readonly Job[]): void {
    const counters = new Int32Array(this.memory.buffer, 0, 16);
    const others = jobs.length;
    let done = Atomics.load(counters, 0);
    const deadline = Date.now() + 120_000;
    while (done < others) {
      if (Atomics.wait(counters, 0, done, 10_000) === 'timed-out' && Date.now() > deadline) {
        throw new Error(`LayerLoom kernel threads: ${others - done} of ${others} workers did not finish ${jobs[0]?.fn} in 2 minutes`);
      }
      done = Atomics.load(counters, 0);
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
