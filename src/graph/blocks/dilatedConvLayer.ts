/**
 * A tfjs Conv2D layer for dilation > 1 that can train.
 *
 * tfjs has no gradient for dilated convolutions: both the Conv2D kernel's gradient and the fused-conv
 * gradient assert dilation 1. LayerLoom's training engine registers its own gradient for the Conv2D
 * kernel (src/train/backends/gradients/dilatedConvGradient.ts). But tfjs's Conv2D layer always convolves
 * through tf.fused.conv2d, which stays fused while gradients are recorded unless the activation is relu
 * or elu, and the fused op's own gradient is not replaceable: a dilated Conv2D with any other activation
 * (linear, leaky ReLU, GELU, sigmoid, tanh, softmax) failed its first training step with "Error in
 * gradient of fused conv2D: dilation rates greater than 1 are not yet supported in gradients".
 *
 * This layer therefore runs the convolution unfused — tf.conv2d, then the bias, then the activation, as
 * tfjs itself does for relu during training — so the Conv2D kernel's gradient is the one used. (Computing
 * it as TensorFlow does, an undilated convolution between spaceToBatchND and batchToSpaceND, needs no
 * custom gradient but measured 3–7× slower per training step on the wasm backend.) In every other respect
 * it is a stock Conv2D layer (class, config, weights `kernel` and `bias`), so saved models and exported
 * weights are unchanged.
 */
import type * as tfjs from '@tensorflow/tfjs';
import type { ActivationIdentifier } from '@tensorflow/tfjs-layers/dist/keras_format/activation_config';
import type { KernelInitializer } from './initialWeights';

export interface DilatedConvConfig {
  readonly name: string;
  readonly filters: number;
  readonly kernel: number;
  readonly dilation: number;
  /** Stride is 1: tfjs (and the catalog) refuse stride and dilation both above 1. */
  readonly padding: 'valid' | 'same';
  readonly activation: ActivationIdentifier;
  readonly bias: boolean;
  readonly kernelInitializer?: KernelInitializer;
}

export function dilatedConv2d(tf: typeof tfjs, c: DilatedConvConfig): tfjs.layers.Layer {
  const layer = tf.layers.conv2d({
    name: c.name, filters: c.filters, kernelSize: c.kernel, strides: 1, padding: c.padding, dilationRate: c.dilation,
    activation: c.activation, useBias: c.bias, kernelInitializer: c.kernelInitializer,
  });
  // Applied eagerly inside `call`: the same activation functions the stock layer uses.
  const activation = tf.layers.activation({ activation: c.activation });
  layer.call = (inputs) => tf.tidy(() => {
    const x = (Array.isArray(inputs) ? inputs[0] : inputs) as tfjs.Tensor4D;
    const [kernel, bias] = layer.weights.map((w) => w.read());
    const y = tf.conv2d(x, kernel as tfjs.Tensor4D, 1, c.padding, 'NHWC', c.dilation);
    return activation.apply(bias ? tf.add(y, bias) : y) as tfjs.Tensor;
  });
  return layer;
}
