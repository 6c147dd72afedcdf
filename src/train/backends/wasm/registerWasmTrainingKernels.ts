/**
 * Registers LayerLoom's training kernels for tfjs's wasm backend: the kernels it lacks and fast
 * replacements for its slow ones. Idempotent; call before the first op runs on wasm.
 */
import { getKernel, registerKernel, unregisterKernel, type KernelConfig } from '@tensorflow/tfjs-core';
import { conv2dBackpropFilterConfig, conv2dBackpropInputConfig } from './convKernels';

export const WASM_TRAINING_KERNELS: readonly KernelConfig[] = [conv2dBackpropFilterConfig, conv2dBackpropInputConfig];

let registered = false;

export function registerWasmTrainingKernels(): void {
  if (registered) return;
  for (const config of WASM_TRAINING_KERNELS) {
    if (getKernel(config.kernelName, config.backendName)) unregisterKernel(config.kernelName, config.backendName);
    registerKernel(config);
  }
  registered = true;
}
