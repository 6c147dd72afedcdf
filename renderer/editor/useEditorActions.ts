/** Everything the toolbar, shortcuts and menus do, in one place (each goes through a document command). */
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback, useMemo, useRef } from 'react';
import {
  applyLayout, copySelection, deleteElements, isDirty, parseClipboard, pasteElements, preparePaste, replaceGraph,
  type ClipboardPayload,
} from '../../src/graph/editing/index';
import { flowDirectionOf, type FlowDirection } from '../../src/graph/layout';
import { newProject } from '../../src/graph/projectFile';
import type { Graph, Position } from '../../src/graph/types';
import { openProject, saveProject } from '../files/projectFiles';
import { clearAutosave } from '../files/useAutosave';
import { useI18n } from '../i18n/I18nContext';
import { layoutGraph, type TemplateEntry } from '../templates/templateCatalog';
import { addAfterSelection } from './addAfterSelection';
import { useStore } from './EditorContext';
import { useToast } from './Toasts';
import { documentName } from '../files/documentName';
import { FIT_OPTIONS, markFitted } from './useKeepFitted';

/** The direction the user last laid a network out in: templates open that way too. */
const FLOW_KEY = 'layerloom.flow';
function preferredFlow(): FlowDirection {
  try { return localStorage.getItem(FLOW_KEY) === 'right' ? 'right' : 'down'; } catch { return 'down'; }
}
function rememberFlow(direction: FlowDirection): void {
  try { localStorage.setItem(FLOW_KEY, direction); } catch { /* storage unavailable */ }
}

/** Fitting leaves a thin margin: every pixel goes to the blocks (ResNet-50 must stay readable). */

export function useEditorActions() {
  const store = useStore();
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  const { t, l, errorText } = useI18n();
  const toast = useToast();
  const clipboard = useRef<ClipboardPayload | null>(null);
  const pasteCount = useRef(0);

  const name = () => documentName(store.getState().project.meta.name, t);
  const confirmDiscard = useCallback(() => window.confirm(t('file.discardConfirm', { name: documentName(store.getState().project.meta.name, t) })), [store, t]);
  const fit = useCallback(() => { requestAnimationFrame(() => { markFitted(true); void flow.fitView(FIT_OPTIONS); }); }, [flow]);
  /** The graph laid out for the canvas as it is now: its size, and the blocks' measured sizes. */
  const laidOut = useCallback((graph: Graph, direction: FlowDirection, measured = true) => {
    const { width, height } = flowStore.getState();
    const sizes = new Map<string, { width: number; height: number }>();
    if (measured) for (const n of graph.nodes) {
      const m = flow.getInternalNode(n.id)?.measured;
      if (m?.width && m.height) sizes.set(n.id, { width: m.width, height: m.height });
    }
    return layoutGraph(graph, { direction, sizes, ...(width > 200 && height > 200 ? { view: { width, height } } : {}) });
  }, [flow, flowStore]);

  const focusNode = useCallback((id: string) => {
    const node = store.getState().graph.nodes.find((n) => n.id === id);
    if (!node) return;
    store.select([id]);
    markFitted(false);
    const internal = flow.getInternalNode(id);
    const w = internal?.measured.width ?? 232;
    const h = internal?.measured.height ?? 100;
    void flow.setCenter(node.position.x + w / 2, node.position.y + h / 2, { zoom: Math.max(flow.getZoom(), 0.9), duration: 300 });
  }, [store, flow]);

  const paste = useCallback((payload: ClipboardPayload | null) => {
    if (!payload) return;
    pasteCount.current += 1;
    const offset = 40 * pasteCount.current;
    const prepared = preparePaste(store.getState().graph, payload, { x: offset, y: offset });
    if (store.run(pasteElements, prepared).ok) store.select(prepared.nodes.map((n) => n.id), prepared.edges.map((e) => e.id));
  }, [store]);

  return useMemo(() => ({
    undo: () => store.undo(),
    redo: () => store.redo(),
    selectAll: () => store.selectAll(),
    clearSelection: () => store.clearSelection(),
    deleteSelection: () => {
      const { selection } = store.getState();
      if (selection.nodes.size || selection.edges.size) store.run(deleteElements, { nodeIds: [...selection.nodes], edgeIds: [...selection.edges] });
    },
    copy: () => {
      const { graph, selection } = store.getState();
      const payload = copySelection(graph, selection.nodes);
      if (!payload) return;
      clipboard.current = payload;
      pasteCount.current = 0;
      void navigator.clipboard?.writeText(JSON.stringify(payload)).catch(() => {});
    },
    cut: () => {
      const { graph, selection } = store.getState();
      const payload = copySelection(graph, selection.nodes);
      if (!payload) return;
      clipboard.current = payload;
      pasteCount.current = -1;
      store.run(deleteElements, { nodeIds: [...selection.nodes], edgeIds: [] });
    },
    paste: () => {
      if (clipboard.current) { paste(clipboard.current); return; }
      void navigator.clipboard?.readText().then((text) => paste(parseClipboard(text))).catch(() => {});
    },
    duplicate: () => {
      const { graph, selection } = store.getState();
      pasteCount.current = 0;
      paste(copySelection(graph, selection.nodes));
    },
    /** Lays the network out (down or right; by default the way it flows now): one undo step. */
    autoLayout: (direction?: FlowDirection) => {
      const { graph } = store.getState();
      if (direction) rememberFlow(direction);
      const laid = laidOut(graph, direction ?? flowDirectionOf(graph));
      const positions: Record<string, Position> = {};
      for (const n of laid.nodes) positions[n.id] = n.position;
      store.run(applyLayout, { positions });
      fit();
    },
    fitView: fit,
    focusNode,
    addKind: (kind: string) => {
      const center = flow.screenToFlowPosition({ x: window.innerWidth / 2, y: window.innerHeight / 2 });
      const id = addAfterSelection(store, kind, { x: center.x - 116, y: center.y - 40 });
      if (id) requestAnimationFrame(() => focusNode(id));
    },
    openTemplate: (entry: TemplateEntry) => {
      const graph: Graph = laidOut(entry.build(), preferredFlow(), false);
      if (store.getState().graph.nodes.length === 0 && !isDirty(store.getState())) {
        store.load(newProject(graph, { name: l(entry.title) }), null, { dirty: true });
      } else {
        if (store.run(replaceGraph, { graph }).ok) store.rename(l(entry.title));
      }
      fit();
    },
    newDocument: () => {
      if (isDirty(store.getState()) && !confirmDiscard()) return;
      store.load(newProject({ nodes: [], edges: [] }, { name: '' }), null);
      void flow.setViewport({ x: 0, y: 0, zoom: 1 });
      void clearAutosave();
    },
    save: async (saveAs = false) => {
      try {
        const saved = await saveProject(store, saveAs);
        if (saved) { toast(t('file.saved', { name: saved }), 'success'); void clearAutosave(); }
      } catch (err) {
        toast(t('file.saveFailed', { error: (err as Error).message }), 'error');
      }
    },
    open: async (path?: string) => {
      try {
        const opened = await openProject(store, confirmDiscard, path);
        if (opened) { fit(); void clearAutosave(); }
      } catch (err) {
        toast(t('file.openFailed', { error: errorText(err) }), 'error');
      }
    },
    name,
  }), [store, flow, fit, laidOut, focusNode, paste, confirmDiscard, toast, t, l, errorText]);
}

export type EditorActions = ReturnType<typeof useEditorActions>;
