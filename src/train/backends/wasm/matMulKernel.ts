/**
 * BatchMatMul with transposed operands: the wasm backend's own kernel runs those through a slow loop
 * (15× slower than XNNPACK here), and every Dense gradient needs them. This kernel transposes the
 * operand explicitly (a cheap copy) and hands a plain product to the original kernel.
 */
import type { KernelBackend, KernelConfig, KernelFunc, TensorInfo } from '@tensorflow/tfjs-core';
import { free, transpose } from './kernelCalls';

function swapLastTwo(rank: number): number[] {
  const perm = [...Array(rank).keys()];
  [perm[rank - 2], perm[rank - 1]] = [perm[rank - 1], perm[rank - 2]];
  return perm;
}

export function batchMatMulConfig(original: KernelFunc): KernelConfig {
  const kernelFunc: KernelFunc = ({ inputs, attrs, backend }) => {
    const { a, b } = inputs as { a: TensorInfo; b: TensorInfo };
    const { transposeA, transposeB } = attrs as { transposeA: boolean; transposeB: boolean };
    if ((!transposeA && !transposeB) || a.dtype !== 'float32' || b.dtype !== 'float32') {
      return original({ inputs, attrs, backend });
    }
    const kb = backend as KernelBackend;
    const aT = transposeA ? transpose(kb, a, swapLastTwo(a.shape.length)) : a;
    const bT = transposeB ? transpose(kb, b, swapLastTwo(b.shape.length)) : b;
    const out = original({ inputs: { a: aT, b: bT }, attrs: { ...attrs, transposeA: false, transposeB: false }, backend });
    if (transposeA) free(kb, aT);
    if (transposeB) free(kb, bT);
    return out;
  };
  return { kernelName: 'BatchMatMul', backendName: 'wasm', kernelFunc };
}
