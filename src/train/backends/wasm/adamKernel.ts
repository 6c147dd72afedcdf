/**
 * `LayerLoomAdam` (wasm): one Adam step of one variable in one SIMD pass. Inputs value, m, v, g;
 * attrs beta1, beta2, epsilon, learningRate, c1 = 1 − β1ᵗ, c2 = 1 − β2ᵗ; outputs value', m', v'.
 * With attrs.inPlace the same pass writes m and v over themselves and returns only value' (the
 * caller checks nothing else shares the moments' data). The value itself is never written in place: a
 * matrix product's weights updated in place trained differently from the third step on (measured on
 * wasm; tfjs-backend-wasm's XNNPACK operators keep packed weights by data id, the likely cause).
 */
import type { KernelBackend, KernelConfig, KernelFunc, TensorInfo } from '@tensorflow/tfjs-core';
import { makeOutput, pointer, simdKernels } from './simdKernels';

export const ADAM = 'LayerLoomAdam';

export interface AdamAttrs {
  inPlace?: boolean;
  beta1: number;
  beta2: number;
  epsilon: number;
  learningRate: number;
  c1: number;
  c2: number;
}

type AdamTensors = Record<'value' | 'm' | 'v' | 'g', TensorInfo>;

/** One pass from value, m, v, g into outValue, outM, outV (element by element: the outputs may be the inputs). */
function adamPass(kb: KernelBackend, { value, m, v, g }: AdamTensors, a: AdamAttrs, outs: readonly TensorInfo[]): void {
  const n = value.shape.reduce((p, q) => p * q, 1);
  simdKernels(kb).adam(
    pointer(kb, value), pointer(kb, m), pointer(kb, v), pointer(kb, g), n,
    a.beta1, a.beta2, Math.fround(1 - a.beta1), Math.fround(1 - a.beta2), a.c1, a.c2, a.epsilon, -a.learningRate,
    pointer(kb, outs[0]), pointer(kb, outs[1]), pointer(kb, outs[2]),
  );
}

const adam: KernelFunc = ({ inputs, attrs, backend }) => {
  const kb = backend as KernelBackend;
  const t = inputs as AdamTensors;
  const a = attrs as unknown as AdamAttrs;
  if (a.inPlace) {
    const value = makeOutput(kb, t.value.shape);
    adamPass(kb, t, a, [value, t.m, t.v]);
    return value;
  }
  const outs = [0, 1, 2].map(() => makeOutput(kb, t.value.shape));
  adamPass(kb, t, a, outs);
  return outs;
};

export const adamConfig: KernelConfig = { kernelName: ADAM, backendName: 'wasm', kernelFunc: adam };
