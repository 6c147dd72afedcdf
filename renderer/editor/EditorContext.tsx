/** The editor's store and the analysis derived from it, shared with the panels. */
import { createContext, useCallback, useContext, useMemo, useRef, useSyncExternalStore, type ReactNode } from 'react';
import type { Analysis } from '../../src/graph/analysisTypes';
import { createAnalysisCache, EditorStore, type EditorState } from '../../src/graph/editing/index';

interface EditorContextValue {
  readonly store: EditorStore;
  readonly analyzeCached: (graph: EditorState['graph']) => Analysis;
}

const Ctx = createContext<EditorContextValue | null>(null);

export function EditorProvider({ store, children }: { store: EditorStore; children: ReactNode }) {
  const value = useMemo(() => ({ store, analyzeCached: createAnalysisCache() }), [store]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

function useCtx(): EditorContextValue {
  const v = useContext(Ctx);
  if (!v) throw new Error('editor context missing');
  return v;
}

export function useStore(): EditorStore {
  return useCtx().store;
}

export function useEditorState(): EditorState {
  const { store } = useCtx();
  return useSyncExternalStore(store.subscribe, store.getState);
}

/** The analysis of the current graph (recomputed only when something other than positions changed). */
export function useAnalysis(): Analysis {
  const { analyzeCached } = useCtx();
  return useEditorSelector((s) => analyzeCached(s.graph));
}

/**
 * A slice of the editor state; the component re-renders only when `isEqual` says the slice changed
 * (a drag changes positions on every frame, and most panels do not care).
 */
export function useEditorSelector<T>(select: (state: EditorState) => T, isEqual: (a: T, b: T) => boolean = Object.is): T {
  const { store } = useCtx();
  const last = useRef<{ value: T } | null>(null);
  const selectRef = useRef(select);
  selectRef.current = select;
  const get = useCallback(() => {
    const next = selectRef.current(store.getState());
    if (last.current && isEqual(last.current.value, next)) return last.current.value;
    last.current = { value: next };
    return next;
  }, [store, isEqual]);
  return useSyncExternalStore(store.subscribe, get);
}

/** Block labels by id (only labelled blocks), stable while no label changes. */
export function useLabels(): ReadonlyMap<string, string> {
  const key = useEditorSelector((s) => s.graph.nodes.filter((n) => n.label).map((n) => `${n.id}\u0000${n.label}`).join('\u0001'));
  return useMemo(() => new Map(key ? key.split('\u0001').map((kv) => kv.split('\u0000') as [string, string]) : []), [key]);
}
