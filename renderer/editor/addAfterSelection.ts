/**
 * Double-clicking a palette block: insert it after the selected block (between it and its only
 * successor, moving the blocks below down), or into the selected connection, or at the view's centre.
 * One undo step; a connection the rules refuse is simply not made.
 */
import { canConnect } from '../../src/graph/connections';
import { addBlock, insertBlock, newNodeId, type EditorStore } from '../../src/graph/editing/index';
import type { Graph, Position } from '../../src/graph/types';

const ROW = 150;

function downstream(graph: Graph, start: string): string[] {
  const seen = new Set<string>([start]);
  const stack = [start];
  while (stack.length) {
    const id = stack.pop()!;
    for (const e of graph.edges) if (e.source === id && !seen.has(e.target)) { seen.add(e.target); stack.push(e.target); }
  }
  return [...seen];
}

/** Inserts a new block into a connection (dropped onto it): one undo step; refused when the rules say no. */
export function insertIntoEdge(store: EditorStore, kind: string, edgeId: string, position: Position): string | null {
  const { graph } = store.getState();
  const edge = graph.edges.find((e) => e.id === edgeId);
  if (!edge) return null;
  const id = newNodeId(graph, kind);
  const withNode: Graph = { ...graph, nodes: [...graph.nodes, { id, kind, params: {}, position }] };
  const rewired: Graph = { ...withNode, edges: withNode.edges.filter((e) => e.id !== edgeId) };
  if (!canConnect(rewired, edge.source, id).ok || !canConnect({ ...rewired, edges: [...rewired.edges, { id: 'trial', source: edge.source, target: id }] }, id, edge.target).ok) return null;
  const target = graph.nodes.find((n) => n.id === edge.target)!;
  const room = Math.max(0, position.y + ROW - target.position.y);
  const r = store.run(insertBlock, { id, kind, position, edgeId, ...(room > 0 ? { shift: { ids: downstream(graph, edge.target), dy: room } } : {}) });
  if (!r.ok) return null;
  store.select([id]);
  return id;
}

export function addAfterSelection(store: EditorStore, kind: string, fallback: Position): string | null {
  const { graph, selection } = store.getState();
  const id = newNodeId(graph, kind);
  const trial = (g: Graph, source: string, target?: string): boolean => {
    const withNode: Graph = { ...g, nodes: [...g.nodes, { id, kind, params: {}, position: { x: 0, y: 0 } }] };
    if (!canConnect(withNode, source, id).ok) return false;
    if (!target) return true;
    const rewired: Graph = { ...withNode, edges: [...withNode.edges.filter((e) => !(e.source === source && e.target === target)), { id: 'trial', source, target: id }] };
    return canConnect(rewired, id, target).ok;
  };

  const edgeSel = selection.nodes.size === 0 && selection.edges.size === 1 ? graph.edges.find((e) => selection.edges.has(e.id)) : undefined;
  const nodeSel = selection.nodes.size === 1 ? graph.nodes.find((n) => selection.nodes.has(n.id)) : undefined;
  let result;
  if (edgeSel) {
    const src = graph.nodes.find((n) => n.id === edgeSel.source)!;
    const ok = trial(graph, edgeSel.source, edgeSel.target);
    result = store.run(insertBlock, {
      id, kind, position: { x: src.position.x, y: src.position.y + ROW },
      ...(ok ? { edgeId: edgeSel.id, shift: { ids: downstream(graph, edgeSel.target), dy: ROW } } : {}),
    });
  } else if (nodeSel) {
    const outs = graph.edges.filter((e) => e.source === nodeSel.id);
    const position = { x: nodeSel.position.x, y: nodeSel.position.y + ROW };
    if (outs.length === 1 && trial(graph, nodeSel.id, outs[0].target)) {
      result = store.run(insertBlock, { id, kind, position, edgeId: outs[0].id, shift: { ids: downstream(graph, outs[0].target), dy: ROW } });
    } else {
      const free = outs.length === 0 && trial(graph, nodeSel.id);
      result = store.run(insertBlock, { id, kind, position: outs.length ? { x: position.x + 280, y: position.y } : position, ...(free ? { source: nodeSel.id } : {}) });
    }
  } else {
    result = store.run(addBlock, { id, kind, position: fallback });
  }
  if (!result.ok) return null;
  store.select([id]);
  return id;
}
