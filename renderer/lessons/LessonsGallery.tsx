/** The course: every lesson by part, with what is done; open one, or add a lesson file. */
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { useI18n } from '../i18n/I18nContext';
import { useToast } from '../editor/Toasts';
import { useLessons } from './LessonContext';
import '../styles/teaching.css';

export function LessonsGallery({ onClose }: { onClose: () => void }) {
  const { t, l } = useI18n();
  const toast = useToast();
  const { course, done, open, addFile, active } = useLessons();
  const [problems, setProblems] = useState<readonly string[]>([]);
  const fileInput = useRef<HTMLInputElement>(null);
  // Registered once, reading the latest onClose: Escape also clears the canvas selection, which re-renders the
  // app during the same key event, and a listener re-registered then would not hear it.
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape') close.current(); };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const parts: { name: string; lessons: typeof course.lessons[number][] }[] = [];
  for (const v of course.lessons) {
    const name = v.lesson.part ? l(v.lesson.part) : '';
    const last = parts[parts.length - 1];
    if (last && last.name === name) last.lessons.push(v);
    else parts.push({ name, lessons: [v] });
  }
  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const errors = addFile({ name: file.name, text: await file.text() });
    setProblems(errors);
    if (!errors.length) toast(t('lessons.added', { title: file.name }), 'success');
  };
  let n = 0;
  return (
    <div className="ll-modal-backdrop" onClick={onClose}>
      <div className="ll-modal ll-lessons-modal" role="dialog" aria-label={t('lessons.title')} onClick={(e) => e.stopPropagation()} data-testid="lessons-gallery">
        <div className="ll-modal-head">
          <div>
            <h2>{t('lessons.title')}</h2>
            <p className="ll-muted">{t('lessons.subtitle')} {t('lessons.count', { done: course.lessons.filter((c) => done.has(c.lesson.id)).length, n: course.lessons.length })}</p>
          </div>
          <button className="ll-tool" onClick={onClose} aria-label={t('lessons.close')}>✕</button>
        </div>
        {parts.map((part) => (
          <div key={part.name} className="ll-lessons-part">
            {part.name && <h3>{part.name}</h3>}
            <ol className="ll-lessons-list" start={n + 1}>
              {part.lessons.map((v) => {
                n += 1;
                const isDone = done.has(v.lesson.id);
                return (
                  <li key={v.lesson.id}>
                    <button className={`ll-lesson-item ${isDone ? 'is-done' : ''} ${active?.id === v.lesson.id ? 'is-active' : ''}`} onClick={() => { open(v.lesson.id); onClose(); }} data-testid={`lesson-${v.lesson.id}`}>
                      <span className="ll-lesson-n">{isDone ? '✓' : n}</span>
                      <span className="ll-lesson-item-text">
                        <span className="ll-lesson-item-title">{l(v.lesson.title)}</span>
                        <span className="ll-lesson-item-task">{l(v.lesson.task)}</span>
                      </span>
                    </button>
                  </li>
                );
              })}
            </ol>
          </div>
        ))}
        <div className="ll-lessons-add">
          <button className="ll-btn" onClick={() => fileInput.current?.click()} data-testid="lesson-add-file">{t('lessons.addFile')}</button>
          <span className="ll-muted">{t('lessons.addFileHelp')}</span>
          <input ref={fileInput} type="file" accept=".json,application/json" hidden onChange={(e) => void onFile(e)} data-testid="lesson-file-input" />
        </div>
        {(problems.length > 0 || course.errors.length > 0) && (
          <div className="ll-lessons-problems" role="alert" data-testid="lesson-problems">
            <b>{t('lessons.fileProblems')}</b>
            <ul>{[...problems, ...course.errors].map((p) => <li key={p} className="ll-mono">{p}</li>)}</ul>
          </div>
        )}
      </div>
    </div>
  );
}
