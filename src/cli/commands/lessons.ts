/**
 * `layerloom lessons [FILE|FOLDER…] [--json]`: reads lesson files (default: the course in `lessons/`),
 * checks each completely (schema, the blocks it names, its check fails as opened and holds after its
 * solution) and lists the course. For teachers writing a lesson: every problem names the file and field.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lessonJsonSchema, loadCourse, type LessonFile } from '../../graph/lessons/index';
import { parseArgs } from '../args';
import { CliError } from '../cliError';
import type { CliCommand } from '../main';

const usage = 'layerloom lessons [FILE.json | FOLDER …] [--json] [--schema]';

/** The course that ships with LayerLoom. */
export const COURSE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'lessons');

/** Lesson files under the given paths (a folder's *.json files except schemas). */
export function readLessonFiles(paths: readonly string[]): LessonFile[] {
  const files: LessonFile[] = [];
  const add = (path: string) => {
    let text: string;
    try { text = readFileSync(path, 'utf8'); } catch (err) { throw new CliError(`cannot read ${path}: ${(err as Error).message}`); }
    files.push({ name: relative(process.cwd(), path) || path, text });
  };
  for (const p of paths) {
    let isDir: boolean;
    try { isDir = statSync(p).isDirectory(); } catch { throw new CliError(`no such file or folder: ${p}`); }
    if (!isDir) { add(p); continue; }
    const names = readdirSync(p).filter((n) => n.endsWith('.json') && !n.endsWith('.schema.json')).sort();
    if (!names.length) throw new CliError(`${p} holds no lesson files (*.json)`);
    for (const n of names) add(join(p, n));
  }
  return files;
}

export const command: CliCommand = {
  name: 'lessons',
  usage,
  summary: 'Check lesson files (schema, blocks, task solvable) and list the course; --schema prints the lesson JSON Schema.',
  async run(args) {
    const { positional, flags } = parseArgs(args, { json: { type: 'boolean' }, schema: { type: 'boolean' } }, usage);
    if (flags.schema) {
      console.log(JSON.stringify(lessonJsonSchema(), null, 2));
      return 0;
    }
    const course = loadCourse(readLessonFiles(positional.length ? positional : [COURSE_DIR]));
    if (flags.json) {
      console.log(JSON.stringify({
        lessons: course.lessons.map(({ lesson, network, analysis }) => ({
          id: lesson.id, order: lesson.order, title: lesson.title, network: lesson.network.template ?? 'inline',
          blocks: network.nodes.length, params: analysis.totals.params, input: analysis.inputId ? analysis.nodes[analysis.inputId].outputShape : null,
        })),
        errors: course.errors, warnings: course.warnings,
      }));
    } else {
      for (const { lesson, network, analysis } of course.lessons) {
        const input = analysis.inputId ? analysis.nodes[analysis.inputId].outputShape?.join('×') : '?';
        console.log(`${String(lesson.order).padStart(4)}  ${lesson.id.padEnd(24)} ${(lesson.network.template ?? 'inline').padEnd(9)} ${String(network.nodes.length).padStart(3)} blocks  ${input?.padEnd(9)}  ${lesson.title.en} · ${lesson.title.zh}`);
      }
      for (const w of course.warnings) console.error(`warning: ${w}`);
      for (const e of course.errors) console.error(`error: ${e}`);
      console.log(`${course.lessons.length} lesson(s) ok${course.errors.length ? `, ${course.errors.length} problem(s)` : ''}`);
    }
    return course.errors.length ? 1 : 0;
  },
};
