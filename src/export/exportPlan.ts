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
import { pythonName } from './pythonNames';

export interface PlannedBlock {
  readonly id: string;
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

/** The graph cannot be exported: the same errors analyze reports. */
export class ExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportError';
  }
}

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

  // A block's output lives in `x` when its only consumer is the very next block; otherwise it keeps its own name.
  const outVar = new Map<string, string>();
  for (const id of order) {
    const users = consumers.get(id)!;
    const chained = users.length === 1 && position.get(users[0]) === position.get(id)! + 1;
    outVar.set(id, chained || users.length === 0 ? 'x' : pythonName(id));
  }
  const blocks = order.map((id): PlannedBlock => {
    const node = index.nodes.get(id)!;
    const info = analysis.nodes[id];
    return {
      id,
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
