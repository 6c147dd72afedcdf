/**
 * The editor's store: the document (graph + the project's other parts), its undo history, the selection
 * (never recorded) and the saved revision. Plain TypeScript with subscribe/getState, so React reads it
 * with useSyncExternalStore and tests drive it headlessly.
 */
import type { Localized } from '../localized';
import { newProject, trainingSchema, type Project, type TrainingSettings } from '../projectFile';
import type { Graph } from '../types';
import type { Command } from './command';
import { CommandError } from './commands';
import { EMPTY_HISTORY, execute, headRevision, redo, seal, undo, type EditorHistory } from './history';

export interface Selection {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

export const EMPTY_SELECTION: Selection = { nodes: new Set(), edges: new Set() };

export interface EditorState {
  readonly graph: Graph;
  readonly history: EditorHistory;
  readonly selection: Selection;
  /** The project's non-graph parts (training settings, meta), kept as loaded so a save round-trips. */
  readonly project: Project;
  /** Where the document was opened from or last saved to (null: never saved). */
  readonly path: string | null;
  /** Head revision at the last save or open (-1: changed outside the undo history, e.g. training settings). */
  readonly savedRevision: number;
  /** Why the document cannot be edited now (a training run is using it), or null when it can. */
  readonly readOnly: Localized | null;
}

export type RunResult = { readonly ok: true; readonly changed: boolean } | { readonly ok: false; readonly error: string };

export function isDirty(state: EditorState): boolean {
  return headRevision(state.history) !== state.savedRevision;
}

export class EditorStore {
  private state: EditorState;
  private readonly listeners = new Set<() => void>();

  constructor(project: Project = newProject({ nodes: [], edges: [] }), path: string | null = null) {
    this.state = { graph: project.graph, history: EMPTY_HISTORY, selection: EMPTY_SELECTION, project, path, savedRevision: 0, readOnly: null };
  }

  readonly getState = (): EditorState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => { this.listeners.delete(listener); };
  };

  private set(next: Partial<EditorState>): void {
    this.state = { ...this.state, ...next };
    for (const l of this.listeners) l();
  }

  /**
   * Makes the document read-only (a training run is using it): commands, undo, redo and training-setting
   * changes are refused with `reason` until {@link unlock}. Selection still works.
   */
  lock(reason: Localized): void {
    const now = this.state.readOnly;
    if (now && now.en === reason.en && now.zh === reason.zh) return;
    this.set({ readOnly: reason });
  }

  unlock(): void {
    if (this.state.readOnly) this.set({ readOnly: null });
  }

  /** Runs a command; a CommandError (a refused edit) or a read-only document leaves it unchanged and is returned. */
  run<A>(command: Command<A>, args: A): RunResult {
    if (this.state.readOnly) return { ok: false, error: this.state.readOnly.en };
    try {
      const r = execute(this.state.graph, this.state.history, command, args);
      if (r.changed) this.set({ graph: r.graph, history: r.history, selection: this.pruneSelection(r.graph, this.state.selection) });
      return { ok: true, changed: r.changed };
    } catch (err) {
      if (err instanceof CommandError) return { ok: false, error: err.message };
      throw err;
    }
  }

  undo(): boolean {
    if (this.state.readOnly) return false;
    const r = undo(this.state.graph, this.state.history);
    if (r.changed) this.set({ graph: r.graph, history: r.history, selection: this.pruneSelection(r.graph, this.state.selection) });
    return r.changed;
  }

  redo(): boolean {
    if (this.state.readOnly) return false;
    const r = redo(this.state.graph, this.state.history);
    if (r.changed) this.set({ graph: r.graph, history: r.history, selection: this.pruneSelection(r.graph, this.state.selection) });
    return r.changed;
  }

  get canUndo(): boolean { return this.state.history.past.length > 0; }
  get canRedo(): boolean { return this.state.history.future.length > 0; }

  select(nodes: Iterable<string>, edges: Iterable<string> = []): void {
    this.set({ selection: { nodes: new Set(nodes), edges: new Set(edges) } });
  }

  selectAll(): void {
    this.select(this.state.graph.nodes.map((n) => n.id), this.state.graph.edges.map((e) => e.id));
  }

  clearSelection(): void {
    if (this.state.selection.nodes.size || this.state.selection.edges.size) this.set({ selection: EMPTY_SELECTION });
  }

  /**
   * Changes the project's training settings (saved with the document, not part of the undo history: they
   * are settings, like the name). Values are checked against the project file's schema.
   */
  updateTraining(patch: Partial<TrainingSettings>): RunResult {
    if (this.state.readOnly) return { ok: false, error: this.state.readOnly.en };
    const parsed = trainingSchema.safeParse({ ...this.state.project.training, ...patch });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { ok: false, error: `training.${issue.path.join('.')}: ${issue.message}` };
    }
    const before = JSON.stringify(this.state.project.training);
    if (JSON.stringify(parsed.data) === before) return { ok: true, changed: false };
    this.set({ project: { ...this.state.project, training: parsed.data }, savedRevision: -1 });
    return { ok: true, changed: true };
  }

  /** Opens a project: a fresh history, nothing to save. A read-only lock stays (the run it belongs to goes on). */
  load(project: Project, path: string | null, options: { dirty?: boolean } = {}): void {
    this.state = {
      graph: project.graph, history: EMPTY_HISTORY, selection: EMPTY_SELECTION, project, path,
      savedRevision: options.dirty ? -1 : 0, readOnly: this.state.readOnly,
    };
    for (const l of this.listeners) l();
  }

  /** The project as it would be saved now. */
  toProject(): Project {
    const { project, graph } = this.state;
    return { ...project, graph: graph as Project['graph'], meta: { ...project.meta, modified: new Date().toISOString() } };
  }

  /** Renames the document (kept in the project's meta; not an undoable edit). */
  rename(name: string): void {
    this.set({ project: { ...this.state.project, meta: { ...this.state.project.meta, name } } });
  }

  markSaved(path: string | null, name?: string): void {
    const history = seal(this.state.history);
    const project = name ? { ...this.state.project, meta: { ...this.state.project.meta, name } } : this.state.project;
    this.set({ history, path, savedRevision: headRevision(history), project });
  }

  private pruneSelection(graph: Graph, selection: Selection): Selection {
    if (!selection.nodes.size && !selection.edges.size) return selection;
    const nodeIds = new Set(graph.nodes.map((n) => n.id));
    const edgeIds = new Set(graph.edges.map((e) => e.id));
    const nodes = [...selection.nodes].filter((id) => nodeIds.has(id));
    const edges = [...selection.edges].filter((id) => edgeIds.has(id));
    if (nodes.length === selection.nodes.size && edges.length === selection.edges.size) return selection;
    return { nodes: new Set(nodes), edges: new Set(edges) };
  }
}
