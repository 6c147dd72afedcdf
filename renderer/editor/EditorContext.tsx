/** The editor's store and the analysis derived from it, shared with the panels. */
import { createContext, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
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
  const { store, analyzeCached } = useCtx();
  const graph = useSyncExternalStore(store.subscribe, () => store.getState().graph);
  return analyzeCached(graph);
}
