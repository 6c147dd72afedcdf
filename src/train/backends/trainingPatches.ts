/**
 * The training-only layer patches, applied to a model before it trains: batch norms in one kernel (with
 * the ReLU or the residual add and ReLU after them), adds with the ReLU after them, convolutions without
 * bias or activation through tf.conv2d, convolutions and dense layers with bias and ReLU in one kernel,
 * a softmax output layer's logits kept for the loss, and a padding layer's zeros added inside the plain
 * convolution after it. Each is per layer instance and for training calls only
 * (saved models and inference see the stock layers), and each keeps the stock path on other backends.
 * Training, `layerloom bench` and the roofline bench apply them here, so what is measured is what trains.
 */
import type * as tfjs from '@tensorflow/tfjs';
import { fuseBatchNormTraining } from './fusedBatchNorm';
import { fuseAddRelu } from './fusedRelu';
import { plainConvTraining } from './plainConvTraining';
import { keepSoftmaxLogits } from './softmaxOutput';
import { fuseBiasRelu } from './fusedBiasRelu';
import { padInsideConv } from './padInsideConv';

export function patchForTraining(tf: typeof tfjs, model: tfjs.LayersModel): void {
  fuseBatchNormTraining(tf, model);
  fuseAddRelu(tf, model);
  plainConvTraining(tf, model);
  keepSoftmaxLogits(tf, model);
  fuseBiasRelu(tf, model);
  padInsideConv(tf, model); // last: its convolution patch wraps the others
}
