/**
 * graph → tf.LayersModel through the functional API. Each block becomes one tfjs layer (or a named group
 * `id`, `id__suffix`), so any block's activations can be read by its id.
 */
import type * as tfjs from '@tensorflow/tfjs';
import { analyze } from '../graph/analyze';
import type { Analysis, Diagnostic } from '../graph/analysisTypes';
import { getBlock } from '../graph/blocks/index';
import { indexGraph, reachable } from '../graph/graphIndex';
import { withDefaults } from '../graph/params';
import type { Graph } from '../graph/types';
import { keyedSeed } from './layerSeeds';

export interface CompiledModel {
  readonly model: tfjs.LayersModel;
  /** Block id → the name of the tfjs layer whose output is that block's output. */
  readonly blockLayers: Readonly<Record<string, string>>;
  /** Block ids in the model, in topological order. */
  readonly blockOrder: readonly string[];
  readonly analysis: Analysis;
  readonly inputId: string;
  readonly outputId: string;
}

/** The graph cannot be compiled; `diagnostics` are analyze's errors (each names the block and the fix). */
export class CompileError extends Error {
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    super(diagnostics.map((d) => `${d.message.en} ${d.fix.en}`).join('\n'));
    this.name = 'CompileError';
  }
}

export interface CompileOptions {
  /**
   * The run's seed: every block's initial weights are drawn from a seed derived from it and the block's
   * id (see layerSeeds.ts). Without one, tfjs draws them from Math.random.
   */
  readonly seed?: number;
}

export function compileGraph(graph: Graph, tf: typeof tfjs, name = 'layerloom', options: CompileOptions = {}): CompiledModel {
  const analysis = analyze(graph);
  if (!analysis.ok || !analysis.inputId || !analysis.outputId) {
    throw new CompileError(analysis.diagnostics.filter((d) => d.severity === 'error'));
  }
  const index = indexGraph(graph);
  // Blocks off the Input → Output path are ignored (analyze warns about them).
  const live = reachable(index, [analysis.inputId], 'forward');
  const feedsOutput = reachable(index, [analysis.outputId], 'backward');
  const blockOrder = analysis.order.filter((id) => live.has(id) && feedsOutput.has(id));

  const tensors = new Map<string, tfjs.SymbolicTensor>();
  const blockLayers: Record<string, string> = {};
  for (const id of blockOrder) {
    const node = index.nodes.get(id)!;
    const def = getBlock(node.kind)!;
    const info = analysis.nodes[id];
    const inputs = info.inputIds.map((src) => tensors.get(src)!);
    const { seed } = options;
    const out = def.toTfjs(withDefaults(def.params, node.params), inputs, {
      tf, name: id, inputShapes: info.inputShapes, outputShape: info.outputShape!,
      seed: seed === undefined ? undefined : (part) => keyedSeed(seed, part ? `${id}/${part}` : id),
    });
    tensors.set(id, out);
    blockLayers[id] = out.sourceLayer.name;
  }
  const model = tf.model({
    inputs: tensors.get(analysis.inputId)!,
    outputs: tensors.get(analysis.outputId)!,
    name,
  });
  return { model, blockLayers, blockOrder, analysis, inputId: analysis.inputId, outputId: analysis.outputId };
}

/**
 * A model sharing the trained weights that outputs the activations of the given blocks
 * (for feature maps). Call `dispose()` on the returned model's tensors, never on its layers.
 */
export function activationModel(compiled: CompiledModel, blockIds: readonly string[], tf: typeof tfjs): tfjs.LayersModel {
  const outputs = blockIds.map((id) => {
    const layerName = compiled.blockLayers[id];
    if (!layerName) throw new Error(`block "${id}" is not part of the compiled model`);
    return compiled.model.getLayer(layerName).output as tfjs.SymbolicTensor;
  });
  return tf.model({ inputs: compiled.model.inputs, outputs });
}
