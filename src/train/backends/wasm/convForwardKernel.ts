/**
 * Conv2D and FusedConv2D (no bias, linear activation: every ResNet convolution in training): 3×3
 * stride-1 'same' layers by the Winograd kernels (winogradConv.ts), the others with equal strides by
 * LayerLoom's correlation kernel (conv2dInputGrad: a forward convolution is one with the filter rotated
 * by 180°; strided, it reads every s-th input pixel), threaded on large layers, which skips padding rows
 * instead of reading zeros and reads the taps past x's columns from a row of zeros (no padded copy of x); fewer than 8 output channels are padded to 8 in the filter and only the
 * real ones stored. ResNet-20's two strided 3×3 layers had run on XNNPACK, one thread (8.3 and 7.5 ms
 * of a step), and tfjs's wasm Conv2D returns zeros for 'same' padding with a 1-wide kernel and a
 * larger stride across (a seeded random shape found it). Dilated and fused-activation cases go to the
 * wasm backend's own (XNNPACK) kernels.
 */
import { backend_util, type KernelBackend, type KernelConfig, type KernelFunc, type TensorInfo } from '@tensorflow/tfjs-core';
import { call, free, pad } from './kernelCalls';
import { correlate } from './correlate';
import { alignedBuffer, makeOutput, view, viewAt } from './simdKernels';
import { winogradFits, winogradForward } from './winogradConv';
import { fewChannelForward, fewChannelForwardFits, oneChannelForward, oneChannelForwardFits, SMALL_CONV } from './smallConv';

const WINOGRAD = process.env.LAYERLOOM_WINOGRAD !== '0';

interface ConvAttrs {
  strides: [number, number] | number;
  pad: 'valid' | 'same' | number | backend_util.ExplicitPadding;
  dataFormat: 'NHWC' | 'NCHW';
  dilations: [number, number] | number;
  dimRoundingMode?: 'floor' | 'round' | 'ceil';
  activation?: string;
}

/** The convolution by the SIMD kernel, or null when it does not apply. */
function convolve(backend: KernelBackend, x: TensorInfo, filter: TensorInfo, attrs: ConvAttrs): TensorInfo | null {
  if (attrs.dataFormat !== 'NHWC' || x.dtype !== 'float32' || filter.dtype !== 'float32' || x.shape.length !== 4) return null;
  const info = backend_util.computeConv2DInfo(
    x.shape as [number, number, number, number], filter.shape as [number, number, number, number],
    attrs.strides, attrs.dilations, attrs.pad, attrs.dimRoundingMode);
  const { strideHeight, strideWidth, dilationHeight, dilationWidth, outChannels: co, outWidth: ow, inChannels: ci } = info;
  if (WINOGRAD && winogradFits(info)) return winogradForward(backend, x, filter);
  if (dilationHeight !== 1 || dilationWidth !== 1) return null;
  if (SMALL_CONV && oneChannelForwardFits(info)) return oneChannelForward(backend, x, filter, info);
  if (SMALL_CONV && fewChannelForwardFits(info)) return fewChannelForward(backend, x, filter, info);
  const cw = Math.max(co, 8); // output channels the kernel computes (blocks of 8; only co stored)
  const { filterHeight: kh, filterWidth: kw, inHeight: h, inWidth: w, outHeight: oh, batchSize: b } = info;
  const { top, left } = info.padInfo;
  // The kernel reads taps past x's columns from a row of zeros: a padded copy of x only for one channel in.
  const right = Math.max(0, (ow - 1) * strideWidth + kw - left - w);
  const padded = (left > 0 || right > 0) && ci === 1;
  const [padL, padR] = padded ? [left, right] : [0, 0];
  const xp = padded ? pad(backend, x, [[0, 0], [0, 0], [padL, padR], [0, 0]]) : x;
  const zeros = !padded && (left > 0 || right > 0) ? alignedBuffer(backend, ci) : null;
  if (zeros) viewAt(backend, zeros.at, zeros.floats).fill(0);
  const rotated = alignedBuffer(backend, kh * kw * ci * cw);
  const out = makeOutput(backend, [b, oh, ow, co]);
  const src = view(backend, filter);
  const dst = viewAt(backend, rotated.at, rotated.floats);
  // The filter rotated by 180° for the kernel, whose filter columns run reversed (inputGradKernels.ts): its
  // rows reversed, each row's taps as they are.
  const row = kw * ci * co;
  if (cw === co) {
    for (let i = 0; i < kh; i++) dst.set(src.subarray((kh - 1 - i) * row, (kh - i) * row), i * row);
  } else {
    dst.fill(0);
    for (let i = 0; i < kh; i++) {
      for (let k = 0; k < kw * ci; k++) dst.set(src.subarray((kh - 1 - i) * row + k * co, (kh - 1 - i) * row + (k + 1) * co), (i * kw * ci + k) * cw);
    }
  }
  // Kernel terms: out[t, u] = Σ in[t·sh + top' − i, u·sw + left' − j] · rotated[i, j], top' = kh − 1 − top.
  correlate(backend, xp, rotated.at, out, {
    batch: b, h: oh, w: ow, ci: cw, oh: h, owp: w + padL + padR, co: ci, kh, kw, top: kh - 1 - top, left: kw - 1 - left, padL, cOut: co, strides: [strideHeight, strideWidth], zeros: zeros?.at,
  });
  free(backend, rotated.info);
  if (zeros) free(backend, zeros.info);
  if (xp !== x) free(backend, xp);
  return out;
}

export function conv2dConfig(original: KernelFunc): KernelConfig {
  const kernelFunc: KernelFunc = (args) => {
    const { x, filter } = args.inputs as { x: TensorInfo; filter: TensorInfo };
    return convolve(args.backend as KernelBackend, x, filter, args.attrs as unknown as ConvAttrs) ?? original(args);
  };
  return { kernelName: 'Conv2D', backendName: 'wasm', kernelFunc };
}

/**
 * XNNPACK's convolution (tfjs 4.22's wasm FusedConv2D) returns wrong values (zeros) when a filter side
 * of 1 meets a larger stride on that side with 'same' padding (found by seeded random shapes).
 */
function xnnpackGetsWrong(x: TensorInfo, filter: TensorInfo, attrs: ConvAttrs): boolean {
  const [sh, sw] = typeof attrs.strides === 'number' ? [attrs.strides, attrs.strides] : attrs.strides;
  return (filter.shape[0] === 1 && sh > 1) || (filter.shape[1] === 1 && sw > 1);
}

/** The bias and activation of a fused convolution applied after LayerLoom's plain one. */
function biasAndActivation(backend: KernelBackend, y: TensorInfo, bias: TensorInfo | undefined, prelu: TensorInfo | undefined, attrs: ConvAttrs & { leakyreluAlpha?: number }): TensorInfo {
  let out = y;
  if (bias) {
    out = call(backend, 'Add', { a: y, b: bias });
    free(backend, y);
  }
  const act = attrs.activation ?? 'linear';
  if (act === 'linear') return out;
  const name = ({ relu: 'Relu', relu6: 'Relu6', elu: 'Elu', sigmoid: 'Sigmoid', leakyrelu: 'LeakyRelu', prelu: 'Prelu' } as Record<string, string>)[act];
  if (!name) throw new Error(`LayerLoom wasm FusedConv2D: unknown activation ${act}`);
  const activated = act === 'prelu' ? call(backend, name, { x: out, alpha: prelu! })
    : call(backend, name, { x: out }, act === 'leakyrelu' ? { alpha: attrs.leakyreluAlpha ?? 0.2 } : {});
  free(backend, out);
  return activated;
}

export function fusedConv2dConfig(original: KernelFunc): KernelConfig {
  const kernelFunc: KernelFunc = (args) => {
    const { x, filter, bias, preluActivationWeights } = args.inputs as Record<string, TensorInfo | undefined>;
    const attrs = args.attrs as unknown as ConvAttrs;
    const backend = args.backend as KernelBackend;
    const plain = bias == null && preluActivationWeights == null && (attrs.activation == null || attrs.activation === 'linear');
    if (plain) return convolve(backend, x!, filter!, attrs) ?? original(args);
    const y = xnnpackGetsWrong(x!, filter!, attrs) ? convolve(backend, x!, filter!, attrs) : null;
    return y ? biasAndActivation(backend, y, bias, preluActivationWeights, attrs) : original(args);
  };
  return { kernelName: 'FusedConv2D', backendName: 'wasm', kernelFunc };
}
