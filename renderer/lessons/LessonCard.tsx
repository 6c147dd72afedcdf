/**
 * The lesson in progress, over the canvas: what it is about, the task, the live checklist, and — once the
 * check holds — the result to expect. "Show me" applies the worked solution as one undoable step.
 */
import { useEffect, useRef, useState } from 'react';
import { checkLeaves } from '../../src/graph/lessons/index';
import { useEditorSelector } from '../editor/EditorContext';
import { useI18n } from '../i18n/I18nContext';
import { useLessons } from './LessonContext';
import { lessonFocusCss } from './lessonFocus';
import { useLessonCheck } from './useLessonCheck';
import '../styles/teaching.css';

export function LessonCard({ onTrain, onAll }: { onTrain: () => void; onAll: () => void }) {
  const { t, l, lang } = useI18n();
  const { course, lesson, active, done, markDone, collapsed, setCollapsed, open, close, restore } = useLessons();
  const result = useLessonCheck(lesson, active);
  const locked = useEditorSelector((s) => s.readOnly !== null);
  const [hint, setHint] = useState(false);
  const doneRef = useRef<HTMLDivElement>(null);
  const passed = !!result?.pass;
  useEffect(() => {
    if (!passed || !lesson) return;
    markDone(lesson.lesson.id);
    doneRef.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [passed, lesson, markDone]);
  useEffect(() => setHint(false), [lesson]);
  if (!lesson || !result) return null;
  const { lesson: x } = lesson;
  const index = course.lessons.indexOf(lesson);
  const prev = course.lessons[index - 1];
  const next = course.lessons[index + 1];
  const focusCss = lessonFocusCss(x.focus.blocks, x.focus.params ?? []);
  if (collapsed) {
    return (
      <button className={`ll-lesson-pill ${passed ? 'is-done' : ''}`} onClick={() => setCollapsed(false)} title={t('lessons.expand')} data-testid="lesson-pill">
        <style>{focusCss}</style>
        {passed ? '✓' : '◎'} {l(x.title)}
      </button>
    );
  }
  const leaves = checkLeaves(result);
  return (
    <section className={`ll-lesson-card ${passed ? 'is-done' : ''}`} data-testid="lesson-card" data-lesson={x.id} data-passed={passed} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <style>{focusCss}</style>
      <header className="ll-lesson-top">
        <span className="ll-lesson-part">{x.part ? `${l(x.part)} · ` : ''}{t('lessons.progress', { i: index + 1, n: course.lessons.length })}</span>
        <span className="ll-lesson-tools">
          <button className="ll-lesson-icon" onClick={onAll} title={t('lessons.all')} aria-label={t('lessons.all')}>☰</button>
          <button className="ll-lesson-icon" onClick={() => setCollapsed(true)} title={t('lessons.collapse')} aria-label={t('lessons.collapse')}>–</button>
          <button className="ll-lesson-icon" onClick={close} title={t('lessons.quit')} aria-label={t('lessons.quit')} data-testid="lesson-close">×</button>
        </span>
      </header>
      <h3 className="ll-lesson-title" data-testid="lesson-title">{l(x.title)}</h3>
      {x.terms && x.terms.length > 0 && (
        <div className="ll-lesson-terms" aria-label={t('lessons.terms')}>
          {x.terms.map((term) => <span key={term.en} className="ll-lesson-term"><b>{lang === 'zh' ? term.zh : term.en}</b> {lang === 'zh' ? term.en : term.zh}</span>)}
        </div>
      )}
      <p className="ll-lesson-concept" data-testid="lesson-concept">{l(x.concept)}</p>
      <div className="ll-lesson-task">
        <div className="ll-lesson-head">{t('lessons.task')}</div>
        <p data-testid="lesson-task">{l(x.task)}</p>
        <ul className="ll-lesson-checks" aria-label={t('lessons.check')} data-testid="lesson-checks">
          {leaves.map((r, i) => (
            <li key={i} className={r.pass ? 'ok' : 'todo'} data-pass={r.pass}>
              <span className="ll-lesson-mark" aria-hidden>{r.pass ? '✓' : '○'}</span>
              <span>{l(r.text)}{!r.pass && r.actual && <span className="ll-lesson-now"> — {t('lessons.now', { value: l(r.actual) })}</span>}</span>
            </li>
          ))}
        </ul>
        <div className="ll-lesson-actions">
          {x.hint && <button className="ll-btn" onClick={() => setHint((h) => !h)} aria-expanded={hint}>{t('lessons.hint')}</button>}
          {x.solution.length > 0 && <button className="ll-btn" onClick={() => restore(true)} disabled={locked} title={t('lessons.showMeHelp')} data-testid="lesson-show-me">{t('lessons.showMe')}</button>}
          <button className="ll-btn" onClick={() => restore(false)} disabled={locked} title={t('lessons.resetHelp')} data-testid="lesson-reset">{t('lessons.reset')}</button>
          {x.training && <button className="ll-btn" onClick={onTrain} data-testid="lesson-train">{t('lessons.train')}</button>}
        </div>
        {hint && x.hint && <p className="ll-lesson-hint">{l(x.hint)}</p>}
        {x.training && <p className="ll-lesson-small">{t('lessons.trainSettings', { epochs: x.training.epochs, limit: x.training.limit ?? '—', data: x.training.data.toUpperCase() })}</p>}
      </div>
      {passed && (
        <div className="ll-lesson-done" data-testid="lesson-done" ref={doneRef}>
          <div className="ll-lesson-head">✓ {t('lessons.done')} · {t('lessons.expected')}</div>
          <p>{l(x.done)}</p>
        </div>
      )}
      <footer className="ll-lesson-nav">
        <button className="ll-btn" disabled={!prev || locked} onClick={() => prev && open(prev.lesson.id)} data-testid="lesson-prev">{t('lessons.prev')}</button>
        <span className="ll-lesson-small">{t('lessons.count', { done: course.lessons.filter((c) => done.has(c.lesson.id)).length, n: course.lessons.length })}</span>
        <button className={`ll-btn ${passed ? 'primary' : ''}`} disabled={!next || locked} onClick={() => next && open(next.lesson.id)} data-testid="lesson-next">{t('lessons.next')}</button>
      </footer>
    </section>
  );
}
