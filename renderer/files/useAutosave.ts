/**
 * Autosave: every few seconds while there are unsaved edits, the project goes to the engine's autosave
 * slot (or localStorage when the engine is unreachable); on the next start the app offers to recover it.
 */
import { useEffect, useRef, useState } from 'react';
import { isDirty, type EditorStore } from '../../src/graph/editing/index';
import { parseProject, serializeProject, type Project } from '../../src/graph/projectFile';
import { getEngine } from '../engineClient';
import { autosaveDue, autosaveMark, type AutosaveMark } from './autosaveDue';

export const AUTOSAVE_INTERVAL_MS = 3000;
const LOCAL_KEY = 'layerloom.autosave';

export interface Autosave {
  readonly project: Project;
  readonly path: string | null;
  readonly savedAt: string;
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms))]);
}

async function write(project: Project, path: string | null): Promise<string> {
  const savedAt = new Date().toISOString();
  try {
    const r = await withTimeout(getEngine().request('autosave.write', { project, path }), 4000);
    try { localStorage.removeItem(LOCAL_KEY); } catch { /* ignore */ }
    return r.savedAt;
  } catch {
    localStorage.setItem(LOCAL_KEY, JSON.stringify({ project: JSON.parse(serializeProject(project)), path, savedAt }));
    return savedAt;
  }
}

export async function clearAutosave(): Promise<void> {
  try { localStorage.removeItem(LOCAL_KEY); } catch { /* ignore */ }
  try { await withTimeout(getEngine().request('autosave.clear', {}), 4000); } catch { /* engine unreachable */ }
}

export async function recoverAutosave(): Promise<Autosave | null> {
  try {
    const { autosave } = await withTimeout(getEngine().request('autosave.recover', {}), 4000);
    if (autosave) return autosave as Autosave;
  } catch { /* fall back to local storage */ }
  try {
    const raw = localStorage.getItem(LOCAL_KEY);
    if (!raw) return null;
    const value = JSON.parse(raw) as { project: unknown; path: string | null; savedAt: string };
    return { project: parseProject(value.project), path: value.path, savedAt: value.savedAt };
  } catch {
    return null;
  }
}

/** Runs the autosave loop; returns when the last autosave happened. */
export function useAutosave(store: EditorStore, enabled: boolean): string | null {
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const last = useRef<AutosaveMark | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let busy = false;
    const timer = setInterval(() => {
      const state = store.getState();
      const dirty = isDirty(state);
      const key = autosaveMark(state, dirty);
      if (busy || !autosaveDue(last.current, key)) return;
      busy = true;
      const done = dirty ? write(store.toProject(), state.path).then(setSavedAt) : clearAutosave();
      void done.catch(() => {}).finally(() => { busy = false; last.current = key; });
    }, AUTOSAVE_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [store, enabled]);
  return savedAt;
}
