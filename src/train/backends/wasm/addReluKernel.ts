/**
 * `LayerLoomAddRelu`: a + b then a ReLU, one pass on wasm (a residual block's add and the ReLU after
 * it: tfjs would write the sum, then read it back for the ReLU). Same-shape float32 inputs. Its
 * gradient is the ReLU's (LayerLoomReluGrad on the output) for both inputs. Large tensors are split
 * over the batch on the kernel threads, as the batch-norm passes are; so is LayerLoomReluGrad.
 */
import type { KernelBackend, KernelConfig, KernelFunc, TensorInfo } from '@tensorflow/tfjs-core';
import { memoryPass, runSplitByBatch } from './batchSplit';
import { makeOutput, pointer, type SimdKernels } from './simdKernels';

export const ADD_RELU = 'LayerLoomAddRelu';


/** out = fn(a, b) element by element, `a` and `b` of out's shape; split over the leading axis on threads. */
export function pointwise2(kb: KernelBackend, fn: keyof SimdKernels & ('addRelu' | 'addSame' | 'reluGrad'), a: TensorInfo, b: TensorInfo): TensorInfo {
  const out = makeOutput(kb, a.shape);
  const elements = a.shape.reduce((n, d) => n * d, 1);
  const batch = a.shape.length > 1 ? a.shape[0] : 1;
  const perImage = elements / batch;
  runSplitByBatch(kb, fn, batch, elements, {
    batched: [a, b].map((t) => ({ at: pointer(kb, t), perImage })), whole: [],
    out: { at: pointer(kb, out), perImage }, ...memoryPass(elements),
  }, ([ap, bp, o], images) => [ap, bp, images * perImage, o]);
  return out;
}

const addRelu: KernelFunc = ({ inputs, backend }) => {
  const { a, b } = inputs as { a: TensorInfo; b: TensorInfo };
  if (a.dtype !== 'float32' || b.dtype !== 'float32' || a.shape.join() !== b.shape.join()) {
    throw new Error(`${ADD_RELU}: needs two float32 tensors of one shape (got ${a.dtype} [${a.shape}] and ${b.dtype} [${b.shape}])`);
  }
  return pointwise2(backend as KernelBackend, 'addRelu', a, b);
};

export const addReluConfig: KernelConfig = { kernelName: ADD_RELU, backendName: 'wasm', kernelFunc: addRelu };
