/**
 * A lesson's edits (the changes made when it opens, and its worked solution) applied to a network
 * document. Pure: a new graph each time; an edit that names a missing block throws a LessonEditError
 * that says which block and which edit.
 */
import { getBlock } from '../blocks/index';
import { defaultParams } from '../params';
import type { Graph, GraphEdge, GraphNode } from '../types';
import type { LessonEdit } from './lessonSchema';

export class LessonEditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LessonEditError';
  }
}

const edgeOf = (source: string, target: string): GraphEdge => ({ id: `${source}__${target}`, source, target });

function find(graph: Graph, id: string, what: string): GraphNode {
  const node = graph.nodes.find((n) => n.id === id);
  if (!node) {
    throw new LessonEditError(`${what}: no block "${id}" (blocks: ${graph.nodes.map((n) => n.id).join(', ')})`);
  }
  return node;
}

/** Applies one edit. `where` names it in errors (e.g. "solution[2]"). */
export function applyLessonEdit(graph: Graph, edit: LessonEdit, where = 'edit'): Graph {
  if (edit.set) {
    const { block, param, value } = edit.set;
    const node = find(graph, block, `${where}.set.block`);
    const def = getBlock(node.kind);
    if (def && !Object.prototype.hasOwnProperty.call(def.params, param)) {
      throw new LessonEditError(`${where}.set.param: ${node.kind} has no setting "${param}" (settings: ${Object.keys(def.params).join(', ') || 'none'})`);
    }
    return { ...graph, nodes: graph.nodes.map((n) => (n.id === block ? { ...n, params: { ...n.params, [param]: value } } : n)) };
  }
  if (edit.insertAfter) {
    const { block, id, kind, params } = edit.insertAfter;
    const before = find(graph, block, `${where}.insertAfter.block`);
    const def = getBlock(kind);
    if (!def) throw new LessonEditError(`${where}.insertAfter.kind: unknown block kind "${kind}"`);
    if (graph.nodes.some((n) => n.id === id)) throw new LessonEditError(`${where}.insertAfter.id: a block "${id}" already exists`);
    const node: GraphNode = { id, kind, params: { ...defaultParams(def.params), ...params }, position: { x: before.position.x, y: before.position.y + 130 } };
    const edges = graph.edges.map((e) => (e.source === block ? edgeOf(id, e.target) : e));
    return { nodes: [...graph.nodes, node], edges: [...edges, edgeOf(block, id)] };
  }
  if (edit.remove) {
    const { block } = edit.remove;
    find(graph, block, `${where}.remove.block`);
    const inputs = graph.edges.filter((e) => e.target === block).map((e) => e.source);
    const outputs = graph.edges.filter((e) => e.source === block).map((e) => e.target);
    const kept = graph.edges.filter((e) => e.source !== block && e.target !== block);
    const bridged = inputs.length === 1 ? outputs.map((t) => edgeOf(inputs[0], t)).filter((b) => !kept.some((e) => e.id === b.id)) : [];
    return { nodes: graph.nodes.filter((n) => n.id !== block), edges: [...kept, ...bridged] };
  }
  if (edit.connect) {
    const { from, to } = edit.connect;
    find(graph, from, `${where}.connect.from`);
    find(graph, to, `${where}.connect.to`);
    if (graph.edges.some((e) => e.source === from && e.target === to)) throw new LessonEditError(`${where}.connect: "${from}" already feeds "${to}"`);
    return { ...graph, edges: [...graph.edges, edgeOf(from, to)] };
  }
  if (edit.disconnect) {
    const { from, to } = edit.disconnect;
    if (!graph.edges.some((e) => e.source === from && e.target === to)) throw new LessonEditError(`${where}.disconnect: "${from}" does not feed "${to}"`);
    return { ...graph, edges: graph.edges.filter((e) => !(e.source === from && e.target === to)) };
  }
  throw new LessonEditError(`${where}: an edit is one of set, insertAfter, remove, connect, disconnect`);
}

export function applyLessonEdits(graph: Graph, edits: readonly LessonEdit[], where: string): Graph {
  return edits.reduce((g, e, i) => applyLessonEdit(g, e, `${where}[${i}]`), graph);
}

/** Ids of the blocks the edits create (a check may name them although the opened network lacks them). */
export function createdIds(edits: readonly LessonEdit[]): string[] {
  return edits.flatMap((e) => (e.insertAfter ? [e.insertAfter.id] : []));
}
