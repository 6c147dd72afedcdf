/**
 * A problem's one-click fix (a FixAction from analysis) as one undoable edit. New blocks go where the
 * flow puts them: a block inserted on a connection takes its target's place and the blocks after it move
 * on by one step; an added Input or Output sits one step before or after its neighbour.
 */
import type { FixAction } from '../analysisTypes';
import { flowDirectionOf, LAYER_GAP, NODE_HEIGHT, NODE_WIDTH } from '../layout';
import { text } from '../localized';
import type { Graph, Position } from '../types';
import { defineCommand } from './command';
import { addBlock, CommandError, connect, deleteElements } from './commands';
import { newNodeId } from './ids';

/** Everything downstream of `start` (itself included). */
function downstream(graph: Graph, start: string): Set<string> {
  const seen = new Set([start]);
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    for (const e of graph.edges) if (e.source === queue[i] && !seen.has(e.target)) { seen.add(e.target); queue.push(e.target); }
  }
  return seen;
}

export const applyFix = defineCommand<FixAction>({
  id: 'problem.applyFix',
  label: text('Apply fix', '应用修复'),
  history: 'record',
  perform(draft, action) {
    const graph = draft as Graph;
    const find = (id: string) => {
      const node = draft.nodes.find((n) => n.id === id);
      if (!node) throw new CommandError(`no block "${id}"`);
      return node;
    };
    const down = flowDirectionOf(graph) === 'down';
    const step: Position = down ? { x: 0, y: NODE_HEIGHT + LAYER_GAP } : { x: NODE_WIDTH + LAYER_GAP, y: 0 };
    const at = (p: Position, k: number): Position => ({ x: p.x + k * step.x, y: p.y + k * step.y });
    switch (action.kind) {
      case 'setParams': {
        const node = find(action.nodeId);
        for (const [k, v] of Object.entries(action.params)) node.params[k] = v;
        return;
      }
      case 'deleteEdges':
        deleteElements.perform(draft, { nodeIds: [], edgeIds: action.edgeIds });
        return;
      case 'deleteBlocks':
        deleteElements.perform(draft, { nodeIds: action.nodeIds, edgeIds: [] });
        return;
      case 'insertBefore': {
        const target = find(action.nodeId);
        const edge = draft.edges.find((e) => e.id === action.edgeId && e.target === action.nodeId);
        if (!edge) throw new CommandError(`no connection "${action.edgeId}" into "${action.nodeId}"`);
        const source = edge.source;
        const place = { ...target.position };
        const moving = downstream(graph, target.id);
        for (const n of draft.nodes) if (moving.has(n.id)) n.position = at(n.position, 1);
        const id = newNodeId(graph, action.block);
        addBlock.perform(draft, { id, kind: action.block, position: place });
        deleteElements.perform(draft, { nodeIds: [], edgeIds: [edge.id] });
        connect.perform(draft, { source, target: id });
        connect.perform(draft, { source: id, target: target.id });
        return;
      }
      case 'connect':
        connect.perform(draft, { source: action.source, target: action.target });
        return;
      case 'addBlock': {
        const id = newNodeId(graph, action.block);
        const neighbour = find((action.after ?? action.before)!);
        addBlock.perform(draft, { id, kind: action.block, position: at(neighbour.position, action.after ? 1 : -1) });
        if (action.after) connect.perform(draft, { source: action.after, target: id });
        if (action.before) connect.perform(draft, { source: id, target: action.before });
        return;
      }
    }
  },
});
