import { describe, expect, it } from 'vitest';
import {
  addBlock, checkDataFit, connect, EditorStore, fitToData, isDirty, setParam,
} from '../../../src/graph/editing/index';
import { text } from '../../../src/graph/localized';

function inputOutput(store: EditorStore): void {
  store.run(addBlock, { id: 'input_1', kind: 'Input', position: { x: 0, y: 0 } });
  store.run(addBlock, { id: 'flatten_1', kind: 'Flatten', position: { x: 0, y: 100 } });
  store.run(addBlock, { id: 'output_1', kind: 'Output', position: { x: 0, y: 200 } });
  store.run(connect, { source: 'input_1', target: 'flatten_1' });
  store.run(connect, { source: 'flatten_1', target: 'output_1' });
}

const TRAINING = text('A training run is using this network', '训练正在使用此网络');

describe('read-only lock while training', () => {
  it('refuses commands, undo, redo and training-setting changes with the reason, then allows them again', () => {
    const store = new EditorStore();
    inputOutput(store);
    const graph = store.getState().graph;
    store.lock(TRAINING);
    expect(store.getState().readOnly).toEqual(TRAINING);
    const r = store.run(setParam, { nodeId: 'input_1', param: 'height', value: 32 });
    expect(r).toEqual({ ok: false, error: TRAINING.en });
    expect(store.undo()).toBe(false);
    expect(store.updateTraining({ epochs: 3 })).toEqual({ ok: false, error: TRAINING.en });
    expect(store.getState().graph).toBe(graph);
    // Selection still works (click a block to see its feature maps).
    store.select(['input_1']);
    expect([...store.getState().selection.nodes]).toEqual(['input_1']);
    store.unlock();
    expect(store.getState().readOnly).toBeNull();
    expect(store.run(setParam, { nodeId: 'input_1', param: 'height', value: 32 }).ok).toBe(true);
    expect(store.undo()).toBe(true);
    expect(store.getState().graph.nodes[0].params.height).toBe(28);
  });

  it('tells listeners only when the lock changes (the canvas re-renders on every notification)', () => {
    const store = new EditorStore();
    let calls = 0;
    store.subscribe(() => { calls += 1; });
    store.lock(TRAINING);
    store.lock({ ...TRAINING });
    expect(calls).toBe(1);
    store.unlock();
    store.unlock();
    expect(calls).toBe(2);
  });
});

describe('training settings in the document', () => {
  it('updates, validates with the field named, and marks the document unsaved until saved', () => {
    const store = new EditorStore();
    expect(isDirty(store.getState())).toBe(false);
    expect(store.updateTraining({ epochs: 3, optimizer: 'sgd', augment: { flip: true, crop: false, brightness: false } })).toEqual({ ok: true, changed: true });
    expect(store.getState().project.training).toMatchObject({ epochs: 3, optimizer: 'sgd', augment: { flip: true } });
    expect(isDirty(store.getState())).toBe(true);
    expect(store.toProject().training.epochs).toBe(3);
    store.markSaved('/tmp/x.layerloom.json');
    expect(isDirty(store.getState())).toBe(false);
    expect(store.updateTraining({ epochs: 3 })).toEqual({ ok: true, changed: false });
    const bad = store.updateTraining({ learningRate: -1 });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toMatch(/^training\.learningRate: /);
    expect(store.getState().project.training.learningRate).toBe(0.003);
  });
});

describe('fitting the model to the data', () => {
  it('names each mismatch and fixes both blocks in one undoable step', () => {
    const store = new EditorStore();
    inputOutput(store);
    const fit = checkDataFit(store.getState().graph, { input: [32, 32, 3], classes: 4 });
    expect(fit.mismatches.map((m) => [m.what, m.model, m.data])).toEqual([['input', '28×28×1', '32×32×3'], ['classes', '10', '4']]);
    expect(fit.mismatches[0].message.en).toContain('28×28×1');
    expect(fit.missing).toEqual([]);
    const before = store.getState().history.past.length;
    expect(store.run(fitToData, fit.fix!).ok).toBe(true);
    expect(store.getState().history.past.length).toBe(before + 1);
    const [input, , output] = store.getState().graph.nodes;
    expect(input.params).toMatchObject({ height: 32, width: 32, channels: 3 });
    expect(output.params.classes).toBe(4);
    expect(checkDataFit(store.getState().graph, { input: [32, 32, 3], classes: 4 })).toEqual({ mismatches: [], fix: null, missing: [] });
    store.undo();
    expect(store.getState().graph.nodes[0].params).toMatchObject({ height: 28, width: 28, channels: 1 });
    expect(store.getState().graph.nodes[2].params.classes).toBe(10);
  });

  it('says which block is missing, and refuses to fix a block that is not there', () => {
    const store = new EditorStore();
    store.run(addBlock, { id: 'input_1', kind: 'Input', position: { x: 0, y: 0 } });
    expect(checkDataFit(store.getState().graph, { input: [28, 28, 1], classes: 10 }).missing).toEqual(['Output']);
    const r = store.run(fitToData, { output: { blockId: 'output_9', classes: 3 } });
    expect(r).toEqual({ ok: false, error: 'no Output block "output_9"' });
  });
});
