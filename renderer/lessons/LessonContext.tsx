/**
 * The lessons' state: the course (bundled files plus any the user added), the lesson in progress with its
 * network as opened (the baseline checks compare with), and which lessons are done (remembered).
 */
import { useReactFlow } from '@xyflow/react';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { isDirty, replaceGraph } from '../../src/graph/editing/index';
import { validateLesson, type Course, type LessonFile, type NetworkState, type ValidLesson } from '../../src/graph/lessons/index';
import { newProject } from '../../src/graph/projectFile';
import type { Graph } from '../../src/graph/types';
import { useStore } from '../editor/EditorContext';
import { useI18n } from '../i18n/I18nContext';
import { useTraining } from '../train/TrainingContext';
import { buildCourse, storedExtraFiles, storeExtraFiles } from './courseData';

const DONE_KEY = 'layerloom.lessonsDone';
/** The lesson card's width plus its margins (teaching.css). */
const CARD_ROOM = 384;

export interface ActiveLesson {
  readonly id: string;
  readonly baseline: NetworkState;
  /** The training session current when the lesson opened: only later runs count for its checks. */
  readonly sessionAtOpen: string | null;
}

interface LessonsValue {
  readonly course: Course;
  readonly active: ActiveLesson | null;
  readonly lesson: ValidLesson | null;
  readonly done: ReadonlySet<string>;
  readonly collapsed: boolean;
  setCollapsed(c: boolean): void;
  open(id: string): void;
  close(): void;
  markDone(id: string): void;
  /** Puts the lesson's network back (`solved`: after its worked solution), one undoable step. */
  restore(solved: boolean): void;
  /** Validates a lesson file and adds it; returns the problems, or an empty list. */
  addFile(file: LessonFile): readonly string[];
}

const Ctx = createContext<LessonsValue | null>(null);

function loadDone(): Set<string> {
  try { return new Set(JSON.parse(localStorage.getItem(DONE_KEY) ?? '[]') as string[]); } catch { return new Set(); }
}

export function LessonProvider({ children }: { children: ReactNode }) {
  const store = useStore();
  const flow = useReactFlow();
  const { l, t } = useI18n();
  const { store: training } = useTraining();
  const [extra, setExtra] = useState<readonly LessonFile[]>(storedExtraFiles);
  const course = useMemo(() => buildCourse(extra), [extra]);
  const [active, setActive] = useState<ActiveLesson | null>(null);
  const [done, setDone] = useState<ReadonlySet<string>>(loadDone);
  const [collapsed, setCollapsed] = useState(false);
  const lesson = active ? course.lessons.find((x) => x.lesson.id === active.id) ?? null : null;

  /**
   * Shows the focus blocks at a readable zoom once React Flow has measured them, moved right of the lesson
   * card (which covers the canvas's left) when the canvas is wide enough.
   */
  const frame = useCallback((ids: readonly string[]) => {
    const go = async () => {
      await flow.fitView({ nodes: ids.map((id) => ({ id })), padding: 0.6, maxZoom: 1, minZoom: 0.45 });
      const pane = document.querySelector('.ll-canvas');
      const v = flow.getViewport();
      if (pane && pane.clientWidth > 2 * CARD_ROOM) void flow.setViewport({ ...v, x: v.x + CARD_ROOM / 2 });
    };
    requestAnimationFrame(() => requestAnimationFrame(() => void go()));
  }, [flow]);

  const show = useCallback((graph: Graph, name: string, focus: readonly string[]) => {
    const state = store.getState();
    if (state.graph.nodes.length === 0 && !isDirty(state)) store.load(newProject(graph, { name }), null, { dirty: true });
    else if (store.run(replaceGraph, { graph }).ok) store.rename(name);
    store.select(focus.slice(0, 1));
    frame(focus);
  }, [store, frame]);

  const open = useCallback((id: string) => {
    const v = course.lessons.find((x) => x.lesson.id === id);
    if (!v || store.getState().readOnly) return;
    const state = store.getState();
    if (isDirty(state) && state.graph.nodes.length > 0 && !active && !window.confirm(t('lessons.discard'))) return;
    show(v.network, `${t('lessons.title')}: ${l(v.lesson.title)}`, v.lesson.focus.blocks);
    const tr = v.lesson.training;
    if (tr) store.updateTraining({ data: tr.data, epochs: tr.epochs, ...(tr.limit ? { limit: tr.limit } : {}), ...(tr.batchSize ? { batchSize: tr.batchSize } : {}) });
    setActive({ id, baseline: { graph: v.network, analysis: v.analysis }, sessionAtOpen: training.getState().sessionId });
    setCollapsed(false);
  }, [course, store, show, active, training, l, t]);

  const restore = useCallback((solved: boolean) => {
    if (!lesson) return;
    show(solved ? lesson.solved : lesson.network, store.getState().project.meta.name, lesson.lesson.focus.blocks);
  }, [lesson, show, store]);

  const markDone = useCallback((id: string) => {
    setDone((prev) => {
      if (prev.has(id)) return prev;
      const next = new Set(prev).add(id);
      try { localStorage.setItem(DONE_KEY, JSON.stringify([...next])); } catch { /* storage unavailable */ }
      return next;
    });
  }, []);

  const addFile = useCallback((file: LessonFile): readonly string[] => {
    const v = validateLesson(file.text, file.name);
    if (!v.ok) return v.errors;
    const next = [...extra.filter((f) => f.name !== file.name), file];
    storeExtraFiles(next);
    setExtra(next);
    return [];
  }, [extra]);

  const value = useMemo<LessonsValue>(() => ({
    course, active, lesson, done, collapsed, setCollapsed, open, close: () => setActive(null), markDone, restore, addFile,
  }), [course, active, lesson, done, collapsed, open, markDone, restore, addFile]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useLessons(): LessonsValue {
  const v = useContext(Ctx);
  if (!v) throw new Error('useLessons outside LessonProvider');
  return v;
}
