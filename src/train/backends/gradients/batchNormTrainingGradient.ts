/**
 * The gradient of LayerLoomBatchNormTraining: one kernel for dx, dScale and dOffset. Its mean and
 * variance outputs feed only the moving averages (never the loss), so their gradients are not used.
 * A fused ReLU (attribute relu) needs the offset too: the gradient recomputes where it let values through.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { GradConfig, NamedAttrMap, Tensor } from '@tensorflow/tfjs-core';
import { BATCH_NORM_ADD_RELU, BATCH_NORM_TRAINING, BATCH_NORM_TRAINING_GRAD } from '../wasm/batchNormTrainingKernel';

export const batchNormTrainingGradConfig: GradConfig = {
  kernelName: BATCH_NORM_TRAINING,
  inputsToSave: ['x', 'scale', 'offset'],
  outputsToSave: [false, true, true],
  gradFunc: (dys: Tensor | Tensor[], saved: Tensor[], attrs: NamedAttrMap) => {
    const [x, scale, offset, mean, variance] = saved;
    const dy = Array.isArray(dys) ? dys[0] : dys;
    const [dx, dScale, dOffset] = tf.engine().runKernel(BATCH_NORM_TRAINING_GRAD, { x, dy, mean, variance, scale, offset }, attrs) as Tensor[];
    return { x: () => dx, scale: () => dScale, offset: () => dOffset };
  },
};

/**
 * The gradient of LayerLoomBatchNormAddRelu: the ReLU's (where the output is positive) for the shortcut,
 * and through the batch norm (without a ReLU of its own) for x, scale and offset; one kernel computes both.
 */
export const batchNormAddReluGradConfig: GradConfig = {
  kernelName: BATCH_NORM_ADD_RELU,
  inputsToSave: ['x', 'scale', 'offset'],
  outputsToSave: [true, true, true],
  gradFunc: (dys: Tensor | Tensor[], saved: Tensor[], attrs: NamedAttrMap) => {
    const [x, scale, offset, y, mean, variance] = saved;
    const dy = Array.isArray(dys) ? dys[0] : dys;
    const { varianceEpsilon } = attrs as { varianceEpsilon: number };
    // The ReLU's gradient g (dy where y > 0) comes out of the gradient's own sums pass.
    const [dx, dScale, dOffset, g] = tf.engine().runKernel(BATCH_NORM_TRAINING_GRAD, { x, dy, mean, variance, scale, offset, y }, { varianceEpsilon }) as Tensor[];
    return { x: () => dx, scale: () => dScale, offset: () => dOffset, shortcut: () => g };
  },
};

/**
 * Identity's gradient on wasm: dy itself, instead of tfjs's cast of it to float32 (a second tensor on dy's data,
 * LayerLoom's Cast sharing it). A ReLU fused into the batch norm before it is passed on by its Activation layer as
 * a clone (fusedRelu.ts), and with the clone's gradient sharing dy's data the batch norm's gradient found dy's data
 * held twice and could not write over it (LayerLoomBatchNormTrainingGrad): every fused ReLU's and Add's batch norm
 * in a ResNet. The gradient of the clone's output is read by nothing once the clone's gradient is taken.
 */
export function identityGradConfig(stock: GradConfig, useFast: () => boolean): GradConfig {
  return {
    ...stock,
    gradFunc: (dy: Tensor | Tensor[], saved: Tensor[], attrs: NamedAttrMap) => {
      const g = dy as Tensor;
      if (!useFast() || g.dtype !== 'float32') return stock.gradFunc(dy, saved, attrs);
      return { x: () => g };
    },
  };
}

