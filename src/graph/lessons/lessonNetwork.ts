/** The network a lesson opens: a template (resized, edited) or a network written out block by block, laid out. */
import { layoutGraph } from '../layout';
import { getTemplate, TEMPLATES } from '../templates/index';
import type { Graph, GraphEdge, GraphNode } from '../types';
import { applyLessonEdits, LessonEditError } from './lessonEdits';
import type { LessonEdit, LessonNetwork } from './lessonSchema';

const STRUCTURAL: readonly (keyof LessonEdit)[] = ['insertAfter', 'remove', 'connect', 'disconnect'];

/** True when the edits add, remove or rewire blocks (the network is laid out again after them). */
export function changesStructure(edits: readonly LessonEdit[]): boolean {
  return edits.some((e) => STRUCTURAL.some((k) => e[k] !== undefined));
}

function inlineGraph(blocks: NonNullable<LessonNetwork['blocks']>): Graph {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const ids = new Set<string>();
  blocks.forEach((b, i) => {
    if (ids.has(b.id)) throw new LessonEditError(`network.blocks[${i}].id: "${b.id}" is used by an earlier block`);
    const from = b.from ?? (i === 0 ? [] : [blocks[i - 1].id]);
    from.forEach((src, j) => {
      if (!ids.has(src)) throw new LessonEditError(`network.blocks[${i}].from[${j}]: no earlier block "${src}" (a block is fed by blocks listed before it)`);
      edges.push({ id: `${src}__${b.id}`, source: src, target: b.id });
    });
    ids.add(b.id);
    nodes.push({ id: b.id, kind: b.kind, params: { ...b.params }, position: { x: 0, y: 0 }, ...(b.label ? { label: b.label } : {}) });
  });
  return { nodes, edges };
}

/** Builds the lesson's starting network. Throws LessonEditError naming the field at fault. */
export function buildLessonNetwork(network: LessonNetwork): Graph {
  let graph: Graph;
  if (network.template) {
    const t = getTemplate(network.template);
    if (!t) throw new LessonEditError(`network.template: unknown template "${network.template}" (templates: ${TEMPLATES.map((x) => x.name).join(', ')})`);
    graph = t.build({ input: network.input, classes: network.classes });
  } else {
    graph = layoutGraph(inlineGraph(network.blocks ?? []));
  }
  const edits = network.edits ?? [];
  if (!edits.length) return graph;
  const edited = applyLessonEdits(graph, edits, 'network.edits');
  return changesStructure(edits) ? layoutGraph(edited) : edited;
}

/** The network after a lesson's solution (or any edits), laid out again when blocks were added or rewired. */
export function applySolution(graph: Graph, edits: readonly LessonEdit[], where = 'solution'): Graph {
  const edited = applyLessonEdits(graph, edits, where);
  return changesStructure(edits) ? layoutGraph(edited) : edited;
}
