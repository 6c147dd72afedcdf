/**
 * A convolution or dense layer with bias and ReLU in training, one kernel call each way on wasm (tfjs
 * fuses neither while gradients are recorded: it runs the product, a bias Add and a Relu forward, and
 * ReluGrad, a Sum and the product's gradients backward). LeNet-5 and every AlexNet/VGG-style network
 * has them.
 * - `LayerLoomConv2DBiasRelu` (x, filter, bias; Conv2D's attributes, NHWC) and `LayerLoomMatMulBiasRelu`
 *   (a [m, k], b [k, n], bias [n]): the product by LayerLoom's kernels (the registered Conv2D and
 *   BatchMatMul), then max(y + bias, 0) in place in one pass (addRowsRelu), split by image on the kernel
 *   threads for large outputs; the one-to-six and few-channel kernels (LeNet-5's layers) apply them as they store.
 *   `LayerLoomMatMulBias`: the same without the ReLU (a network's output layer: tfjs's _FusedMatMul reshapes
 *   to rank 3 and back around it, six more kernel calls a step with its gradient).
 * - `LayerLoomReluGradBias` (dy, y): dz = y > 0 ? dy : 0 and the bias gradient Σ dz per channel in one
 *   pass (reluGradRows); the gradients of the product then come from dz (gradients/biasReluGradient.ts).
 * - `LayerLoomMaxPoolOfRelu` (x: such a layer's output, channels ≥ 4; 2×2 windows, stride 2, 'valid'): the
 *   MaxPool kernel, under a name whose gradient, `LayerLoomMaxPoolReluGradBias` (dy, x), gives MaxPoolGrad's
 *   dx masked by the ReLU (x > 0) and its per-channel sum, the layer's bias gradient, in one pass
 *   (maxPoolReluGradBias): the layer's gradient then needs no pass of its own.
 */
import { backend_util, type KernelBackend, type KernelConfig, type KernelFunc, type NamedAttrMap, type TensorInfo } from '@tensorflow/tfjs-core';
import { call, free } from './kernelCalls';
import { memoryPass, PASS_THREAD_FROM, runSplitByBatch } from './batchSplit';
import { alignedBuffer, makeOutput, pointer, simdKernels, viewAt, view, type AlignedBuffer } from './simdKernels';
import { smallConvBiasRelu } from './smallConv';

export const CONV_BIAS_RELU = 'LayerLoomConv2DBiasRelu';
export const MATMUL_BIAS_RELU = 'LayerLoomMatMulBiasRelu';
export const MATMUL_BIAS = 'LayerLoomMatMulBias';
export const RELU_GRAD_BIAS = 'LayerLoomReluGradBias';
export const MAX_POOL_OF_RELU = 'LayerLoomMaxPoolOfRelu';
export const MAX_POOL_RELU_GRAD_BIAS = 'LayerLoomMaxPoolReluGradBias';

/** The leading axis (images, or rows of a product) and the rows of [rows, cols] in each. */
function layout(shape: readonly number[]): { batch: number; rowsPer: number; cols: number } {
  const cols = shape[shape.length - 1];
  const batch = shape.length > 1 ? shape[0] : 1;
  return { batch, cols, rowsPer: shape.reduce((a, b) => a * b, 1) / (batch * cols) };
}

function checkBias(name: string, cols: number, bias: TensorInfo): void {
  if (bias.dtype !== 'float32' || bias.shape.length !== 1 || bias.shape[0] !== cols) {
    throw new Error(`${name}: the bias must be float32 [${cols}] (got ${bias.dtype} [${bias.shape}])`);
  }
}

/** The bias repeated 4 times (addRowsRelu's pattern: 4 rows of any width are whole vectors). */
function biasPattern(kb: KernelBackend, bias: TensorInfo): AlignedBuffer {
  const cols = bias.shape[0];
  const pat = alignedBuffer(kb, 4 * cols);
  const p = viewAt(kb, pat.at, pat.floats);
  const b = view(kb, bias);
  for (let i = 0; i < 4 * cols; i++) p[i] = b[i % cols];
  return pat;
}

/** y = max(y + bias, 0) in place, the bias (as its pattern) broadcast over y's last axis. */
function biasReluInPlace(kb: KernelBackend, y: TensorInfo, pat: AlignedBuffer): void {
  const { batch, rowsPer, cols } = layout(y.shape);
  const elements = batch * rowsPer * cols;
  runSplitByBatch(kb, 'addRowsRelu', batch, elements, {
    batched: [{ at: pointer(kb, y), perImage: rowsPer * cols }], whole: [{ at: pat.at, floats: pat.floats }],
    out: { at: pointer(kb, y), perImage: rowsPer * cols }, ...memoryPass(elements),
  }, ([x, pt, o], images) => [x, pt, images * rowsPer, cols, o]);
}

const convBiasRelu: KernelFunc = ({ inputs, attrs, backend }) => {
  const { x, filter, bias } = inputs as { x: TensorInfo; filter: TensorInfo; bias: TensorInfo };
  const kb = backend as KernelBackend;
  const a = attrs as unknown as ConvBiasReluAttrs;
  if (x.dtype !== 'float32' || filter.dtype !== 'float32' || x.shape.length !== 4 || a.dataFormat !== 'NHWC') {
    throw new Error(`${CONV_BIAS_RELU}: needs a float32 NHWC input and filter (got ${x.dtype} [${x.shape}], ${filter.dtype} [${filter.shape}])`);
  }
  checkBias(CONV_BIAS_RELU, filter.shape[3], bias);
  const pat = biasPattern(kb, bias);
  const info = backend_util.computeConv2DInfo(
    x.shape as [number, number, number, number], filter.shape as [number, number, number, number], a.strides, a.dilations, a.pad, a.dimRoundingMode);
  // The small-channel kernels (LeNet-5's layers) take the bias and ReLU as they store; others get the pass after.
  let y = smallConvBiasRelu(kb, x, filter, info, pat);
  if (!y) {
    y = call(kb, 'Conv2D', { x, filter }, attrs as NamedAttrMap);
    biasReluInPlace(kb, y, pat);
  }
  free(kb, pat.info);
  return y;
};

/** a [m, k] · b [k, n] + bias, through a ReLU when `relu`: the product, then one pass in place. */
function matMulBias(name: string, relu: boolean): KernelFunc {
  return ({ inputs, backend }) => {
    const { a, b, bias } = inputs as { a: TensorInfo; b: TensorInfo; bias: TensorInfo };
    const kb = backend as KernelBackend;
    if (a.dtype !== 'float32' || b.dtype !== 'float32' || a.shape.length !== 2 || b.shape.length !== 2 || a.shape[1] !== b.shape[0]) {
      throw new Error(`${name}: needs float32 [m, k] and [k, n] (got ${a.dtype} [${a.shape}], ${b.dtype} [${b.shape}])`);
    }
    checkBias(name, b.shape[1], bias);
    const y = call(kb, 'BatchMatMul', { a, b }, { transposeA: false, transposeB: false });
    const pat = biasPattern(kb, bias);
    if (relu) biasReluInPlace(kb, y, pat);
    else simdKernels(kb).addRows(pointer(kb, y), pat.at, a.shape[0], b.shape[1], pointer(kb, y));
    free(kb, pat.info);
    return y;
  };
}

const reluGradBias: KernelFunc = ({ inputs, backend }) => {
  const { dy, y } = inputs as { dy: TensorInfo; y: TensorInfo };
  if (dy.dtype !== 'float32' || y.dtype !== 'float32' || dy.shape.join() !== y.shape.join()) {
    throw new Error(`${RELU_GRAD_BIAS}: needs two float32 tensors of one shape (got ${dy.dtype} [${dy.shape}] and ${y.dtype} [${y.shape}])`);
  }
  const kb = backend as KernelBackend;
  const { batch, rowsPer, cols } = layout(y.shape);
  const dz = makeOutput(kb, y.shape);
  const db = makeOutput(kb, [cols]);
  const perImage = rowsPer * cols;
  // The bias gradient as partial sums of fixed pieces of the batch (the same for a given thread count,
  // whichever thread runs which piece), added in order by runSplitByBatch.
  runSplitByBatch(kb, 'reluGradRows', batch, batch * perImage, {
    batched: [dy, y, dz].map((t) => ({ at: pointer(kb, t), perImage })), whole: [],
    out: { at: pointer(kb, db), sum: cols }, scratch: 4 * cols, threadFrom: PASS_THREAD_FROM,
  }, ([d, yy, z, s], images, acc) => [d, yy, images * rowsPer, cols, z, s, acc]);
  return [dz, db];
};

const maxPoolOfRelu: KernelFunc = ({ inputs, backend }) => {
  const { x } = inputs as { x: TensorInfo };
  if (x.dtype !== 'float32' || x.shape.length !== 4 || x.shape[3] < 4) {
    throw new Error(`${MAX_POOL_OF_RELU}: needs a float32 NHWC input of 4+ channels (got ${x.dtype} [${x.shape}])`);
  }
  return call(backend as KernelBackend, 'MaxPool', { x }, { filterSize: [2, 2], strides: [2, 2], pad: 'valid', dimRoundingMode: undefined } as unknown as NamedAttrMap);
};

const maxPoolReluGradBias: KernelFunc = ({ inputs, backend }) => {
  const { dy, x } = inputs as { dy: TensorInfo; x: TensorInfo };
  const kb = backend as KernelBackend;
  const [b, h, w, ch] = x.shape;
  const [oh, ow] = [h >> 1, w >> 1];
  if (dy.shape.join() !== [b, oh, ow, ch].join() || ch < 4) {
    throw new Error(`${MAX_POOL_RELU_GRAD_BIAS}: dy [${dy.shape}] is not x [${x.shape}] pooled 2×2/2 (4+ channels)`);
  }
  const dx = makeOutput(kb, x.shape);
  const db = makeOutput(kb, [ch]);
  simdKernels(kb).maxPoolReluGradBias(pointer(kb, x), pointer(kb, dy), pointer(kb, dx), pointer(kb, db), b, h, w, ch, oh, ow);
  return [dx, db];
};

export const maxPoolOfReluConfig: KernelConfig = { kernelName: MAX_POOL_OF_RELU, backendName: 'wasm', kernelFunc: maxPoolOfRelu };
export const maxPoolReluGradBiasConfig: KernelConfig = { kernelName: MAX_POOL_RELU_GRAD_BIAS, backendName: 'wasm', kernelFunc: maxPoolReluGradBias };
export const convBiasReluConfig: KernelConfig = { kernelName: CONV_BIAS_RELU, backendName: 'wasm', kernelFunc: convBiasRelu };
export const matMulBiasReluConfig: KernelConfig = { kernelName: MATMUL_BIAS_RELU, backendName: 'wasm', kernelFunc: matMulBias(MATMUL_BIAS_RELU, true) };
export const matMulBiasConfig: KernelConfig = { kernelName: MATMUL_BIAS, backendName: 'wasm', kernelFunc: matMulBias(MATMUL_BIAS, false) };
export const reluGradBiasConfig: KernelConfig = { kernelName: RELU_GRAD_BIAS, backendName: 'wasm', kernelFunc: reluGradBias };

/** The attributes of a Conv2D (and of its backprop kernels) the fused convolution takes. */
export interface ConvBiasReluAttrs {
  strides: [number, number];
  pad: 'valid' | 'same';
  dataFormat: 'NHWC';
  dilations: [number, number];
  dimRoundingMode?: 'floor' | 'round' | 'ceil';
}
