/** "Why this number": a block's output size, parameter count and receptive field, worked out with its own values. */
import type { Analysis } from '../analysisTypes';
import { getBlock, type BlockKind } from '../blocks/index';
import { withDefaults } from '../params';
import type { Graph } from '../types';
import type { BlockExplanation } from './arithmetic';
import { EXPLAINERS } from './blockExplainers';

export type { ArithmeticLine, BlockExplanation } from './arithmetic';
export { explainReceptiveField, type MergeChoice, type RfExplanation, type RfStep } from './receptiveFieldSteps';

/** The arithmetic of one block, or null when its shape is unknown (an error here or upstream). */
export function explainBlock(graph: Graph, analysis: Analysis, id: string): BlockExplanation | null {
  const node = graph.nodes.find((n) => n.id === id);
  const a = analysis.nodes[id];
  const def = node && getBlock(node.kind);
  if (!node || !a?.outputShape || !def) return null;
  const explain = EXPLAINERS[node.kind as BlockKind];
  return explain(withDefaults(def.params, node.params), a.inputShapes, a.outputShape);
}
