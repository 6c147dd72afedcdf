/** Fresh ids for blocks and connections: readable (`conv2d_3`), valid tfjs layer names, never reused in a document. */
import type { Graph } from '../types';

export function idStem(kind: string): string {
  const stem = kind.replace(/([a-z])([A-Z])/g, '$1_$2').replace(/[^A-Za-z0-9_]/g, '_').toLowerCase();
  return /^[a-z_]/.test(stem) ? stem : `b_${stem}`;
}

/** `count` new node ids for `kind`, unused in the graph and in `taken`. */
export function newNodeId(graph: Graph, kind: string, taken: ReadonlySet<string> = new Set()): string {
  const stem = idStem(kind);
  const used = new Set(graph.nodes.map((n) => n.id));
  for (let i = 1; ; i++) {
    const id = `${stem}_${i}`;
    if (!used.has(id) && !taken.has(id)) return id;
  }
}

export function edgeId(source: string, target: string): string {
  return `${source}__${target}`;
}
