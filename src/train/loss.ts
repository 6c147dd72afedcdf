/** Cross-entropy for the Output block: from probabilities (softmax on) or from raw scores (softmax off). */
import type * as tfjs from '@tensorflow/tfjs';

/** Probabilities are clipped to [EPSILON, 1 − EPSILON] before the log, as Keras does. */
export const EPSILON = 1e-7;

/** Mean cross-entropy of a batch; `labels` are int32 class indices. */
export function crossEntropy(tf: typeof tfjs, output: tfjs.Tensor, labels: tfjs.Tensor, classes: number, fromLogits: boolean): tfjs.Scalar {
  const oneHot = tf.oneHot(labels as tfjs.Tensor1D, classes);
  if (fromLogits) return tf.losses.softmaxCrossEntropy(oneHot, output) as tfjs.Scalar;
  const logP = tf.log(tf.clipByValue(output, EPSILON, 1 - EPSILON));
  return tf.neg(tf.mean(tf.sum(tf.mul(oneHot, logP), -1)));
}

/** Class probabilities from the model's output. */
export function probabilities(tf: typeof tfjs, output: tfjs.Tensor, fromLogits: boolean): tfjs.Tensor {
  return fromLogits ? tf.softmax(output) : output;
}
