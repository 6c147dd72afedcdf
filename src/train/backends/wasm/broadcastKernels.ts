/**
 * Add and Sub of a per-channel vector (a bias add, batch norm's x − mean): the wasm backend's own
 * kernels broadcast element by element (1.5 ms for LeNet's first bias add); LayerLoom's addRows adds
 * whole SIMD vectors. Adds of two large same-shape tensors (the gradients summed at a residual
 * block's input) are split over the batch on the kernel threads. Everything else goes to the original kernels.
 */
import { util, type KernelBackend, type KernelConfig, type KernelFunc, type TensorInfo } from '@tensorflow/tfjs-core';
import { makeOutput, pointer, simdKernels, view } from './simdKernels';
import { pointwise2 } from './addReluKernel';

/** Same-shape adds from this size on take LayerLoom's kernel (threaded from 1 << 18 elements, see pointwise2). */
const SPLIT_ADD_FROM = 1 << 16;

/** Whether v is x's last axis broadcast over the rest: shape [C] or [1, …, 1, C], x at least 2 rows. */
function isRowVector(x: TensorInfo, v: TensorInfo): boolean {
  if (x.dtype !== 'float32' || v.dtype !== 'float32' || v.shape.length > x.shape.length || x.shape.length < 2) return false;
  const cols = x.shape[x.shape.length - 1];
  const size = util.sizeFromShape(x.shape);
  return v.shape.length > 0 && v.shape[v.shape.length - 1] === cols && util.sizeFromShape(v.shape) === cols && size > cols;
}

/** x + sign·v, v broadcast over x's rows. */
function addRows(backend: KernelBackend, x: TensorInfo, v: TensorInfo, sign: 1 | -1): TensorInfo {
  const cols = x.shape[x.shape.length - 1];
  const pat = makeOutput(backend, [4 * cols]);
  const out = makeOutput(backend, x.shape);
  const values = view(backend, v);
  const p = view(backend, pat);
  for (let i = 0; i < 4 * cols; i++) p[i] = sign * values[i % cols];
  simdKernels(backend).addRows(pointer(backend, x), pointer(backend, pat), util.sizeFromShape(x.shape) / cols, cols, pointer(backend, out));
  backend.disposeData(pat.dataId);
  return out;
}

export function addConfig(original: KernelFunc): KernelConfig {
  const kernelFunc: KernelFunc = (args) => {
    const { a, b } = args.inputs as { a: TensorInfo; b: TensorInfo };
    const kb = args.backend as KernelBackend;
    if (isRowVector(a, b)) return addRows(kb, a, b, 1);
    if (isRowVector(b, a)) return addRows(kb, b, a, 1);
    if (a.dtype === 'float32' && b.dtype === 'float32' && a.shape.length > 1 && util.arraysEqual(a.shape, b.shape)
      && util.sizeFromShape(a.shape) >= SPLIT_ADD_FROM) return pointwise2(kb, 'addSame', a, b);
    return original(args);
  };
  return { kernelName: 'Add', backendName: 'wasm', kernelFunc };
}

export function subConfig(original: KernelFunc): KernelConfig {
  const kernelFunc: KernelFunc = (args) => {
    const { a, b } = args.inputs as { a: TensorInfo; b: TensorInfo };
    return isRowVector(a, b) ? addRows(args.backend as KernelBackend, a, b, -1) : original(args);
  };
  return { kernelName: 'Sub', backendName: 'wasm', kernelFunc };
}
