/**
 * Gradients of LayerLoom's fused product + bias + ReLU kernels (wasm/biasReluKernel.ts): one pass gives
 * dz = dy where y > 0 and the bias gradient Σ dz; the product's gradients come from dz by the same
 * kernels tfjs's Conv2D and MatMul gradients run, each only when the tape needs it (a network's first
 * convolution needs no gradient of its images).
 */
import * as tf from '@tensorflow/tfjs-core';
import type { GradConfig, NamedAttrMap, Tensor } from '@tensorflow/tfjs-core';
import {
  CONV_BIAS_RELU, MATMUL_BIAS, MATMUL_BIAS_RELU, MAX_POOL_OF_RELU, MAX_POOL_RELU_GRAD_BIAS, RELU_GRAD_BIAS, type ConvBiasReluAttrs,
} from '../wasm/biasReluKernel';

const run = (name: string, inputs: Record<string, Tensor>, attrs: NamedAttrMap = {}) => tf.engine().runKernel(name, inputs, attrs) as Tensor;

/**
 * Gradients a LayerLoomMaxPoolOfRelu over a fused layer's output computed already masked by the ReLU, by
 * their data (a clone on the way shares it), with the bias gradient and the pooled tensor's data. A sum of
 * gradients (the output feeding more than the pool) has data of its own and is not found.
 */
const maskedByPool = new WeakMap<object, { of: object; db: Tensor }>();

/** [dz, the bias gradient] from the output's gradient and the output. */
function reluGradBias(dy: Tensor | Tensor[], y: Tensor): [Tensor, Tensor] {
  const g = dy as Tensor;
  const masked = maskedByPool.get(g.dataId);
  if (masked && masked.of === y.dataId && !masked.db.isDisposed) return [g, masked.db];
  return tf.engine().runKernel(RELU_GRAD_BIAS, { dy: g, y }) as [Tensor, Tensor];
}

export const maxPoolOfReluGradConfig: GradConfig = {
  kernelName: MAX_POOL_OF_RELU,
  inputsToSave: ['x'],
  gradFunc: (dy: Tensor | Tensor[], saved: Tensor[]) => {
    const [x] = saved;
    const [dx, db] = tf.engine().runKernel(MAX_POOL_RELU_GRAD_BIAS, { dy: dy as Tensor, x }) as [Tensor, Tensor];
    maskedByPool.set(dx.dataId, { of: x.dataId, db });
    return { x: () => dx };
  },
};

export const convBiasReluGradConfig: GradConfig = {
  kernelName: CONV_BIAS_RELU,
  inputsToSave: ['x', 'filter'],
  outputsToSave: [true],
  gradFunc: (dy: Tensor | Tensor[], saved: Tensor[], attrs: NamedAttrMap) => {
    const [x, filter, y] = saved;
    const [dz, db] = reluGradBias(dy, y);
    const { strides, pad, dimRoundingMode } = attrs as unknown as ConvBiasReluAttrs;
    const common = { strides, pad, dataFormat: 'NHWC', dimRoundingMode } as unknown as NamedAttrMap;
    return {
      x: () => run('Conv2DBackpropInput', { dy: dz, filter }, { ...common, inputShape: x.shape }),
      filter: () => run('Conv2DBackpropFilter', { x, dy: dz }, { ...common, filterShape: filter.shape }),
      bias: () => db,
    };
  },
};

/** The gradient of a · b + bias, through the ReLU (its output y saved) when `relu`. */
function matMulGradConfig(kernelName: string, relu: boolean): GradConfig {
  return {
    kernelName,
    inputsToSave: ['a', 'b'],
    outputsToSave: [relu],
    gradFunc: (dy: Tensor | Tensor[], saved: Tensor[]) => {
      const [a, b, y] = saved;
      const [dz, db] = relu ? reluGradBias(dy, y) : [dy as Tensor, run('Sum', { x: dy as Tensor }, { axis: [0], keepDims: false })];
      return {
        a: () => run('BatchMatMul', { a: dz, b }, { transposeA: false, transposeB: true }),
        b: () => run('BatchMatMul', { a, b: dz }, { transposeA: true, transposeB: false }),
        bias: () => db,
      };
    },
  };
}

export const matMulBiasReluGradConfig = matMulGradConfig(MATMUL_BIAS_RELU, true);
export const matMulBiasGradConfig = matMulGradConfig(MATMUL_BIAS, false);
