/**
 * Gradients of Mean (over leading axes), Square and Relu on wasm through LayerLoom's one-pass kernels; other
 * cases and backends keep tfjs's own.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { GradConfig, NamedAttrMap, Tensor } from '@tensorflow/tfjs-core';
import { BROADCAST_ROWS, RELU_GRAD, SQUARE_GRAD } from '../wasm/elementwiseKernels';

export function meanGradConfig(stock: GradConfig, useFast: () => boolean): GradConfig {
  return {
    ...stock,
    gradFunc: (dy: Tensor | Tensor[], saved: Tensor[], attrs: NamedAttrMap) => {
      const [x] = saved;
      const axes = tf.util.parseAxisParam((attrs as { axis: number | number[] }).axis, x.shape).slice().sort((a, b) => a - b);
      const leading = axes.length > 0 && axes.length < x.rank && axes.every((a, i) => a === i);
      if (!useFast() || !leading || x.dtype !== 'float32') return stock.gradFunc(dy, saved, attrs);
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
