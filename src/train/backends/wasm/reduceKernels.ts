/**
 * Sum and Mean over a run of neighbouring axes that leaves the last axis: the leading axes (batch, height,
 * width: per-channel statistics, bias and batch-norm gradients) or the middle ones (height and width of
 * NHWC maps: a global average pool). The wasm backend transposes the reduced axes to the end first, a slow
 * strided copy (0.44 ms of a ResNet-20 step for its 64×8×8×64 pool); here each slice of the axes before
 * the run is viewed as a [rows, channels] matrix and summed down its rows by one SIMD pass (LayerLoom's
 * sumRows). Other reductions go to the original kernels.
 */
import { util, type KernelBackend, type KernelConfig, type KernelFunc, type TensorInfo } from '@tensorflow/tfjs-core';
import { makeOutput, pointer, simdKernels, view } from './simdKernels';

/**
 * The reduced axes as [first, count] when they are consecutive and leave the last axis, else null:
 * the tensor is then [outer, rows, cols] with the rows summed.
 */
export function reducedRun(axis: number | number[], rank: number): [number, number] | null {
  const axes = util.parseAxisParam(axis, [...Array(rank).fill(1)]).slice().sort((p, q) => p - q);
  if (axes.length === 0 || axes[axes.length - 1] >= rank - 1) return null;
  return axes.every((ax, i) => ax === axes[0] + i) ? [axes[0], axes.length] : null;
}

function reduceConfig(kernelName: 'Sum' | 'Mean', original: KernelFunc): KernelConfig {
  const kernelFunc: KernelFunc = ({ inputs, attrs, backend }) => {
    const { x } = inputs as { x: TensorInfo };
    const { axis, keepDims } = attrs as { axis: number | number[]; keepDims: boolean };
    const run = x.dtype === 'float32' ? reducedRun(axis, x.shape.length) : null;
    if (run === null) return original({ inputs, attrs, backend });
    const kb = backend as KernelBackend;
    const [first, count] = run;
    const outer = util.sizeFromShape(x.shape.slice(0, first));
    const rows = util.sizeFromShape(x.shape.slice(first, first + count));
    const cols = util.sizeFromShape(x.shape.slice(first + count));
    const shape = keepDims ? x.shape.map((d, i) => (i >= first && i < first + count ? 1 : d))
      : [...x.shape.slice(0, first), ...x.shape.slice(first + count)];
    const out = makeOutput(kb, shape);
    const sumRows = simdKernels(kb).sumRows;
    const from = pointer(kb, x);
    const to = pointer(kb, out);
    for (let o = 0; o < outer; o++) sumRows(from + 4 * o * rows * cols, rows, cols, to + 4 * o * cols);
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
