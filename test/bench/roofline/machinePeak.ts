/**
 * What the cores of this machine can do from WebAssembly: f32x4 multiply-add throughput (relaxed SIMD's
 * fused multiply-add where the engine has it, and a multiply then an add), the clock (a chain of
 * dependent one-cycle integer operations) and streaming memory bandwidth (read, write, copy) for
 * working sets from L2-sized to far beyond the caches. The loops are AssemblyScript compiled here by
 * asc (a devDependency) and run in `threads` worker threads at once, each on its own memory; every
 * figure is the best of `repeats` runs (the machine is shared: the best run is the one least disturbed).
 */
import { Worker } from 'node:worker_threads';
import { fusedMultiplyAdd } from '../../../src/train/backends/wasm/kernelModules';

const SOURCE = `
const ACC = 12; // independent accumulators: FMA latency 4 × 2 pipes = 8 in flight, with room to spare
export function fma(n: i32, a: f32): f32 {
  const x = f32x4.splat(a), y = f32x4.splat(0.9999999);
  let c0 = x, c1 = x, c2 = x, c3 = x, c4 = x, c5 = x, c6 = x, c7 = x, c8 = x, c9 = x, c10 = x, c11 = x;
  for (let i = 0; i < n; i++) {
    c0 = MADD(c0, y, x); c1 = MADD(c1, y, x); c2 = MADD(c2, y, x); c3 = MADD(c3, y, x);
    c4 = MADD(c4, y, x); c5 = MADD(c5, y, x); c6 = MADD(c6, y, x); c7 = MADD(c7, y, x);
    c8 = MADD(c8, y, x); c9 = MADD(c9, y, x); c10 = MADD(c10, y, x); c11 = MADD(c11, y, x);
  }
  const s = f32x4.add(f32x4.add(f32x4.add(c0, c1), f32x4.add(c2, c3)), f32x4.add(f32x4.add(c4, c5), f32x4.add(c6, c7)));
  return f32x4.extract_lane(f32x4.add(s, f32x4.add(f32x4.add(c8, c9), f32x4.add(c10, c11))), 0);
}
export function chain(n: i32, seed: i32): i32 {
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x + 0x1234567) ^ 0x2468ace; x = (x + 0x3579bdf) ^ 0x1a2b3c4; x = (x + 0x0fedcba) ^ 0x7654321; x = (x + 0x55aa55a) ^ 0x0f0f0f0;
    x = (x + 0x1357913) ^ 0x2468024; x = (x + 0x7777777) ^ 0x1111111; x = (x + 0x3c3c3c3) ^ 0x5a5a5a5; x = (x + 0x6e6e6e6) ^ 0x4d4d4d4;
  }
  return x;
}
export function read(at: usize, bytes: usize, reps: i32): f32 {
  let a = f32x4.splat(0), b = a, c = a, d = a;
  for (let r = 0; r < reps; r++) {
    for (let p = at, end = at + bytes; p < end; p += 64) {
      a = f32x4.add(a, v128.load(p)); b = f32x4.add(b, v128.load(p, 16));
      c = f32x4.add(c, v128.load(p, 32)); d = f32x4.add(d, v128.load(p, 48));
    }
  }
  return f32x4.extract_lane(f32x4.add(f32x4.add(a, b), f32x4.add(c, d)), 0);
}
export function write(at: usize, bytes: usize, reps: i32, value: f32): void {
  const v = f32x4.splat(value);
  for (let r = 0; r < reps; r++) {
    for (let p = at, end = at + bytes; p < end; p += 64) {
      v128.store(p, v); v128.store(p, v, 16); v128.store(p, v, 32); v128.store(p, v, 48);
    }
  }
}
export function copy(from: usize, to: usize, bytes: usize, reps: i32): void {
  for (let r = 0; r < reps; r++) {
    for (let p: usize = 0; p < bytes; p += 64) {
      v128.store(to + p, v128.load(from + p)); v128.store(to + p, v128.load(from + p, 16), 16);
      v128.store(to + p, v128.load(from + p, 32), 32); v128.store(to + p, v128.load(from + p, 48), 48);
    }
  }
}
`;

/** Operations per loop iteration of `chain` (dependent: each waits for the one before). */
const CHAIN_OPS = 16;
const FMA_FLOPS_PER_ITERATION = 12 * 4 * 2;

async function compile(madd: 'fused' | 'separate'): Promise<WebAssembly.Module> {
  const { default: asc } = await import('assemblyscript/asc');
  const op = madd === 'fused' ? 'f32x4.relaxed_madd(a, b, c)' : 'f32x4.add(f32x4.mul(a, b), c)';
  const source = `// @ts-ignore: decorator\n@inline function MADD(c: v128, a: v128, b: v128): v128 { return ${op}; }\n${SOURCE}`;
  const enable = madd === 'fused' ? ['simd', 'relaxed-simd'] : ['simd'];
  const { binary, stderr, error } = await asc.compileString(source, { optimizeLevel: 3, runtime: 'stub', noAssert: true, enable, initialMemory: 1 });
  if (error || !binary) throw new Error(`roofline microbenchmarks: asc failed: ${error?.message ?? ''} ${stderr.toString()}`);
  return new WebAssembly.Module(new Uint8Array(binary));
}

/**
 * A job is `units` timed runs. The memory loops cover a working set of `bytes` in `chunk`-sized runs
 * taken in turn (each pass `reps` times): past the caches every chunk comes from memory again.
 */
type Job =
  | { kind: 'fma'; iterations: number }
  | { kind: 'chain'; iterations: number }
  | { kind: 'read' | 'write' | 'copy'; bytes: number; chunk: number; reps: number };

// Each worker instantiates the module, grows its memory for the job and touches it (first-touch page
// faults are not bandwidth), warms the code up, waits at the barrier, then runs the job `repeats` times and reports its
// best seconds: short runs, many of them, so that some run between the other processes' time slices.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { module, job, barrier, threads, repeats } = workerData;
const e = new WebAssembly.Instance(module, {}).exports;
const need = 65536 + Math.max(8192, (job.kind === 'copy' ? 2 : 1) * (job.bytes || 0));
if (need > e.memory.buffer.byteLength) e.memory.grow(Math.ceil((need - e.memory.buffer.byteLength) / 65536));
const at = 65536;
if (job.bytes) e.write(at, (job.kind === 'copy' ? 2 : 1) * job.bytes, 1, 1);
// Warm up for 300 ms on small sizes: V8 runs new wasm code in its baseline compiler (Liftoff) and swaps
// in the optimised code once a function is hot and its background compile is done.
for (const until = performance.now() + 300; performance.now() < until;) {
  e.fma(1000, 1e-3); e.chain(1000, 7); e.read(at, 4096, 1); e.write(at, 4096, 1, 2); e.copy(at, at + 4096, 4096, 1);
}
const ctl = new Int32Array(barrier);
Atomics.add(ctl, 0, 1);
while (Atomics.load(ctl, 0) < threads);
let best = Infinity;
for (let r = 0, off = 0; r < repeats; r++, off = job.bytes ? (off + job.chunk) % job.bytes : 0) {
  const t = performance.now();
  if (job.kind === 'fma') e.fma(job.iterations, 1e-3);
  else if (job.kind === 'chain') e.chain(job.iterations, 7);
  else if (job.kind === 'read') e.read(at + off, job.chunk, job.reps);
  else if (job.kind === 'write') e.write(at + off, job.chunk, job.reps, 2);
  else e.copy(at + off, at + job.bytes + off, job.chunk, job.reps);
  best = Math.min(best, (performance.now() - t) / 1000);
}
parentPort.postMessage(best);
`;

/** The best seconds of each of `threads` workers running `job` at the same time, `repeats` times each. */
async function runJob(module: WebAssembly.Module, job: Job, threads: number, repeats: number): Promise<number[]> {
  const barrier = new SharedArrayBuffer(4);
  const workers = Array.from({ length: threads }, () => new Worker(WORKER, { eval: true, workerData: { module, job, barrier, threads, repeats } }));
  try {
    return await Promise.all(workers.map((w) => new Promise<number>((resolve, reject) => {
      w.once('message', resolve);
      w.once('error', reject);
    })));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** The summed best rates of `threads` workers doing `amount` units per run (units per second). */
async function bestRate(module: WebAssembly.Module, job: Job, amount: number, threads: number, repeats: number): Promise<number> {
  const seconds = await runJob(module, job, threads, repeats);
  return seconds.reduce((sum, s) => sum + amount / s, 0);
}

export interface Bandwidth {
  /** Working set per thread (bytes). */
  readonly bytes: number;
  /** GB/s (10⁹ bytes), all threads together; copy counts the bytes read and written. */
  readonly read: number;
  readonly write: number;
  readonly copy: number;
}

export interface MachinePeak {
  readonly threads: number;
  /** f32x4.relaxed_madd, GFLOP/s (null when the engine has no relaxed SIMD). */
  readonly fmaGflops: number | null;
  /** f32x4.mul then f32x4.add, GFLOP/s. */
  readonly mulAddGflops: number;
  /** Clock of one core from the dependent integer chain, GHz. */
  readonly clockGhz: number;
  readonly bandwidth: readonly Bandwidth[];
}

export interface PeakOptions {
  readonly threads?: number;
  readonly repeats?: number;
  /** Working sets for the bandwidth loops (bytes per thread). */
  readonly sizes?: readonly number[];
}

export const DEFAULT_SIZES = [512 << 10, 8 << 20, 256 << 20];

export async function measureMachinePeak(options: PeakOptions = {}): Promise<MachinePeak> {
  const threads = options.threads ?? 1;
  const repeats = options.repeats ?? 200;
  // Relaxed SIMD as LayerLoom's kernels get it (Node 20: behind a flag that kernelModules.ts turns on).
  const fused = fusedMultiplyAdd() ? await compile('fused') : null;
  const separate = await compile('separate');
  const iterations = 300_000; // < 1 ms a run: most runs fit between other processes' time slices
  const flops = iterations * FMA_FLOPS_PER_ITERATION;
  const fmaGflops = fused ? await bestRate(fused, { kind: 'fma', iterations }, flops, threads, repeats) / 1e9 : null;
  const mulAddGflops = await bestRate(separate, { kind: 'fma', iterations }, flops, threads, repeats) / 1e9;
  // One thread: the clock of one core (ops per second of a dependent chain of one-cycle operations).
  const chainIterations = 200_000;
  const clockGhz = await bestRate(separate, { kind: 'chain', iterations: chainIterations }, chainIterations * CHAIN_OPS, 1, repeats) / 1e9;
  const bandwidth: Bandwidth[] = [];
  for (const bytes of options.sizes ?? DEFAULT_SIZES) {
    // Runs of 4 MB chunks (16 MB of traffic for working sets that fit a cache: a fraction of a ms).
    const chunk = Math.min(bytes, 4 << 20);
    const reps = Math.max(1, Math.round((16 << 20) / bytes));
    const rate = (kind: 'read' | 'write' | 'copy') =>
      bestRate(separate, { kind, bytes, chunk, reps }, (kind === 'copy' ? 2 : 1) * chunk * reps, threads, repeats).then((r) => r / 1e9);
    bandwidth.push({ bytes, read: await rate('read'), write: await rate('write'), copy: await rate('copy') });
  }
  return { threads, fmaGflops, mulAddGflops, clockGhz, bandwidth };
}
