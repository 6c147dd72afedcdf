/**
 * The training run shared by the workspace: one TrainingStore fed by the engine's `train.event`, the
 * start/pause/resume/stop actions, and the read-only lock of the editor while a run uses the document.
 */
import { createContext, useContext, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { text } from '../../src/graph/localized';
import type { Project } from '../../src/graph/projectFile';
import { coded, renderText, type CodedText } from '../../src/messages/index';
import { getEngine } from '../engineClient';
import { useAnalysis, useStore } from '../editor/EditorContext';
import { useToast } from '../editor/Toasts';
import { useI18n } from '../i18n/I18nContext';
import { ACTIVE_STATUSES, frameScheduler, TrainingStore, type TrainingState } from './trainingStore';

export const RUN_LOCK = text(
  'A training run is using this network: it is read-only until the run ends (stop it to edit).',
  '训练正在使用此网络：在训练结束前它是只读的（停止训练即可编辑）。',
);

export interface TrainingController {
  readonly store: TrainingStore;
  /** Feature maps are computed for this sample of the validation split. */
  readonly sampleIndex: number;
  readonly setSampleIndex: (n: number) => void;
  /** Bumped when a run ends, so run lists reload. */
  readonly runsVersion: number;
  start(): Promise<void>;
  /** Goes on training a saved run from its last checkpoint; its network is loaded into the editor first. */
  continueRun(dir: string, project: Project): Promise<void>;
  pause(): Promise<void>;
  resume(): Promise<void>;
  stop(): Promise<void>;
}

const Ctx = createContext<TrainingController | null>(null);
/** The store alone, for views that may live outside a TrainingProvider (the canvas in tests). */
export const TrainingStoreContext = createContext<TrainingStore | null>(null);

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export function TrainingProvider({ children }: { children: ReactNode }) {
  const editor = useStore();
  const store = useMemo(() => new TrainingStore({ schedule: frameScheduler(250) }), []);
  const [sampleIndex, setSampleIndex] = useState(0);
  const [runsVersion, setRunsVersion] = useState(0);
  const analysis = useAnalysis();
  const { t, msg } = useI18n();
  const toast = useToast();

  useEffect(() => getEngine().on('train.event', (e) => store.handle(e)), [store]);

  // Electron: the engine process died and main started a new one. Say so; a run it was training is over.
  useEffect(() => getEngine().on('engine.restarted', ({ exitCode }) => {
    const restarted = coded('app.engineRestarted', { code: exitCode ?? '?' });
    toast(msg(restarted), 'error');
    if (store.isActive) store.fail({ message: renderText(restarted, 'en') ?? 'the engine restarted', messageCode: restarted });
  }), [store, toast, msg]);

  // After a reload, a run the engine is still doing is followed again (and the document stays locked).
  useEffect(() => {
    let alive = true;
    getEngine().request('train.list').then(({ sessions }) => {
      const live = sessions[0];
      if (!alive || !live || store.getState().status !== 'idle') return;
      const status = ({ preparing: 'preparing', training: 'running', pausing: 'pausing', paused: 'paused', stopping: 'stopping' } as const)[live.state as 'training'];
      if (status) store.reattach(live.sessionId, status);
    }, () => undefined);
    return () => { alive = false; };
  }, [store]);

  // The document is locked exactly while a run is active; the lock follows the store, so every way a
  // run ends (done, error, cancelled, a failed start) unlocks it.
  useEffect(() => {
    let wasActive = false;
    const sync = () => {
      const active = ACTIVE_STATUSES.has(store.getState().status);
      // lock/unlock tell the editor's listeners only when the lock really changes: the whole canvas
      // re-renders on it, and the store flushes 4 times a second while training.
      if (active) editor.lock(RUN_LOCK);
      else editor.unlock();
      if (wasActive && !active) setRunsVersion((v) => v + 1);
      wasActive = active;
    };
    return store.subscribe(sync);
  }, [store, editor]);

  const controller = useMemo<TrainingController>(() => {
    const sessionId = () => store.getState().sessionId;
    const call = async (method: 'train.pause' | 'train.resume' | 'train.stop'): Promise<boolean> => {
      const id = sessionId();
      if (!id) return false;
      try {
        await getEngine().request(method, { sessionId: id });
        return true;
      } catch (err) {
        // The session may just have ended on its own; its final event says so.
        console.warn(`[train] ${method}: ${message(err)}`);
        return false;
      }
    };
    return {
      store, sampleIndex, setSampleIndex, runsVersion,
      async start() {
        if (store.isActive) return;
        if (!analysis.ok) { store.begin(); store.fail({ message: t('train.fixErrors') }); return; }
        const project = editor.toProject();
        store.begin();
        editor.lock(RUN_LOCK);
        try {
          const { sessionId: id } = await getEngine().request('train.start', {
            // Every 2 s: each capture is a forward pass and an encode on the training process's time.
            project, featureMaps: { enabled: true, sampleIndex, everyMs: 2000 },
          });
          store.attach(id);
        } catch (err) {
          store.fail({ message: message(err), messageCode: (err as { text?: CodedText }).text });
        }
      },
      async continueRun(dir, project) {
        if (store.isActive) return;
        // The canvas shows the network being trained (live numbers, feature maps per block).
        editor.load(project, null, { dirty: true });
        store.begin();
        editor.lock(RUN_LOCK);
        try {
          const { sessionId: id } = await getEngine().request('runs.resume', { dir, featureMaps: { enabled: true, sampleIndex, everyMs: 2000 } });
          store.attach(id);
        } catch (err) {
          store.fail({ message: message(err), messageCode: (err as { text?: CodedText }).text });
        }
      },
      // The status changes the moment the button is pressed; the engine's `state` event says when the
      // pause has begun (after its current batch). A refused request puts the status back.
      async pause() {
        store.markPausing();
        if (!(await call('train.pause'))) store.markResumed();
      },
      async resume() {
        store.markResumed();
        await call('train.resume');
      },
      async stop() {
        store.markStopping();
        await call('train.stop');
      },
    };
  }, [store, editor, sampleIndex, runsVersion, analysis.ok, t]);

  return (
    <TrainingStoreContext.Provider value={store}>
      <Ctx.Provider value={controller}>{children}</Ctx.Provider>
    </TrainingStoreContext.Provider>
  );
}

export function useTraining(): TrainingController {
  const v = useContext(Ctx);
  if (!v) throw new Error('useTraining outside TrainingProvider');
  return v;
}

/** The run's state, re-rendered at most once per flush (≈ 4 times a second while training). */
export function useTrainingState(): TrainingState {
  const { store } = useTraining();
  return useSyncExternalStore(store.subscribe, store.getState);
}

/**
 * The run's state at most every `intervalMs` (the curves: redrawing three charts costs more than the
 * progress line); a change of status (a run ending) comes through at once.
 */
export function useThrottledTrainingState(intervalMs: number): TrainingState {
  const { store } = useTraining();
  const [state, setState] = useState(store.getState);
  useEffect(() => {
    let last = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let shown = store.getState();
    const publish = () => {
      timer = null;
      last = Date.now();
      shown = store.getState();
      setState(shown);
    };
    const unsubscribe = store.subscribe(() => {
      const next = store.getState();
      if (next.status !== shown.status || Date.now() - last >= intervalMs) { if (timer) clearTimeout(timer); publish(); return; }
      timer ??= setTimeout(publish, intervalMs - (Date.now() - last));
    });
    publish();
    return () => { unsubscribe(); if (timer) clearTimeout(timer); };
  }, [store, intervalMs]);
  return state;
}
