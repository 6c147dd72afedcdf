/**
 * Sum and Mean over the leading axes (batch, height, width: per-channel statistics, bias and batch-norm
 * gradients). The wasm backend transposes the reduced axes to the end first, a slow strided copy; here
 * the tensor is viewed as a [rows, channels] matrix and reduced by one XNNPACK product with a row of
 * ones (1/rows for Mean). Other reductions go to the original kernels.
 */
import { util, type KernelBackend, type KernelConfig, type KernelFunc, type TensorInfo } from '@tensorflow/tfjs-core';
import { call, free, reshape } from './kernelCalls';

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
    const weight = kernelName === 'Mean' ? 1 / rows : 1;
    const ones = call(kb, 'Fill', {}, { shape: [1, 1, rows], value: weight, dtype: 'float32' });
    const matrix = reshape(kb, x, [1, rows, cols]);
    const product = call(kb, 'BatchMatMul', { a: ones, b: matrix }, { transposeA: false, transposeB: false });
    free(kb, ones, matrix);
    const out = reshape(kb, product, keepDims ? [...Array(k).fill(1), ...kept] : kept);
    free(kb, product);
    return out;
  };
  return { kernelName, backendName: 'wasm', kernelFunc };
}

export const sumConfig = (original: KernelFunc) => reduceConfig('Sum', original);
export const meanConfig = (original: KernelFunc) => reduceConfig('Mean', original);
