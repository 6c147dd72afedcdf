/** Batch normalisation maths and tfjs construction, shared by the BatchNorm block and Add's projections. */
import type * as tfjs from '@tensorflow/tfjs';
import type { ParamCount } from './blockDefinition';

export interface BatchNormSettings {
  /** Keras convention: moving = momentum · moving + (1 − momentum) · batch. PyTorch's 0.1 is Keras' 0.9. */
  readonly momentum: number;
  readonly epsilon: number;
}

/** PyTorch's BatchNorm2d defaults (torchvision's ResNet uses them), in Keras' convention. */
export const TORCH_BATCH_NORM: BatchNormSettings = { momentum: 0.9, epsilon: 1e-5 };

/** In inference a batch norm folds into one multiply-add per element. */
export const BATCH_NORM_FLOPS_PER_ELEMENT = 2;

/** gamma and beta are learned; the moving mean and variance are tracked, not trained. */
export function batchNormParamCount(channels: number): ParamCount {
  return { trainable: 2 * channels, nonTrainable: 2 * channels };
}

/** Normalises over the last axis (channels), as every LayerLoom tensor is channels-last. */
export function applyBatchNorm(tf: typeof tfjs, x: tfjs.SymbolicTensor, name: string, s: BatchNormSettings): tfjs.SymbolicTensor {
  return tf.layers.batchNormalization({ axis: -1, momentum: s.momentum, epsilon: s.epsilon, name }).apply(x) as tfjs.SymbolicTensor;
}
