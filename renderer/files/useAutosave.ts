/**
 * Autosave: every few seconds while there are unsaved edits, the project goes to this window's autosave
 * slot in the engine (or localStorage when the engine is unreachable); on the next start the app offers
 * it back, or the unsaved work of a window that closed without saving, never that of one still open.
 */
import { useEffect, useRef, useState } from 'react';
import { isDirty, type EditorStore } from '../../src/graph/editing/index';
import { parseProject, serializeProject, type Project } from '../../src/graph/projectFile';
import { getEngine } from '../engineClient';
import { autosaveDue, autosaveMark, pickRecovery, type AutosaveMark } from './autosavePolicy';
import { previousWindowId, windowId } from './windowIdentity';

export const AUTOSAVE_INTERVAL_MS = 3000;
const LOCAL_KEY = 'layerloom.autosave';

export interface Autosave {
  readonly project: Project;
  readonly path: string | null;
  readonly savedAt: string;
  /** The window that wrote it. */
  readonly owner?: string;
  /** That window is open now (the engine knows its connection). */
  readonly open?: boolean;
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms))]);
}

async function write(project: Project, path: string | null): Promise<string> {
  const savedAt = new Date().toISOString();
  const owner = windowId();
  try {
    const r = await withTimeout(getEngine().request('autosave.write', { project, path, owner }), 4000);
    try { localStorage.removeItem(LOCAL_KEY); } catch { /* ignore */ }
    return r.savedAt;
  } catch {
    localStorage.setItem(LOCAL_KEY, JSON.stringify({ project: JSON.parse(serializeProject(project)), path, savedAt, owner }));
    return savedAt;
  }
}

/** Clears this window's autosave (saved, opened another file). */
export async function clearAutosave(): Promise<void> {
  await clearSlot(windowId());
}

/** Clears the slot an offered autosave came from (restored into this window, or discarded). */
export function clearRecovered(autosave: Pick<Autosave, 'owner'>): Promise<void> {
  return clearSlot(autosave.owner);
}

/** `owner` undefined: the slot of an autosave from before windows had their own. */
async function clearSlot(owner: string | undefined): Promise<void> {
  try {
    const local = JSON.parse(localStorage.getItem(LOCAL_KEY) ?? 'null') as { owner?: string } | null;
    if (local && local.owner === owner) localStorage.removeItem(LOCAL_KEY);
  } catch { /* ignore */ }
  try { await withTimeout(getEngine().request('autosave.clear', owner ? { owner } : {}), 4000); } catch { /* engine unreachable */ }
}

export async function recoverAutosave(): Promise<Autosave | null> {
  const previous = previousWindowId();
  try {
    const { autosave, autosaves } = await withTimeout(getEngine().request('autosave.recover', { owner: windowId() }), 4000);
    return pickRecovery((autosaves ?? (autosave ? [autosave] : [])) as Autosave[], previous);
  } catch { /* fall back to local storage */ }
  try {
    const raw = localStorage.getItem(LOCAL_KEY);
    if (!raw) return null;
    const value = JSON.parse(raw) as { project: unknown; path: string | null; savedAt: string; owner?: string };
    return { project: parseProject(value.project), path: value.path, savedAt: value.savedAt, owner: value.owner };
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
