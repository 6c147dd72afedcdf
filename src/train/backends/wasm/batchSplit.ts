/**
 * Runs one of LayerLoom's SIMD kernels over a batch, on every kernel thread when the work pays for it,
 * in place in the backend's (shared) memory, each thread with its own scratch. An output split by
 * image goes in small chunks of images that the threads claim as they go (a thread that starts late
 * or runs slower on this shared machine takes fewer); a sum over the batch goes in one piece per
 * thread, each into its own partial (added into the output after).
 */
import type { KernelBackend } from '@tensorflow/tfjs-core';
import { KernelThreads, kernelThreads } from './kernelThreads';
import { alignedBuffer, backendMemory, simdKernels, viewAt, type SimdKernels } from './simdKernels';
import { free } from './kernelCalls';

/**
 * Threads pay once the work dwarfs handing it over (0.1-0.4 ms per call here, measured in training:
 * the worker starts late and runs slower than the main thread on data the main thread just wrote).
 * LeNet-5 (15-30 MFLOP per convolution) gained nothing at 5 MFLOP; ResNet-20 the same at 40 as at 100.
 */
const THREADED_FLOPS = 100e6;
/** Images per chunk of a split output: a late thread's tail is one chunk (0.1 ms of a ResNet-20 layer). */
const IMAGES_PER_CHUNK = 2;

/** The work of the operation the kernels now running are parts of (see asPartsOf). */
let enclosingFlops = 0;

/**
 * Runs `fn`, whose kernel calls are parts of one operation of `flops` (a strided input gradient's
 * phases), with threads decided by the whole operation's work: each part alone is under the threshold,
 * but together they are a ResNet-sized convolution (threading its phases: 7.2 -> 5.1 ms and 5.6 -> 3.5 ms
 * per ResNet-20 downsampling layer, best of 60).
 */
export function asPartsOf<T>(flops: number, fn: () => T): T {
  const saved = enclosingFlops;
  enclosingFlops = flops;
  try {
    return fn();
  } finally {
    enclosingFlops = saved;
  }
}

export interface BatchOperands {
  /** Inputs split by image: byte offset in the backend's memory, floats per image. */
  readonly batched: readonly { readonly at: number; readonly perImage: number }[];
  /** Inputs every thread reads whole (filters, transformed filters). */
  readonly whole: readonly { readonly at: number; readonly floats: number }[];
  /** The output: split by image (`perImage`), or a sum over the batch of `sum` floats. */
  readonly out: { readonly at: number; readonly perImage: number } | { readonly at: number; readonly sum: number };
  /** Scratch floats each thread needs (0: none). */
  readonly scratch: number;
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
  const pointersOf = ([b0]: [number, number], target: number) =>
    [...ops.batched.map((b) => b.at + b0 * b.perImage * 4), ...ops.whole.map((w) => w.at), target];
  const work = Math.max(flops, enclosingFlops);
  if (!pool || batch < pool.threads || work < THREADED_FLOPS) {
    const scratch = ops.scratch > 0 ? alignedBuffer(backend, ops.scratch) : undefined;
    kernel(...args(pointersOf([0, batch], out.at), batch, scratch?.at ?? 0));
    if (scratch) free(backend, scratch.info);
    return;
  }
  const scratch = ops.scratch > 0 ? Array.from({ length: pool.threads }, () => alignedBuffer(backend, ops.scratch)) : [];
  const scratchOf = (t: number) => scratch[t]?.at ?? 0;
  if ('perImage' in out) {
    const chunks = KernelThreads.chunks(batch, Math.ceil(batch / IMAGES_PER_CHUNK));
    pool.run(fn, chunks.length, (k, t) => args(pointersOf(chunks[k], out.at + chunks[k][0] * out.perImage * 4), chunks[k][1] - chunks[k][0], scratchOf(t)), kernel);
  } else {
    // One piece per thread, piece 0 into the output, the others into partials; whichever thread claims it.
    const pieces = KernelThreads.chunks(batch, pool.threads);
    const partials = pieces.slice(1).map(() => alignedBuffer(backend, out.sum));
    const target = (k: number) => (k === 0 ? out.at : partials[k - 1].at);
    pool.run(fn, pieces.length, (k, t) => args(pointersOf(pieces[k], target(k)), pieces[k][1] - pieces[k][0], scratchOf(t)), kernel);
    const sum = viewAt(backend, out.at, out.sum);
    for (const p of partials) {
      const part = viewAt(backend, p.at, out.sum);
      for (let i = 0; i < out.sum; i++) sum[i] += part[i];
      free(backend, p.info);
    }
  }
  for (const b of scratch) free(backend, b.info);
}
