/** Cross-entropy for the Output block: from probabilities (softmax on) or from raw scores (softmax off). */
import type * as tfjs from '@tensorflow/tfjs';
import { takeLogits } from './backends/softmaxOutput';
import { COUNT_CORRECT, SOFTMAX_CROSS_ENTROPY } from './backends/wasm/softmaxCrossEntropyKernel';

/** Probabilities are clipped to [EPSILON, 1 − EPSILON] before the log, as Keras does. */
export const EPSILON = 1e-7;

/** Whether LayerLoom's one-call kernel `kernel` takes these [n, k] scores and int32 labels (wasm only). */
function fusedOn(tf: typeof tfjs, kernel: string, output: tfjs.Tensor, labels: tfjs.Tensor, classes: number): boolean {
  return output.rank === 2 && output.dtype === 'float32' && output.shape[1] === classes && labels.dtype === 'int32'
    && tf.getBackend() === 'wasm' && tf.getKernel(kernel, 'wasm') != null;
}

/** Mean cross-entropy of a batch; `labels` are int32 class indices. */
export function crossEntropy(tf: typeof tfjs, output: tfjs.Tensor, labels: tfjs.Tensor, classes: number, fromLogits: boolean): tfjs.Scalar {
  // From logits on wasm: one kernel forward and one backward (softmaxCrossEntropyKernel.ts) instead of ~25.
  if (fromLogits && fusedOn(tf, SOFTMAX_CROSS_ENTROPY, output, labels, classes)) {
    return tf.engine().runKernel(SOFTMAX_CROSS_ENTROPY, { logits: output, labels }) as tfjs.Scalar;
  }
  // Probabilities from an output layer that kept its logits (softmaxOutput.ts): the same kernels with the clip.
  const logits = fromLogits ? undefined : takeLogits(output);
  if (logits && fusedOn(tf, SOFTMAX_CROSS_ENTROPY, logits, labels, classes)) {
    const loss = tf.engine().runKernel(SOFTMAX_CROSS_ENTROPY, { logits, labels }, { clip: EPSILON }) as tfjs.Scalar;
    logits.dispose(); // kept by the output layer for this; the kernel saved its own reference for the gradient
    return loss;
  }
  logits?.dispose();
  const oneHot = tf.oneHot(labels as tfjs.Tensor1D, classes);
  if (fromLogits) return tf.losses.softmaxCrossEntropy(oneHot, output) as tfjs.Scalar;
  const logP = tf.log(tf.clipByValue(output, EPSILON, 1 - EPSILON));
  return tf.neg(tf.mean(tf.sum(tf.mul(oneHot, logP), -1)));
}

/** How many rows of `output` [n, k] (scores or probabilities) have their first largest value at the label, as a float32 scalar. */
export function countCorrect(tf: typeof tfjs, output: tfjs.Tensor, labels: tfjs.Tensor): tfjs.Scalar {
  if (fusedOn(tf, COUNT_CORRECT, output, labels, output.shape[output.rank - 1])) {
    return tf.engine().runKernel(COUNT_CORRECT, { logits: output, labels }) as tfjs.Scalar;
  }
  return tf.sum(tf.cast(tf.equal(tf.argMax(output, -1), labels), 'float32'));
}

/** Class probabilities from the model's output. */
export function probabilities(tf: typeof tfjs, output: tfjs.Tensor, fromLogits: boolean): tfjs.Tensor {
  return fromLogits ? tf.softmax(output) : output;
}
