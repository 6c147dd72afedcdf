/**
 * Runs one of LayerLoom's SIMD kernels over a batch, on every kernel thread when the work pays for it,
 * in place in the backend's (shared) memory, each thread with its own scratch. An output split by
 * image goes in small chunks of images that the threads claim as they go (a thread that starts late
 * or runs slower on this shared machine takes fewer); a sum over the batch goes in one piece per
 * thread, each into its own partial (added into the output after).
 */
import type { KernelBackend } from '@tensorflow/tfjs-core';
import { callKernel, kernelThreads, type PerThreadArgument } from './kernelThreads';
import { alignedBuffer, backendMemory, simdKernels, type AlignedBuffer, type SimdKernels } from './simdKernels';
import { free } from './kernelCalls';

/**
 * Threads pay once the work dwarfs handing it over (a few microseconds with the workers spinning), for every
 * convolution and its gradients unless the caller says otherwise. Measured on two threads, quiet machine:
 * - ResNet-20's 1×1 projections (17 MFLOP per call, each direction): 3.2-3.5 ms per step on one thread, 2.0
 *   on two (rooflineBench per-call minima, two alternating pairs; the threshold was 100 MFLOP before).
 * - LeNet-5's few-channel layers (15-31 MFLOP; smallConv.ts), least of 1000 calls (scripts/wasm/
 *   lenetConvBench.ts): first-layer forward 0.454 -> 0.287 ms, second-layer input gradient 0.815 -> 0.421.
 * - LeNet-5's second-layer patch-sum filter gradient (31 MFLOP; its partials added by the SIMD addSame):
 *   0.70-0.83 -> 0.46-0.52 ms a call (lenetKernelBench per-call minima), and `layerloom bench --models lenet5`
 *   faster in 4 of 5 alternating pairs (on one thread before, from 50 MFLOP).
 * With the general kernels of an earlier build, LeNet-5 trained slower with its convolutions threaded at 5-35.
 */
const THREADED_FLOPS = 10e6;
/**
 * Images per chunk of a split output: a late thread's tail is one chunk (0.1 ms of a ResNet-20 layer);
 * at most CHUNKS_PER_THREAD chunks per thread for large batches (the pool's argument table is bounded).
 */
const IMAGES_PER_CHUNK = 2;
const CHUNKS_PER_THREAD = 16;

/**
 * Elements from which memory-bound passes (batch norms, AddRelu, ReluGrad, adds of gradients) use threads:
 * a 64×8×8×64 tensor and up. Batch norm, best of 60 at batch 64, one thread -> two: forward 0.45 -> 0.27 ms
 * (32×32×16), 0.24 -> 0.16 (16×16×32), 0.15 -> 0.10 (8×8×64); gradient 0.60 -> 0.34, 0.29 -> 0.17, 0.17 -> 0.11.
 */
export const PASS_THREAD_FROM = 1 << 18;

/**
 * How a memory-bound pass over `elements` floats with an output split by image goes to the threads: from
 * PASS_THREAD_FROM, in chunks of about 128K floats (2 to CHUNKS_PER_THREAD per thread). Posting a chunk
 * costs the main thread a few microseconds (its arguments, the claim); 2-image chunks of a 64×8×8×64
 * tensor (8K floats) ran in about as long.
 */
export function memoryPass(elements: number): Pick<BatchOperands, 'scratch' | 'threadFrom' | 'chunksPerThread'> {
  return { scratch: 0, threadFrom: PASS_THREAD_FROM, chunksPerThread: Math.max(2, Math.min(CHUNKS_PER_THREAD, Math.floor(elements / (1 << 17)))) };
}

/** One thread's piece of a batch whose output is combined by the caller (see BatchOperands.out). */
export interface Piece {
  /** Byte offset of the piece's output (`perPiece` floats). */
  readonly at: number;
  readonly images: number;
}

export interface BatchOperands {
  /** Inputs split by image: byte offset in the backend's memory, floats per image. */
  readonly batched: readonly { readonly at: number; readonly perImage: number }[];
  /** Inputs every thread reads whole (filters, transformed filters). */
  readonly whole: readonly { readonly at: number; readonly floats: number }[];
  /**
   * The output: split by image (`perImage`), a sum over the batch of `sum` floats, or `perPiece`
   * floats for each thread's piece of the batch, which `combine` turns into the result.
   */
  readonly out:
    | { readonly at: number; readonly perImage: number }
    | { readonly at: number; readonly sum: number }
    | { readonly perPiece: number; readonly combine: (pieces: readonly Piece[]) => void };
  /** Scratch floats each thread needs (0: none). */
  readonly scratch: number;
  /** The work from which threads pay, in the unit of `flops` (default: THREADED_FLOPS). */
  readonly threadFrom?: number;
  /**
   * Pieces per thread of a sum or per-piece output (default 1). More pieces let the threads that are
   * running take over a late one's share, for outputs small enough that combining more partials costs
   * nothing (a batch norm's per-channel sums; not a filter gradient's).
   */
  readonly piecesPerThread?: number;
  /**
   * Chunks per thread of an output split by image (default CHUNKS_PER_THREAD): fewer for passes so short
   * that posting a chunk costs about as much as running it (a batch norm's or ReLU's pass over 8×8 maps).
   */
  readonly chunksPerThread?: number;
}

/**
 * Where a kernel's arguments take the thread's scratch: the one argument in which chunk 0's arguments with
 * thread 0's scratch (`row`) and with thread 1's (`probe`) differ, holding each thread's scratch offset.
 */
function scratchArgument(fn: string, row: readonly number[], probe: readonly number[], scratch: readonly AlignedBuffer[]): PerThreadArgument {
  const differ = row.flatMap((v, i) => (v === probe[i] ? [] : [i]));
  const index = differ[0];
  if (differ.length !== 1 || row[index] !== scratch[0].at || probe[index] !== scratch[1].at) {
    throw new Error(`LayerLoom kernel threads: ${fn}'s arguments must pass the thread's scratch offset as one argument, as given`);
  }
  return { index, values: scratch.map((b) => b.at) };
}

/**
 * `args(pointers, images, scratchAt)` gives the kernel's arguments: `pointers` are the batched inputs',
 * the whole inputs' and the output's byte offsets, in that order, for `images` images.
 */
export function runSplitByBatch(
  backend: KernelBackend, fn: keyof SimdKernels, batch: number, flops: number, ops: BatchOperands,
  args: (pointers: number[], images: number, scratchAt: number) => number[],
): void {
  const kernel = simdKernels(backend)[fn] as (...a: number[]) => void;
  const pool = kernelThreads(backendMemory(backend));
  const out = ops.out;
  const threaded = pool && batch >= pool.threads && flops >= (ops.threadFrom ?? THREADED_FLOPS);
  const scratch = ops.scratch > 0 ? Array.from({ length: threaded ? pool.threads : 1 }, () => alignedBuffer(backend, ops.scratch)) : [];
  // A split output goes in chunks of images, each written in place; a sum or per-piece outputs go in one
  // piece per thread (claimed by whichever thread is free): a sum's first piece into the output and the
  // others into partials added to it, per-piece outputs each into a buffer of its own.
  const count = !threaded ? 1
    : 'perImage' in out ? Math.min(Math.ceil(batch / IMAGES_PER_CHUNK), (ops.chunksPerThread ?? CHUNKS_PER_THREAD) * pool.threads)
    : Math.min(batch, pool.threads * (ops.piecesPerThread ?? 1));
  // Chunk k is images [first(k), first(k + 1)): nearly equal, non-empty pieces.
  const first = (k: number) => Math.floor((k * batch) / count);
  let buffers: AlignedBuffer[] = [];
  if ('sum' in out) buffers = Array.from({ length: count - 1 }, () => alignedBuffer(backend, out.sum));
  else if ('perPiece' in out) buffers = Array.from({ length: count }, () => alignedBuffer(backend, out.perPiece));
  // Each chunk's arguments are made once, with the main thread's scratch; the other threads' differ in that one
  // argument (found by asking for chunk 0's with thread 1's scratch), which the pool gives each thread. One
  // array per chunk and thread was most of the ~6 MB of JavaScript a ResNet-20 step allocated
  // (test/bench/stepGarbage.ts), and so of its young-generation collections.
  const outAt = (k: number) => ('perImage' in out ? out.at + first(k) * out.perImage * 4 : 'sum' in out ? (k === 0 ? out.at : buffers[k - 1].at) : buffers[k].at);
  const { batched, whole } = ops;
  const pointersOf = (k: number): number[] => {
    const p = new Array<number>(batched.length + whole.length + 1); // its final size: pushes grew it to 17
    let i = 0;
    for (const b of batched) p[i++] = b.at + first(k) * b.perImage * 4;
    for (const w of whole) p[i++] = w.at;
    p[i] = outAt(k);
    return p;
  };
  const rows: number[][] = [];
  for (let k = 0; k < count; k++) rows.push(args(pointersOf(k), first(k + 1) - first(k), scratch.length > 0 ? scratch[0].at : 0));
  try {
    if (!threaded) callKernel(kernel, rows[0]);
    else pool.run(fn, rows, kernel, scratch.length > 1 ? scratchArgument(fn, rows[0], args(pointersOf(0), first(1), scratch[1].at), scratch) : undefined);
  } catch (err) {
    // A kernel that failed (on this thread or a worker) leaves no scratch behind in the backend's memory.
    for (const b of [...buffers, ...scratch]) free(backend, b.info);
    throw err;
  }
  if ('sum' in out) {
    // The partials added by the SIMD kernel: the float32 sums a JavaScript loop gives, 10-20× faster (a
    // 64→64 filter gradient's 36,864 floats: 52 µs in JavaScript, serial time on every thread's critical path).
    for (const b of buffers) simdKernels(backend).addSame(out.at, b.at, out.sum, out.at);
  } else if ('combine' in out) {
    out.combine(buffers.map((b, k) => ({ at: b.at, images: first(k + 1) - first(k) })));
  }
  for (const b of buffers) free(backend, b.info);
  for (const b of scratch) free(backend, b.info);
}
