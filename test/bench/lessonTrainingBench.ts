/**
 * How long each lesson network takes to train on the built-in data, and what it reaches:
 * `npx tsx test/bench/lessonTrainingBench.ts [--epochs N] [--limit N] [lesson-id…]`.
 * Every lesson with `training` settings is trained with them (the network as its task leaves it, i.e. after
 * the worked solution), through the real `layerloom train` on the wasm backend; the table shows wall time,
 * the CPU time the process got (on a busy machine wall time mostly measures waiting), and test accuracy.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { analyze } from '../../src/graph/analyze';
import { applySolution, loadCourse } from '../../src/graph/lessons/index';
import { newProject, serializeProject } from '../../src/graph/projectFile';
import { COURSE_DIR, readLessonFiles } from '../../src/cli/commands/lessons';

const run = promisify(execFile);
const TIME = '/usr/bin/time';
const BIN = join(import.meta.dirname, '..', '..', 'bin', 'layerloom.js');
const args = process.argv.slice(2);
const flag = (name: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? Number(args.splice(i, 2)[1]) : undefined; };
const epochsOverride = flag('epochs');
const limitOverride = flag('limit');
const only = new Set(args);

const course = loadCourse(readLessonFiles([COURSE_DIR]));
const dir = await mkdtemp(join(tmpdir(), 'layerloom-lesson-bench-'));
console.log('lesson                     input      params    MFLOPs  epochs images   wall s   cpu s   test acc');
for (const { lesson, network } of course.lessons) {
  if (!lesson.training || (only.size && !only.has(lesson.id))) continue;
  const graph = applySolution(network, lesson.solution);
  const a = analyze(graph);
  const epochs = epochsOverride ?? lesson.training.epochs;
  const limit = limitOverride ?? lesson.training.limit ?? 10000;
  const path = join(dir, `${lesson.id}.layerloom.json`);
  await writeFile(path, serializeProject(newProject(graph, { name: lesson.id })));
  const t0 = performance.now();
  const cmd = [process.execPath, BIN, 'train', path, '--data', lesson.training.data, '--epochs', String(epochs), '--limit', String(limit),
    '--backend', 'wasm', '--out', join(dir, lesson.id), '--json'];
  // GNU time reports the CPU time the training process got (user + system), when it is installed.
  const timed = existsSync(TIME) ? [TIME, '-f', 'cpu %U %S', ...cmd] : cmd;
  const { stdout, stderr } = await run(timed[0], timed.slice(1), { maxBuffer: 256 << 20 });
  const wall = (performance.now() - t0) / 1000;
  const m = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(stderr);
  const cpu = m ? (Number(m[1]) + Number(m[2])).toFixed(1) : '—';
  const done = stdout.trim().split('\n').map((l) => JSON.parse(l)).find((e) => e.type === 'done');
  const input = a.nodes[a.inputId!].outputShape!.join('×');
  console.log(`${lesson.id.padEnd(26)} ${input.padEnd(9)} ${String(a.totals.params).padStart(8)} ${(a.totals.flops / 1e6).toFixed(1).padStart(8)} ${String(epochs).padStart(6)} ${String(done.images).padStart(6)} `
    + `${wall.toFixed(1).padStart(8)} ${cpu.padStart(7)} ${done.testAccuracy?.toFixed(3) ?? '—'}`);
}
