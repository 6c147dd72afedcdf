/**
 * When the autosave loop writes: whenever what a save would hold changed since its last write. The
 * project's training settings and name are part of that (they are not undoable edits, so the graph alone
 * does not show them): a reload used to recover a project with the data source of several changes ago.
 */
import type { EditorState } from '../../src/graph/editing/index';

export interface AutosaveMark {
  readonly graph: EditorState['graph'];
  readonly project: EditorState['project'];
  readonly dirty: boolean;
}

export const autosaveMark = (state: Pick<EditorState, 'graph' | 'project'>, dirty: boolean): AutosaveMark =>
  ({ graph: state.graph, project: state.project, dirty });

export function autosaveDue(last: AutosaveMark | null, now: AutosaveMark): boolean {
  return !last || last.graph !== now.graph || last.project !== now.project || last.dirty !== now.dirty;
}
