/** A teacher's mistakes in a lesson file get one clear line each, naming the file and the field. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCourse, validateLesson } from '../../../src/graph/lessons/index';
import { COURSE_DIR } from '../../../src/cli/commands/lessons';

const good = JSON.parse(readFileSync(join(COURSE_DIR, '20-stride-padding.json'), 'utf8'));
const errorsOf = (change: (l: any) => void): readonly string[] => {
  const l = structuredClone(good);
  change(l);
  const v = validateLesson(JSON.stringify(l), 'my-lesson.json');
  return v.ok ? [] : v.errors;
};

describe('lesson validation', () => {
  it('accepts the shipped lesson', () => {
    expect(validateLesson(good, 'x.json').ok).toBe(true);
  });

  it('rejects broken JSON, other files and newer formats', () => {
    const v = validateLesson('{ "format": ', 'broken.json');
    expect(!v.ok && v.errors[0]).toMatch(/^broken\.json: not valid JSON/);
    expect(errorsOf((l) => { l.format = 'layerloom/project'; })[0]).toMatch(/^my-lesson\.json: format: expected "layerloom\/lesson"/);
    expect(errorsOf((l) => { l.version = 7; })[0]).toMatch(/newer LayerLoom/);
  });

  it('names missing text and unknown fields', () => {
    expect(errorsOf((l) => { delete l.task.zh; })).toContain('my-lesson.json: task.zh: Invalid input: expected string, received undefined');
    expect(errorsOf((l) => { l.concept.zh = ' '; })).toContain('my-lesson.json: concept.zh: write the Simplified Chinese (简体中文) text');
    expect(errorsOf((l) => { l.focus.block = ['conv1']; })[0]).toMatch(/^my-lesson\.json: focus: Unrecognized key: "block"/);
  });

  it('explains malformed checks', () => {
    expect(errorsOf((l) => { l.check = { block: 'conv1', network: 'params', op: '<', value: 3 }; })[0])
      .toMatch(/check: a check has exactly one of .*; got block \+ network/);
    expect(errorsOf((l) => { l.check = { block: 'conv1', param: 'stride', value: 2 }; })[0]).toMatch(/check\.op: add "op"/);
    expect(errorsOf((l) => { l.check = { block: 'conv1', measure: 'outputShape', op: '<', value: [12, 12, 6] }; })[0])
      .toMatch(/check\.value: "<" compares numbers; \[12,12,6\] can only be compared with == or !=/);
    expect(errorsOf((l) => { l.check.all[0].measure = 'shape'; })[0]).toMatch(/check\.all\[0\]\.measure: Invalid option/);
  });

  it('checks the blocks and settings a lesson names against its network', () => {
    expect(errorsOf((l) => { l.check.all[1].block = 'conv9'; })).toEqual([
      'my-lesson.json: check.all[1].block: no block "conv9" in the network (blocks: input, conv1, conv2, gap, output), and the solution creates none by that name',
    ]);
    expect(errorsOf((l) => { l.check.all[1].param = 'strides'; })[0]).toMatch(/check\.all\[1\]\.param: Conv2D has no setting "strides" \(settings: filters, kernel, stride/);
    expect(errorsOf((l) => { l.focus.blocks = ['conv7']; })[0]).toMatch(/focus\.blocks\[0\]: no block "conv7"/);
    expect(errorsOf((l) => { l.network.blocks[2].from = ['gap']; })[0]).toMatch(/network\.blocks\[2\]\.from\[0\]: no earlier block "gap"/);
    expect(errorsOf((l) => { l.network = { template: 'lenet6' }; })[0]).toMatch(/network\.template: unknown template "lenet6" \(templates: lenet5/);
    expect(errorsOf((l) => { l.check = { first: { kind: 'Conv3D' }, param: 'stride', op: '==', value: 2 }; })[0]).toMatch(/check\.first\.kind: unknown block kind "Conv3D"/);
  });

  it('refuses a task that is done before it starts, or that its solution does not do', () => {
    expect(errorsOf((l) => { l.check = { block: 'conv1', param: 'stride', op: '==', value: 1 }; l.solution = [{ set: { block: 'conv1', param: 'filters', value: 7 } }]; }))
      .toContain('my-lesson.json: check: it already holds on the network as the lesson opens it, so the task would be done before the learner starts');
    expect(errorsOf((l) => { l.solution = [{ set: { block: 'conv1', param: 'stride', value: 2 } }]; }))
      .toContain('my-lesson.json: solution: after it, the check still fails: "conv1: padding = valid" (now explicit); "conv1: output shape = 12×12×6" (now 14×14×6)');
    expect(errorsOf((l) => { l.solution = [{ set: { block: 'conv1', param: 'kernel', value: 99 } }]; }).join('\n')).toMatch(/solution: after it, the check still fails/);
    expect(errorsOf((l) => { l.solution = []; })[0]).toMatch(/solution: empty; list the edits that do the task/);
  });

  it('warns about a concept that is longer than three sentences', () => {
    const l = structuredClone(good);
    l.concept.en = 'One. Two. Three. Four.';
    const v = validateLesson(l, 'long.json');
    expect(v.ok).toBe(true);
    expect(v.warnings).toEqual(['long.json: concept.en: 4 sentences; say it in two or three']);
  });

  it('keeps one lesson per id in a course, in order', () => {
    const a = JSON.stringify(good);
    const b = JSON.stringify({ ...good, order: 5, title: { en: 'Earlier', zh: '更早' } });
    const course = loadCourse([{ name: 'b.json', text: a }, { name: 'a.json', text: b }]);
    expect(course.lessons.map((l) => l.lesson.title.en)).toEqual(['Earlier']);
    expect(course.errors).toEqual(['b.json: id: "stride-and-padding" is already the id of a.json; give each lesson its own id']);
  });
});
