/**
 * Gradients of Mean (over leading axes; other axes as tfjs computes it, its ones from the Fill kernel), Square
 * and Relu on wasm through LayerLoom's one-pass kernels; other cases and backends keep tfjs's own.
 * LayerLoomAddRelu (wasm only) has the ReLU's gradient for both inputs.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { GradConfig, NamedAttrMap, Tensor } from '@tensorflow/tfjs-core';
import { BROADCAST_ROWS, RELU_GRAD, SQUARE_GRAD } from '../wasm/elementwiseKernels';
import { ADD_RELU } from '../wasm/addReluKernel';

/**
 * tfjs's Mean gradient, dy broadcast times ones ÷ the count (the same kernels, the same bits), with its ones
 * filled by the Fill kernel instead of a JavaScript array copied in: for a global average pool's gradient
 * (axes 1, 2 of NHWC) that array is the size of the pool's input, 1 MB per ResNet-20 step.
 */
function meanGradByFill(dy: Tensor, x: Tensor, axes: number[]): Tensor {
  const expanded = x.shape.map((n, i) => (axes.includes(i) ? 1 : n));
  const count = axes.reduce((a, i) => a * x.shape[i], 1);
  return tf.div(tf.mul(tf.reshape(dy, expanded), tf.fill(x.shape, 1)), count);
}

export function meanGradConfig(stock: GradConfig, useFast: () => boolean): GradConfig {
  return {
    ...stock,
    gradFunc: (dy: Tensor | Tensor[], saved: Tensor[], attrs: NamedAttrMap) => {
      const [x] = saved;
      const axes = tf.util.parseAxisParam((attrs as { axis: number | number[] }).axis, x.shape).slice().sort((a, b) => a - b);
      const leading = axes.length > 0 && axes.length < x.rank && axes.every((a, i) => a === i);
      if (!useFast() || x.dtype !== 'float32') return stock.gradFunc(dy, saved, attrs);
      if (!leading) return { x: () => meanGradByFill(dy as Tensor, x, axes) };
      const rows = x.shape.slice(0, axes.length).reduce((a, b) => a * b, 1);
      return { x: () => tf.engine().runKernel(BROADCAST_ROWS, { x: dy as Tensor }, { shape: x.shape, scale: 1 / rows }) as Tensor };
    },
  };
}

/** A one-input kernel's gradient computed by `kernel` from (dy, x) on wasm. */
function pointwiseGradConfig(kernel: string) {
  return (stock: GradConfig, useFast: () => boolean): GradConfig => ({
    ...stock,
    gradFunc: (dy: Tensor | Tensor[], saved: Tensor[], attrs: NamedAttrMap) => {
      const [x] = saved;
      if (!useFast() || x.dtype !== 'float32' || (dy as Tensor).dtype !== 'float32') return stock.gradFunc(dy, saved, attrs);
      return { x: () => tf.engine().runKernel(kernel, { dy: dy as Tensor, x }) as Tensor };
    },
  });
}

export const squareGradConfig = pointwiseGradConfig(SQUARE_GRAD);
export const reluGradConfig = pointwiseGradConfig(RELU_GRAD);

export const addReluGradConfig: GradConfig = {
  kernelName: ADD_RELU,
  outputsToSave: [true],
  gradFunc: (dy: Tensor | Tensor[], saved: Tensor[]) => {
    const [y] = saved; // y > 0 exactly where a + b > 0
    const g = tf.engine().runKernel(RELU_GRAD, { dy: dy as Tensor, x: y }) as Tensor;
    // Each input gets its own tensor (the tape disposes them separately); the clone shares g's data.
    return { a: () => g, b: () => g.clone() };
  },
};
