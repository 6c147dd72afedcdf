/**
 * LayerLoom's gradient overrides (tfjs keeps one gradient per kernel for every backend): each keeps
 * tfjs's own behaviour where it is right and fast, and changes only what it must.
 */
import * as tf from '@tensorflow/tfjs-core';
import { fixCpuKernels } from './cpuKernelFixes';
import { batchNormGradConfig } from './gradients/batchNormGradient';
import { batchNormAddReluGradConfig, batchNormTrainingGradConfig, identityGradConfig } from './gradients/batchNormTrainingGradient';
import { conv2dGradConfig } from './gradients/dilatedConvGradient';
import { softmaxCrossEntropyGradConfig } from './gradients/softmaxCrossEntropyGradient';
import { convBiasReluGradConfig, matMulBiasGradConfig, matMulBiasReluGradConfig, maxPoolOfReluGradConfig } from './gradients/biasReluGradient';
import { addReluGradConfig, meanGradConfig, reluGradConfig, squareGradConfig } from './gradients/elementwiseGradients';

let registered = false;

const onWasm = () => tf.getBackend() === 'wasm';

export function registerTrainingGradients(): void {
  if (registered) return;
  const stockBatchNorm = tf.getGradient('FusedBatchNorm');
  if (!stockBatchNorm) throw new Error('LayerLoom: tfjs gradients are not loaded (import @tensorflow/tfjs first)');
  tf.registerGradient(batchNormGradConfig(stockBatchNorm, onWasm));
  tf.registerGradient(batchNormTrainingGradConfig);
  tf.registerGradient(batchNormAddReluGradConfig);
  tf.registerGradient(identityGradConfig(tf.getGradient('Identity')!, onWasm));
  tf.registerGradient(meanGradConfig(tf.getGradient('Mean')!, onWasm));
  tf.registerGradient(squareGradConfig(tf.getGradient('Square')!, onWasm));
  tf.registerGradient(reluGradConfig(tf.getGradient('Relu')!, onWasm));
  tf.registerGradient(addReluGradConfig);
  tf.registerGradient(softmaxCrossEntropyGradConfig);
  tf.registerGradient(convBiasReluGradConfig);
  tf.registerGradient(matMulBiasReluGradConfig);
  tf.registerGradient(matMulBiasGradConfig);
  tf.registerGradient(maxPoolOfReluGradConfig);
  // Dilated convolutions get a gradient on every backend (tfjs has none).
  tf.registerGradient(conv2dGradConfig(tf.getGradient('Conv2D')!));
  fixCpuKernels();
  registered = true;
}
