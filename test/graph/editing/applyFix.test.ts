/** One-click fixes: every problem analysis offers an action for is gone after applying it, in one undo step. */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/graph/analysisTypes';
import { analyze } from '../../../src/graph/analyze';
import { applyFix, EditorStore } from '../../../src/graph/editing/index';
import { newProject } from '../../../src/graph/projectFile';
import { GraphBuilder } from '../../../src/graph/templates/graphBuilder';
import type { Graph } from '../../../src/graph/types';
import { chain, withEdge, withNode } from '../chain';

const storeFor = (graph: Graph) => new EditorStore(newProject(graph));
const withAction = (g: Graph) => analyze(g).diagnostics.filter((d) => d.action);
const same = (a: Diagnostic, b: Diagnostic) => a.code === b.code && a.nodeId === b.nodeId && a.edgeId === b.edgeId && a.message.en === b.message.en;

/** A ResNet basic block that downsamples, with a hand-made 1×1 shortcut convolution of the wrong stride. */
function handMadeShortcut(): Graph {
  const b = new GraphBuilder();
  b.add('input', 'Input', { height: 16, width: 16, channels: 3 });
  b.add('stem', 'Conv2D', { filters: 128, kernel: 3, activation: 'relu' });
  b.add('c1', 'Conv2D', { filters: 128, kernel: 3, stride: 2, padding: 'same', activation: 'relu' });
  b.add('c2', 'Conv2D', { filters: 128, kernel: 3, padding: 'same', activation: 'linear' });
  b.add('sc', 'Conv2D', { filters: 128, kernel: 1, stride: 1, padding: 'valid', activation: 'linear', bias: false }, 'stem');
  b.add('add', 'Add', {}, ['c2', 'sc']);
  b.add('gap', 'GlobalAveragePool');
  b.add('output', 'Output', { classes: 10 });
  return b.build();
}

const broken: Record<string, () => Graph> = {
  'Dense after a convolution (insert Flatten)': () => chain(['Input', { height: 8, width: 8, channels: 1 }], ['Conv2D'], ['Dense'], ['Output']),
  'no Input block': () => chain(['Conv2D'], ['Flatten'], ['Output']),
  'no Output block': () => chain(['Input', { height: 8, width: 8, channels: 1 }], ['Flatten'], ['Dense']),
  'a dangling connection': () => withEdge(chain(['Input'], ['Flatten'], ['Output']), 'b1', 'gone'),
  'a loop': () => withEdge(chain(['Input'], ['Dense'], ['Dense'], ['Output']), 'b2', 'b1'),
  'too many inputs': () => withEdge(chain(['Input'], ['Flatten'], ['Dense'], ['Output']), 'b1', 'b3'),
  'a setting out of range': () => chain(['Input'], ['Conv2D', { filters: 0 }], ['Flatten'], ['Output']),
  'projection "none" with different shapes': () => {
    const g = handMadeShortcut();
    return { ...g, nodes: g.nodes.map((n) => (n.id === 'add' ? { ...n, params: { projection: 'none' } } : n)) };
  },
  'stride with dilation': () => chain(['Input'], ['Conv2D', { stride: 2, dilation: 2 }], ['Flatten'], ['Output']),
  'a window larger than the image': () => chain(['Input', { height: 4, width: 4, channels: 1 }], ['MaxPool2D', { pool: 6 }], ['Flatten'], ['Output']),
  'a second Output block': () => withEdge(withNode(chain(['Input'], ['Flatten'], ['Output']), 'out2', 'Output'), 'b1', 'out2'),
  'a block leading nowhere': () => withEdge(withNode(chain(['Input'], ['Flatten'], ['Output']), 'extra', 'Dense'), 'b1', 'extra'),
  'an automatic projection on a hand-made one': handMadeShortcut,
  'a block nobody feeds (the one open output is connected to it)': () => {
    const g = chain(['Input', { height: 8, width: 8, channels: 1 }], ['Conv2D'], ['Flatten'], ['Dense'], ['Output']);
    return { ...g, edges: g.edges.filter((e) => e.target !== 'b3') };
  },
};

describe('applyFix', () => {
  it.each(Object.entries(broken))('%s: the problem is offered a fix, applying it removes it, undo brings it back', (_name, make) => {
    const g = make();
    const offered = withAction(g);
    expect(offered.length).toBeGreaterThan(0);
    const store = storeFor(g);
    const d = offered[0];
    expect(store.run(applyFix, d.action!)).toEqual({ ok: true, changed: true });
    const after = analyze(store.getState().graph);
    expect(after.diagnostics.some((x) => same(x, d))).toBe(false);
    store.undo();
    expect(store.getState().graph).toEqual(g);
  });

  it('a hand-made shortcut of the wrong stride: a warning naming the extra 16,896 parameters; the fix sets stride 2 and the extra projection goes', () => {
    const g = handMadeShortcut();
    const a = analyze(g);
    const w = a.nodes.add.diagnostics.find((x) => x.code === 'stacked-projection')!;
    expect(w.severity).toBe('warning');
    expect(w.message.en).toContain('1×1 s2, 128→128 + BN: 16,896 parameters');
    expect(w.message.zh).toContain('16,896');
    expect(w.action).toEqual({ kind: 'setParams', nodeId: 'sc', params: { stride: 2 } });
    const store = storeFor(g);
    store.run(applyFix, w.action!);
    const b = analyze(store.getState().graph);
    expect(b.ok).toBe(true);
    expect(b.diagnostics).toEqual([]);
    // The Add no longer carries a projection: its 16,896 parameters are gone.
    expect(a.nodes.add.params.trainable + a.nodes.add.params.nonTrainable).toBe(16896);
    expect(b.nodes.add.params).toEqual({ trainable: 0, nonTrainable: 0 });
  });

  it('inserting Flatten puts it where the Dense was and moves the rest on by one step', () => {
    const g = chain(['Input', { height: 8, width: 8, channels: 1 }], ['Conv2D'], ['Dense'], ['Output']);
    const store = storeFor(g);
    const d = withAction(g)[0];
    expect(d.action).toMatchObject({ kind: 'insertBefore', nodeId: 'b2', block: 'Flatten' });
    store.run(applyFix, d.action!);
    const after = store.getState().graph;
    const flat = after.nodes.find((n) => n.kind === 'Flatten')!;
    expect(flat.position).toEqual(g.nodes[2].position);
    expect(after.nodes.find((n) => n.id === 'b2')!.position.y).toBeGreaterThan(flat.position.y);
    expect(analyze(after).ok).toBe(true);
  });

  it('offers no action where none is mechanical (a missing connection with no open output, or two)', () => {
    const missing = withNode(chain(['Input'], ['Flatten'], ['Output']), 'lonely', 'Dense');
    const d = analyze(missing).diagnostics.find((x) => x.code === 'missing-input')!;
    expect(d.action).toBeUndefined();
    const g = chain(['Input', { height: 8, width: 8, channels: 1 }], ['Conv2D'], ['Flatten'], ['Dense'], ['Output']);
    const two = withNode({ ...g, edges: g.edges.filter((e) => e.target !== 'b3') }, 'spare', 'Flatten');
    const both = withEdge(two, 'b1', 'spare');
    expect(analyze(both).diagnostics.find((x) => x.code === 'missing-input')!.action).toBeUndefined();
  });

  it('connects the one open output to a block nobody feeds', () => {
    const g = chain(['Input', { height: 8, width: 8, channels: 1 }], ['Conv2D'], ['Flatten'], ['Dense'], ['Output']);
    const broken = { ...g, edges: g.edges.filter((e) => e.target !== 'b3') };
    const d = analyze(broken).diagnostics.find((x) => x.code === 'missing-input')!;
    expect(d.action).toEqual({ kind: 'connect', source: 'b2', target: 'b3' });
    const store = storeFor(broken);
    store.run(applyFix, d.action!);
    expect(analyze(store.getState().graph).ok).toBe(true);
  });
});
