/** The document commands. Each is a value: id, label, shortcut, how it affects undo, and perform(draft, args). */
import type { Draft } from 'immer';
import { getBlock } from '../blocks/index';
import { canConnect } from '../connections';
import { text } from '../localized';
import { defaultParams } from '../params';
import type { Graph, GraphEdge, GraphNode, ParamValue, Position } from '../types';
import { defineCommand } from './command';
import { edgeId } from './ids';

export class CommandError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CommandError';
  }
}

function removeEdges(draft: Draft<Graph>, drop: (e: GraphEdge) => boolean): void {
  for (let i = draft.edges.length - 1; i >= 0; i--) if (drop(draft.edges[i] as GraphEdge)) draft.edges.splice(i, 1);
}

export const addBlock = defineCommand<{ id: string; kind: string; position: Position }>({
  id: 'block.add',
  label: text('Add block', '添加块'),
  history: 'record',
  perform(draft, { id, kind, position }) {
    const def = getBlock(kind);
    if (!def) throw new CommandError(`unknown block kind "${kind}"`);
    if (draft.nodes.some((n) => n.id === id)) throw new CommandError(`a block with id "${id}" already exists`);
    draft.nodes.push({ id, kind, params: defaultParams(def.params), position: { x: Math.round(position.x), y: Math.round(position.y) } });
  },
});

export const deleteElements = defineCommand<{ nodeIds: readonly string[]; edgeIds: readonly string[] }>({
  id: 'selection.delete',
  label: text('Delete', '删除'),
  shortcut: 'Delete',
  history: 'record',
  perform(draft, { nodeIds, edgeIds }) {
    const nodes = new Set(nodeIds);
    const edges = new Set(edgeIds);
    for (let i = draft.nodes.length - 1; i >= 0; i--) if (nodes.has(draft.nodes[i].id)) draft.nodes.splice(i, 1);
    removeEdges(draft, (e) => edges.has(e.id) || nodes.has(e.source) || nodes.has(e.target));
  },
});

/** Moves blocks; every call with the same `gesture` is one undo step (a drag). */
export const moveBlocks = defineCommand<{ positions: Readonly<Record<string, Position>>; gesture: string }>({
  id: 'block.move',
  label: text('Move', '移动'),
  history: 'coalesce',
  coalesceKey: ({ gesture }) => gesture,
  perform(draft, { positions }) {
    for (const node of draft.nodes) {
      const p = positions[node.id];
      if (!p) continue;
      const x = Math.round(p.x);
      const y = Math.round(p.y);
      if (node.position.x !== x || node.position.y !== y) node.position = { x, y };
    }
  },
});

export const connect = defineCommand<{ source: string; target: string }>({
  id: 'edge.connect',
  label: text('Connect', '连接'),
  history: 'record',
  perform(draft, { source, target }) {
    const check = canConnect(draft as Graph, source, target);
    if (!check.ok) throw new CommandError(check.reason.en);
    draft.edges.push({ id: edgeId(source, target), source, target });
  },
});

export const disconnect = defineCommand<{ edgeIds: readonly string[] }>({
  id: 'edge.disconnect',
  label: text('Disconnect', '断开连接'),
  history: 'record',
  perform(draft, { edgeIds }) {
    const ids = new Set(edgeIds);
    removeEdges(draft, (e) => ids.has(e.id));
  },
});

/** Sets one parameter; successive edits of the same field are one undo step. */
export const setParam = defineCommand<{ nodeId: string; param: string; value: ParamValue }>({
  id: 'block.setParam',
  label: text('Change setting', '修改参数'),
  history: 'coalesce',
  coalesceKey: ({ nodeId, param }) => `${nodeId}.${param}`,
  perform(draft, { nodeId, param, value }) {
    const node = draft.nodes.find((n) => n.id === nodeId);
    if (!node) throw new CommandError(`no block "${nodeId}"`);
    if (node.params[param] !== value) node.params[param] = value;
  },
});

export const setLabel = defineCommand<{ nodeId: string; label: string }>({
  id: 'block.setLabel',
  label: text('Rename block', '重命名块'),
  history: 'coalesce',
  coalesceKey: ({ nodeId }) => `${nodeId}.label`,
  perform(draft, { nodeId, label }) {
    const node = draft.nodes.find((n) => n.id === nodeId);
    if (!node) throw new CommandError(`no block "${nodeId}"`);
    const trimmed = label.trim();
    if (trimmed) node.label = trimmed.slice(0, 200);
    else delete node.label;
  },
});

/** Adds already-renamed blocks and connections (see clipboard.ts). */
export const pasteElements = defineCommand<{ nodes: readonly GraphNode[]; edges: readonly GraphEdge[] }>({
  id: 'clipboard.paste',
  label: text('Paste', '粘贴'),
  shortcut: 'Mod+V',
  history: 'record',
  perform(draft, { nodes, edges }) {
    const ids = new Set(draft.nodes.map((n) => n.id));
    for (const n of nodes) {
      if (ids.has(n.id)) throw new CommandError(`a block with id "${n.id}" already exists`);
      ids.add(n.id);
      draft.nodes.push(structuredClone(n) as Draft<GraphNode>);
    }
    for (const e of edges) if (ids.has(e.source) && ids.has(e.target)) draft.edges.push({ ...e });
  },
});

/** Replaces the whole network (a template, or a graph from elsewhere); undoable like any edit. */
export const replaceGraph = defineCommand<{ graph: Graph; label?: string }>({
  id: 'graph.replace',
  label: text('Open template', '打开模板'),
  history: 'record',
  perform(draft, { graph }) {
    draft.nodes = structuredClone(graph.nodes) as Draft<GraphNode>[];
    draft.edges = structuredClone(graph.edges) as Draft<GraphEdge>[];
  },
});

/** Sets many positions at once (auto-layout): one undo step. */
export const applyLayout = defineCommand<{ positions: Readonly<Record<string, Position>> }>({
  id: 'graph.autoLayout',
  label: text('Auto-layout', '自动布局'),
  shortcut: 'Mod+Shift+L',
  history: 'record',
  perform(draft, { positions }) {
    moveBlocks.perform(draft, { positions, gesture: '' });
  },
});

/**
 * Adds a block and wires it in one step: after `source`, and — when `edgeId` names the connection
 * source → target — between the two (that connection is replaced). `shift` moves the blocks below
 * down to make room.
 */
export const insertBlock = defineCommand<{
  id: string; kind: string; position: Position; source?: string; edgeId?: string;
  shift?: { readonly ids: readonly string[]; readonly dy: number };
}>({
  id: 'block.insert',
  label: text('Insert block', '插入块'),
  history: 'record',
  perform(draft, { id, kind, position, source, edgeId, shift }) {
    const edge = edgeId ? draft.edges.find((e) => e.id === edgeId) : undefined;
    if (edgeId && !edge) throw new CommandError(`no connection "${edgeId}"`);
    if (shift) {
      const ids = new Set(shift.ids);
      for (const n of draft.nodes) if (ids.has(n.id)) n.position = { x: n.position.x, y: n.position.y + shift.dy };
    }
    addBlock.perform(draft, { id, kind, position });
    const from = edge?.source ?? source;
    if (edge) removeEdges(draft, (e) => e.id === edge.id);
    if (from) connect.perform(draft, { source: from, target: id });
    if (edge) connect.perform(draft, { source: id, target: edge.target });
  },
});

export const COMMANDS = [insertBlock, addBlock, deleteElements, moveBlocks, connect, disconnect, setParam, setLabel, pasteElements, replaceGraph, applyLayout] as const;
