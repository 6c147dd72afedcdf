/**
 * Runs one of LayerLoom's SIMD kernels over a batch, on every kernel thread when the work pays for it:
 * each thread takes a share of the images, in place in the backend's (shared) memory, with its own
 * scratch. The output is either split by image or a sum over the batch (each worker fills its own
 * partial, added into the output after).
 */
import type { KernelBackend } from '@tensorflow/tfjs-core';
import { kernelThreads } from './kernelThreads';
import { alignedBuffer, backendMemory, simdKernels, viewAt, type AlignedBuffer, type SimdKernels } from './simdKernels';
import { free } from './kernelCalls';

/**
 * Threads pay once the work dwarfs handing it over (0.1-0.4 ms per call here, measured in training:
 * the worker starts late and runs slower than the main thread on data the main thread just wrote).
 * LeNet-5 (15-30 MFLOP per convolution) gained nothing at 5 MFLOP; ResNet-20 the same at 40 as at 100.
 */
const THREADED_FLOPS = 100e6;

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
  const work = Math.max(flops, enclosingFlops);
  const shares: [number, number][] = pool && batch >= pool.threads && work >= THREADED_FLOPS ? pool.shares(batch) : [[0, batch]];
  const out = ops.out;
  const scratch = ops.scratch > 0 ? shares.map(() => alignedBuffer(backend, ops.scratch)) : [];
  // A sum: the main thread writes the output, each worker a partial of its own.
  const partials: AlignedBuffer[] = 'sum' in out ? shares.slice(1).map(() => alignedBuffer(backend, out.sum)) : [];
  const call = (t: number): number[] => {
    const [b0, b1] = shares[t];
    const target = 'sum' in out ? (t === 0 ? out.at : partials[t - 1].at) : out.at + b0 * out.perImage * 4;
    const pointers = [...ops.batched.map((b) => b.at + b0 * b.perImage * 4), ...ops.whole.map((w) => w.at), target];
    return args(pointers, b1 - b0, scratch[t]?.at ?? 0);
  };
  if (shares.length === 1 || !pool) kernel(...call(0));
  else pool.run(shares.slice(1).map((_, t) => ({ fn, args: call(t + 1) })), () => kernel(...call(0)));
  if ('sum' in out && partials.length > 0) {
    const sum = viewAt(backend, out.at, out.sum);
    for (const p of partials) {
      const part = viewAt(backend, p.at, out.sum);
      for (let i = 0; i < out.sum; i++) sum[i] += part[i];
    }
  }
  for (const b of [...scratch, ...partials]) free(backend, b.info);
}
