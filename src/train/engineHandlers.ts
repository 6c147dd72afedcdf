/**
 * The engine's `train.*` methods (plugged in through src/server/handlerModules.ts): `train.start` runs a
 * TrainingSession in this process and streams its events as `train.event`; `train.pause`, `train.resume`
 * and `train.stop` control it by id; `train.list` tells which sessions run (and re-attaches the caller to
 * their events). src/train may not import src/protocol (docs/architecture.md), so the handler shapes are
 * written structurally here; the engine host checks params and events against the protocol's schemas.
 */
import type { Project } from '../graph/projectFile';
import type { SessionEvent } from './events';
import { defaultRunsRoot } from './runCatalog';
import { readResumePoint } from './runResume';
import { TrainingSession } from './session';
import { listSessions, pauseSession, resumeSession, startSession, stopSession } from './trainingSessions';

interface Context {
  readonly signal: AbortSignal;
  emit(event: 'train.event', payload: SessionEvent): void;
  /** Which connection asks (set by the engine host), so a page is subscribed to a session once. */
  readonly connection?: unknown;
}

interface StartParams {
  readonly project: Project;
  readonly outDir?: string;
  readonly featureMaps?: { readonly enabled: boolean; readonly sampleIndex: number; readonly everyMs: number };
}

const ok = { ok: true as const };
const emitter = (ctx: Context) => (e: SessionEvent) => ctx.emit('train.event', e);

export const handlers = {
  'train.start': async (params: StartParams, ctx: Context): Promise<{ sessionId: string }> => {
    // outDir absent: <time>-<name> in the default runs folder (a free name), as the CLI does; runs.list reads it.
    const s = new TrainingSession({
      project: params.project,
      ...(params.outDir ? { outDir: params.outDir } : { runsRoot: defaultRunsRoot() }),
      featureMaps: params.featureMaps ?? { enabled: true, everyMs: 2000 },
    });
    startSession(s, ctx.connection ?? ctx, emitter(ctx));
    return { sessionId: s.id };
  },
  /** Continues a saved run from its last checkpoint, in its own folder: a session like train.start's. */
  'runs.resume': async (params: { dir: string; featureMaps?: StartParams['featureMaps'] }, ctx: Context): Promise<{ sessionId: string }> => {
    const point = await readResumePoint(params.dir);
    const s = new TrainingSession({ project: point.project, resume: point, featureMaps: params.featureMaps ?? { enabled: true, everyMs: 2000 } });
    startSession(s, ctx.connection ?? ctx, emitter(ctx));
    return { sessionId: s.id };
  },
  'train.pause': async ({ sessionId }: { sessionId: string }) => {
    pauseSession(sessionId);
    return ok;
  },
  'train.resume': async ({ sessionId }: { sessionId: string }) => {
    resumeSession(sessionId);
    return ok;
  },
  'train.stop': async ({ sessionId }: { sessionId: string }) => {
    stopSession(sessionId);
    return ok;
  },
  'train.list': async (_params: unknown, ctx: Context) => ({
    sessions: ctx.connection === undefined ? listSessions() : listSessions(ctx.connection, emitter(ctx)),
  }),
};
