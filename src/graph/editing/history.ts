/**
 * Undo/redo as immer patches: `execute` runs one command through produceWithPatches and records the
 * inverse patches; undo applies them, redo re-applies the forward ones. Pure functions over plain data.
 */
import { applyPatches, enablePatches, produceWithPatches, type Patch } from 'immer';
import type { Localized } from '../localized';
import type { Graph } from '../types';
import type { Command } from './command';

enablePatches();

export interface HistoryEntry {
  /** Unique per step: the document's revision after this step (used for the dirty marker). */
  readonly revision: number;
  readonly commandId: string;
  readonly label: Localized;
  readonly patches: readonly Patch[];
  readonly inversePatches: readonly Patch[];
  readonly coalesceKey?: string;
  /** A sealed step never absorbs later edits (set when the document is saved). */
  readonly sealed?: boolean;
}

export interface EditorHistory {
  readonly past: readonly HistoryEntry[];
  readonly future: readonly HistoryEntry[];
  /** Counter for new revisions. */
  readonly nextRevision: number;
}

export const EMPTY_HISTORY: EditorHistory = { past: [], future: [], nextRevision: 1 };

/** At most this many undo steps are kept. */
export const HISTORY_LIMIT = 500;

export interface Executed {
  readonly graph: Graph;
  readonly history: EditorHistory;
  /** False when the command changed nothing (no step recorded). */
  readonly changed: boolean;
}

export function execute<A>(graph: Graph, history: EditorHistory, command: Command<A>, args: A): Executed {
  const [next, patches, inversePatches] = produceWithPatches(graph, (draft) => { command.perform(draft, args); });
  if (patches.length === 0) return { graph, history, changed: false };
  if (command.history === 'skip') return { graph: next, history, changed: true };
  const key = command.history === 'coalesce' ? command.coalesceKey?.(args) : undefined;
  const last = history.past[history.past.length - 1];
  if (key !== undefined && last && !last.sealed && last.commandId === command.id && last.coalesceKey === key && history.future.length === 0) {
    const merged: HistoryEntry = {
      ...last,
      patches: [...last.patches, ...patches],
      inversePatches: [...inversePatches, ...last.inversePatches],
    };
    return { graph: next, history: { ...history, past: [...history.past.slice(0, -1), merged] }, changed: true };
  }
  const entry: HistoryEntry = {
    revision: history.nextRevision, commandId: command.id, label: command.label, patches, inversePatches, coalesceKey: key,
  };
  const past = [...history.past, entry];
  return {
    graph: next,
    history: { past: past.length > HISTORY_LIMIT ? past.slice(past.length - HISTORY_LIMIT) : past, future: [], nextRevision: history.nextRevision + 1 },
    changed: true,
  };
}

export function undo(graph: Graph, history: EditorHistory): Executed {
  const last = history.past[history.past.length - 1];
  if (!last) return { graph, history, changed: false };
  return {
    graph: applyPatches(graph, last.inversePatches as Patch[]),
    history: { ...history, past: history.past.slice(0, -1), future: [{ ...last, sealed: true }, ...history.future] },
    changed: true,
  };
}

export function redo(graph: Graph, history: EditorHistory): Executed {
  const next = history.future[0];
  if (!next) return { graph, history, changed: false };
  return {
    graph: applyPatches(graph, next.patches as Patch[]),
    history: { ...history, past: [...history.past, next], future: history.future.slice(1) },
    changed: true,
  };
}

/** The revision the document is at: 0 for the state the history started from. */
export function headRevision(history: EditorHistory): number {
  return history.past[history.past.length - 1]?.revision ?? 0;
}

/** Stops the last step from absorbing later edits (after a save, so the dirty marker stays honest). */
export function seal(history: EditorHistory): EditorHistory {
  const last = history.past[history.past.length - 1];
  if (!last || last.sealed) return history;
  return { ...history, past: [...history.past.slice(0, -1), { ...last, sealed: true }] };
}
