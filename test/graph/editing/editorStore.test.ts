import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/graph/analyze';
import {
  addBlock, applyLayout, connect, copySelection, createAnalysisCache, deleteElements, disconnect, EditorStore, isDirty,
  insertBlock, moveBlocks, newNodeId, pasteElements, preparePaste, replaceGraph, setParam,
} from '../../../src/graph/editing/index';
import { newProject } from '../../../src/graph/projectFile';
import type { Graph } from '../../../src/graph/types';

function lenetish(store: EditorStore): void {
  store.run(addBlock, { id: 'input_1', kind: 'Input', position: { x: 0, y: 0 } });
  store.run(addBlock, { id: 'conv2d_1', kind: 'Conv2D', position: { x: 0, y: 100 } });
  store.run(addBlock, { id: 'flatten_1', kind: 'Flatten', position: { x: 0, y: 200 } });
  store.run(addBlock, { id: 'output_1', kind: 'Output', position: { x: 0, y: 300 } });
  store.run(connect, { source: 'input_1', target: 'conv2d_1' });
  store.run(connect, { source: 'conv2d_1', target: 'flatten_1' });
  store.run(connect, { source: 'flatten_1', target: 'output_1' });
}

describe('EditorStore commands', () => {
  it('adds blocks with default params and connects them; the analysis is clean', () => {
    const store = new EditorStore();
    lenetish(store);
    const { graph } = store.getState();
    expect(graph.nodes.map((n) => n.id)).toEqual(['input_1', 'conv2d_1', 'flatten_1', 'output_1']);
    expect(graph.nodes[1].params.filters).toBe(32);
    expect(graph.edges).toHaveLength(3);
    expect(analyze(graph).ok).toBe(true);
  });

  it('undoes and redoes every step, back to the empty document', () => {
    const store = new EditorStore();
    lenetish(store);
    const full = store.getState().graph;
    for (let i = 0; i < 7; i++) expect(store.undo()).toBe(true);
    expect(store.undo()).toBe(false);
    expect(store.getState().graph).toEqual({ nodes: [], edges: [] });
    for (let i = 0; i < 7; i++) expect(store.redo()).toBe(true);
    expect(store.redo()).toBe(false);
    expect(store.getState().graph).toEqual(full);
  });

  it('refuses invalid connections (cycles, second input, after Output) without recording a step', () => {
    const store = new EditorStore();
    lenetish(store);
    const steps = store.getState().history.past.length;
    expect(store.run(connect, { source: 'flatten_1', target: 'conv2d_1' }).ok).toBe(false); // second input
    expect(store.run(connect, { source: 'output_1', target: 'flatten_1' }).ok).toBe(false); // after Output
    store.run(addBlock, { id: 'add_1', kind: 'Add', position: { x: 0, y: 0 } });
    store.run(connect, { source: 'conv2d_1', target: 'add_1' });
    expect(store.run(connect, { source: 'add_1', target: 'input_1' }).ok).toBe(false); // Input takes nothing
    expect(store.getState().history.past.length).toBe(steps + 2);
  });

  it('makes a whole drag one undo step', () => {
    const store = new EditorStore();
    lenetish(store);
    const before = store.getState().graph;
    for (let i = 1; i <= 20; i++) store.run(moveBlocks, { positions: { conv2d_1: { x: i * 5, y: 100 + i }, flatten_1: { x: i * 5, y: 200 } }, gesture: 'g1' });
    expect(store.getState().graph.nodes[1].position).toEqual({ x: 100, y: 120 });
    store.undo();
    expect(store.getState().graph).toEqual(before);
    store.redo();
    expect(store.getState().graph.nodes[2].position).toEqual({ x: 100, y: 200 });
    // A new gesture is a new step.
    store.run(moveBlocks, { positions: { conv2d_1: { x: 0, y: 0 } }, gesture: 'g2' });
    store.undo();
    expect(store.getState().graph.nodes[1].position).toEqual({ x: 100, y: 120 });
  });

  it('coalesces typing into one field but not across fields', () => {
    const store = new EditorStore();
    lenetish(store);
    for (const v of [1, 12, 120]) store.run(setParam, { nodeId: 'conv2d_1', param: 'filters', value: v });
    store.run(setParam, { nodeId: 'conv2d_1', param: 'kernel', value: 5 });
    store.undo();
    expect(store.getState().graph.nodes[1].params).toMatchObject({ filters: 120, kernel: 3 });
    store.undo();
    expect(store.getState().graph.nodes[1].params.filters).toBe(32);
  });

  it('breaking the network shows an error; undo removes it', () => {
    const store = new EditorStore();
    lenetish(store);
    store.run(deleteElements, { nodeIds: ['flatten_1'], edgeIds: [] });
    store.run(addBlock, { id: 'dense_1', kind: 'Dense', position: { x: 0, y: 200 } });
    store.run(connect, { source: 'conv2d_1', target: 'dense_1' });
    store.run(connect, { source: 'dense_1', target: 'output_1' });
    const broken = analyze(store.getState().graph);
    expect(broken.ok).toBe(false);
    expect(broken.nodes.dense_1.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    for (let i = 0; i < 4; i++) store.undo();
    expect(analyze(store.getState().graph).ok).toBe(true);
  });

  it('deletes blocks with their connections, and disconnects edges', () => {
    const store = new EditorStore();
    lenetish(store);
    store.run(disconnect, { edgeIds: ['flatten_1__output_1'] });
    expect(store.getState().graph.edges).toHaveLength(2);
    store.select(['conv2d_1']);
    store.run(deleteElements, { nodeIds: ['conv2d_1'], edgeIds: [] });
    expect(store.getState().graph.edges).toHaveLength(0);
    expect(store.getState().selection.nodes.size).toBe(0);
  });

  it('copies and pastes a piece with fresh ids and its inner connections', () => {
    const store = new EditorStore();
    lenetish(store);
    const payload = copySelection(store.getState().graph, new Set(['conv2d_1', 'flatten_1']))!;
    const prepared = preparePaste(store.getState().graph, payload, { x: 40, y: 40 });
    expect(prepared.nodes.map((n) => n.id)).toEqual(['conv2d_2', 'flatten_2']);
    expect(prepared.edges).toEqual([{ id: 'conv2d_2__flatten_2', source: 'conv2d_2', target: 'flatten_2' }]);
    store.run(pasteElements, prepared);
    expect(store.getState().graph.nodes).toHaveLength(6);
    expect(store.getState().graph.nodes[4].position).toEqual({ x: 40, y: 140 });
    store.undo();
    expect(store.getState().graph.nodes).toHaveLength(4);
  });

  it('replaces the graph (template) and lays it out as single undo steps', () => {
    const store = new EditorStore();
    lenetish(store);
    const other: Graph = { nodes: [{ id: 'input_1', kind: 'Input', params: { height: 32, width: 32, channels: 3 }, position: { x: 5, y: 5 } }], edges: [] };
    store.run(replaceGraph, { graph: other });
    expect(store.getState().graph).toEqual(other);
    store.run(applyLayout, { positions: { input_1: { x: 100, y: 100 } } });
    store.undo();
    expect(store.getState().graph).toEqual(other);
    store.undo();
    expect(store.getState().graph.nodes).toHaveLength(4);
  });

  it('tracks dirtiness against the saved revision', () => {
    const store = new EditorStore(newProject({ nodes: [], edges: [] }));
    expect(isDirty(store.getState())).toBe(false);
    lenetish(store);
    expect(isDirty(store.getState())).toBe(true);
    store.markSaved('/tmp/x.layerloom.json');
    expect(isDirty(store.getState())).toBe(false);
    store.run(setParam, { nodeId: 'conv2d_1', param: 'filters', value: 8 });
    store.run(setParam, { nodeId: 'conv2d_1', param: 'filters', value: 16 });
    expect(isDirty(store.getState())).toBe(true);
    store.undo();
    expect(isDirty(store.getState())).toBe(false);
  });

  it('picks readable unused ids', () => {
    const store = new EditorStore();
    lenetish(store);
    expect(newNodeId(store.getState().graph, 'Conv2D')).toBe('conv2d_2');
    expect(newNodeId(store.getState().graph, 'GlobalAveragePool')).toBe('global_average_pool_1');
  });

  it('re-uses the analysis when only positions change', () => {
    const store = new EditorStore();
    lenetish(store);
    const cached = createAnalysisCache();
    const a = cached(store.getState().graph);
    store.run(moveBlocks, { positions: { conv2d_1: { x: 50, y: 50 } }, gesture: 'g' });
    expect(cached(store.getState().graph)).toBe(a);
    store.run(setParam, { nodeId: 'conv2d_1', param: 'filters', value: 4 });
    expect(cached(store.getState().graph)).not.toBe(a);
  });
});

describe('insertBlock', () => {
  it('inserts between two blocks in one undo step, moving the blocks below', () => {
    const store = new EditorStore();
    lenetish(store);
    const before = store.getState().graph;
    store.run(insertBlock, {
      id: 'batch_norm_1', kind: 'BatchNorm', position: { x: 0, y: 150 }, edgeId: 'conv2d_1__flatten_1',
      shift: { ids: ['flatten_1', 'output_1'], dy: 150 },
    });
    const g = store.getState().graph;
    expect(g.edges.map((e) => e.id).sort()).toEqual(['batch_norm_1__flatten_1', 'conv2d_1__batch_norm_1', 'flatten_1__output_1', 'input_1__conv2d_1']);
    expect(g.nodes.find((n) => n.id === 'output_1')!.position.y).toBe(450);
    expect(analyze(g).ok).toBe(true);
    store.undo();
    expect(store.getState().graph).toEqual(before);
  });
});
