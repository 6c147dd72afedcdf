/**
 * Runs LayerLoom's correlation kernel (conv2dInputGrad: the stride-1 input gradient, and the forward
 * convolution with a rotated filter) on one thread, or on every kernel thread when there are several
 * and the work dwarfs copying operands to shared memory: each thread takes a share of the batch, the
 * main thread's in place.
 */
import type { KernelBackend, TensorInfo } from '@tensorflow/tfjs-core';
import { kernelThreads } from './kernelThreads';
import { pointer, simdKernels, view, viewAt } from './simdKernels';

/** The kernel's arguments after its three pointers (see scripts/wasm/inputGradKernels.ts). */
export interface CorrelateShape {
  readonly batch: number;
  readonly h: number;
  readonly w: number;
  readonly ci: number;
  readonly oh: number;
  readonly owp: number;
  readonly co: number;
  readonly kh: number;
  readonly kw: number;
  readonly top: number;
  readonly left: number;
  readonly padL: number;
  /** Channels per output pixel: ci, or fewer when the filter was padded with zero channels to 8. */
  readonly cOut: number;
}

const THREADED_FLOPS = 100e6;

/** `filterAt`: byte offset of the filter [kh, kw, co, ci] (an AlignedBuffer's `at`). */
export function correlate(backend: KernelBackend, input: TensorInfo, filterAt: number, out: TensorInfo, s: CorrelateShape): void {
  const args = (n: number) => [n, s.h, s.w, s.ci, s.oh, s.owp, s.co, s.kh, s.kw, s.top, s.left, s.padL, s.cOut] as const;
  const pool = kernelThreads();
  const flops = 2 * s.batch * s.h * s.w * s.ci * s.kh * s.kw * s.co;
  if (!pool || s.batch < pool.threads || flops < THREADED_FLOPS) {
    simdKernels(backend).conv2dInputGrad(pointer(backend, input), filterAt, pointer(backend, out), ...args(s.batch));
    return;
  }
  const inSize = s.oh * s.owp * s.co; // floats per image
  const outSize = s.h * s.w * s.cOut;
  const fSize = s.kh * s.kw * s.co * s.ci;
  const [[, mine], ...theirs] = pool.shares(s.batch);
  const n = s.batch - mine; // images the workers take
  // Shared layout: the workers' input | filter | their output.
  const inAt = pool.dataStart;
  const fAt = (inAt + n * inSize * 4 + 15) & ~15; // 16-byte aligned, as the filter's own copy
  const outAt = fAt + fSize * 4;
  pool.floats(outAt, n * outSize); // grow first: the views below stay valid
  pool.floats(inAt, n * inSize).set(view(backend, input).subarray(mine * inSize, s.batch * inSize));
  pool.floats(fAt, fSize).set(viewAt(backend, filterAt, fSize));
  const jobs = theirs.map(([b0, b1]) => ({
    fn: 'conv2dInputGrad' as const,
    args: [inAt + (b0 - mine) * inSize * 4, fAt, outAt + (b0 - mine) * outSize * 4, ...args(b1 - b0)],
  }));
  const k = simdKernels(backend);
  pool.run(jobs, () => k.conv2dInputGrad(pointer(backend, input), filterAt, pointer(backend, out), ...args(mine)));
  view(backend, out).set(pool.floats(outAt, n * outSize), mine * outSize);
}
