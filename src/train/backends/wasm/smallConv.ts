/**
 * Convolutions with few input channels (LeNet-5's 1 and 6) by LayerLoom's smallConvKernels.ts, where
 * the general kernels pad the channels to blocks of 8 and multiply zero borders.
 *
 * Input gradient (stride 1, no dilation, ci < 8, kw·ci ≥ 8): a scatter of dy · W rows into the padded
 * input gradient, whose interior is dx. LeNet-5's 14×14×6 ← 10×10×16 layer: 1.40 -> 0.81 ms a call.
 *
 * Forward with one input channel (stride 1, no dilation, outputs 8+ wide): lanes over pixels of the
 * contiguous input rows instead of channels padded to 8. LeNet-5's first layer: 0.59-0.61 -> 0.46 ms;
 * with six output channels pixel pairs fill whole vectors stored as they lie (oneToSixKernels.ts):
 * 0.424-0.427 -> 0.324-0.343 ms.
 *
 * Forward with 2–7 input channels and 8+ output channels (stride 1): one loop over a filter row's
 * kw·ci contiguous taps, and 2-pixel tail blocks. LeNet-5's second layer: 0.76 -> 0.68-0.69 ms.
 *
 * Filter gradient from one input channel to six (stride 1, no dilation): pixel pairs fill whole SIMD
 * vectors of six channels (oneToSixKernels.ts) where the patch sums pad them to 8. LeNet-5's first
 * layer: 0.475-0.480 -> 0.391-0.398 ms a call (tfjs op, x padded included), 0.55-0.57 -> 0.41-0.42 in a step.
 */
import type { backend_util, KernelBackend, TensorInfo } from '@tensorflow/tfjs-core';
import { free, pad, slice } from './kernelCalls';
import { runSplitByBatch } from './batchSplit';
import { winogradFits } from './winogradConv';
import { alignedBuffer, makeOutput, pointer, view, viewAt, type AlignedBuffer } from './simdKernels';

type ConvInfo = backend_util.Conv2DInfo;

/** LAYERLOOM_SMALL_CONV=0: few-channel convolutions by the general kernels (for comparing them). */
export const SMALL_CONV = process.env.LAYERLOOM_SMALL_CONV !== '0';

/**
 * The one-to-six filter gradient goes to the threads only from 50 MFLOP, above batchSplit.ts's default
 * (LeNet-5's 15 MFLOP layer stays on one thread: 0.29 against 0.41 ms a call on two threads when the machine
 * was quiet, no gain at load 5-6, and LeNet-5 trained slower with its small convolutions all threaded).
 */
const FILTER_GRAD_THREAD_FROM = 50e6;

/** Whether the scatter input gradient takes this convolution. */
export function scatterInputGradientFits(info: ConvInfo): boolean {
  return info.strideHeight === 1 && info.strideWidth === 1 && info.dilationHeight === 1 && info.dilationWidth === 1
    && info.inChannels < 8 && info.filterWidth * info.inChannels >= 8;
}

/**
 * The filter [kh, kw, ci, co] as the scatter kernel reads it: [kh, chunks, co, 8], chunk k holding
 * columns start_k .. start_k + 7 of a filter row's kw·ci (column s = j·ci + c), start_k = min(8k, seg − 8),
 * with the columns an earlier chunk covers zeroed.
 */
function scatterFilter(backend: KernelBackend, filter: TensorInfo, chunks: number) {
  const [kh, kw, ci, co] = filter.shape;
  const seg = kw * ci;
  const buf = alignedBuffer(backend, kh * chunks * co * 8);
  const dst = viewAt(backend, buf.at, buf.floats);
  const src = view(backend, filter);
  dst.fill(0);
  for (let i = 0; i < kh; i++) {
    for (let k = 0; k < chunks; k++) {
      const start = Math.min(8 * k, seg - 8);
      for (let l = Math.max(0, 8 * k - start); l < 8; l++) {
        const s = start + l; // = j·ci + c, and W[i, j, c, o] is at ((i·kw + j)·ci + c)·co + o
        const from = (i * seg + s) * co;
        const to = (i * chunks + k) * co * 8 + l;
        for (let o = 0; o < co; o++) dst[to + o * 8] = src[from + o];
      }
    }
  }
  return buf;
}

export function scatterInputGradient(backend: KernelBackend, dy: TensorInfo, filter: TensorInfo, info: ConvInfo): TensorInfo {
  const { batchSize: b, inHeight: h, inWidth: w, inChannels: ci, outHeight: oh, outWidth: ow, outChannels: co } = info;
  const { filterHeight: kh, filterWidth: kw } = info;
  const { top, left } = info.padInfo;
  const seg = kw * ci;
  const chunks = Math.ceil(seg / 8);
  const hp = oh + kh - 1;
  const wp = ow + kw - 1;
  const padded = hp !== h || wp !== w;
  const f = scatterFilter(backend, filter, chunks);
  const dxp = makeOutput(backend, [b, hp, wp, ci]);
  runSplitByBatch(backend, 'conv2dInputGradScatter', b, 2 * b * oh * ow * kh * kw * ci * co, {
    batched: [{ at: pointer(backend, dy), perImage: oh * ow * co }],
    whole: [{ at: f.at, floats: f.floats }],
    out: { at: pointer(backend, dxp), perImage: hp * wp * ci },
    scratch: 0,
  }, ([d, fw, o], n) => [d, fw, o, n, oh, ow, co, hp, wp, ci, kh, chunks, seg]);
  free(backend, f.info);
  if (!padded) return dxp;
  const dx = slice(backend, dxp, [0, top, left, 0], [b, h, w, ci]);
  free(backend, dxp);
  return dx;
}

/** Whether the one-to-six filter gradient takes this convolution (x already padded by the caller). */
export function oneToSixFilterGradientFits(info: ConvInfo): boolean {
  return info.inChannels === 1 && info.outChannels === 6 && info.strideHeight === 1 && info.strideWidth === 1
    && info.dilationHeight === 1 && info.dilationWidth === 1;
}

/** dW [kh, kw, 1, 6] from x padded as the layer says (xp) and dy: per-thread partial sums, added. */
export function oneToSixFilterGradient(backend: KernelBackend, xp: TensorInfo, dy: TensorInfo, info: ConvInfo): TensorInfo {
  const { batchSize: b, outHeight: oh, outWidth: ow, filterHeight: kh, filterWidth: kw } = info;
  const [hp, wp] = [xp.shape[1], xp.shape[2]];
  const dW = makeOutput(backend, [kh, kw, 1, 6]);
  runSplitByBatch(backend, 'conv2dFilterGradOneToSix', b, 2 * b * oh * ow * kh * kw * 6, {
    batched: [{ at: pointer(backend, xp), perImage: hp * wp }, { at: pointer(backend, dy), perImage: oh * ow * 6 }],
    whole: [],
    out: { at: pointer(backend, dW), sum: kh * kw * 6 },
    scratch: kh * kw * 12,
    threadFrom: FILTER_GRAD_THREAD_FROM,
  }, ([xAt, dyAt, dwAt], n, acc) => [xAt, dyAt, dwAt, acc, n, hp, wp, oh, ow, kh, kw]);
  return dW;
}

/** Whether the one-channel forward kernel takes this convolution. */
export function oneChannelForwardFits(info: ConvInfo): boolean {
  return info.inChannels === 1 && info.strideHeight === 1 && info.strideWidth === 1
    && info.dilationHeight === 1 && info.dilationWidth === 1 && info.outWidth >= 8;
}

export function oneChannelForward(backend: KernelBackend, x: TensorInfo, filter: TensorInfo, info: ConvInfo): TensorInfo {
  if (info.outChannels !== 6) return forwardPadded(backend, x, whole(backend, filter), info, 'conv2dOneChannel');
  const wr = oneToSixFilter(backend, filter);
  try {
    return forwardPadded(backend, x, wr, info, 'conv2dOneToSix');
  } finally {
    free(backend, wr.info);
  }
}

/**
 * One channel to six or few channels to 8+ with a bias and ReLU applied as the outputs are stored
 * (LeNet-5's two layers in training: biasReluKernel.ts), or null when neither kernel takes this convolution.
 * `biasRelu`: the bias repeated 4 times.
 */
export function smallConvBiasRelu(backend: KernelBackend, x: TensorInfo, filter: TensorInfo, info: ConvInfo, biasRelu: AlignedBuffer): TensorInfo | null {
  if (!SMALL_CONV) return null;
  // Winograd takes 3×3 'same' layers of 4 channels before the few-channel kernel does (convForwardKernel.ts).
  if (fewChannelForwardFits(info) && !winogradFits(info)) return forwardPadded(backend, x, whole(backend, filter), info, 'conv2dFewChannels', biasRelu);
  if (!oneChannelForwardFits(info) || info.outChannels !== 6) return null;
  const wr = oneToSixFilter(backend, filter);
  try {
    return forwardPadded(backend, x, wr, info, 'conv2dOneToSix', biasRelu);
  } finally {
    free(backend, wr.info);
  }
}

/** The filter [kh, kw, 1, 6] as conv2dOneToSix reads it: per tap W[o0..o3], W[o4 o5 o0 o1], W[o2..o5]. */
function oneToSixFilter(backend: KernelBackend, filter: TensorInfo) {
  const taps = filter.shape[0] * filter.shape[1];
  const buf = alignedBuffer(backend, taps * 12);
  const dst = viewAt(backend, buf.at, buf.floats);
  const src = view(backend, filter);
  for (let t = 0; t < taps; t++) {
    for (let l = 0; l < 12; l++) dst[t * 12 + l] = src[t * 6 + (l < 8 ? l % 6 : l - 6)];
  }
  return buf;
}

/** Whether the few-channel forward kernel takes this convolution (2–7 channels in, 8+ out, outputs 4+ wide). */
export function fewChannelForwardFits(info: ConvInfo): boolean {
  return info.inChannels >= 2 && info.inChannels < 8 && info.outChannels >= 8 && info.outWidth >= 4
    && info.strideHeight === 1 && info.strideWidth === 1 && info.dilationHeight === 1 && info.dilationWidth === 1;
}

export function fewChannelForward(backend: KernelBackend, x: TensorInfo, filter: TensorInfo, info: ConvInfo): TensorInfo {
  return forwardPadded(backend, x, whole(backend, filter), info, 'conv2dFewChannels');
}

/** A filter every thread reads whole, as it lies. */
function whole(backend: KernelBackend, filter: TensorInfo): { at: number; floats: number } {
  return { at: pointer(backend, filter), floats: filter.shape.reduce((a, b) => a * b, 1) };
}

/**
 * x padded as the layer says, then the kernel split by image (the one-channel kernels take no ci argument).
 * conv2dFewChannels without bias pads each image in the thread's scratch instead (a first layer on RGB images:
 * no pad op over the batch, a serial pass of 0.10 ms at 64×32×32×3 before each direction).
 */
function forwardPadded(
  backend: KernelBackend, x: TensorInfo, filter: { at: number; floats: number }, info: ConvInfo,
  fn: 'conv2dOneChannel' | 'conv2dOneToSix' | 'conv2dFewChannels', biasRelu?: AlignedBuffer,
): TensorInfo {
  const { batchSize: b, inHeight: h, inWidth: w, inChannels: ci, outHeight: oh, outWidth: ow, outChannels: co, filterHeight: kh, filterWidth: kw } = info;
  const { top, bottom, left, right } = info.padInfo;
  const padded = top || bottom || left || right;
  const inside = padded && fn === 'conv2dFewChannels' && !biasRelu;
  const [hp, wp] = [h + top + bottom, w + left + right];
  const xp = padded && !inside ? pad(backend, x, [[0, 0], [top, bottom], [left, right], [0, 0]]) : x;
  const out = makeOutput(backend, [b, oh, ow, co]);
  runSplitByBatch(backend, biasRelu ? `${fn}BiasRelu` as 'conv2dOneToSixBiasRelu' | 'conv2dFewChannelsBiasRelu' : fn, b, 2 * b * oh * ow * kh * kw * ci * co, {
    batched: [{ at: pointer(backend, xp), perImage: xp.shape[1] * xp.shape[2] * ci }],
    whole: biasRelu ? [filter, biasRelu] : [filter],
    out: { at: pointer(backend, out), perImage: oh * ow * co },
    scratch: inside ? hp * wp * ci : 0,
  }, (pointers, n, scratchAt) => (fn !== 'conv2dFewChannels' ? [...pointers, n, hp, wp, oh, ow, co, kh, kw]
    : inside ? [...pointers, n, hp, wp, ci, oh, ow, co, kh, kw, scratchAt, h, w, top, left]
      : [...pointers, n, hp, wp, ci, oh, ow, co, kh, kw]));
  if (xp !== x) free(backend, xp);
  return out;
}
