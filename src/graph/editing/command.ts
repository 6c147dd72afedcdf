/**
 * Editor commands as values (the Excalidraw action pattern): one definition serves the toolbar, the
 * shortcut and the menu, and says how it affects undo.
 */
import type { Draft } from 'immer';
import type { Localized } from '../localized';
import type { Graph } from '../types';

/**
 * - record: one undo step.
 * - coalesce: merged into the previous step when that step came from the same command with the same
 *   `coalesceKey` (a drag, typing into one field): the whole gesture is undone at once.
 * - skip: applied but never undone on its own (nothing in the document should need it today).
 */
export type HistoryMode = 'record' | 'skip' | 'coalesce';

export interface Command<A = void> {
  readonly id: string;
  readonly label: Localized;
  /** Human-readable shortcut, e.g. "Mod+Shift+Z" (Mod is Ctrl, or Cmd on macOS). */
  readonly shortcut?: string;
  readonly history: HistoryMode;
  /** Mutates the draft document. Throwing leaves the document unchanged. */
  perform(draft: Draft<Graph>, args: A): void;
  /** For `coalesce`: steps with equal keys merge. */
  coalesceKey?(args: A): string;
}

export function defineCommand<A = void>(command: Command<A>): Command<A> {
  return command;
}
