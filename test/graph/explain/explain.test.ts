/** "Why this number" agrees with analyze() on every block of every template and lesson network, and reads right. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/graph/analyze';
import { explainBlock, explainReceptiveField } from '../../../src/graph/explain/index';
import { applySolution, loadCourse } from '../../../src/graph/lessons/index';
import { TEMPLATES, getTemplate } from '../../../src/graph/templates/index';
import type { Graph } from '../../../src/graph/types';
import { COURSE_DIR, readLessonFiles } from '../../../src/cli/commands/lessons';

const course = loadCourse(readLessonFiles([COURSE_DIR]));
const networks: [string, Graph][] = [
  ...TEMPLATES.map((t) => [t.name, t.build()] as [string, Graph]),
  ...course.lessons.flatMap(({ lesson, network }) => [[`lesson ${lesson.id}`, network], [`lesson ${lesson.id} solved`, applySolution(network, lesson.solution)]] as [string, Graph][]),
];

describe('why this number', () => {
  it.each(networks)('%s: every arithmetic line ends in the number on the block, every recursion in its receptive field', (_name, graph) => {
    const analysis = analyze(graph);
    for (const id of analysis.order) {
      const a = analysis.nodes[id];
      if (!a.outputShape) continue;
      const e = explainBlock(graph, analysis, id)!;
      expect(e.params.reduce((s, l) => s + l.result, 0), `${id} params`).toBe(a.params.trainable + a.params.nonTrainable);
      const out = a.outputShape;
      for (const l of e.outputSize) {
        const want: Record<string, number> = {
          'Height and width': out[0], Height: out[0], Width: out[1], Channels: out[out.length - 1], Length: out[0],
          'Output shape': out.reduce((x, y) => x * y, 1),
        };
        const expected = l.label.en.startsWith('Shortcut') ? out[0] : want[l.label.en];
        if (l.label.en === 'Effective kernel') continue;
        expect(l.result, `${id}: ${l.label.en}`).toBe(expected);
        if (l.label.en === 'Height and width') expect(out[0]).toBe(out[1]);
      }
      const rf = explainReceptiveField(graph, analysis, id);
      if (rf.type === 'recursion') expect(rf.result, `${id} receptive field`).toBe(rf.field);
      if (rf.type === 'recursion') expect(rf.field).toBe(a.receptiveField!.size);
      if (rf.type === 'global') expect(a.receptiveField!.global).toBe(true);
    }
  });

  it('writes LeNet-5\'s C1 out with its own values', () => {
    const g = getTemplate('lenet5')!.build();
    const e = explainBlock(g, analyze(g), 'c1')!;
    expect(e.outputSize[0]).toMatchObject({ label: { en: 'Height and width' }, formula: '⌊(n + 2p − k) / s⌋ + 1', values: '⌊(28 + 2·2 − 5) / 1⌋ + 1', result: 28 });
    expect(e.params[0]).toMatchObject({ formula: 'k·k·C_in·C_out + C_out', values: '5·5·1·6 + 6', result: 156 });
  });

  it('covers same padding (and which side it pads), dilation, transposed convolution, pooling and projections', () => {
    const by = (lessonId: string, solved = false) => {
      const l = course.lessons.find((x) => x.lesson.id === lessonId)!;
      const g = solved ? applySolution(l.network, l.lesson.solution) : l.network;
      return { g, a: analyze(g) };
    };
    const up = by('upsampling', true);
    const enc1 = explainBlock(up.g, up.a, 'enc1')!;
    expect(enc1.outputSize[0]).toMatchObject({ formula: '⌈n / s⌉', values: '⌈28 / 2⌉', result: 14 });
    expect(enc1.outputSize[0].note!.en).toContain('= 1 zeros: 0 before (top/left), 1 after (bottom/right)');
    expect(explainBlock(up.g, up.a, 'dec1')!.outputSize[0]).toMatchObject({ formula: 'n·s', values: '14·2', result: 28 });
    expect(explainBlock(up.g, up.a, 'up1')!.outputSize[0]).toMatchObject({ formula: 'n·f', values: '7·2', result: 14 });
    const dil = by('dilation', true);
    const conv2 = explainBlock(dil.g, dil.a, 'conv2')!;
    expect(conv2.outputSize[0]).toMatchObject({ label: { en: 'Effective kernel' }, values: '2·(3 − 1) + 1', result: 5 });
    const pool = by('pooling');
    expect(explainBlock(pool.g, pool.a, 'pool1')!.outputSize[0]).toMatchObject({ formula: '⌊(n − k) / s⌋ + 1', values: '⌊(28 − 2) / 2⌋ + 1', result: 14 });
    const proj = by('projection-shortcut', true);
    const add = explainBlock(proj.g, proj.a, 'add')!;
    expect(add.params[0]).toMatchObject({ formula: '1·1·C_in·C_out + 4·C_out', values: '1·1·16·32 + 4·32', result: 640 });
  });

  it('walks the receptive field back from conv3 to the input in the seed\'s formula', () => {
    const l = course.lessons.find((x) => x.lesson.id === 'receptive-field')!;
    const g = applySolution(l.network, l.lesson.solution);
    const rf = explainReceptiveField(g, analyze(g), 'conv3');
    expect(rf.type).toBe('recursion');
    if (rf.type !== 'recursion') return;
    expect(rf.steps.map((s) => [s.id, s.effective, s.stride, s.before, s.after])).toEqual([
      ['conv3', 5, 1, 1, 5], ['pool1', 2, 2, 5, 10], ['conv2', 3, 1, 10, 12], ['conv1', 3, 1, 12, 14],
    ]);
    expect(rf).toMatchObject({ result: 14, field: 14, matches: true });
  });

  it('follows the wider input at a residual merge, and says when upsampling breaks the recursion', () => {
    const g = getTemplate('resnet20')!.build();
    const a = analyze(g);
    const rf = explainReceptiveField(g, a, 'layer3_2_add');
    expect(rf.type === 'recursion' && rf.via[0]).toEqual({ merge: 'layer3_2_add', via: 'layer3_2_bn2' });
    const l = course.lessons.find((x) => x.lesson.id === 'upsampling')!;
    const up = explainReceptiveField(l.network, analyze(l.network), 'head');
    // dec1 is a stride-1 transposed convolution: one 3×3 window per pixel, a step of the recursion; up1 upsamples.
    expect(up).toMatchObject({ type: 'upsampling', at: ['up1'] });
    expect(explainReceptiveField(g, a, 'fc')).toMatchObject({ type: 'global', at: 'avgpool' });
  });
});
