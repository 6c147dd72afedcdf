/**
 * The engine's `train.*` methods (plugged in through src/server/handlerModules.ts): `train.start` runs a
 * TrainingSession in this process and streams its events as `train.event`; `train.pause`, `train.resume`
 * and `train.stop` control it by id. src/train may not import src/protocol (DESIGN.md layers), so the
 * handler shapes are written structurally here; the engine host checks params and events against the
 * protocol's schemas.
 */
import type { Project } from '../graph/projectFile';
import type { SessionEvent } from './events';
import { TrainingSession } from './session';

interface Context {
  readonly signal: AbortSignal;
  emit(event: 'train.event', payload: SessionEvent): void;
}

interface StartParams {
  readonly project: Project;
  readonly outDir?: string;
  readonly featureMaps?: { readonly enabled: boolean; readonly sampleIndex: number; readonly everyMs: number };
}

/** Sessions still running in this process, by id. */
const sessions = new Map<string, TrainingSession>();

function session(sessionId: string): TrainingSession {
  const s = sessions.get(sessionId);
  if (!s) throw new Error(`no training session "${sessionId}" is running`);
  return s;
}

export const handlers = {
  'train.start': async (params: StartParams, ctx: Context): Promise<{ sessionId: string }> => {
    const s = new TrainingSession({
      project: params.project,
      outDir: params.outDir,
      featureMaps: params.featureMaps ?? { enabled: true, everyMs: 2000 },
    });
    sessions.set(s.id, s);
    s.on((e) => ctx.emit('train.event', e));
    void s.run().finally(() => sessions.delete(s.id));
    return { sessionId: s.id };
  },
  'train.pause': async ({ sessionId }: { sessionId: string }) => {
    session(sessionId).pause();
    return { ok: true as const };
  },
  'train.resume': async ({ sessionId }: { sessionId: string }) => {
    session(sessionId).resume();
    return { ok: true as const };
  },
  'train.stop': async ({ sessionId }: { sessionId: string }) => {
    session(sessionId).stop();
    return { ok: true as const };
  },
};
