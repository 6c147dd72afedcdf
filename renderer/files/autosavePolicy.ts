/**
 * The autosave's two decisions, as plain functions. When it writes: whenever what a save would hold
 * changed since its last write. The
 * project's training settings and name are part of that (they are not undoable edits, so the graph alone
 * does not show them): a reload used to recover a project with the data source of several changes ago.
 * What it offers on start: see pickRecovery.
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

/** What pickRecovery needs of an autosave. */
export interface RecoveryCandidate {
  /** The window that wrote it (absent: from before windows had their own slot). */
  readonly owner?: string;
  /** That window is open now (the engine knows its connection). */
  readonly open?: boolean;
}

/**
 * The autosave to offer on start (newest first in `autosaves`): the one this tab's previous page wrote (a
 * reload), else the newest of a window that is not open. Never the unsaved work of a window still open (a
 * second tab used to say "LayerLoom closed with unsaved changes" about the first).
 */
export function pickRecovery<T extends RecoveryCandidate>(autosaves: readonly T[], previous: string | null): T | null {
  return (previous ? autosaves.find((a) => a.owner === previous) : undefined) ?? autosaves.find((a) => !a.open) ?? null;
}
