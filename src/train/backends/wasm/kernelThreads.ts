/**
 * Worker threads for LayerLoom's SIMD kernels. Each worker instantiates layerloom-kernels-shared.wasm
 * on the tfjs wasm backend's own memory, made shared by sharedBackendMemory.ts, so every thread works
 * on the tensors in place: jobs are kernel calls with byte offsets into that memory, posted through a
 * small control buffer. Without a shared backend memory there is no pool (one thread).
 */
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { SimdKernels } from './simdKernels';
import { kernelModule } from './kernelModules';

/**
 * Control block (its own SharedArrayBuffer). Int32 words: 0 chunks of the current job done, 1 unused, 2 the
 * job's sequence number, 3 kernel index, 4 chunk count, 5 argument count, 6 failures (a kernel that threw on
 * a worker: FAILED; a worker that stopped: STOPPED), 7 the length of the failure's message, which sits in the
 * last MESSAGE_CHARS UTF-16 units. From RANGES, one claim word per thread (see HOME RANGES below).
 * The main thread waits for the chunks, not for the workers: a worker that its core's other work keeps
 * from running (a shared machine, a laptop's background jobs) and that claimed nothing holds nothing up.
 * A claim carries its job's number, so a worker that wakes after its job ended claims nothing of the next.
 * From float64 index TABLE: the value of the per-thread argument for each thread (THREAD_VALUES, 8
 * slots), its index (THREAD_ARG: -1 when every thread gets the same arguments), then from ROWS each chunk's
 * arguments once, [chunk][argument] (a chunk's arguments differ between threads only in the thread's
 * scratch: one argument, which each thread replaces with its own value).
 */
const TABLE = 4;
const THREAD_VALUES = TABLE;
const THREAD_ARG = TABLE + 8;
/** Int32 index of the threads' claim words (float64s 16-19, a cache line between the table's head and rows). */
const RANGES = 32;
const ROWS = TABLE + 20; // a cache line of its own away from the claim and count words
/** Chunks a job may have: a claim word holds the job's tag (16 bits), its range's end and next (8 bits each). */
const MAX_CHUNKS = 255;
const MAX_TABLE = 1 << 16; // float64s (512 KB)
const MESSAGE_CHARS = 256;
const MESSAGE_AT = (TABLE + MAX_TABLE) * 8;
const CONTROL_BYTES = MESSAGE_AT + MESSAGE_CHARS * 2;
/** The most arguments a kernel call may have (conv2dInputGrad has 18). */
const MAX_ARGS = 24;
/**
 * Source of [caller for 0 arguments, …, for MAX_ARGS]: caller n is `(f, a) => f(a[0], …, a[n - 1])`. The
 * rows of arguments are double-element arrays (their offsets come out of Math.floor as doubles), and a call
 * spread from one, f(...a), boxed every element into a new heap number, on the main thread and the workers:
 * 0.56 MB of a ResNet-20 step's 3.6 (test/bench/stepGarbage.ts). Named arguments pass whole numbers as
 * small integers, allocating nothing.
 */
const CALLERS_SOURCE = `[${Array.from({ length: MAX_ARGS + 1 }, (_, n) => `(f, a) => f(${Array.from({ length: n }, (_, i) => `a[${i}]`).join(', ')})`).join(', ')}]`;
const CALLERS = new Function(`return ${CALLERS_SOURCE};`)() as readonly ((f: (...a: number[]) => void, a: readonly number[]) => void)[];

/** Calls `kernel` with `row`'s numbers as its arguments (see CALLERS_SOURCE); at most MAX_ARGS of them. */
export function callKernel(kernel: (...a: number[]) => void, row: readonly number[]): void {
  CALLERS[row.length](kernel, row);
}
const FAILED = 1;
const STOPPED = 2;
/**
 * HOME RANGES. Thread t owns chunks [t·n/T, (t+1)·n/T) of a job and claims them in order from its claim word
 * (tag << 16 | end << 8 | next: next + 1 per claim); once its own are gone it takes the others' from their
 * ends (end − 1). A split by image thus gives each thread the same images in every kernel of a step, so the
 * tensors a thread wrote are the ones it reads next, from its own core's caches; with one shared counter the
 * threads took alternate chunks and half of every input came from the other core. A thread that runs
 * slower still takes fewer chunks: the others empty its range from the end.
 * A claim carries its job's tag, so a worker that wakes after its job ended claims nothing of the next.
 */
const CLAIM_SOURCE = `
function claimOwn(ctl, word, tag) {
  for (;;) {
    const w = Atomics.load(ctl, word);
    if ((w >>> 16) !== tag || (w & 0xff) >= ((w >>> 8) & 0xff)) return -1;
    if (Atomics.compareExchange(ctl, word, w, w + 1) === w) return w & 0xff;
  }
}
function claimEnd(ctl, word, tag) {
  for (;;) {
    const w = Atomics.load(ctl, word);
    if ((w >>> 16) !== tag || (w & 0xff) >= ((w >>> 8) & 0xff)) return -1;
    if (Atomics.compareExchange(ctl, word, w, w - 256) === w) return ((w >>> 8) & 0xff) - 1;
  }
}
function claim(ctl, thread, threads, tag) {
  let k = claimOwn(ctl, ${RANGES} + thread, tag);
  for (let o = 1; k < 0 && o < threads; o++) k = claimEnd(ctl, ${RANGES} + ((thread + o) % threads), tag);
  return k;
}
`;
const { claim } = new Function(`${CLAIM_SOURCE}; return { claim };`)() as {
  claim: (ctl: Int32Array, thread: number, threads: number, tag: number) => number;
};
/**
 * How long a thread spins on the control block before it sleeps (ms). A sleeping worker on this
 * virtual machine woke 0.2-0.4 ms late after postMessage, and up to 5 ms late after a futex wait (its
 * virtual CPU had halted). Measured from the main thread, the time from posting a ResNet-20 convolution
 * to the worker starting it was 2 us at the median with either spin, but 0.16 ms on average (5.4 ms at
 * the 99th percentile) with a 3 ms spin and 0.07 ms (2.4 ms) with 20 ms, which covers the gaps in a
 * training step (the optimizer, the loss read-back) so the worker sleeps only between steps, as
 * OpenMP's spin-then-block policy keeps PyTorch's threads awake.
 * Both spins read the clock once every 1024 loads of the control word: each performance.now() allocates a
 * heap number, and a worker spinning on it ran about 90 young-generation collections a second (213 in 13
 * ResNet-20 steps, 0.1–0.15 ms each, one in progress when a job came delayed the worker's start; 8 without).
 */
const SPIN_MS = 20;
/**
 * Stalls: jobs the workers hardly took part in (the main thread did over 1.5 times its fair share of
 * the chunks), or that took longer than the main thread alone would have (waiting over STALL_MS for a
 * worker's chunk): the workers' cores are busy with other processes, and a spinning worker then only
 * takes CPU time from the main thread. When half the jobs of a window (at least JOBS_WINDOW jobs and
 * WINDOW_MS) stalled, jobs run on the main thread alone for SOLO_MS (the workers go to sleep), then threads
 * are tried again. On this shared machine at load 6-9, ResNet-20 trained at 71-137 images/s on two threads
 * against 115-264 on one, the main thread doing 83% of the chunks; on a quiet machine the workers take their
 * share and nothing changes.
 * The window lasts WINDOW_MS as well as JOBS_WINDOW jobs so that one short disturbance is not taken for a
 * busy machine: LeNet-5's 16 jobs take ~10 ms, and one 5 ms preemption of the worker (this virtual machine has
 * them on a quiet host) stalled half of them, sending 500 ms (two of `bench`'s LeNet-5 epochs) to one thread:
 * 34-96% of LeNet-5's threaded jobs ran alone in most `bench` runs, where the threads' median wait was 0.01 ms
 * a step (threadHandoffBench --model lenet5) and two threads trained at 14.8-17.2 thousand images/s against
 * 14.2-15.5 on one.
 */
const STALL_MS = 0.2;
/** The longest the main thread sleeps before it looks at the chunk count again (see wait()). */
const WAKE_CHECK_MS = 20;
const JOBS_WINDOW = 16;
const WINDOW_MS = 100;
const SOLO_MS = 500;

// Each worker instantiates the module on the backend's memory, then waits for a job: it spins for
// SPIN_MS after each one, then sleeps until the next. It claims chunks until none is left. A kernel that
// throws (a trap: memory access out of bounds) is reported through the control block and the worker
// goes on; a worker that cannot go on says so there too, so the main thread never waits for it.
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const { module, memory, control, names, thread, threads, spinMs } = workerData;
const ctl = new Int32Array(control);
const table = new Float64Array(control);
const text = new Uint16Array(control, ${MESSAGE_AT}, ${MESSAGE_CHARS});
function report(kind, err) {
  if (Atomics.compareExchange(ctl, 6, 0, kind) !== 0) return;
  const m = String((err && err.message) || err).slice(0, ${MESSAGE_CHARS});
  for (let i = 0; i < m.length; i++) text[i] = m.charCodeAt(i);
  Atomics.store(ctl, 7, m.length);
}
const callers = ${CALLERS_SOURCE};
${CLAIM_SOURCE}
try {
  const kernels = new WebAssembly.Instance(module, { env: { memory } }).exports;
  const fns = names.map((n) => kernels[n]);
  let seen = 0;
  for (;;) {
    let seq = Atomics.load(ctl, 2);
    if (seq === seen) {
      const until = performance.now() + spinMs;
      for (let i = 1; (seq = Atomics.load(ctl, 2)) === seen && ((i & 1023) !== 0 || performance.now() < until); i++);
      if (seq === seen) { Atomics.wait(ctl, 2, seen); continue; }
    }
    seen = seq;
    const fn = fns[Atomics.load(ctl, 3)], chunks = Atomics.load(ctl, 4), n = Atomics.load(ctl, 5);
    const tag = seq & 0xffff;
    const a = new Array(n).fill(0); // a chunk's arguments (one array per job: see the spin above)
    const call = callers[n];
    const own = table[${THREAD_ARG}], value = table[${THREAD_VALUES} + thread];
    for (;;) {
      const k = claim(ctl, thread, threads, tag);
      if (k < 0) break; // the job is over, or every chunk is taken
      let failed = false;
      try {
        for (let i = 0, at = ${ROWS} + k * n; i < n; i++) a[i] = table[at + i];
        if (own >= 0) a[own] = value;
        call(fn, a);
      } catch (err) {
        report(${FAILED}, err);
        failed = true;
      } finally { Atomics.add(ctl, 0, 1); Atomics.notify(ctl, 0); }
      if (failed) break;
    }
  }
} catch (err) {
  report(${STOPPED}, err);
  Atomics.notify(ctl, 0);
}
`;

/** A kernel failed on one of the kernel threads (the training step it was part of cannot go on). */
export class KernelThreadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KernelThreadError';
  }
}

/**
 * What a pool has done since it was made, for benchmarks: whether a two-thread figure had its second
 * thread (jobs run on the main thread alone by the stall rule; the main thread's share of the chunks;
 * how long it waited for the workers' last chunks).
 */
export interface KernelThreadStats {
  readonly threads: number;
  jobs: number;
  /** Jobs the main thread ran alone (the stall rule's solo periods). */
  soloJobs: number;
  /** Chunks of the shared jobs, and how many of them the main thread ran. */
  chunks: number;
  mainChunks: number;
  /** Time the main thread waited for the workers after its own chunks (ms). */
  waitedMs: number;
}

/** The one argument of a job that differs between threads (each thread's scratch): its index and each thread's value. */
export interface PerThreadArgument {
  readonly index: number;
  readonly values: readonly number[];
}

export class KernelThreads {
  readonly threads: number;
  readonly stats: KernelThreadStats;
  /** The memory the workers' kernels work on (the backend's). */
  readonly memory: WebAssembly.Memory;
  private readonly control = new SharedArrayBuffer(CONTROL_BYTES);
  private readonly ctl = new Int32Array(this.control);
  private readonly table = new Float64Array(this.control);
  private readonly text = new Uint16Array(this.control, MESSAGE_AT, MESSAGE_CHARS);
  private readonly workers: Worker[];
  /** A worker stopped: the pool cannot run jobs any more (kernelThreads() makes a new one). */
  broken = false;
  private readonly names: string[];
  private readonly index: ReadonlyMap<string, number>;
  private seq = 0;
  private jobs = 0;
  private stalls = 0;
  /** performance.now() when the current window of jobs began (see STALL_MS). */
  private windowFrom = 0;
  /** performance.now() until which jobs run on the main thread alone (see STALL_MS). */
  private soloUntil = 0;

  constructor(threads: number, memory: WebAssembly.Memory) {
    const module = kernelModule(true);
    this.names = WebAssembly.Module.exports(module).filter((e) => e.kind === 'function').map((e) => e.name);
    this.index = new Map(this.names.map((name, i) => [name, i]));
    this.memory = memory;
    this.workers = Array.from({ length: threads - 1 }, (_, i) => {
      const data = { module, memory, control: this.control, names: this.names, thread: i + 1, threads, spinMs: SPIN_MS };
      const w = new Worker(WORKER_SOURCE, { eval: true, workerData: data });
      w.unref();
      // An error the worker could not catch must not become the engine process's uncaught exception.
      w.on('error', () => { this.broken = true; });
      w.on('exit', () => { this.broken = true; });
      return w;
    });
    this.threads = threads;
    this.stats = { threads, jobs: 0, soloJobs: 0, chunks: 0, mainChunks: 0, waitedMs: 0 };
  }

  /**
   * Calls `fn` once per chunk, `rows.length` of them, on every thread: each thread claims the next chunk
   * until none is left, so a thread that starts late or runs slower takes fewer. `rows[k]` are chunk k's
   * arguments on the main thread (pointers into the backend's memory; the same count for every chunk); with
   * `perThread`, argument `perThread.index` is `perThread.values[t]` on thread t instead (its own scratch).
   * `kernel` is the main thread's instance of fn. Returns when all are done. While the workers keep
   * stalling (see STALL_MS), the main thread runs every chunk itself.
   */
  run(fn: keyof SimdKernels, rows: readonly (readonly number[])[], kernel: (...a: number[]) => void, perThread?: PerThreadArgument): void {
    const { ctl, table } = this;
    const chunks = rows.length;
    const n = rows[0].length;
    const index = this.index.get(fn) ?? -1;
    if (index < 0 || chunks > MAX_CHUNKS || n > MAX_ARGS || ROWS + chunks * n > TABLE + MAX_TABLE) {
      throw new Error(`LayerLoom kernel threads: cannot post ${fn} in ${chunks} chunks of ${n} arguments`);
    }
    const start = performance.now();
    this.stats.jobs++;
    if (start < this.soloUntil) {
      this.stats.soloJobs++;
      for (let k = 0; k < chunks; k++) CALLERS[n](kernel, rows[k]);
      return;
    }
    // Written with loops: TypedArray.set from an array took ~90 ns a row against ~10.
    for (let k = 0, at = ROWS; k < chunks; k++) {
      const row = rows[k];
      for (let i = 0; i < n; i++) table[at++] = row[i];
    }
    table[THREAD_ARG] = perThread ? perThread.index : -1;
    if (perThread) for (let t = 1; t < this.threads; t++) table[THREAD_VALUES + t] = perThread.values[t];
    if (this.broken || ctl[6] === STOPPED) throw new KernelThreadError(`LayerLoom kernel threads: a worker thread stopped (${this.message()}); ${fn} cannot run`);
    const tag = ++this.seq & 0xffff;
    const threads = this.threads;
    // Closed while the job is written (next = end = 0 with the new tag: no chunk to claim).
    for (let t = 0; t < threads; t++) Atomics.store(ctl, RANGES + t, tag << 16);
    Atomics.store(ctl, 0, 0);
    Atomics.store(ctl, 6, 0);
    Atomics.store(ctl, 3, index);
    Atomics.store(ctl, 4, chunks);
    Atomics.store(ctl, 5, n);
    for (let t = 0; t < threads; t++) { // open: each thread's home range
      const from = Math.floor((t * chunks) / threads), to = Math.floor(((t + 1) * chunks) / threads);
      Atomics.store(ctl, RANGES + t, (tag << 16) | (to << 8) | from);
    }
    Atomics.store(ctl, 2, this.seq); // publishes the job (sequentially consistent)
    Atomics.notify(ctl, 2);
    let mine = 0;
    const call = CALLERS[n];
    try {
      for (;;) {
        const k = claim(ctl, 0, threads, tag);
        if (k < 0) break;
        mine++;
        try {
          call(kernel, rows[k]);
        } finally {
          Atomics.add(ctl, 0, 1);
        }
      }
    } finally {
      const worked = performance.now();
      this.wait(fn, chunks);
      const waited = performance.now() - worked;
      this.stats.chunks += chunks;
      this.stats.mainChunks += mine;
      this.stats.waitedMs += waited;
      this.count(worked - start, waited, mine / chunks);
    }
    if (ctl[6] !== 0) {
      if (ctl[6] === STOPPED) this.broken = true;
      throw new KernelThreadError(`LayerLoom kernel threads: ${fn} failed on a worker thread (${this.message()})`);
    }
  }

  /**
   * Counts a job in which the main thread worked `worked` ms on `share` of the chunks, then waited
   * `waited` ms. It stalled when the workers hardly took part (the main thread did over 1.5 times its
   * fair share of the chunks) or when the job took longer than the main thread alone would have.
   */
  private count(worked: number, waited: number, share: number): void {
    const now = performance.now();
    if (this.jobs++ === 0) this.windowFrom = now;
    const starved = share > Math.min(0.9, 1.5 / this.threads);
    const stalled = starved || (waited > STALL_MS && worked + waited > worked / Math.max(share, 1 / 64));
    if (stalled) this.stalls++;
    if (this.jobs < JOBS_WINDOW || now - this.windowFrom < WINDOW_MS) return;
    if (2 * this.stalls >= this.jobs) this.soloUntil = now + SOLO_MS;
    this.jobs = 0;
    this.stalls = 0;
  }

  /** The message a worker left in the control block. */
  private message(): string {
    return String.fromCharCode(...this.text.subarray(0, Math.min(MESSAGE_CHARS, Atomics.load(this.ctl, 7))));
  }

  /** Waits until every chunk is done (each was claimed: the main thread claims until none is left). */
  private wait(fn: string, chunks: number): void {
    if (!spin(this.ctl, chunks, SPIN_MS)) this.sleep(fn, chunks);
  }

  /** The rest of a wait that outlasted the spin (see spin()). */
  private sleep(fn: string, chunks: number): void {
    const { ctl } = this;
    const deadline = performance.now() + 120_000;
    while (Atomics.load(ctl, 0) < chunks && Atomics.load(ctl, 6) !== STOPPED) {
      // Short sleeps, the count checked after each: a wake-up that does not come costs at most WAKE_CHECK_MS.
      // Once, at load 5, one kernel's calls in 12 ResNet-20 steps took 10.1 s more than in other runs, as one
      // missed wake-up under the 10 s sleep this had would; it did not happen again in 7 runs.
      if (Atomics.wait(ctl, 0, Atomics.load(ctl, 0), WAKE_CHECK_MS) === 'timed-out' && performance.now() > deadline) {
        this.broken = true;
        throw new KernelThreadError(`LayerLoom kernel threads: ${chunks - Atomics.load(ctl, 0)} of ${chunks} chunks of ${fn} not done in 2 minutes`);
      }
    }
  }

  dispose(): void {
    for (const w of this.workers) void w.terminate();
  }
}

/**
 * Spins until `chunks` chunks of the job are done or a worker stopped (true), or for at most `ms` (false).
 * A function of its own, with nothing after its loop that a first call could leave without type feedback:
 * V8 (Node 20) re-enters a loop's on-stack-replaced code at every later call, and when that code reaches a
 * branch it had no feedback for it deopts again, every time. In wait() beside the sleep that follows, with
 * Date.now() there sharing one feedback slot with performance.now() (V8 keyed the cached slot by the name
 * `now`), it deopted 905 times in 40 ResNet-20 steps (node --trace-deopt); 59 with the sleep alone moved out.
 * (No closure for the test either: the spin called one per load of the count, and allocated.)
 */
function spin(ctl: Int32Array, chunks: number, ms: number): boolean {
  const until = performance.now() + ms;
  for (let i = 1; Atomics.load(ctl, 0) < chunks && Atomics.load(ctl, 6) !== STOPPED; i++) {
    if ((i & 1023) === 0 && performance.now() >= until) return false;
  }
  return true;
}

/**
 * With a pool, the main thread's young-generation collections run on the main thread alone
 * (V8's --no-parallel-scavenge, for the whole process: the CLI, the bench and the app's engine process all
 * make their pools here). V8 hands part of a scavenge to helper threads and waits for them, but on the cores
 * a helper could use our workers spin (SPIN_MS) or compute, and the helper waits for a time slice: a
 * ResNet-20 step's scavenges (0.6 MB surviving, 0.5 MB promoted: node --trace-gc-nvp) took 3.5 ms and more.
 * One thread alone, alternated with the parallel scavenge every 5-10 steps in one process (three runs of
 * 160-240 steps, load 6.5-7): least 2.3, 1.2, 2.1 ms against 4.6, 3.2, 2.7; median 4.0, 6.7, 6.7 against
 * 6.6, 10.4, 10.0. Without a pool (one thread) a helper has a free core, and the flag stays as it was.
 */
const SCAVENGE_ALONE = '--no-parallel-scavenge';

let pool: KernelThreads | null = null;
/** The memory the pool (or the decision to have none) was made for: every kernel call asks. */
let poolFor: WebAssembly.Memory | null = null;

/**
 * The pool working on `memory` (the backend's), or null when configuredThreads() is 1 or the memory
 * is not shared. A new backend memory (a re-initialised backend), or a worker that stopped, replaces the pool.
 */
export function kernelThreads(memory: WebAssembly.Memory): KernelThreads | null {
  if (poolFor === memory && !pool?.broken) return pool;
  pool?.dispose();
  const threads = configuredThreads();
  pool = threads > 1 && memory.buffer instanceof SharedArrayBuffer ? new KernelThreads(threads, memory) : null;
  if (pool) setFlagsFromString(SCAVENGE_ALONE);
  poolFor = memory;
  return pool;
}

/** A copy of the current pool's counters (null without a pool: one thread, or no kernel ran yet). */
export function kernelThreadStats(): KernelThreadStats | null {
  return pool && !pool.broken ? { ...pool.stats } : null;
}

/**
 * Threads LayerLoom's kernels may use: every core (as PyTorch does), at most 8. Only convolutions
 * worth splitting are (batchSplit.ts). LAYERLOOM_THREADS overrides (1 = none).
 */
export function configuredThreads(): number {
  const requested = Number(process.env.LAYERLOOM_THREADS ?? availableParallelism());
  return Math.max(1, Math.min(8, Number.isFinite(requested) ? Math.floor(requested) : 1));
}
