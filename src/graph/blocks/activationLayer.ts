/** Maps LayerLoom's activation names onto tfjs: most are a layer option, leaky ReLU is a layer of its own. */
import type * as tfjs from '@tensorflow/tfjs';
import type { ActivationIdentifier } from '@tensorflow/tfjs-layers/dist/keras_format/activation_config';
import type { ActivationName } from './paramSpecs';

/** PyTorch's default negative slope, so exported models behave the same. */
export const LEAKY_RELU_ALPHA = 0.01;

/** The tfjs `activation` option for a layer, or 'linear' when the activation needs its own layer. */
export function fusedActivation(name: ActivationName): ActivationIdentifier {
  return name === 'leakyRelu' ? 'linear' : (name as ActivationIdentifier);
}

/** Applies the activations that cannot be fused into the preceding layer. */
export function applyUnfusedActivation(tf: typeof tfjs, name: ActivationName, x: tfjs.SymbolicTensor, layerName: string): tfjs.SymbolicTensor {
  if (name !== 'leakyRelu') return x;
  return tf.layers.leakyReLU({ alpha: LEAKY_RELU_ALPHA, name: layerName }).apply(x) as tfjs.SymbolicTensor;
}

/** FLOPs per element of an activation (rough: exp-based ones cost more than a max). */
export function activationFlopsPerElement(name: ActivationName): number {
  switch (name) {
    case 'linear': return 0;
    case 'relu': case 'leakyRelu': return 1;
    default: return 4;
  }
}

/**
 * Builds a layer with its activation: fused into it when tfjs can (the layer is then named `name`);
 * otherwise the layer is `${name}__${suffix}` and the separate activation layer takes `name`, so the
 * block's output always comes from the layer named for the block.
 */
export function withActivation(
  tf: typeof tfjs, activation: ActivationName, name: string, suffix: string,
  build: (layerName: string, fused: ActivationIdentifier) => tfjs.SymbolicTensor,
): tfjs.SymbolicTensor {
  const y = build(activation === 'leakyRelu' ? `${name}__${suffix}` : name, fusedActivation(activation));
  return applyUnfusedActivation(tf, activation, y, name);
}
