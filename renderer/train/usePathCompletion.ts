/**
 * Folder-name completion for a typed path in the browser UI: the folder up to the last separator is
 * listed once by the engine (names only, nothing counted) a moment after it changes, and the names are
 * filtered here as the user types the rest. So typing reads one folder per folder typed, not the disk on
 * every keystroke.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { getEngine } from '../engineClient';
import { childPath } from './FolderBrowser';

const DELAY_MS = 250;
const MAX_SHOWN = 50;

/** The folder part and the name being typed: "/data/ca" → ["/data/", "ca"]; null before any separator. */
export function splitTyped(text: string): [string, string] | null {
  const i = Math.max(text.lastIndexOf('/'), text.lastIndexOf('\\'));
  return i < 0 ? null : [text.slice(0, i + 1), text.slice(i + 1)];
}

export function usePathCompletion(text: string, enabled: boolean): string[] {
  const [listed, setListed] = useState<{ dir: string; names: string[] } | null>(null);
  const cache = useRef(new Map<string, string[]>());
  const split = enabled ? splitTyped(text) : null;
  const dir = split?.[0] ?? null;
  const typed = split?.[1] ?? '';

  useEffect(() => {
    if (dir === null) return;
    const known = cache.current.get(dir);
    if (known) { setListed({ dir, names: known }); return; }
    let alive = true;
    const timer = setTimeout(() => {
      getEngine().request('folders.list', { path: dir, prefix: '' }).then((r) => {
        const names = r.folders.map((f) => f.name);
        cache.current.set(dir, names);
        if (alive) setListed({ dir, names });
      }, () => { if (alive) setListed({ dir, names: [] }); });
    }, DELAY_MS);
    return () => { alive = false; clearTimeout(timer); };
  }, [dir]);

  return useMemo(() => {
    if (dir === null || !listed || listed.dir !== dir) return [];
    const start = typed.toLowerCase();
    return listed.names.filter((n) => n.toLowerCase().startsWith(start)).slice(0, MAX_SHOWN).map((n) => childPath(dir, n));
  }, [dir, typed, listed]);
}
