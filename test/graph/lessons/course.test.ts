/** The course that ships in lessons/: every file valid, solvable, bilingual, in the lecture's order. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/graph/analyze';
import { applySolution, assumedRun, checkLeaves, evaluateCheck, lessonJsonSchema, loadCourse } from '../../../src/graph/lessons/index';
import { COURSE_DIR, readLessonFiles } from '../../../src/cli/commands/lessons';

const course = loadCourse(readLessonFiles([COURSE_DIR]));
const all = course.lessons.map((l) => l.lesson);
const zhText = all.map((l) => [l.title.zh, l.concept.zh, l.task.zh, l.done.zh, ...(l.terms ?? []).map((t) => t.zh)].join(' ')).join(' ');

describe('the course in lessons/', () => {
  it('loads without errors or warnings', () => {
    expect(course.errors).toEqual([]);
    expect(course.warnings).toEqual([]);
    expect(course.lessons.length).toBeGreaterThanOrEqual(14);
  });

  it('uses the course terms in Chinese', () => {
    for (const term of ['感受野', '步幅', '填充', '空洞卷积', '上采样', '转置卷积', '残差', '投影捷径']) expect(zhText, term).toContain(term);
  });

  it('follows the lecture: concepts, then LeNet-5 → AlexNet → VGG → ResNet, then the workflow', () => {
    const ids = all.map((l) => l.id);
    const at = (id: string) => { const i = ids.indexOf(id); expect(i, id).toBeGreaterThanOrEqual(0); return i; };
    const concepts = ['convolution', 'stride-and-padding', 'multi-channel-convolution', 'pooling', 'receptive-field', 'dilation', 'upsampling'].map(at);
    const history = ['lenet5', 'alexnet', 'vgg', 'residual', 'projection-shortcut'].map(at);
    const workflow = ['workflow', 'compare-networks'].map(at);
    const sequence = [...concepts, ...history, ...workflow];
    expect(sequence).toEqual([...sequence].sort((a, b) => a - b));
  });

  it.each(course.lessons.map((l) => [l.lesson.id, l] as const))('%s: fails as opened, holds after its solution, which leaves no errors', (_id, { lesson, network }) => {
    const baseline = { graph: network, analysis: analyze(network) };
    const before = evaluateCheck(lesson.check, { now: baseline, baseline, run: null });
    expect(before.pass).toBe(false);
    const solved = applySolution(network, lesson.solution);
    const now = { graph: solved, analysis: analyze(solved) };
    const usesRun = JSON.stringify(lesson.check).includes('"run"');
    const after = evaluateCheck(lesson.check, { now, baseline, run: usesRun ? assumedRun(lesson) : null });
    expect(checkLeaves(after).filter((r) => !r.pass).map((r) => r.text.en)).toEqual([]);
    expect(now.analysis.ok).toBe(true);
    // Every lesson says what it is about in two or three sentences, in both languages, and focuses on real blocks.
    for (const id of lesson.focus.blocks) expect(network.nodes.some((n) => n.id === id)).toBe(true);
    expect(lesson.concept.en.length).toBeLessThan(600);
  });

  it('ships a JSON Schema for editors that matches the format', () => {
    const file = JSON.parse(readFileSync(join(COURSE_DIR, 'lesson.schema.json'), 'utf8'));
    expect(file).toEqual(JSON.parse(JSON.stringify(lessonJsonSchema())));
  });

  it('lesson networks at 28×28 and 32×32 are small enough to train in minutes on a CPU', () => {
    for (const { lesson, analysis } of course.lessons) {
      const input = analysis.nodes[analysis.inputId!].outputShape!;
      if (input[0] > 32) continue;
      expect(analysis.totals.flops, lesson.id).toBeLessThan(2e8);
      expect(analysis.totals.params, lesson.id).toBeLessThan(1e6);
    }
  });
});
