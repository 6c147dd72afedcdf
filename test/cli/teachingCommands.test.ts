/** The real binary: `lessons` checks a course, `diff` compares projects and templates, `diagram` writes SVG and PNG. */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { newProject, serializeProject } from '../../src/graph/projectFile';
import { applyLessonEdit } from '../../src/graph/lessons/index';
import { getTemplate } from '../../src/graph/templates/index';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'layerloom.js');

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { maxBuffer: 64 << 20 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let dir: string;
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'layerloom-teach-')); });

describe('layerloom lessons / diff / diagram', () => {
  it('lessons: lists the shipped course, and names the file and field of a broken lesson', async () => {
    const ok = await cli(['lessons', '--json']);
    expect(ok.code).toBe(0);
    const course = JSON.parse(ok.stdout);
    expect(course.errors).toEqual([]);
    expect(course.lessons.map((l: { id: string }) => l.id).slice(0, 2)).toEqual(['convolution', 'stride-and-padding']);
    const lesson = JSON.parse(await readFile(join(ROOT, 'lessons', '10-convolution.json'), 'utf8'));
    lesson.check.all[0].block = 'c7';
    const bad = join(dir, 'bad-lesson.json');
    await writeFile(bad, JSON.stringify(lesson));
    const r = await cli(['lessons', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad-lesson\.json: check\.all\[0\]\.block: no block "c7" in the network/);
  });

  it('diff: a project before and after an edit, by id, as text and JSON', async () => {
    const lenet = getTemplate('lenet5')!.build();
    const a = join(dir, 'a.layerloom.json');
    const b = join(dir, 'b.layerloom.json');
    await writeFile(a, serializeProject(newProject(lenet, { name: 'before' })));
    await writeFile(b, serializeProject(newProject(applyLessonEdit(lenet, { set: { block: 'f6', param: 'units', value: 42 } }), { name: 'after' })));
    const text = await cli(['diff', a, b]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/matched by id/);
    expect(text.stdout).toMatch(/~\s+f6\s+f6\s+Dense\s+84 → 42\s+10,164 → 5,082/);
    expect(text.stdout).toMatch(/params 61,706 → 56,204 \(−5,502\)/);
    const json = JSON.parse((await cli(['diff', a, b, '--json'])).stdout);
    expect(json.method).toBe('id');
    expect(json.rows.find((r: { b: { id: string } }) => r.b.id === 'f6').changes).toEqual([{ name: 'units', a: 84, b: 42 }]);
    expect(json.rows.find((r: { b: { id: string } }) => r.b.id === 'output').b.receptiveField).toBe('global');
  });

  it('diff: two templates by alignment; a name that is neither file nor template is an error', async () => {
    const r = await cli(['diff', 'vgg11', 'template:vgg16', '--by', 'alignment']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/5 added \(\+\), 0 removed/);
    const bad = await cli(['diff', 'lenet5', 'lenet9']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/"lenet9" is neither a project file nor a template \(templates: lenet5/);
  });

  it('diagram: SVG and print-resolution PNG, light or dark, a selection; bad arguments named', async () => {
    const svg = join(dir, 'resnet.svg');
    const r = await cli(['diagram', '--template', 'resnet20', '--out', svg, '--lang', 'zh', '--theme', 'dark']);
    expect(r.code).toBe(0);
    const text = await readFile(svg, 'utf8');
    expect(text.startsWith('<svg')).toBe(true);
    expect(text).toContain('>二维卷积<');
    const png = join(dir, 'lenet.png');
    expect((await cli(['diagram', '--template', 'lenet5', '--out', png, '--dpi', '200', '--blocks', 'c1,s2,c3'])).code).toBe(0);
    const meta = await sharp(png).metadata();
    expect(meta.format).toBe('png');
    expect(meta.density).toBe(200);
    expect(meta.width).toBeGreaterThan(500);
    expect((await cli(['diagram', '--template', 'lenet5', '--out', join(dir, 'x.pdf')])).stderr).toMatch(/--out must end in \.svg or \.png/);
    expect((await cli(['diagram', '--template', 'lenet5', '--out', svg, '--blocks', 'c9'])).stderr).toMatch(/--blocks: no block "c9" in lenet5/);
  });
});
