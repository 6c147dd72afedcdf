/**
 * Code export, the one entry point for the CLI, the engine (the app's Export menu) and tests: a graph to
 * PyTorch or Keras source, and a run's trained tfjs weights to a safetensors file for the PyTorch code.
 */
import type { Graph } from '../graph/types';
import { exportKeras } from './keras';
import { kerasWeightsFile } from './kerasWeights';
import { exportPyTorch, type ExportOptions } from './pytorch';
import { readRunWeights } from './runWeights';
import { encodeSafetensors, toTorchTensors } from './torchWeights';

export type { ExportOptions, ResizeMode } from './pytorch';
export { ExportError } from './exportPlan';
export { RunFolderError } from './runWeights';
export { WeightsMismatchError } from './torchWeights';

export type ExportTarget = 'pytorch' | 'keras';

/** The Python source for `graph`. Throws ExportError when the graph has errors. */
export function exportCode(graph: Graph, to: ExportTarget, options: ExportOptions): string {
  return to === 'pytorch' ? exportPyTorch(graph, options).code : exportKeras(graph, options);
}

/**
 * The PyTorch code and the run's trained weights in its layouts (safetensors bytes). `graph` must be the
 * network the run trained (its project.layerloom.json); throws WeightsMismatchError otherwise.
 */
export async function exportPyTorchWithWeights(graph: Graph, runDir: string, options: ExportOptions): Promise<{ code: string; weights: Uint8Array }> {
  const torch = exportPyTorch(graph, options);
  const tensors = toTorchTensors(torch.weights, await readRunWeights(runDir));
  return { code: torch.code, weights: encodeSafetensors(tensors, { format: 'pt', source: 'layerloom', model: options.name }) };
}

/** The Keras code and the run's trained weights (safetensors, tfjs = Keras layouts) that its `load_layerloom_weights` sets. */
export async function exportKerasWithWeights(graph: Graph, runDir: string, options: ExportOptions): Promise<{ code: string; weights: Uint8Array }> {
  const code = exportKeras(graph, options);
  return { code, weights: kerasWeightsFile(await readRunWeights(runDir), options.name) };
}
