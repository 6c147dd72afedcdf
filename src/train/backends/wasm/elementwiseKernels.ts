/**
 * One-pass SIMD kernels for the batch-norm path on wasm: FusedBatchNorm's forward with per-channel
 * statistics (the wasm backend's own broadcasts element by element), and two gradient helpers:
 * `LayerLoomBroadcastRows` (a leading-axes Mean's gradient: one write instead of fill, multiply and
 * divide), `LayerLoomSquareGrad` (dy·(x·2) in one pass instead of two) and `LayerLoomReluGrad`
 * (dy where x > 0, instead of Step then Multiply).
 */
import type { KernelBackend, KernelConfig, KernelFunc, TensorInfo } from '@tensorflow/tfjs-core';
import { makeOutput, pointer, simdKernels, view } from './simdKernels';
import { pointwise2 } from './addReluKernel';

export const BROADCAST_ROWS = 'LayerLoomBroadcastRows';
export const SQUARE_GRAD = 'LayerLoomSquareGrad';
export const RELU_GRAD = 'LayerLoomReluGrad';

const size = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);

export function fusedBatchNormConfig(original: KernelFunc): KernelConfig {
  const kernelFunc: KernelFunc = (args) => {
    const { x, mean, variance, offset, scale } = args.inputs as Record<string, TensorInfo | undefined> as {
      x: TensorInfo; mean: TensorInfo; variance: TensorInfo; offset?: TensorInfo; scale?: TensorInfo;
    };
    const cols = x.shape[x.shape.length - 1];
    const perChannel = (t?: TensorInfo) => t == null || (t.shape.length === 1 && t.shape[0] === cols && t.dtype === 'float32');
    if (x.dtype !== 'float32' || ![mean, variance, offset, scale].every(perChannel) || mean == null || variance == null) return original(args);
    const kb = args.backend as KernelBackend;
    const { varianceEpsilon } = args.attrs as { varianceEpsilon: number };
    const gainT = makeOutput(kb, [cols]);
    const offsetT = makeOutput(kb, [cols]);
    const out = makeOutput(kb, x.shape);
    const [gain, off, v] = [gainT, offsetT, variance].map((t) => view(kb, t));
    const s = scale ? view(kb, scale) : undefined;
    const o = offset ? view(kb, offset) : undefined;
    for (let c = 0; c < cols; c++) {
      gain[c] = (s ? s[c] : 1) / Math.sqrt(v[c] + varianceEpsilon);
      off[c] = o ? o[c] : 0;
    }
    simdKernels(kb).normalizeChannels(pointer(kb, x), pointer(kb, mean), pointer(kb, gainT), pointer(kb, offsetT), size(x.shape) / cols, cols, pointer(kb, out));
    kb.disposeData(gainT.dataId);
    kb.disposeData(offsetT.dataId);
    return out;
  };
  return { kernelName: 'FusedBatchNorm', backendName: 'wasm', kernelFunc };
}

/** x: [C] (any shape whose size is the trailing block); attrs shape (the output), scale. */
const broadcastRows: KernelFunc = ({ inputs, attrs, backend }) => {
  const { x } = inputs as { x: TensorInfo };
  const { shape, scale } = attrs as { shape: number[]; scale: number };
  const kb = backend as KernelBackend;
  const cols = size(x.shape);
  const out = makeOutput(kb, shape);
  simdKernels(kb).broadcastRows(pointer(kb, x), size(shape) / cols, cols, scale, pointer(kb, out));
  return out;
};

function pointwiseGrad(op: 'squareGrad' | 'reluGrad'): KernelFunc {
  return ({ inputs, backend }) => {
    const { dy, x } = inputs as { dy: TensorInfo; x: TensorInfo };
    const kb = backend as KernelBackend;
    // ReLU's gradient follows every ReLU of a network: split over the batch on the kernel threads.
    if (op === 'reluGrad') return pointwise2(kb, op, dy, x);
    const out = makeOutput(kb, x.shape);
    simdKernels(kb)[op](pointer(kb, dy), pointer(kb, x), size(x.shape), pointer(kb, out));
    return out;
  };
}

export const broadcastRowsConfig: KernelConfig = { kernelName: BROADCAST_ROWS, backendName: 'wasm', kernelFunc: broadcastRows };
export const squareGradConfig: KernelConfig = { kernelName: SQUARE_GRAD, backendName: 'wasm', kernelFunc: pointwiseGrad('squareGrad') };
export const reluGradConfig: KernelConfig = { kernelName: RELU_GRAD, backendName: 'wasm', kernelFunc: pointwiseGrad('reluGrad') };
