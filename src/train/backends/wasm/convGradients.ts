/**
 * The two gradients of an NHWC convolution on wasm:
 *
 * - filter gradient: dW[kh,kw,ci,co] = Σ_{b,oh,ow} x[b, oh·s + kh·d − pt, ow·s + kw·d − pl, ci] · dy[b,oh,ow,co]:
 *   Winograd for 3×3 stride-1 'same' layers, else LayerLoom's register-blocked sums (patch sums under 8
 *   input channels), threaded on large layers; conv2dFilterGradientByCorrelation (one XNNPACK
 *   convolution of xᵀ with dyᵀ) is kept as the tests' reference;
 * - input gradient: Winograd for 3×3 stride-1 'same' layers, else LayerLoom's correlation kernel at
 *   stride 1, its strided kernel (one pass, taps inside dy only) for larger strides, and for dilated
 *   filters the convolution of dy with the filter rotated by 180° and its channel axes swapped.
 *
 * Both accept any stride, padding (same, valid, explicit) and dilation (tfjs forbids stride and
 * dilation both above 1, so one of them is 1).
 */
import type { backend_util, KernelBackend, TensorInfo } from '@tensorflow/tfjs-core';
import { call, conv2d, free, pad, reshape, slice, transpose } from './kernelCalls';
import { correlate } from './correlate';
import { runSplitByBatch } from './batchSplit';
import { alignedBuffer, makeOutput, memoryBytes, pointer, view, viewAt, type AlignedBuffer } from './simdKernels';
import { winogradFilterGradient, winogradFits, winogradInputGradient } from './winogradConv';
import { oneToSixFilterGradient, oneToSixFilterGradientFits, scatterInputGradient, scatterInputGradientFits, SMALL_CONV } from './smallConv';

const WINOGRAD = process.env.LAYERLOOM_WINOGRAD !== '0';

type ConvInfo = backend_util.Conv2DInfo;

/**
 * Pieces per thread of the direct filter gradient's sum over the batch (conv2dFilterGrad): one each, a
 * thread that starts late or runs slower holds the call up by its whole share. A field so that
 * test/bench/filterGradPiecesAB.ts and stridedStepAB.ts can compare settings in one process.
 */
export const directFilterGradSplit = { piecesPerThread: 1 };

/**
 * The filter gradient by LayerLoom's SIMD kernel: register-blocked sums per image over the taps inside x
 * (2–2.5× the XNNPACK correlation below on ResNet shapes here when they were per output row). With fewer than 8 input channels
 * (a first layer on grey or RGB images, LeNet's 6) that kernel's blocks are mostly empty or its rows
 * short: patch sums instead (LeNet's second layer: 1.77 against 2.04 ms).
 */
export function conv2dFilterGradient(backend: KernelBackend, x: TensorInfo, dy: TensorInfo, info: ConvInfo): TensorInfo {
  if (WINOGRAD && winogradFits(info)) return winogradFilterGradient(backend, x, dy);
  const { top, bottom, left, right } = info.padInfo;
  if (info.inChannels < 8) {
    // The patch sums pad each image in a thread's scratch (no pad op: a serial pass over the batch).
    if (!(SMALL_CONV && oneToSixFilterGradientFits(info))) return filterGradientByPatches(backend, x, dy, info);
    const padded = top || bottom || left || right;
    const xp = padded ? pad(backend, x, [[0, 0], [top, bottom], [left, right], [0, 0]]) : x;
    const dW = oneToSixFilterGradient(backend, xp, dy, info);
    if (padded) free(backend, xp);
    return dW;
  }
  // The kernel sums each tap over the output pixels whose x pixel exists: no padded copy of x (ResNet-20's
  // stride-2 layers with their padding inside: padInsideConv.ts).
  const dW = makeOutput(backend, [info.filterHeight, info.filterWidth, info.inChannels, info.outChannels]);
  const { batchSize: b, inHeight: h, inWidth: w, outHeight: oh, outWidth: ow, inChannels: ci, outChannels: co, filterHeight: kh, filterWidth: kw } = info;
  runSplitByBatch(backend, 'conv2dFilterGrad', b, 2 * b * oh * ow * kh * kw * ci * co, {
    batched: [{ at: pointer(backend, x), perImage: h * w * ci }, { at: pointer(backend, dy), perImage: oh * ow * co }],
    whole: [],
    out: { at: pointer(backend, dW), sum: kh * kw * ci * co },
    scratch: 0,
    piecesPerThread: directFilterGradSplit.piecesPerThread,
  }, ([xAt, dyAt, dwAt], n) => [xAt, dyAt, dwAt, n, h, w, ci, oh, ow, co, kh, kw,
    info.strideHeight, info.strideWidth, info.dilationHeight, info.dilationWidth, top, left]);
  return dW;
}

/**
 * Fewer than 8 input channels: dW as [kh·kw·ci, co] sums of patch entries times dy over every pixel
 * (blocks of 4 entries × 8 output channels in registers; 2.5–3× the correlation on first layers).
 * The SIMD lanes cover co rounded up to 4: past co they read the next pixel's dy (so dy must not end
 * within 32 bytes of the wasm memory's end: else a padded copy), and those columns are cut off after.
 * A padded layer's x is padded image by image in each thread's scratch by the kernel.
 */
function filterGradientByPatches(backend: KernelBackend, x: TensorInfo, dy: TensorInfo, info: ConvInfo): TensorInfo {
  const { filterHeight: kh, filterWidth: kw, inChannels: ci, outChannels: co, inHeight: h, inWidth: w } = info;
  const { top, bottom, left, right } = info.padInfo;
  const padded = top || bottom || left || right;
  const [hp, wp] = [h + top + bottom, w + left + right];
  const co4 = (co + 3) & ~3;
  const dyEnd = pointer(backend, dy) + 4 * dy.shape.reduce((a, b) => a * b, 1);
  const overRead = co4 !== co && dyEnd + 32 > memoryBytes(backend);
  const dyIn = overRead ? pad(backend, dy, [[0, 0], [0, 0], [0, 0], [0, co4 - co]]) : dy;
  const dW4 = makeOutput(backend, [kh, kw, ci, co4]);
  const { batchSize: b, outHeight: oh, outWidth: ow } = info;
  const dyC = overRead ? co4 : co;
  try {
    runSplitByBatch(backend, 'conv2dFilterGradPatches', b, 2 * b * oh * ow * kh * kw * ci * co, {
      batched: [{ at: pointer(backend, x), perImage: h * w * ci }, { at: pointer(backend, dyIn), perImage: oh * ow * dyC }],
      whole: [],
      out: { at: pointer(backend, dW4), sum: kh * kw * ci * co4 },
      scratch: padded ? hp * wp * ci : 0,
      piecesPerThread: 4,
    }, ([xAt, dyAt, dwAt], n, scratchAt) => [xAt, dyAt, dwAt, n, hp, wp, ci, oh, ow, dyC, co4,
      kh, kw, info.strideHeight, info.strideWidth, info.dilationHeight, info.dilationWidth, ...(padded ? [scratchAt, h, w, top, left] : [])]);
  } finally {
    if (overRead) free(backend, dyIn);
  }
  if (co4 === co) return dW4;
  const dW = slice(backend, dW4, [0, 0, 0, 0], [kh, kw, ci, co]);
  free(backend, dW4);
  return dW;
}

/** The filter gradient as one XNNPACK convolution (kept for comparison and as a fallback). */
export function conv2dFilterGradientByCorrelation(backend: KernelBackend, x: TensorInfo, dy: TensorInfo, info: ConvInfo): TensorInfo {
  const { inHeight: h, inWidth: w, inChannels: ci, outHeight: oh, outWidth: ow, outChannels: co } = info;
  const { filterHeight: kh, filterWidth: kw, strideHeight: sh, strideWidth: sw, dilationHeight: dh, dilationWidth: dw } = info;
  const { top, left } = info.padInfo;
  // Rows the correlation needs: (KH−1)·d + (OH−1)·s + 1 starting at −top. Pad the bottom up to that, never below 0.
  const bottom = Math.max(0, (kh - 1) * dh + (oh - 1) * sh + 1 - h - top);
  const right = Math.max(0, (kw - 1) * dw + (ow - 1) * sw + 1 - w - left);
  const xT = transpose(backend, x, [3, 1, 2, 0]); // [Ci, H, W, B]
  const dyT = transpose(backend, dy, [1, 2, 0, 3]); // [OH, OW, B, Co]
  const corr = conv2d(backend, xT, dyT, [dh, dw], [sh, sw], [[top, bottom], [left, right]]); // [Ci, ≥KH, ≥KW, Co]
  free(backend, xT, dyT);
  let cut = corr;
  if (corr.shape[1] !== kh || corr.shape[2] !== kw) {
    cut = slice(backend, corr, [0, 0, 0, 0], [ci, kh, kw, co]);
    free(backend, corr);
  }
  const dW = ci === 1 ? reshape(backend, cut, [kh, kw, 1, co]) : transpose(backend, cut, [1, 2, 0, 3]);
  free(backend, cut);
  return dW;
}

/** dy with (s−1) zero rows/columns after every row/column: [B, OH·sh, OW·sw, C]. */
function dilateByStride(backend: KernelBackend, dy: TensorInfo, sh: number, sw: number): TensorInfo {
  const [b, oh, ow, c] = dy.shape;
  if (sh === 1 && sw === 1) return reshape(backend, dy, [b, oh, ow, c]);
  const cols = reshape(backend, dy, [b * oh, ow, 1, c]);
  const colsPadded = pad(backend, cols, [[0, 0], [0, 0], [0, sw - 1], [0, 0]]);
  free(backend, cols);
  const rows = reshape(backend, colsPadded, [b * oh, 1, ow * sw * c]);
  free(backend, colsPadded);
  const rowsPadded = pad(backend, rows, [[0, 0], [0, sh - 1], [0, 0]]);
  free(backend, rows);
  const out = reshape(backend, rowsPadded, [b, oh * sh, ow * sw, c]);
  free(backend, rowsPadded);
  return out;
}

/** The filter rotated by 180° with in/out channels swapped: [KH, KW, Co, Ci]. */
export function flipFilter(backend: KernelBackend, filter: TensorInfo): TensorInfo {
  const flipped = call(backend, 'Reverse', { x: filter }, { dims: [0, 1] });
  const swapped = transpose(backend, flipped, [0, 1, 3, 2]);
  free(backend, flipped);
  return swapped;
}

export function conv2dInputGradient(backend: KernelBackend, dy: TensorInfo, filter: TensorInfo, info: ConvInfo): TensorInfo {
  const { strideHeight: sh, strideWidth: sw, dilationHeight: dh, dilationWidth: dw } = info;
  if (WINOGRAD && winogradFits({ ...info, inChannels: info.outChannels, outChannels: info.inChannels })) {
    return winogradInputGradient(backend, dy, filter);
  }
  if (SMALL_CONV && scatterInputGradientFits(info)) return scatterInputGradient(backend, dy, filter, info);
  if (sh === 1 && sw === 1 && dh === 1 && dw === 1) {
    return inputGradientDirect(backend, dy, filter, info);
  }
  if (dh === 1 && dw === 1) return inputGradientStrided(backend, dy, filter, info);
  return inputGradientByDilation(backend, dy, filter, info);
}

/**
 * Stride 1: LayerLoom's kernel, summing only the taps inside dy (XNNPACK's correlation also multiplies
 * the zero border: on ResNet's 8×8 maps padded to 10×10 that is half again the work) and with no
 * flipped filter to build. In a ResNet-20 step: dx 295–315 ms against XNNPACK's 327–365 (CPU time,
 * scripts/wasm/profileCpu.ts). The kernel works on blocks of 8 input channels: with fewer (LeNet's
 * second layer has 6) the filter gets zero channels up to 8 and only the real ones are stored; that
 * layer's dx went from 7.9 ms (a GEMM and a col2im scatter) to about 4 (CPU time). The filter goes to
 * [kh, kw, co, ci] by a small JS loop (at most a few 10,000 floats).
 */
function inputGradientDirect(backend: KernelBackend, dy: TensorInfo, filter: TensorInfo, info: ConvInfo): TensorInfo {
  const { batchSize: b, inHeight: h, inWidth: w, inChannels: ci, outHeight: oh, outWidth: ow, outChannels: co } = info;
  const { filterHeight: kh, filterWidth: kw } = info;
  const { top, left } = info.padInfo;
  const cw = Math.max(ci, 8); // channels the kernel computes
  const padL = Math.max(0, kw - 1 - left);
  const padR = Math.max(0, w + left - ow);
  const dyp = padL || padR ? pad(backend, dy, [[0, 0], [0, 0], [padL, padR], [0, 0]]) : dy;
  const wt = swappedFilter(backend, filter, cw);
  const dx = makeOutput(backend, [b, h, w, ci]);
  correlate(backend, dyp, wt.at, dx, { batch: b, h, w, ci: cw, oh, owp: ow + padL + padR, co, kh, kw, top, left, padL, cOut: ci });
  free(backend, wt.info);
  if (dyp !== dy) free(backend, dyp);
  return dx;
}

/**
 * The filter [kh, kw, ci, co] with its channel axes swapped and its columns reversed, [kh, kw, co, cw] as
 * conv2dInputGrad reads it, input channels padded with zeros up to cw (the kernels work on blocks of 8):
 * a small JS loop (at most a few 10,000 floats).
 */
function swappedFilter(backend: KernelBackend, filter: TensorInfo, cw: number): AlignedBuffer {
  const [kh, kw, ci, co] = filter.shape;
  const wt = alignedBuffer(backend, kh * kw * co * cw);
  const src = view(backend, filter);
  const dst = viewAt(backend, wt.at, wt.floats);
  if (cw !== ci) dst.fill(0);
  for (let i = 0; i < kh; i++) {
    for (let j = 0; j < kw; j++) {
      const [from, to] = [i * kw + j, i * kw + kw - 1 - j];
      for (let c = 0; c < ci; c++) {
        for (let o = 0; o < co; o++) dst[(to * co + o) * cw + c] = src[(from * ci + c) * co + o];
      }
    }
  }
  return wt;
}

/**
 * The filter [kh, kw, ci, co] in blocks of 8 input channels for conv2dInputGradStrided:
 * [blocks][kh][kw][co][8], block k holding channels min(8k, ci − 8)…+8 (zeros past ci when ci < 8),
 * then co zero floats (what the kernel reads for taps past dy's columns).
 */
function filterBlocks(backend: KernelBackend, filter: TensorInfo): AlignedBuffer {
  const [kh, kw, ci, co] = filter.shape;
  const taps = kh * kw;
  const blocks = Math.ceil(ci / 8);
  const wt = alignedBuffer(backend, blocks * taps * co * 8 + co);
  const src = view(backend, filter);
  const dst = viewAt(backend, wt.at, wt.floats);
  if (ci < 8) dst.fill(0);
  else dst.fill(0, blocks * taps * co * 8);
  for (let k = 0; k < blocks; k++) {
    const c0 = Math.max(0, Math.min(8 * k, ci - 8));
    const lanes = Math.min(8, ci);
    for (let t = 0; t < taps; t++) {
      for (let o = 0; o < co; o++) {
        const to = ((k * taps + t) * co + o) * 8;
        for (let l = 0; l < lanes; l++) dst[to + l] = src[(t * ci + c0 + l) * co + o];
      }
    }
  }
  return wt;
}

/**
 * Strided input gradient (any strides, no dilation) in one pass over dy by LayerLoom's kernel: each dx
 * pixel sums only the taps whose dy pixel exists (no zeros multiplied, no padded or dilated copy of
 * dy), blocks of 4 pixels of one stride residue × 8 channels, split over the batch on the kernel
 * threads. Before: 4 stride phases, each a padded/sliced dy, a tfjs (XNNPACK) convolution and a scatter.
 */
function inputGradientStrided(backend: KernelBackend, dy: TensorInfo, filter: TensorInfo, info: ConvInfo): TensorInfo {
  const { batchSize: b, inHeight: h, inWidth: w, inChannels: ci, outHeight: oh, outWidth: ow, outChannels: co } = info;
  const { filterHeight: kh, filterWidth: kw, strideHeight: sh, strideWidth: sw } = info;
  const wt = filterBlocks(backend, filter);
  const dx = makeOutput(backend, [b, h, w, ci]);
  try {
    runSplitByBatch(backend, 'conv2dInputGradStrided', b, 2 * b * oh * ow * kh * kw * ci * co, {
      batched: [{ at: pointer(backend, dy), perImage: oh * ow * co }],
      whole: [{ at: wt.at, floats: wt.floats }],
      out: { at: pointer(backend, dx), perImage: h * w * ci },
      scratch: 0,
    }, ([d, f, o], n) => [d, f, o, n, h, w, Math.max(ci, 8), oh, ow, co, kh, kw, sh, sw, info.padInfo.top, info.padInfo.left, ci]);
  } finally {
    free(backend, wt.info);
  }
  return dx;
}

function inputGradientByDilation(backend: KernelBackend, dy: TensorInfo, filter: TensorInfo, info: ConvInfo): TensorInfo {
  const { batchSize: b, inHeight: h, inWidth: w, inChannels: ci, outHeight: oh, outWidth: ow } = info;
  const { filterHeight: kh, filterWidth: kw, strideHeight: sh, strideWidth: sw, dilationHeight: dh, dilationWidth: dw } = info;
  const { top, left } = info.padInfo;
  let dyD = dilateByStride(backend, dy, sh, sw);
  // Padding of the full correlation; the dilated dy already ends with (s−1) zero rows/columns.
  const padTop = (kh - 1) * dh - top;
  const padLeft = (kw - 1) * dw - left;
  let padBottom = h - 1 + top - (oh - 1) * sh - (sh - 1);
  let padRight = w - 1 + left - (ow - 1) * sw - (sw - 1);
  if (padBottom < 0 || padRight < 0) {
    const cut = slice(backend, dyD, [0, 0, 0, 0], [b, dyD.shape[1] + Math.min(0, padBottom), dyD.shape[2] + Math.min(0, padRight), dyD.shape[3]]);
    free(backend, dyD);
    dyD = cut;
    padBottom = Math.max(0, padBottom);
    padRight = Math.max(0, padRight);
  }
  const f = flipFilter(backend, filter);
  const dx = conv2d(backend, dyD, f, [1, 1], [dh, dw], [[padTop, padBottom], [padLeft, padRight]]);
  free(backend, dyD, f);
  if (dx.shape[1] !== h || dx.shape[2] !== w || dx.shape[3] !== ci) {
    throw new Error(`LayerLoom wasm Conv2DBackpropInput: got shape ${dx.shape.join('x')}, expected ${b}x${h}x${w}x${ci}`);
  }
  return dx;
}
