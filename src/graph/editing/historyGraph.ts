/** The document as it was at an earlier revision, by applying the undo history's inverse patches (nothing is stored twice). */
import { applyPatches } from 'immer';
import type { Graph } from '../types';
import type { EditorHistory } from './history';

/** The graph before every step after `revision` (0: before every recorded edit, i.e. as opened). */
export function graphAtRevision(graph: Graph, history: EditorHistory, revision = 0): Graph {
  let g = graph;
  for (let i = history.past.length - 1; i >= 0 && history.past[i].revision > revision; i--) g = applyPatches(g, history.past[i].inversePatches as never);
  return g;
}

/**
 * The revision right after the network was last opened into the editor: the latest step that replaced the
 * whole network (a template, a lesson), or 0 (the document as loaded). "Before your edits" means this.
 */
export function openedRevision(history: EditorHistory, replaceCommandId = 'graph.replace'): number {
  for (let i = history.past.length - 1; i >= 0; i--) if (history.past[i].commandId === replaceCommandId) return history.past[i].revision;
  return 0;
}
