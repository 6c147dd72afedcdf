/** The declarative check engine: subjects, readings, comparisons, references, and the words it shows. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/graph/analyze';
import { applyLessonEdit, checkLeaves, evaluateCheck, LessonEditError, type Check, type CheckContext } from '../../../src/graph/lessons/index';
import { getTemplate } from '../../../src/graph/templates/index';
import type { Graph } from '../../../src/graph/types';

const lenet = getTemplate('lenet5')!.build();
const state = (graph: Graph) => ({ graph, analysis: analyze(graph) });
const ctx = (graph: Graph, run: CheckContext['run'] = null): CheckContext => ({ now: state(graph), baseline: state(lenet), run });
const set = (graph: Graph, block: string, param: string, value: number | string) => applyLessonEdit(graph, { set: { block, param, value } });
const pass = (c: Check, graph = lenet, run: CheckContext['run'] = null) => evaluateCheck(c, ctx(graph, run)).pass;

describe('lesson checks', () => {
  it('reads a setting and a measure of one block, with words and the value it sees', () => {
    const c: Check = { block: 'c1', param: 'stride', op: '==', value: 2 };
    const r = evaluateCheck(c, ctx(lenet));
    expect(r.pass).toBe(false);
    expect(r.text).toEqual({ en: 'c1: stride = 2', zh: 'c1 的步幅 = 2' });
    expect(r.actual).toEqual({ en: '1', zh: '1' });
    expect(pass(c, set(lenet, 'c1', 'stride', 2))).toBe(true);
    const shape: Check = { block: 'c1', measure: 'outputShape', op: '==', value: [28, 28, 6] };
    expect(pass(shape)).toBe(true);
    expect(evaluateCheck(shape, ctx(lenet)).text.zh).toBe('c1 的输出形状 = 28×28×6');
    expect(pass({ ...shape, value: [28, 28] })).toBe(false);
    expect(pass({ ...shape, op: '!=', value: [14, 14, 6] })).toBe(true);
  });

  it('orders numbers: parameters, FLOPs, receptive fields, network totals', () => {
    expect(pass({ block: 'c1', measure: 'params', op: '==', value: 156 })).toBe(true);
    expect(pass({ block: 'c5', measure: 'receptiveField', op: '>=', value: 32 })).toBe(true);
    expect(pass({ block: 'c5', measure: 'receptiveField', op: '>', value: 32 })).toBe(false);
    // A global field (after Flatten) is larger than any number.
    expect(pass({ block: 'f6', measure: 'receptiveField', op: '>', value: 1e9 })).toBe(true);
    expect(pass({ network: 'params', op: '==', value: 61706 })).toBe(true);
    expect(pass({ network: 'params', op: '<', value: 61706 })).toBe(false);
    expect(pass({ network: 'blocks', op: '==', value: 9 })).toBe(true);
    expect(pass({ network: 'errors', op: '==', value: 0 })).toBe(true);
    expect(evaluateCheck({ network: 'params', op: '<', value: 50000 }, ctx(lenet)).text).toEqual({ en: 'total parameters < 50,000', zh: '总参数量 < 50,000' });
  });

  it('selects blocks by kind and settings: first, last, every, some, count', () => {
    expect(pass({ first: { kind: 'Conv2D' }, param: 'filters', op: '==', value: 6 })).toBe(true);
    expect(pass({ last: { kind: 'Conv2D' }, param: 'filters', op: '==', value: 120 })).toBe(true);
    expect(pass({ count: { kind: 'Conv2D', params: { kernel: 5 } }, op: '==', value: 3 })).toBe(true);
    expect(pass({ count: { kind: 'Conv2D', params: { padding: 'valid' } }, op: '==', value: 2 })).toBe(true);
    const every: Check = { every: { kind: 'Conv2D' }, param: 'activation', op: '==', value: 'relu' };
    const r = evaluateCheck(every, ctx(set(lenet, 'c1', 'activation', 'relu')));
    expect(r.pass).toBe(false);
    expect(r.actual!.en).toBe('c3: tanh, c5: tanh'); // the blocks still in the way
    expect(r.text).toEqual({ en: 'every Conv2D: activation = relu', zh: '每个二维卷积的激活函数 = relu' });
    const relu = ['c1', 'c3', 'c5'].reduce((g, id) => set(g, id, 'activation', 'relu'), lenet);
    expect(pass(every, relu)).toBe(true);
    expect(pass({ some: { kind: 'Conv2D' }, param: 'activation', op: '==', value: 'relu' }, set(lenet, 'c3', 'activation', 'relu'))).toBe(true);
    // "every" over nothing does not hold: there is nothing to have done the task.
    expect(pass({ every: { kind: 'Conv2DTranspose' }, param: 'stride', op: '==', value: 2 })).toBe(false);
    expect(evaluateCheck({ count: { kind: 'Conv2D', params: { kernel: 5 } }, op: '==', value: 0 }, ctx(lenet)).text.zh).toBe('卷积核大小为 5 的二维卷积的数量 = 0');
  });

  it('compares with the network as opened, another block, or a multiple of either', () => {
    const smaller = set(lenet, 'f6', 'units', 42);
    expect(pass({ network: 'params', op: '<', value: { baseline: true } }, smaller)).toBe(true);
    expect(pass({ network: 'params', op: '<', value: { baseline: true } })).toBe(false);
    expect(pass({ block: 'f6', measure: 'params', op: '<', value: { baseline: true, times: 0.6 } }, smaller)).toBe(true);
    expect(pass({ block: 'c3', measure: 'params', op: '>', value: { block: 'c1', measure: 'params', times: 10 } })).toBe(true);
    const r = evaluateCheck({ network: 'params', op: '<', value: { baseline: true } }, ctx(smaller));
    expect(r.text).toEqual({ en: 'total parameters < as opened (61,706)', zh: '总参数量 < 打开时的值（61,706）' });
  });

  it('reports a removed block instead of failing obscurely, and checks existence', () => {
    const without = applyLessonEdit(lenet, { remove: { block: 'f6' } });
    const r = evaluateCheck({ block: 'f6', measure: 'params', op: '>', value: 0 }, ctx(without));
    expect(r.pass).toBe(false);
    expect(r.actual).toEqual({ en: 'not in the network', zh: '网络中没有' });
    expect(pass({ block: 'f6', measure: 'exists', op: '==', value: false }, without)).toBe(true);
    expect(analyze(without).ok).toBe(true); // remove bridges flatten → output
  });

  it('combines checks: all opens up in the checklist, any and not stay one line', () => {
    const c: Check = { all: [{ block: 'c1', param: 'stride', op: '==', value: 2 }, { any: [{ network: 'errors', op: '==', value: 0 }, { network: 'blocks', op: '>', value: 100 }] }, { not: { block: 'c1', param: 'padding', op: '==', value: 'valid' } }] };
    const r = evaluateCheck(c, ctx(lenet));
    expect(r.pass).toBe(false);
    expect(checkLeaves(r).map((x) => x.pass)).toEqual([false, true, true]);
    expect(checkLeaves(r)[2].text.en).toBe('not: c1: padding = valid');
  });

  it('reads the latest training run, and fails without one', () => {
    const c: Check = { run: 'testAccuracy', op: '>=', value: 0.9 };
    expect(pass(c)).toBe(false);
    expect(pass(c, lenet, { testAccuracy: 0.93, valAccuracy: 0.92, epochs: 1, saved: true })).toBe(true);
    expect(evaluateCheck(c, ctx(lenet, { testAccuracy: 0.853, valAccuracy: null, epochs: 1, saved: false })).actual!.en).toBe('85.3%');
  });
});

describe('lesson edits', () => {
  it('insertAfter feeds the new block from the old one and hands it the old one\'s connections', () => {
    const g = applyLessonEdit(lenet, { insertAfter: { block: 'c1', id: 'c1b', kind: 'Conv2D', params: { filters: 6, kernel: 3, padding: 'same' } } });
    expect(g.edges.filter((e) => e.source === 'c1').map((e) => e.target)).toEqual(['c1b']);
    expect(g.edges.filter((e) => e.source === 'c1b').map((e) => e.target)).toEqual(['s2']);
    expect(analyze(g).nodes.c1b.outputShape).toEqual([28, 28, 6]);
  });

  it('names the edit and the block when an edit cannot apply', () => {
    expect(() => applyLessonEdit(lenet, { set: { block: 'c9', param: 'stride', value: 2 } }, 'solution[0]')).toThrow(/solution\[0\]\.set\.block: no block "c9"/);
    expect(() => applyLessonEdit(lenet, { set: { block: 'c1', param: 'strides', value: 2 } }, 'solution[1]')).toThrow(/Conv2D has no setting "strides"/);
    expect(() => applyLessonEdit(lenet, { insertAfter: { block: 'c1', id: 'c3', kind: 'Conv2D' } })).toThrow(LessonEditError);
    expect(() => applyLessonEdit(lenet, { connect: { from: 'c1', to: 's2' } })).toThrow(/already feeds/);
    expect(() => applyLessonEdit(lenet, { disconnect: { from: 'c1', to: 'c3' } })).toThrow(/does not feed/);
  });
});
