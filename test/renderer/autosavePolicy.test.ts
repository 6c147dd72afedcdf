import { describe, expect, it } from 'vitest';
import { EditorStore, isDirty } from '../../src/graph/editing/index';
import { autosaveDue, autosaveMark } from '../../renderer/files/autosaveDue';

describe('autosaveDue', () => {
  const mark = (store: EditorStore) => autosaveMark(store.getState(), isDirty(store.getState()));

  it('writes again after a change of the training settings alone (the graph is the same object)', () => {
    const store = new EditorStore();
    const first = mark(store);
    expect(autosaveDue(null, first)).toBe(true);
    expect(autosaveDue(first, mark(store))).toBe(false);
    expect(store.updateTraining({ data: '/some/folder' }).ok).toBe(true);
    const afterFolder = mark(store);
    expect(afterFolder.graph).toBe(first.graph);
    expect(autosaveDue(first, afterFolder)).toBe(true);
    store.updateTraining({ data: 'mnist' });
    expect(autosaveDue(afterFolder, mark(store))).toBe(true);
  });

  it('writes again after a rename', () => {
    const store = new EditorStore();
    const first = mark(store);
    store.rename('Mine');
    expect(autosaveDue(first, mark(store))).toBe(true);
  });
});
