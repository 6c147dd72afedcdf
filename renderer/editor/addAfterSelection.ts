/** Adds a block below the selected one and connects it when the rules allow: quick building without dragging. */
import { canConnect } from '../../src/graph/connections';
import { addBlock, connect, newNodeId, type EditorStore } from '../../src/graph/editing/index';
import type { Position } from '../../src/graph/types';

export function addAfterSelection(store: EditorStore, kind: string, fallback: Position): string | null {
  const { graph, selection } = store.getState();
  const selectedId = selection.nodes.size === 1 ? [...selection.nodes][0] : null;
  const after = selectedId ? graph.nodes.find((n) => n.id === selectedId) : undefined;
  const id = newNodeId(graph, kind);
  const position = after ? { x: after.position.x, y: after.position.y + 150 } : fallback;
  if (!store.run(addBlock, { id, kind, position }).ok) return null;
  if (after && canConnect(store.getState().graph, after.id, id).ok) store.run(connect, { source: after.id, target: id });
  store.select([id]);
  return id;
}
