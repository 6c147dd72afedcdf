/** The lesson's check, evaluated live on the network in the editor and the latest run since the lesson opened. */
import { useMemo } from 'react';
import { evaluateCheck, type CheckResult, type RunFacts } from '../../src/graph/lessons/index';
import { useAnalysis, useEditorSelector } from '../editor/EditorContext';
import { useTrainingState } from '../train/TrainingContext';
import type { ActiveLesson } from './LessonContext';
import type { ValidLesson } from '../../src/graph/lessons/index';

export function useLessonCheck(lesson: ValidLesson | null, active: ActiveLesson | null): CheckResult | null {
  const graph = useEditorSelector((s) => s.graph);
  const analysis = useAnalysis();
  const training = useTrainingState();
  const done = training.status === 'done' && training.done && training.sessionId !== active?.sessionAtOpen ? training.done : null;
  const lastVal = training.epochs.length ? training.epochs[training.epochs.length - 1].valAccuracy ?? null : null;
  const run: RunFacts | null = useMemo(() => (done ? {
    testAccuracy: done.testAccuracy ?? null, valAccuracy: lastVal, epochs: done.epochs, saved: !!done.runDir,
  } : null), [done, lastVal]);
  return useMemo(() => (lesson && active
    ? evaluateCheck(lesson.lesson.check, { now: { graph, analysis }, baseline: active.baseline, run })
    : null), [lesson, active, graph, analysis, run]);
}
