/** Adjacency of a network document, computed once per analysis. */
import type { Graph, GraphEdge, GraphNode } from './types';

export interface GraphIndex {
  readonly nodes: ReadonlyMap<string, GraphNode>;
  /** Incoming edges of each node, in document order (merge inputs keep this order). */
  readonly incoming: ReadonlyMap<string, readonly GraphEdge[]>;
  readonly outgoing: ReadonlyMap<string, readonly GraphEdge[]>;
  /** Edges whose source or target is not a node. */
  readonly dangling: readonly GraphEdge[];
  readonly duplicateIds: readonly string[];
}

export function indexGraph(graph: Graph): GraphIndex {
  const nodes = new Map<string, GraphNode>();
  const duplicateIds: string[] = [];
  for (const n of graph.nodes) {
    if (nodes.has(n.id)) duplicateIds.push(n.id);
    else nodes.set(n.id, n);
  }
  const incoming = new Map<string, GraphEdge[]>();
  const outgoing = new Map<string, GraphEdge[]>();
  for (const id of nodes.keys()) {
    incoming.set(id, []);
    outgoing.set(id, []);
  }
  const dangling: GraphEdge[] = [];
  for (const e of graph.edges) {
    const into = incoming.get(e.target);
    const out = outgoing.get(e.source);
    if (!into || !out) {
      dangling.push(e);
      continue;
    }
    into.push(e);
    out.push(e);
  }
  return { nodes, incoming, outgoing, dangling, duplicateIds };
}

/**
 * Kahn's algorithm: the nodes in a topological order, and the ones left over (on or behind a cycle).
 */
export function topologicalOrder(index: GraphIndex): { order: string[]; blocked: string[] } {
  const indegree = new Map<string, number>();
  for (const [id, edges] of index.incoming) indegree.set(id, edges.length);
  const queue: string[] = [];
  for (const [id, d] of indegree) if (d === 0) queue.push(id);
  const order: string[] = [];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i];
    order.push(id);
    for (const e of index.outgoing.get(id)!) {
      const d = indegree.get(e.target)! - 1;
      indegree.set(e.target, d);
      if (d === 0) queue.push(e.target);
    }
  }
  const blocked = [...index.nodes.keys()].filter((id) => indegree.get(id)! > 0);
  return { order, blocked };
}

/** Ids of nodes that lie on a cycle (strongly connected components with a loop), by Tarjan's algorithm. */
export function nodesOnCycles(index: GraphIndex, candidates: readonly string[]): Set<string> {
  const within = new Set(candidates);
  const onCycle = new Set<string>();
  const low = new Map<string, number>();
  const num = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  let counter = 0;
  // Iterative Tarjan, so that long chains never overflow the call stack.
  for (const root of candidates) {
    if (num.has(root)) continue;
    const work: { id: string; edge: number }[] = [{ id: root, edge: 0 }];
    num.set(root, counter); low.set(root, counter++); stack.push(root); onStack.add(root);
    while (work.length) {
      const frame = work[work.length - 1];
      const edges = index.outgoing.get(frame.id)!.filter((e) => within.has(e.target));
      if (frame.edge < edges.length) {
        const next = edges[frame.edge++].target;
        if (!num.has(next)) {
          num.set(next, counter); low.set(next, counter++); stack.push(next); onStack.add(next);
          work.push({ id: next, edge: 0 });
        } else if (onStack.has(next)) {
          low.set(frame.id, Math.min(low.get(frame.id)!, num.get(next)!));
        }
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1].id;
        low.set(parent, Math.min(low.get(parent)!, low.get(frame.id)!));
      }
      if (low.get(frame.id) === num.get(frame.id)) {
        const component: string[] = [];
        let id: string;
        do {
          id = stack.pop()!;
          onStack.delete(id);
          component.push(id);
        } while (id !== frame.id);
        const selfLoop = index.outgoing.get(frame.id)!.some((e) => e.target === frame.id);
        if (component.length > 1 || selfLoop) component.forEach((c) => onCycle.add(c));
      }
    }
  }
  return onCycle;
}

/** Every node reachable from `starts` following edges forwards (or backwards). */
export function reachable(index: GraphIndex, starts: readonly string[], direction: 'forward' | 'backward'): Set<string> {
  const seen = new Set<string>(starts);
  const queue = [...starts];
  while (queue.length) {
    const id = queue.pop()!;
    const edges = direction === 'forward' ? index.outgoing.get(id) : index.incoming.get(id);
    for (const e of edges ?? []) {
      const next = direction === 'forward' ? e.target : e.source;
      if (!seen.has(next) && index.nodes.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}
