/** Everything LayerLoom adds to tfjs for training: wasm kernels, gradient overrides, shared saved tensors, no zero gradients for unused outputs. Idempotent. */
import { engine } from '@tensorflow/tfjs-core';
import { registerTrainingGradients } from './registerTrainingGradients';
import { shareSavedTensors } from './sharedSavedTensors';
import { skipUnusedOutputGradients } from './unusedOutputGradients';
import { registerWasmTrainingKernels } from './wasm/registerWasmTrainingKernels';

export function registerLayerLoomTraining(): void {
  registerWasmTrainingKernels();
  registerTrainingGradients();
  shareSavedTensors(engine());
  skipUnusedOutputGradients(engine());
}
