/** The document at an earlier revision, from the undo history: as opened, as saved. */
import { describe, expect, it } from 'vitest';
import { EditorStore, graphAtRevision, openedRevision, replaceGraph, setParam } from '../../../src/graph/editing/index';
import { getTemplate } from '../../../src/graph/templates/index';

describe('graphAtRevision', () => {
  it('undoes the edits after a revision without touching the store; "as opened" stops at the last replaced network', () => {
    const store = new EditorStore();
    const lenet = getTemplate('lenet5')!.build();
    store.run(replaceGraph, { graph: getTemplate('alexnet')!.build() });
    store.run(replaceGraph, { graph: lenet });
    store.run(setParam, { nodeId: 'c1', param: 'filters', value: 12 });
    store.markSaved('x.layerloom.json');
    const saved = store.getState().savedRevision;
    store.run(setParam, { nodeId: 'f6', param: 'units', value: 42 });
    const { graph, history } = store.getState();
    const opened = graphAtRevision(graph, history, openedRevision(history, replaceGraph.id));
    expect(opened.nodes.find((n) => n.id === 'c1')!.params.filters).toBe(6);
    expect(opened.nodes.find((n) => n.id === 'f6')!.params.units).toBe(84);
    expect(opened.nodes.length).toBe(lenet.nodes.length);
    const asSaved = graphAtRevision(graph, history, saved);
    expect(asSaved.nodes.find((n) => n.id === 'c1')!.params.filters).toBe(12);
    expect(asSaved.nodes.find((n) => n.id === 'f6')!.params.units).toBe(84);
    expect(graphAtRevision(graph, history, 0).nodes.length).toBe(0);
    expect(store.getState().graph).toBe(graph);
  });
});
