/**
 * The FusedBatchNorm gradient on wasm: LayerLoom's one-kernel `LayerLoomBatchNormGrad` instead of tfjs's
 * composition, which tiles the per-channel factors to the input's full shape (1.3 s of a ResNet-20
 * step on wasm). Other backends keep tfjs's gradient (the tests compare the two).
 */
import * as tf from '@tensorflow/tfjs-core';
import type { GradConfig, NamedAttrMap, Tensor } from '@tensorflow/tfjs-core';
import { BATCH_NORM_GRAD } from '../wasm/batchNormGradKernel';

export function batchNormGradConfig(stock: GradConfig, useFast: () => boolean): GradConfig {
  return {
    kernelName: 'FusedBatchNorm',
    inputsToSave: ['x', 'mean', 'variance', 'scale'],
    gradFunc: (dy: Tensor | Tensor[], saved: Tensor[], attrs: NamedAttrMap) => {
      const [x, mean, variance, scale] = saved;
      const g = dy as Tensor;
      const perChannel = mean.rank === 1 && variance.rank === 1 && (scale == null || scale.rank === 1)
        && mean.shape[0] === x.shape[x.rank - 1] && x.dtype === 'float32';
      if (!useFast() || !perChannel) return stock.gradFunc(dy, saved, attrs);
      const inputs: Record<string, Tensor> = { x, dy: g, mean, variance };
      if (scale != null) inputs.scale = scale;
      const [dx, dMean, dVariance, dScale, dOffset] = tf.engine().runKernel(BATCH_NORM_GRAD, inputs, attrs) as Tensor[];
      return { x: () => dx, mean: () => dMean, variance: () => dVariance, scale: () => dScale, offset: () => dOffset };
    },
  };
}
