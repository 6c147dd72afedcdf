/** Everything LayerLoom adds to tfjs for training: wasm kernels, gradient overrides, shared saved tensors. Idempotent. */
import { engine } from '@tensorflow/tfjs-core';
import { registerTrainingGradients } from './registerTrainingGradients';
import { shareSavedTensors } from './sharedSavedTensors';
import { registerWasmTrainingKernels } from './wasm/registerWasmTrainingKernels';

export function registerLayerLoomTraining(): void {
  registerWasmTrainingKernels();
  registerTrainingGradients();
  shareSavedTensors(engine());
}
