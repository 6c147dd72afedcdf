/**
 * No zero tensors for the outputs of a training batch norm that never reach the loss. Before calling a
 * gradient, tfjs's engine gives every output not on the path to the loss a gradient of zeros
 * (addTapeNode: a new typed array copied into a new tensor, then disposed); LayerLoom's batch norm kernels
 * return their batch mean and variance (and the moving averages) beside y, and their gradients read only
 * y's (batchNormTrainingGradient.ts): ~84 such tensors per ResNet-20 step. For the kernels listed here the
 * tape node calls the gradient with those left null; when y's own gradient is missing, tfjs's path runs.
 */
import { getGradient, type Tensor } from '@tensorflow/tfjs-core';
import { BATCH_NORM_ADD_RELU, BATCH_NORM_TRAINING } from './wasm/batchNormTrainingKernel';

/** Kernels whose registered gradient reads only its first output's gradient. */
const FIRST_OUTPUT_ONLY = new Set<string>([BATCH_NORM_TRAINING, BATCH_NORM_ADD_RELU]);

interface TapeNode { gradient?: (dys: Array<Tensor | null>) => unknown }

/** The parts of tfjs's Engine this reads (not in its public types). */
interface EngineInternals {
  state: { activeTape: TapeNode[] };
  addTapeNode(kernelName: string, inputs: object, outputs: Tensor[], gradientsFunc: unknown, saved: Tensor[], attrs: object): void;
}

const patched = new WeakSet<object>();

export function skipUnusedOutputGradients(engine: object): void {
  if (patched.has(engine)) return;
  patched.add(engine);
  const e = engine as EngineInternals;
  const stock = e.addTapeNode;
  e.addTapeNode = function addTapeNode(this: EngineInternals, kernelName, inputs, outputs, gradientsFunc, saved, attrs) {
    stock.call(this, kernelName, inputs, outputs, gradientsFunc, saved, attrs);
    if (!FIRST_OUTPUT_ONLY.has(kernelName)) return;
    const node = this.state.activeTape[this.state.activeTape.length - 1];
    const zerosFilled = node.gradient;
    const gradFunc = getGradient(kernelName)?.gradFunc;
    if (!zerosFilled || !gradFunc) return;
    node.gradient = (dys) => (dys[0] == null ? zerosFilled(dys) : gradFunc(dys as Tensor[], saved, attrs as never));
  };
}
