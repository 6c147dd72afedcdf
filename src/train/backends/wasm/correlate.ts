/**
 * Runs LayerLoom's correlation kernel (conv2dInputGrad: the stride-1 input gradient, and the forward
 * convolution, strided or not, with a rotated filter), split over the batch on every kernel thread when that pays
 * (batchSplit.ts).
 */
import type { KernelBackend, TensorInfo } from '@tensorflow/tfjs-core';
import { runSplitByBatch } from './batchSplit';
import { pointer } from './simdKernels';

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
  /** Input rows and columns between neighbouring outputs (a strided forward convolution); default 1. */
  readonly strides?: readonly [number, number];
  /** Byte offset of co zero floats, read for taps past the input's columns when they are not padded. */
  readonly zeros?: number;
}

/** `filterAt`: byte offset of the filter [kh, kw, co, ci] (an AlignedBuffer's `at`). */
export function correlate(backend: KernelBackend, input: TensorInfo, filterAt: number, out: TensorInfo, s: CorrelateShape): void {
  runSplitByBatch(backend, 'conv2dInputGrad', s.batch, 2 * s.batch * s.h * s.w * s.ci * s.kh * s.kw * s.co, {
    batched: [{ at: pointer(backend, input), perImage: s.oh * s.owp * s.co }],
    whole: [{ at: filterAt, floats: s.kh * s.kw * s.co * s.ci }],
    out: { at: pointer(backend, out), perImage: s.h * s.w * s.cOut },
    scratch: 0,
  }, ([i, f, o], n) => [i, f, o, n, s.h, s.w, s.ci, s.oh, s.owp, s.co, s.kh, s.kw, s.top, s.left, s.padL, s.cOut, ...(s.strides ?? [1, 1]), s.zeros ?? 0]);
}
