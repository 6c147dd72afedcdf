/** Comparing networks: by id within a project, by alignment across templates; statuses and both sides' numbers. */
import { describe, expect, it } from 'vitest';
import { align, diffGraphs } from '../../../src/graph/diff/index';
import { applyLessonEdit, loadCourse } from '../../../src/graph/lessons/index';
import { getTemplate } from '../../../src/graph/templates/index';
import { COURSE_DIR, readLessonFiles } from '../../../src/cli/commands/lessons';

const lenet = getTemplate('lenet5')!.build();

describe('network diff', () => {
  it('aligns two sequences, pairing only what may pair', () => {
    const score = (x: string, y: string) => (x[0] === y[0] ? 2 : -Infinity);
    expect(align(['a1', 'b1', 'c1'], ['a2', 'x', 'c2'], score)).toEqual([
      { a: 'a1', b: 'a2' }, { a: 'b1', b: null }, { a: null, b: 'x' }, { a: 'c1', b: 'c2' },
    ]);
    expect(align([], ['x'], score)).toEqual([{ a: null, b: 'x' }]);
  });

  it('matches an edited copy by id: the edited block changed, the blocks after it affected', () => {
    const edited = applyLessonEdit(lenet, { set: { block: 'c1', param: 'stride', value: 2 } });
    const d = diffGraphs(lenet, edited);
    expect(d.method).toBe('id');
    const by = (id: string) => d.rows.find((r) => r.a?.id === id)!;
    expect(by('c1')).toMatchObject({ status: 'changed', changes: [{ name: 'stride', a: 1, b: 2 }] });
    expect(by('c1').a!.outputShape).toEqual([28, 28, 6]);
    expect(by('c1').b!.outputShape).toEqual([14, 14, 6]);
    expect(by('input').status).toBe('same');
    expect(by('s2').status).toBe('affected');
    expect(d.counts).toMatchObject({ changed: 1, added: 0, removed: 0 });
  });

  it('reports a new connection as a change of the block\'s inputs (the residual lesson)', () => {
    const course = loadCourse(readLessonFiles([COURSE_DIR]));
    const l = course.lessons.find((x) => x.lesson.id === 'residual')!;
    const solved = applyLessonEdit(l.network, l.lesson.solution[0]);
    const d = diffGraphs(l.network, solved);
    const add = d.rows.find((r) => r.b?.id === 'add')!;
    expect(add.status).toBe('changed');
    expect(add.changes).toEqual([{ name: 'inputs', a: 'bn2', b: 'bn2, relu0' }]);
    expect(add.a!.outputShape).toBeNull(); // it had an error before
    expect(add.b!.outputShape).toEqual([28, 28, 16]);
    expect(d.totals.a.errors).toBeGreaterThan(0);
    expect(d.totals.b.errors).toBe(0);
  });

  it('aligns VGG-11 with VGG-16: every VGG-11 layer pairs, five convolutions are added (by id and by alignment alike)', () => {
    const [v11, v16] = [getTemplate('vgg11')!.build(), getTemplate('vgg16')!.build()];
    const d = diffGraphs(v11, v16, { method: 'alignment' });
    const pairs = (x: typeof d) => x.rows.map((r) => `${r.a?.id ?? '-'}=${r.b?.id ?? '-'}`);
    expect(pairs(diffGraphs(v11, v16, { method: 'id' })).filter((p) => !p.startsWith('-')).sort()).toEqual(pairs(d).filter((p) => !p.startsWith('-')).sort());
    expect(d.counts.removed).toBe(0);
    expect(d.counts.added).toBe(5);
    expect(d.rows.filter((r) => r.status === 'added').every((r) => r.b!.kind === 'Conv2D')).toBe(true);
    expect(d.totals.a.params).toBe(132863336);
    expect(d.totals.b.params).toBe(138357544);
    expect(d.rows.find((r) => r.a?.id === 'fc6')).toMatchObject({ b: { id: 'fc6' }, status: 'same' });
  });

  it('aligns LeNet-5 with AlexNet layer by layer, pooling kinds as a change', () => {
    const d = diffGraphs(lenet, getTemplate('alexnet')!.build());
    const pairs = d.rows.filter((r) => r.a && r.b).map((r) => `${r.a!.id}=${r.b!.id}`);
    expect(pairs).toEqual(['input=input', 'c1=conv1', 's2=pool1', 'c3=conv2', 's4=pool2', 'c5=conv5', 'flatten=flatten', 'f6=fc7', 'output=output']);
    expect(d.rows.find((r) => r.a?.id === 's2')!.changes[0]).toEqual({ name: 'kind', a: 'AvgPool2D', b: 'MaxPool2D' });
  });
});
