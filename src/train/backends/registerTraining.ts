/** Everything LayerLoom adds to tfjs for training: wasm kernels and gradient overrides. Idempotent. */
import { registerTrainingGradients } from './registerTrainingGradients';
import { registerWasmTrainingKernels } from './wasm/registerWasmTrainingKernels';

export function registerLayerLoomTraining(): void {
  registerWasmTrainingKernels();
  registerTrainingGradients();
}
