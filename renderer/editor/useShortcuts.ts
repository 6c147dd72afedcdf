/** Keyboard shortcuts: Ctrl/Cmd+Z, Shift+Z, Y, S, Shift+S, O, A, C, X, V, D, Delete/Backspace. */
import { useEffect, useRef } from 'react';

export interface ShortcutActions {
  undo(): void;
  redo(): void;
  save(saveAs: boolean): void;
  open(): void;
  selectAll(): void;
  deleteSelection(): void;
  copy(): void;
  cut(): void;
  paste(): void;
  duplicate(): void;
  autoLayout(): void;
  clearSelection(): void;
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  return el.isContentEditable || el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT';
}

export function useShortcuts(actions: ShortcutActions): void {
  const ref = useRef(actions);
  ref.current = actions;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const a = ref.current;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      const typing = isTyping(e.target);
      const run = (f: () => void) => { e.preventDefault(); f(); };
      if (mod && key === 's') return run(() => a.save(e.shiftKey));
      if (mod && key === 'o') return run(a.open);
      if (typing) return;
      if (e.key === 'Escape') return a.clearSelection();
      if (mod && key === 'z') return run(e.shiftKey ? a.redo : a.undo);
      if (mod && key === 'y') return run(a.redo);
      if (mod && key === 'a') return run(a.selectAll);
      if (mod && key === 'c') return run(a.copy);
      if (mod && key === 'x') return run(a.cut);
      if (mod && key === 'v') return run(a.paste);
      if (mod && key === 'd') return run(a.duplicate);
      if (mod && e.shiftKey && key === 'l') return run(a.autoLayout);
      if (!mod && (e.key === 'Delete' || e.key === 'Backspace')) return run(a.deleteSelection);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
