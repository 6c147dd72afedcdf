/** A run folder's details (runs.open), reloaded when the folder changes; errors are kept to show. */
import { useEffect, useState } from 'react';
import { getEngine } from '../engineClient';
import type { RunDetail } from './types';

export interface RunDetailState {
  readonly detail: RunDetail | null;
  readonly loading: boolean;
  readonly error: string | null;
}

export function useRunDetail(runDir: string | null): RunDetailState {
  const [state, setState] = useState<RunDetailState>({ detail: null, loading: false, error: null });
  useEffect(() => {
    if (!runDir) { setState({ detail: null, loading: false, error: null }); return; }
    let alive = true;
    setState((s) => ({ detail: s.detail?.dir === runDir ? s.detail : null, loading: true, error: null }));
    getEngine().request('runs.open', { dir: runDir }).then(
      (detail) => { if (alive) setState({ detail, loading: false, error: null }); },
      (err: Error) => { if (alive) setState({ detail: null, loading: false, error: err.message }); },
    );
    return () => { alive = false; };
  }, [runDir]);
  return state;
}
