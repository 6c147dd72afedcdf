/**
 * Runs one of LayerLoom's SIMD kernels over a batch, on every kernel thread when the work pays for it:
 * the main thread takes the first images in place in the backend's memory, each worker a share copied
 * into the pool's shared memory (with the inputs every thread reads whole, and its own scratch). The
 * output is either split by image (the workers' images copied back) or a sum over the batch (each
 * worker fills its own partial, added into the output after).
 */
import type { KernelBackend } from '@tensorflow/tfjs-core';
import { kernelThreads } from './kernelThreads';
import { alignedBuffer, simdKernels, viewAt, type SimdKernels } from './simdKernels';
import { free } from './kernelCalls';

/** Threads pay once the work dwarfs copying operands to shared memory (measured: not for LeNet's 31 MFLOP). */
const THREADED_FLOPS = 100e6;

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
  const pool = kernelThreads();
  const scratch = ops.scratch > 0 ? alignedBuffer(backend, ops.scratch) : undefined;
  const local = [...ops.batched.map((b) => b.at), ...ops.whole.map((w) => w.at), ops.out.at];
  if (!pool || batch < pool.threads || flops < THREADED_FLOPS) {
    kernel(...args(local, batch, scratch?.at ?? 0));
    if (scratch) free(backend, scratch.info);
    return;
  }
  const [[, mine], ...theirs] = pool.shares(batch);
  const n = batch - mine; // images the workers take
  const align = (at: number) => (at + 15) & ~15;
  // Shared layout: each batched input's worker images | each whole input | per worker: scratch, then
  // (for a sum) its partial | the workers' output images (split output).
  let at = pool.dataStart;
  const batchedAt = ops.batched.map((b) => { const here = align(at); at = here + n * b.perImage * 4; return here; });
  const wholeAt = ops.whole.map((w) => { const here = align(at); at = here + w.floats * 4; return here; });
  const partial = 'sum' in ops.out ? ops.out.sum : 0;
  const perWorker = align((ops.scratch + partial) * 4);
  const workersAt = align(at);
  const outAt = workersAt + theirs.length * perWorker;
  const outFloats = 'perImage' in ops.out ? n * ops.out.perImage : 0;
  pool.floats(outAt, outFloats); // grow first: the views below stay valid
  ops.batched.forEach((b, i) => pool.floats(batchedAt[i], n * b.perImage).set(viewAt(backend, b.at + mine * b.perImage * 4, n * b.perImage)));
  ops.whole.forEach((w, i) => pool.floats(wholeAt[i], w.floats).set(viewAt(backend, w.at, w.floats)));
  const partAt = (t: number) => workersAt + t * perWorker + ops.scratch * 4;
  const jobs = theirs.map(([b0, b1], t) => {
    const skip = b0 - mine; // images before this worker's share in shared memory
    const out = 'perImage' in ops.out ? outAt + skip * ops.out.perImage * 4 : partAt(t);
    const pointers = [...ops.batched.map((b, i) => batchedAt[i] + skip * b.perImage * 4), ...wholeAt, out];
    return { fn, args: args(pointers, b1 - b0, workersAt + t * perWorker) };
  });
  pool.run(jobs, () => kernel(...args(local, mine, scratch?.at ?? 0)));
  if (scratch) free(backend, scratch.info);
  if ('perImage' in ops.out) {
    viewAt(backend, ops.out.at + mine * ops.out.perImage * 4, outFloats).set(pool.floats(outAt, outFloats));
    return;
  }
  const sum = viewAt(backend, ops.out.at, partial);
  for (let t = 0; t < theirs.length; t++) {
    const part = pool.floats(partAt(t), partial);
    for (let i = 0; i < partial; i++) sum[i] += part[i];
  }
}
