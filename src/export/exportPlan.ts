/**
 * What both exporters need from a network document: the blocks on the Input → Output path in a
 * topological order, each with its full parameters, shapes and the Python variables of its inputs.
 */
import { analyze } from '../graph/analyze';
import type { Analysis } from '../graph/analysisTypes';
import { getBlock } from '../graph/blocks/index';
import { indexGraph, reachable } from '../graph/graphIndex';
import { withDefaults } from '../graph/params';
import type { Graph, Params, Shape } from '../graph/types';
import { ExportError } from './exportError';
import { pythonName } from './pythonNames';

export interface PlannedBlock {
  readonly id: string;
  /** The block's Python identifier (attribute, variable), unique in the export: {@link pythonName}, numbered on a clash. */
  readonly attr: string;
  readonly kind: string;
  readonly params: Params;
  readonly inputShapes: readonly Shape[];
  readonly outputShape: Shape;
  /** The blocks feeding this one, in edge order. */
  readonly inputIds: readonly string[];
  /** Python variables holding this block's inputs, in edge order. */
  readonly inputVars: readonly string[];
  /** The Python variable this block's output is stored in: `x` along a plain chain, its own name where it branches. */
  readonly outputVar: string;
}

export interface ExportPlan {
  readonly blocks: readonly PlannedBlock[];
  readonly analysis: Analysis;
  readonly input: PlannedBlock;
  readonly output: PlannedBlock;
}

export { ExportError };

export function planExport(graph: Graph): ExportPlan {
  const analysis = analyze(graph);
  if (!analysis.ok || !analysis.inputId || !analysis.outputId) {
    const errors = analysis.diagnostics.filter((d) => d.severity === 'error');
    throw new ExportError(`the network has errors: ${errors.map((d) => `${d.nodeId ? `[${d.nodeId}] ` : ''}${d.message.en}`).join(' ')}`);
  }
  const index = indexGraph(graph);
  const live = reachable(index, [analysis.inputId], 'forward');
  const feedsOutput = reachable(index, [analysis.outputId], 'backward');
  const order = analysis.order.filter((id) => live.has(id) && feedsOutput.has(id));
  const position = new Map(order.map((id, i) => [id, i]));
  const consumers = new Map<string, string[]>(order.map((id) => [id, []]));
  for (const id of order) for (const src of analysis.nodes[id].inputIds) consumers.get(src)?.push(id);

  const names = uniqueNames(order);
  // A block's output lives in `x` when its only consumer is the very next block; otherwise it keeps its own name.
  const outVar = new Map<string, string>();
  for (const id of order) {
    const users = consumers.get(id)!;
    const chained = users.length === 1 && position.get(users[0]) === position.get(id)! + 1;
    outVar.set(id, chained || users.length === 0 ? 'x' : names.get(id)!);
  }
  const blocks = order.map((id): PlannedBlock => {
    const node = index.nodes.get(id)!;
    const info = analysis.nodes[id];
    return {
      id,
      attr: names.get(id)!,
      kind: node.kind,
      params: withDefaults(getBlock(node.kind)!.params, node.params),
      inputShapes: info.inputShapes,
      outputShape: info.outputShape!,
      inputIds: info.inputIds,
      inputVars: info.inputIds.map((src) => outVar.get(src)!),
      outputVar: outVar.get(id)!,
    };
  });
  return { blocks, analysis, input: blocks[0], output: blocks[blocks.length - 1] };
}

/** Each block's Python identifier: ids that are identifiers already keep them; the others (`train` → `train_`) are numbered around them. */
function uniqueNames(ids: readonly string[]): Map<string, string> {
  const own = new Set(ids.filter((id) => pythonName(id) === id));
  const used = new Set<string>();
  const names = new Map<string, string>();
  for (const id of ids) {
    const base = pythonName(id);
    let name = base;
    if (base !== id) for (let k = 2; own.has(name) || used.has(name); k++) name = `${base}_${k}`;
    used.add(name);
    names.set(id, name);
  }
  return names;
}
