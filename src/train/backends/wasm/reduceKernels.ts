/**
 * Sum and Mean over the leading axes (batch, height, width: per-channel statistics, bias and batch-norm
 * gradients). The wasm backend transposes the reduced axes to the end first, a slow strided copy; here
 * the tensor is viewed as a [rows, channels] matrix and summed down its rows by one SIMD pass
 * (LayerLoom's sumRows). Other reductions go to the original kernels.
 */
import { util, type KernelBackend, type KernelConfig, type KernelFunc, type TensorInfo } from '@tensorflow/tfjs-core';
import { makeOutput, pointer, simdKernels, view } from './simdKernels';

/** The number of leading axes reduced, or 0 when `axis` is not a leading prefix that leaves axes. */
function leadingAxes(axis: number | number[], rank: number): number {
  const axes = util.parseAxisParam(axis, [...Array(rank).fill(1)]).slice().sort((p, q) => p - q);
  if (axes.length === 0 || axes.length >= rank) return 0;
  return axes.every((ax, i) => ax === i) ? axes.length : 0;
}

function reduceConfig(kernelName: 'Sum' | 'Mean', original: KernelFunc): KernelConfig {
  const kernelFunc: KernelFunc = ({ inputs, attrs, backend }) => {
    const { x } = inputs as { x: TensorInfo };
    const { axis, keepDims } = attrs as { axis: number | number[]; keepDims: boolean };
    const k = x.dtype === 'float32' ? leadingAxes(axis, x.shape.length) : 0;
    if (k === 0) return original({ inputs, attrs, backend });
    const kb = backend as KernelBackend;
    const rows = util.sizeFromShape(x.shape.slice(0, k));
    const kept = x.shape.slice(k);
    const cols = util.sizeFromShape(kept);
    const out = makeOutput(kb, keepDims ? [...Array(k).fill(1), ...kept] : kept);
    simdKernels(kb).sumRows(pointer(kb, x), rows, cols, pointer(kb, out));
    if (kernelName === 'Mean') {
      const values = view(kb, out);
      for (let i = 0; i < values.length; i++) values[i] /= rows;
    }
    return out;
  };
  return { kernelName, backendName: 'wasm', kernelFunc };
}

export const sumConfig = (original: KernelFunc) => reduceConfig('Sum', original);
export const meanConfig = (original: KernelFunc) => reduceConfig('Mean', original);
