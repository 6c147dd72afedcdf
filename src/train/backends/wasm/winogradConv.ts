/**
 * 3×3 stride-1 'same' convolutions by Winograd's algorithms (scripts/wasm/winogradKernels.ts):
 * F(4×4, 3×3) (36 multiplications per 4×4 outputs and channel pair instead of 144) or F(2×2, 3×3)
 * (16 instead of 36) for the forward pass and the input gradient (a 'same' convolution of dy with the
 * filter rotated by 180° and its channel axes swapped), F(3×3, 2×2) for the filter gradient. They need
 * ci a multiple of 4 and co a multiple of 8 (ResNet's 3×3 layers).
 */
import type { backend_util, KernelBackend, TensorInfo } from '@tensorflow/tfjs-core';
import { free } from './kernelCalls';
import { runSplitByBatch } from './batchSplit';
import { alignedBuffer, makeOutput, pointer, simdKernels, type AlignedBuffer } from './simdKernels';

/** True when the convolution is one the Winograd kernel computes (in the forward direction). */
export function winogradFits(info: backend_util.Conv2DInfo): boolean {
  const { filterHeight, filterWidth, strideHeight, strideWidth, dilationHeight, dilationWidth, inChannels, outChannels, padInfo } = info;
  return filterHeight === 3 && filterWidth === 3 && strideHeight === 1 && strideWidth === 1 && dilationHeight === 1 && dilationWidth === 1
    && padInfo.top === 1 && padInfo.left === 1 && padInfo.bottom === 1 && padInfo.right === 1
    && inChannels % 4 === 0 && outChannels % 8 === 0 && info.inHeight === info.outHeight && info.inWidth === info.outWidth;
}

/** One Winograd algorithm for 3×3 filters: F(m×m, 3×3) with α = m + 2 points per axis. */
interface Variant {
  readonly kernel: 'winograd3x3' | 'winograd4x4';
  /** α: transformed tile side (4 or 6). */
  readonly alpha: number;
  /** Scratch floats per thread for ci input channels on maps w wide. */
  scratchFloats(ci: number, w: number): number;
}

const F2: Variant = {
  kernel: 'winograd3x3', alpha: 4,
  scratchFloats: (ci) => 64 * ci + 512,
};

/**
 * winograd4x4's scratch (scripts/wasm/winogradKernels.ts): V, M, a temporary and the block's tiles (144·ci + 1316),
 * and two rows of tiles' input-transform rows (24·⌈w / 4⌉·ci; winogradTransforms.ts: rowCacheNext).
 */
export function winograd4x4ScratchFloats(ci: number, w: number): number {
  return 144 * ci + 1316 + 24 * Math.ceil(w / 4) * ci;
}

/** winogradFilterGrad4x4's scratch (scripts/wasm/winogradFilterGradKernels.ts), with CHUNK tiles a chunk. */
export function winogradFilterGrad4x4ScratchFloats(ci: number, co: number, w: number): number {
  return 36 * (ci * co + 16) + CHUNK * (36 * (ci + co) + 32) + 148 + 16 * co + 24 * Math.ceil(w / 4) * ci;
}

const F4: Variant = {
  kernel: 'winograd4x4', alpha: 6,
  scratchFloats: winograd4x4ScratchFloats,
};

/**
 * F(4×4, 3×3) unless the map is under 4 pixels on a side (then a 4×4 tile is mostly padding and
 * F(2×2, 3×3)'s cheaper transforms win). Measured (one thread, ResNet-20's layers at batch 64, best of
 * 15): 32×32×16 direct 9.3 / F(2×2) 5.8 / F(4×4) 4.7 ms; 16×16×32 7.6 / 4.8 / 3.2; 8×8×64 7.2 / 4.0 /
 * 2.6. LAYERLOOM_WINOGRAD=2 keeps F(2×2, 3×3) everywhere.
 */
function variantFor(h: number, w: number): Variant {
  return Math.min(h, w) >= 4 && process.env.LAYERLOOM_WINOGRAD !== '2' ? F4 : F2;
}

/**
 * U = G·g·Gᵀ for every channel pair: [α², ci, co] from a [3, 3, ci, co] filter (LayerLoom's SIMD kernel),
 * or with `rotated` the input gradient's: the filter rotated by 180° with its channel axes swapped,
 * [α², co, ci] from the same [3, 3, ci, co] filter, read in place.
 */
function transformFilter(backend: KernelBackend, v: Variant, filter: TensorInfo, rotated: boolean): AlignedBuffer {
  const [, , fi, fo] = filter.shape;
  const [ci, co] = rotated ? [fo, fi] : [fi, fo];
  // Positions ci·co + 16 floats apart (scripts/wasm/winogradTransforms.ts: planeFloats).
  const u = alignedBuffer(backend, v.alpha * v.alpha * (ci * co + 16));
  const tmp = alignedBuffer(backend, 12 * v.alpha);
  simdKernels(backend).winogradFilter(pointer(backend, filter), u.at, ci, co, v.alpha, rotated ? 1 : 0, tmp.at);
  free(backend, tmp.info);
  return u;
}

/**
 * Chunks per thread of a forward or input-gradient job (batchSplit.ts: default 16, 2-image chunks at batch 64). On
 * 8×8 maps a 2-image chunk is 2 blocks of 4 tiles, and its first block's inputs are not touched ahead (the kernel's
 * touches stop at its chunk's end); on two threads the chunks alternate, so the hardware prefetcher that runs on
 * into the next chunk on one thread (2-image calls on one thread: as fast as one call) runs into the other
 * thread's. 4 chunks per thread (8 images each) at 8×8×64, least of 300 alternated jobs, two threads
 * (test/bench/winogradThreadsBench.ts --only job, load 4): 1.028 -> 0.899 ms; at 16×16×32 and 32×32×16, 4 or 8
 * per thread were no faster (1.100 / 1.113, 1.588 / 1.655), so they keep the finer chunks (a late thread's tail).
 */
function chunksPerThread(h: number, w: number): number | undefined {
  return h * w >= 256 ? undefined : 4;
}

function run(backend: KernelBackend, v: Variant, x: TensorInfo, u: AlignedBuffer, out: TensorInfo, ci: number, co: number): void {
  const [b, h, w] = x.shape;
  runSplitByBatch(backend, v.kernel, b, 2 * b * h * w * 9 * ci * co, {
    batched: [{ at: pointer(backend, x), perImage: h * w * ci }],
    whole: [{ at: u.at, floats: u.floats }],
    out: { at: pointer(backend, out), perImage: h * w * co },
    scratch: v.scratchFloats(ci, w),
    chunksPerThread: chunksPerThread(h, w),
  }, ([xAt, uAt, outAt], n, scratchAt) => [xAt, uAt, outAt, n, h, w, ci, co, scratchAt]);
}

/** The forward convolution of x [b, h, w, ci] with filter [3, 3, ci, co]. */
export function winogradForward(backend: KernelBackend, x: TensorInfo, filter: TensorInfo): TensorInfo {
  const [b, h, w, ci] = x.shape;
  const co = filter.shape[3];
  const v = variantFor(h, w);
  const u = transformFilter(backend, v, filter, false);
  const out = makeOutput(backend, [b, h, w, co]);
  run(backend, v, x, u, out, ci, co);
  free(backend, u.info);
  return out;
}

/** The input gradient dx [b, h, w, ci] of that convolution from dy [b, h, w, co]. */
export function winogradInputGradient(backend: KernelBackend, dy: TensorInfo, filter: TensorInfo): TensorInfo {
  const [b, h, w, co] = dy.shape;
  const ci = filter.shape[2];
  // dx = 'same' correlation of dy with w'[i, j, o, c] = w[2 − i, 2 − j, c, o].
  const v = variantFor(h, w);
  const u = transformFilter(backend, v, filter, true);
  const dx = makeOutput(backend, [b, h, w, ci]);
  run(backend, v, dy, u, dx, co, ci);
  free(backend, u.info);
  return dx;
}

/** Tiles per chunk in the filter-gradient kernels (scripts/wasm/winogradFilterGradKernels.ts: CHUNK). */
const CHUNK = 32;

/**
 * Pieces per thread of a filter gradient's sum over the batch. With one piece each, a thread that runs
 * slower (its core busy with another process, or an efficiency core of a hybrid laptop CPU) holds the
 * step up by the whole difference: on this machine the main thread waited 8.4–9.8 ms per ResNet-20 step
 * for the worker's half of these sums in runs where the worker was slow, 1.5 with four pieces each
 * (`layerloom bench`, kernel-thread wait counted per kernel). Each piece zeroes and back-transforms its own
 * 36·ci·co sums, which costs more than it saves on 8×8 maps (per-call median at 8×8×64, 1 → 4 pieces:
 * 2.31 → 2.59 ms; at 32×32×16 and 16×16×32 unchanged), so those keep one piece. In real steps too: two pieces a
 * thread at 8×8×64, ResNet-20 steps alternated with one (test/bench/winogradStepAB.ts, 60 steps, load 4), the five
 * calls of a step took 6.87 ms at least and 8.25 at the median against 6.29 and 7.68. (What holds these jobs up in a
 * typical step on this shared machine is a worker preempted in the middle of its piece or chunk, 2-10 ms at a time
 * (threadHandoffBench --model resnet20), which no split of the work shortens.)
 */
function filterGradPiecesPerThread(h: number, w: number): number {
  return h * w >= 256 ? 4 : 1;
}

/**
 * The filter gradient dW [3, 3, ci, co] of that convolution from x [b, h, w, ci] and dy [b, h, w, co]
 * by F(3×3, 4×4) or F(3×3, 2×2), each thread summing its share of the batch (batchSplit.ts).
 */
export function winogradFilterGradient(backend: KernelBackend, x: TensorInfo, dy: TensorInfo): TensorInfo {
  const [b, h, w, ci] = x.shape;
  const co = dy.shape[3];
  // F(3×3, 4×4) where F(4×4, 3×3) serves the forward pass (same points), else F(3×3, 2×2).
  const big = variantFor(h, w) === F4;
  const fn = big ? 'winogradFilterGrad4x4' as const : 'winogradFilterGrad3x3' as const;
  // M's positions ci·co + 16 floats apart (scripts/wasm/winogradTransforms.ts: planeFloats).
  const scratchFloats = big ? winogradFilterGrad4x4ScratchFloats(ci, co, w) : 16 * (ci * co + 16) + 16 * (CHUNK * (ci + co) + 8);
  const dW = makeOutput(backend, [3, 3, ci, co]);
  runSplitByBatch(backend, fn, b, 2 * b * h * w * 9 * ci * co, {
    batched: [{ at: pointer(backend, x), perImage: h * w * ci }, { at: pointer(backend, dy), perImage: h * w * co }],
    whole: [],
    out: { at: pointer(backend, dW), sum: 9 * ci * co },
    scratch: scratchFloats,
    piecesPerThread: filterGradPiecesPerThread(h, w),
  }, ([xAt, dyAt, dwAt], n, scratchAt) => [xAt, dyAt, dwAt, n, h, w, ci, co, scratchAt]);
  return dW;
}
