/** LayerLoomSoftmaxCrossEntropy's gradient: one LayerLoomSoftmaxCrossEntropyGrad call from the saved logits and labels. */
import * as tf from '@tensorflow/tfjs-core';
import type { GradConfig, NamedAttrMap, Tensor } from '@tensorflow/tfjs-core';
import { SOFTMAX_CROSS_ENTROPY, SOFTMAX_CROSS_ENTROPY_GRAD } from '../wasm/softmaxCrossEntropyKernel';

export const softmaxCrossEntropyGradConfig: GradConfig = {
  kernelName: SOFTMAX_CROSS_ENTROPY,
  inputsToSave: ['logits', 'labels'],
  gradFunc: (dy: Tensor | Tensor[], saved: Tensor[], attrs: NamedAttrMap) => {
    const [logits, labels] = saved;
    return {
      logits: () => tf.engine().runKernel(SOFTMAX_CROSS_ENTROPY_GRAD, { logits, labels, dy: dy as Tensor }, attrs) as Tensor,
      labels: () => tf.zeros(labels.shape), // class indices: no gradient (asked for only if labels came from a variable)
    };
  },
};
