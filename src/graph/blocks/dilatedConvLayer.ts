/**
 * A tfjs Conv2D layer for dilation > 1 that trains on every backend.
 *
 * tfjs has no gradient for dilated convolutions: the Conv2D kernel's gradient and the fused-conv
 * gradient both assert dilation 1. And tfjs's Conv2D layer always convolves through tf.fused.conv2d,
 * which stays fused while gradients are recorded unless the activation is relu or elu — so a dilated
 * Conv2D with any other activation (linear, leaky ReLU, GELU, sigmoid, tanh, softmax) failed its first
 * training step with "Error in gradient of fused conv2D: dilation rates greater than 1 are not yet
 * supported in gradients", whatever gradient LayerLoom registers for the Conv2D kernel.
 *
 * This layer computes the dilated convolution the way TensorFlow itself does (atrous convolution,
 * `tf.nn.with_space_to_batch`): every d-th pixel goes to its own batch entry (spaceToBatchND), an
 * ordinary stride-1 convolution runs on them, and batchToSpaceND interleaves the results back. All three
 * ops have stock gradients on every backend. It stays a stock Conv2D layer in every other respect (class,
 * config, weights `kernel` and `bias`), so saved models and exported weights are unchanged.
 */
import type * as tfjs from '@tensorflow/tfjs';
import type { ActivationIdentifier } from '@tensorflow/tfjs-layers/dist/keras_format/activation_config';
import { effectiveKernel } from './windowShape';

export interface DilatedConvConfig {
  readonly name: string;
  readonly filters: number;
  readonly kernel: number;
  readonly dilation: number;
  /** Stride is 1: tfjs (and the catalog) refuse stride and dilation both above 1. */
  readonly padding: 'valid' | 'same';
  readonly activation: ActivationIdentifier;
  readonly bias: boolean;
}

/** Per axis: zeros before/after (the convolution's own padding, then enough to make the size a multiple of d) and the rows to crop at the end. */
export function spaceToBatchAxis(size: number, kernel: number, dilation: number, padding: 'valid' | 'same'): { pad: [number, number]; crop: number } {
  const total = padding === 'same' ? effectiveKernel({ kernel, dilation }) - 1 : 0;
  const before = Math.floor(total / 2);
  const padded = size + total;
  const extra = (dilation - (padded % dilation)) % dilation;
  return { pad: [before, total - before + extra], crop: extra };
}

export function dilatedConv2d(tf: typeof tfjs, c: DilatedConvConfig): tfjs.layers.Layer {
  const layer = tf.layers.conv2d({
    name: c.name, filters: c.filters, kernelSize: c.kernel, strides: 1, padding: c.padding, dilationRate: c.dilation,
    activation: c.activation, useBias: c.bias,
  });
  // Applied eagerly inside `call`: the same activation functions the stock layer uses.
  const activation = tf.layers.activation({ activation: c.activation });
  const d = c.dilation;
  layer.call = (inputs) => tf.tidy(() => {
    const x = (Array.isArray(inputs) ? inputs[0] : inputs) as tfjs.Tensor4D;
    const [kernel, bias] = layer.weights.map((w) => w.read());
    const h = spaceToBatchAxis(x.shape[1], c.kernel, d, c.padding);
    const w = spaceToBatchAxis(x.shape[2], c.kernel, d, c.padding);
    const blocks = tf.spaceToBatchND(x, [d, d], [h.pad, w.pad]) as tfjs.Tensor4D;
    const y = tf.conv2d(blocks, kernel as tfjs.Tensor4D, 1, 'valid');
    const out = tf.batchToSpaceND(y, [d, d], [[0, h.crop], [0, w.crop]]);
    return activation.apply(bias ? tf.add(out, bias) : out) as tfjs.Tensor;
  });
  return layer;
}
