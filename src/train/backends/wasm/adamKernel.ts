/**
 * `LayerLoomAdam` (wasm): one Adam step of one variable in one SIMD pass. Inputs value, m, v, g;
 * attrs beta1, beta2, epsilon, learningRate, c1 = 1 − β1ᵗ, c2 = 1 − β2ᵗ; outputs value', m', v'.
 */
import type { KernelBackend, KernelConfig, KernelFunc, TensorInfo } from '@tensorflow/tfjs-core';
import { makeOutput, pointer, simdKernels } from './simdKernels';

export const ADAM = 'LayerLoomAdam';

export interface AdamAttrs {
  beta1: number;
  beta2: number;
  epsilon: number;
  learningRate: number;
  c1: number;
  c2: number;
}

const adam: KernelFunc = ({ inputs, attrs, backend }) => {
  const { value, m, v, g } = inputs as Record<'value' | 'm' | 'v' | 'g', TensorInfo>;
  const a = attrs as unknown as AdamAttrs;
  const kb = backend as KernelBackend;
  const outs = [0, 1, 2].map(() => makeOutput(kb, value.shape));
  const n = value.shape.reduce((p, q) => p * q, 1);
  simdKernels(kb).adam(
    pointer(kb, value), pointer(kb, m), pointer(kb, v), pointer(kb, g), n,
    a.beta1, a.beta2, Math.fround(1 - a.beta1), Math.fround(1 - a.beta2), a.c1, a.c2, a.epsilon, -a.learningRate,
    pointer(kb, outs[0]), pointer(kb, outs[1]), pointer(kb, outs[2]),
  );
  return outs;
};

export const adamConfig: KernelConfig = { kernelName: ADAM, backendName: 'wasm', kernelFunc: adam };
