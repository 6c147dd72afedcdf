/**
 * The course: every lesson file, validated, in order. Files come in as text (the CLI reads a folder, the
 * app bundles `lessons/*.json` and can open more), so this stays pure.
 */
import { validateLesson, type ValidLesson } from './validateLesson';

export interface LessonFile {
  /** The file's name as the user knows it, used in messages (e.g. "lessons/02-stride.json"). */
  readonly name: string;
  readonly text: string;
}

export interface Course {
  /** Valid lessons, by `order` then id. */
  readonly lessons: readonly ValidLesson[];
  /** One line per problem, naming the file and the field; a lesson with errors is left out. */
  readonly errors: readonly string[];
  readonly warnings: readonly string[];
}

export function loadCourse(files: readonly LessonFile[]): Course {
  const lessons: ValidLesson[] = [];
  const errors: string[] = [];
  const warnings: string[] = [];
  const byId = new Map<string, string>();
  for (const f of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
    const v = validateLesson(f.text, f.name);
    warnings.push(...v.warnings);
    if (!v.ok) { errors.push(...v.errors); continue; }
    const seen = byId.get(v.value.lesson.id);
    if (seen) { errors.push(`${f.name}: id: "${v.value.lesson.id}" is already the id of ${seen}; give each lesson its own id`); continue; }
    byId.set(v.value.lesson.id, f.name);
    lessons.push(v.value);
  }
  lessons.sort((a, b) => a.lesson.order - b.lesson.order || a.lesson.id.localeCompare(b.lesson.id));
  return { lessons, errors, warnings };
}
