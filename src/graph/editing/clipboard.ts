/** Copy and paste of blocks: the copied piece keeps its inner connections; pasted blocks get fresh ids. */
import type { Graph, GraphEdge, GraphNode } from '../types';
import { edgeId, newNodeId } from './ids';

export const CLIPBOARD_FORMAT = 'layerloom/clipboard';

export interface ClipboardPayload {
  readonly format: typeof CLIPBOARD_FORMAT;
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}

export function copySelection(graph: Graph, nodeIds: ReadonlySet<string>): ClipboardPayload | null {
  const nodes = graph.nodes.filter((n) => nodeIds.has(n.id));
  if (!nodes.length) return null;
  const edges = graph.edges.filter((e) => nodeIds.has(e.source) && nodeIds.has(e.target));
  return { format: CLIPBOARD_FORMAT, nodes, edges };
}

export function parseClipboard(textValue: string): ClipboardPayload | null {
  try {
    const value = JSON.parse(textValue) as Partial<ClipboardPayload>;
    if (value.format !== CLIPBOARD_FORMAT || !Array.isArray(value.nodes) || !Array.isArray(value.edges)) return null;
    return value as ClipboardPayload;
  } catch {
    return null;
  }
}

/** The payload renamed to ids free in `graph` and shifted by `offset`, ready for pasteElements. */
export function preparePaste(graph: Graph, payload: ClipboardPayload, offset: { x: number; y: number }): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const rename = new Map<string, string>();
  const taken = new Set<string>();
  const nodes = payload.nodes.map((n) => {
    const id = newNodeId(graph, n.kind, taken);
    taken.add(id);
    rename.set(n.id, id);
    return { ...n, id, position: { x: n.position.x + offset.x, y: n.position.y + offset.y } };
  });
  const edges = payload.edges
    .filter((e) => rename.has(e.source) && rename.has(e.target))
    .map((e) => {
      const source = rename.get(e.source)!;
      const target = rename.get(e.target)!;
      return { id: edgeId(source, target), source, target };
    });
  return { nodes, edges };
}
