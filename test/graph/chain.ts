/** Test helper: a straight chain of blocks, ids b0, b1, …, edges e1, e2, … */
import type { Graph, GraphEdge, GraphNode, Params } from '../../src/graph/types';

export function chain(...blocks: [kind: string, params?: Params][]): Graph {
  const nodes: GraphNode[] = blocks.map(([kind, params], i) => ({ id: `b${i}`, kind, params: params ?? {}, position: { x: 0, y: i * 100 } }));
  const edges: GraphEdge[] = nodes.slice(1).map((n, i) => ({ id: `e${i + 1}`, source: nodes[i].id, target: n.id }));
  return { nodes, edges };
}

export function withEdge(graph: Graph, source: string, target: string): Graph {
  return { ...graph, edges: [...graph.edges, { id: `x_${source}_${target}`, source, target }] };
}

export function withNode(graph: Graph, id: string, kind: string, params: Params = {}): Graph {
  return { ...graph, nodes: [...graph.nodes, { id, kind, params, position: { x: 0, y: 0 } }] };
}
