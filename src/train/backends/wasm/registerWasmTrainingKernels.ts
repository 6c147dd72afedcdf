/**
 * Registers LayerLoom's training kernels for tfjs's wasm backend: the kernels it lacks and fast
 * replacements for its slow ones. Idempotent; call before the first op runs on wasm.
 */
import { getKernel, registerKernel, unregisterKernel, type KernelConfig, type KernelFunc } from '@tensorflow/tfjs-core';
import { conv2dBackpropFilterConfig, conv2dBackpropInputConfig } from './convKernels';
import { batchMatMulConfig } from './matMulKernel';
import { adamConfig } from './adamKernel';
import { batchNormGradConfig } from './batchNormGradKernel';
import { batchNormAddReluConfig, batchNormTrainingConfig, batchNormTrainingGradConfig } from './batchNormTrainingKernel';
import { maxPoolConfig, maxPoolGradConfig } from './poolKernels';
import { meanConfig, sumConfig } from './reduceKernels';
import { castConfig, identityConfig } from './shareKernels';
import { padConfig, sliceConfig } from './sliceKernel';
import { addConfig, subConfig } from './broadcastKernels';
import { conv2dConfig, fusedConv2dConfig } from './convForwardKernel';
import { broadcastRowsConfig, fusedBatchNormConfig, reluGradConfig, squareGradConfig } from './elementwiseKernels';
import { shareBackendMemory } from './sharedBackendMemory';
import { addReluConfig } from './addReluKernel';
import { countCorrectConfig, softmaxCrossEntropyConfig, softmaxCrossEntropyGradConfig } from './softmaxCrossEntropyKernel';
import {
  convBiasReluConfig, matMulBiasConfig, matMulBiasReluConfig, maxPoolOfReluConfig, maxPoolReluGradBiasConfig, reluGradBiasConfig,
} from './biasReluKernel';

/** Replacements that wrap the wasm backend's own kernel (they fall back to it outside their fast case). */
const WRAPPERS: Readonly<Record<string, (original: KernelFunc) => KernelConfig>> = {
  BatchMatMul: batchMatMulConfig,
  Sum: sumConfig,
  Mean: meanConfig,
  Identity: identityConfig,
  Cast: castConfig,
  FusedBatchNorm: fusedBatchNormConfig,
  Slice: sliceConfig,
  PadV2: padConfig,
  Add: addConfig,
  Sub: subConfig,
  Conv2D: conv2dConfig,
  FusedConv2D: fusedConv2dConfig,
  MaxPool: maxPoolConfig,
};

export const WASM_TRAINING_KERNEL_NAMES: readonly string[] = [
  'Conv2DBackpropFilter', 'Conv2DBackpropInput', 'MaxPoolGrad', 'LayerLoomBatchNormGrad', 'LayerLoomBatchNormTraining', 'LayerLoomBatchNormTrainingGrad', 'LayerLoomAdam', 'LayerLoomBroadcastRows', 'LayerLoomSquareGrad', 'LayerLoomReluGrad', 'LayerLoomAddRelu',
  'LayerLoomSoftmaxCrossEntropy', 'LayerLoomSoftmaxCrossEntropyGrad', 'LayerLoomCountCorrect',
  'LayerLoomConv2DBiasRelu', 'LayerLoomMatMulBiasRelu', 'LayerLoomReluGradBias', 'LayerLoomMaxPoolOfRelu', 'LayerLoomMaxPoolReluGradBias',
  'LayerLoomMatMulBias', ...Object.keys(WRAPPERS),
];

let registered = false;

function replace(config: KernelConfig): void {
  if (getKernel(config.kernelName, config.backendName)) unregisterKernel(config.kernelName, config.backendName);
  registerKernel(config);
}

export function registerWasmTrainingKernels(): void {
  if (registered) return;
  shareBackendMemory(); // before the backend starts: its memory becomes one the kernel threads share
  for (const [name, wrap] of Object.entries(WRAPPERS)) {
    const original = getKernel(name, 'wasm');
    if (!original) throw new Error(`LayerLoom wasm kernels: the wasm backend has no ${name} kernel to wrap`);
    // The wrapped kernel may need the original's setup (it binds the wasm function it calls).
    replace({ ...wrap(original.kernelFunc), setupFunc: original.setupFunc, disposeFunc: original.disposeFunc });
  }
  replace(conv2dBackpropFilterConfig);
  replace(conv2dBackpropInputConfig);
  replace(maxPoolGradConfig);
  replace(batchNormGradConfig);
  replace(batchNormTrainingConfig);
  replace(batchNormAddReluConfig);
  replace(batchNormTrainingGradConfig);
  replace(adamConfig);
  replace(broadcastRowsConfig);
  replace(squareGradConfig);
  replace(reluGradConfig);
  replace(addReluConfig);
  replace(softmaxCrossEntropyConfig);
  replace(softmaxCrossEntropyGradConfig);
  replace(countCorrectConfig);
  const fused = [convBiasReluConfig, matMulBiasReluConfig, matMulBiasConfig, reluGradBiasConfig, maxPoolOfReluConfig, maxPoolReluGradBiasConfig];
  for (const config of fused) replace(config);
  registered = true;
}
