/**
 * The course shipped in lessons/*.json, bundled with the app (Vite reads the folder at build time, so a
 * teacher adds a lesson by adding a file), plus lesson files the user opened this session.
 */
import { loadCourse, type Course, type LessonFile } from '../../src/graph/lessons/index';

const bundled = import.meta.glob(['../../lessons/*.json', '!../../lessons/*.schema.json'], { eager: true, query: '?raw', import: 'default' }) as Record<string, string>;

export const BUNDLED_FILES: readonly LessonFile[] = Object.entries(bundled).map(([path, text]) => ({ name: path.replace(/^(\.\.\/)+/, ''), text }));

const EXTRA_KEY = 'layerloom.extraLessons';

/** Lesson files the user added (kept in the browser's storage, so they survive a reload). */
export function storedExtraFiles(): LessonFile[] {
  try {
    const raw = JSON.parse(localStorage.getItem(EXTRA_KEY) ?? '[]') as unknown;
    return Array.isArray(raw) ? raw.filter((f): f is LessonFile => typeof f?.name === 'string' && typeof f?.text === 'string') : [];
  } catch { return []; }
}

export function storeExtraFiles(files: readonly LessonFile[]): void {
  try { localStorage.setItem(EXTRA_KEY, JSON.stringify(files)); } catch { /* storage unavailable */ }
}

export function buildCourse(extra: readonly LessonFile[]): Course {
  // A file the user added with the name of a bundled one replaces it (a teacher editing a shipped lesson).
  const names = new Set(extra.map((f) => f.name));
  return loadCourse([...BUNDLED_FILES.filter((f) => !names.has(f.name)), ...extra]);
}
