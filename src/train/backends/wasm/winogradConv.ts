/**
 * 3×3 stride-1 'same' convolutions by Winograd's F(2×2, 3×3) (scripts/wasm/winogradKernels.ts):
 * 16 multiplications per 2×2 outputs and channel pair instead of 36. ResNet's 3×3 layers, forward and
 * input gradient (a 'same' convolution of dy with the filter rotated by 180° and its channel axes
 * swapped), need ci a multiple of 4 and co a multiple of 8.
 */
import type { backend_util, KernelBackend, TensorInfo } from '@tensorflow/tfjs-core';
import { free } from './kernelCalls';
import { kernelThreads } from './kernelThreads';
import { makeOutput, pointer, simdKernels, view } from './simdKernels';

/** True when the convolution is one the Winograd kernel computes (in the forward direction). */
export function winogradFits(info: backend_util.Conv2DInfo): boolean {
  const { filterHeight, filterWidth, strideHeight, strideWidth, dilationHeight, dilationWidth, inChannels, outChannels, padInfo } = info;
  return filterHeight === 3 && filterWidth === 3 && strideHeight === 1 && strideWidth === 1 && dilationHeight === 1 && dilationWidth === 1
    && padInfo.top === 1 && padInfo.left === 1 && padInfo.bottom === 1 && padInfo.right === 1
    && inChannels % 4 === 0 && outChannels % 8 === 0 && info.inHeight === info.outHeight && info.inWidth === info.outWidth;
}

/**
 * U = G·g·Gᵀ for every channel pair: [16, ci, co] from a 3×3 filter, read at `index(i, j, c, o)` (row i,
 * column j, input channel c, output channel o of the convolution computed).
 */
function transformFilter(backend: KernelBackend, filter: TensorInfo, ci: number, co: number, index: (i: number, j: number, c: number, o: number) => number): TensorInfo {
  const u = makeOutput(backend, [16, ci, co]);
  const dst = view(backend, u); // views after the allocation: it may grow the memory
  const f = view(backend, filter);
  const plane = ci * co;
  const g = new Float64Array(9);
  const gg = new Float64Array(12); // G·g, 4 rows × 3
  for (let c = 0; c < ci; c++) {
    for (let o = 0; o < co; o++) {
      for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) g[3 * i + j] = f[index(i, j, c, o)];
      for (let j = 0; j < 3; j++) {
        gg[j] = g[j];
        gg[3 + j] = (g[j] + g[3 + j] + g[6 + j]) / 2;
        gg[6 + j] = (g[j] - g[3 + j] + g[6 + j]) / 2;
        gg[9 + j] = g[6 + j];
      }
      const at = c * co + o;
      for (let r = 0; r < 4; r++) {
        const a0 = gg[3 * r], a1 = gg[3 * r + 1], a2 = gg[3 * r + 2];
        dst[(4 * r) * plane + at] = a0;
        dst[(4 * r + 1) * plane + at] = (a0 + a1 + a2) / 2;
        dst[(4 * r + 2) * plane + at] = (a0 - a1 + a2) / 2;
        dst[(4 * r + 3) * plane + at] = a2;
      }
    }
  }
  return u;
}

const THREADED_FLOPS = 100e6;

function run(backend: KernelBackend, x: TensorInfo, u: TensorInfo, out: TensorInfo, ci: number, co: number): void {
  const [b, h, w] = x.shape;
  const scratchFloats = 64 * ci + 512;
  const pool = kernelThreads();
  const flops = 2 * b * h * w * 9 * ci * co;
  if (!pool || b < pool.threads || flops < THREADED_FLOPS) {
    const scratch = makeOutput(backend, [scratchFloats]);
    simdKernels(backend).winograd3x3(pointer(backend, x), pointer(backend, u), pointer(backend, out), b, h, w, ci, co, pointer(backend, scratch));
    free(backend, scratch);
    return;
  }
  // As correlate.ts: the main thread takes the first images in place, each worker a share copied to shared memory.
  const inSize = h * w * ci;
  const outSize = h * w * co;
  const uSize = 16 * ci * co;
  const [[, mine], ...theirs] = pool.shares(b);
  const n = b - mine;
  const inAt = pool.dataStart;
  const uAt = inAt + n * inSize * 4;
  const scratchAt = uAt + uSize * 4;
  const outAt = scratchAt + theirs.length * scratchFloats * 4;
  pool.floats(outAt, n * outSize); // grow first: the views below stay valid
  pool.floats(inAt, n * inSize).set(view(backend, x).subarray(mine * inSize));
  pool.floats(uAt, uSize).set(view(backend, u));
  const jobs = theirs.map(([b0, b1], t) => ({
    fn: 'winograd3x3' as const,
    args: [inAt + (b0 - mine) * inSize * 4, uAt, outAt + (b0 - mine) * outSize * 4, b1 - b0, h, w, ci, co, scratchAt + t * scratchFloats * 4],
  }));
  const scratch = makeOutput(backend, [scratchFloats]);
  const k = simdKernels(backend);
  pool.run(jobs, () => k.winograd3x3(pointer(backend, x), pointer(backend, u), pointer(backend, out), mine, h, w, ci, co, pointer(backend, scratch)));
  free(backend, scratch);
  view(backend, out).set(pool.floats(outAt, n * outSize), mine * outSize);
}

/** The forward convolution of x [b, h, w, ci] with filter [3, 3, ci, co]. */
export function winogradForward(backend: KernelBackend, x: TensorInfo, filter: TensorInfo): TensorInfo {
  const [b, h, w, ci] = x.shape;
  const co = filter.shape[3];
  const u = transformFilter(backend, filter, ci, co, (i, j, c, o) => ((i * 3 + j) * ci + c) * co + o);
  const out = makeOutput(backend, [b, h, w, co]);
  run(backend, x, u, out, ci, co);
  free(backend, u);
  return out;
}

/** The input gradient dx [b, h, w, ci] of that convolution from dy [b, h, w, co]. */
export function winogradInputGradient(backend: KernelBackend, dy: TensorInfo, filter: TensorInfo): TensorInfo {
  const [b, h, w, co] = dy.shape;
  const ci = filter.shape[2];
  // dx = 'same' correlation of dy with w'[i, j, o, c] = w[2 − i, 2 − j, c, o].
  const u = transformFilter(backend, filter, co, ci, (i, j, o, c) => (((2 - i) * 3 + (2 - j)) * ci + c) * co + o);
  const dx = makeOutput(backend, [b, h, w, ci]);
  run(backend, dy, u, dx, co, ci);
  free(backend, u);
  return dx;
}

/** Tiles per chunk in winogradFilterGrad3x3 (scripts/wasm/winogradKernels.ts: CHUNK). */
const CHUNK = 16;

/**
 * The filter gradient dW [3, 3, ci, co] of that convolution from x [b, h, w, ci] and dy [b, h, w, co]
 * by F(3×3, 2×2). With kernel threads each thread sums its share of the batch into its own dW (the
 * main thread's in place), then the shares are added.
 */
export function winogradFilterGradient(backend: KernelBackend, x: TensorInfo, dy: TensorInfo): TensorInfo {
  const [b, h, w, ci] = x.shape;
  const co = dy.shape[3];
  const scratchFloats = 16 * ci * co + 16 * CHUNK * (ci + co);
  const wSize = 9 * ci * co;
  const dW = makeOutput(backend, [3, 3, ci, co]);
  const scratch = makeOutput(backend, [scratchFloats]);
  const pool = kernelThreads();
  const k = simdKernels(backend);
  if (!pool || b < pool.threads || 2 * b * h * w * 9 * ci * co < THREADED_FLOPS) {
    k.winogradFilterGrad3x3(pointer(backend, x), pointer(backend, dy), pointer(backend, dW), b, h, w, ci, co, pointer(backend, scratch));
    free(backend, scratch);
    return dW;
  }
  const xSize = h * w * ci;
  const dySize = h * w * co;
  const [[, mine], ...theirs] = pool.shares(b);
  const n = b - mine;
  // Shared layout: the workers' x | their dy | per worker: scratch, partial dW.
  const xAt = pool.dataStart;
  const dyAt = xAt + n * xSize * 4;
  const perWorker = (scratchFloats + wSize) * 4;
  const partsAt = dyAt + n * dySize * 4;
  pool.floats(partsAt, (theirs.length * perWorker) / 4); // grow first: the views below stay valid
  pool.floats(xAt, n * xSize).set(view(backend, x).subarray(mine * xSize));
  pool.floats(dyAt, n * dySize).set(view(backend, dy).subarray(mine * dySize));
  const jobs = theirs.map(([b0, b1], t) => ({
    fn: 'winogradFilterGrad3x3' as const,
    args: [xAt + (b0 - mine) * xSize * 4, dyAt + (b0 - mine) * dySize * 4, partsAt + t * perWorker + scratchFloats * 4,
      b1 - b0, h, w, ci, co, partsAt + t * perWorker],
  }));
  pool.run(jobs, () => k.winogradFilterGrad3x3(pointer(backend, x), pointer(backend, dy), pointer(backend, dW), mine, h, w, ci, co, pointer(backend, scratch)));
  free(backend, scratch);
  const out = view(backend, dW);
  for (let t = 0; t < theirs.length; t++) {
    const part = pool.floats(partsAt + t * perWorker + scratchFloats * 4, wSize);
    for (let i = 0; i < wSize; i++) out[i] += part[i];
  }
  return dW;
}
