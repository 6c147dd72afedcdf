import { describe, expect, it } from 'vitest';
import { EditorStore, isDirty } from '../../src/graph/editing/index';
import { autosaveDue, autosaveMark, pickRecovery } from '../../renderer/files/autosavePolicy';

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

describe('pickRecovery', () => {
  const slots = [{ owner: 'b', open: true, name: 'newest, window B (open)' }, { owner: 'prev', open: true, name: 'this tab before its reload' },
    { owner: 'a', open: false, name: 'window A (closed)' }, { name: 'old single slot' }];

  it('the autosave of this tab\'s previous page first (a reload; its connection may not be closed yet)', () => {
    expect(pickRecovery(slots, 'prev')?.name).toBe('this tab before its reload');
  });

  it('never the work of a window still open; the newest of one that closed', () => {
    expect(pickRecovery(slots, null)?.name).toBe('window A (closed)');
    expect(pickRecovery([{ owner: 'b', open: true }], 'x')).toBeNull();
  });

  it('an autosave from before windows had slots counts as closed', () => {
    expect(pickRecovery([{ owner: 'b', open: true }, { name: 'legacy' }], null)).toEqual({ name: 'legacy' });
  });
});
