/**
 * A FusedBatchNorm gradient without Tile: tfjs's own tiles the per-channel factors to the input's full
 * shape (1.3 s of a ResNet-20 step on wasm); broadcasting does the same with no copies, and the
 * per-channel sums go to the fast leading-axes reduction. Used on the wasm backend; other backends keep
 * tfjs's gradient (the tests compare the two).
 */
import * as tf from '@tensorflow/tfjs-core';
import type { GradConfig, NamedAttrMap, Tensor } from '@tensorflow/tfjs-core';

export function batchNormGradConfig(stock: GradConfig, useFast: () => boolean): GradConfig {
  return {
    kernelName: 'FusedBatchNorm',
    inputsToSave: ['x', 'mean', 'variance', 'scale'],
    gradFunc: (dy: Tensor | Tensor[], saved: Tensor[], attrs: NamedAttrMap) => {
      const [x, mean, variance, scale] = saved;
      const g = dy as Tensor;
      if (!useFast() || mean.rank !== 1) return stock.gradFunc(dy, saved, attrs);
      const { varianceEpsilon } = attrs as unknown as { varianceEpsilon: number };
      const axes = [...Array(x.rank - 1).keys()];
      const invStd = tf.rsqrt(tf.add(variance, varianceEpsilon));
      const gain = scale == null ? invStd : tf.mul(invStd, scale);
      const xMinusMean = tf.sub(x, mean);
      // Per-channel sums shared by the four small gradients.
      const sumDy = tf.sum(g, axes);
      const sumDyXm = tf.sum(tf.mul(g, xMinusMean), axes);
      return {
        x: () => tf.mul(g, gain),
        mean: () => tf.neg(tf.mul(sumDy, gain)),
        variance: () => tf.mul(tf.mul(sumDyXm, gain), tf.mul(tf.square(invStd), -0.5)),
        scale: () => tf.mul(sumDyXm, invStd),
        offset: () => sumDy,
      };
    },
  };
}
