/**
 * Where a saved run left off, for resuming it: its project and settings, seed and input standardisation
 * (so the data splits and the model's inputs are exactly as before), the epochs it finished and their
 * history. Only an interrupted or stopped run with a checkpoint and epochs left can be resumed.
 */
import { join } from 'node:path';
import { readRegularText } from '../files/regularFile';
import type { Project } from '../graph/projectFile';
import { coded, type CodedText } from '../messages/index';
import type { Normalization } from './normalization';
import { openRun, RunReadError } from './runCatalog';
import { pathExists, RUN_FILES } from './runFolder';
import type { HistoryEntry } from './session';

export interface ResumePoint {
  readonly runDir: string;
  /** The run's own project, its training settings those the run was started with. */
  readonly project: Project;
  readonly name: string;
  readonly seed: number;
  readonly normalization: Normalization;
  readonly epochsCompleted: number;
  readonly history: readonly HistoryEntry[];
  /** meta.json as it is: kept if the resumed run fails before its first checkpoint. */
  readonly meta: Record<string, unknown>;
}

/** A run that cannot be resumed; the coded text says why in the user's language. */
export class NotResumableError extends RunReadError {
  constructor(message: string, readonly coded: CodedText) {
    super(message);
    this.name = 'NotResumableError';
  }
}

const RESUMABLE = new Set(['interrupted', 'cancelled']);
const num = (v: unknown, fallback: number): number => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);

function isNormalization(v: unknown): v is Normalization {
  const n = v as Normalization | undefined;
  return !!n && Array.isArray(n.mean) && Array.isArray(n.std) && n.mean.every((x) => typeof x === 'number') && n.std.every((x) => typeof x === 'number');
}

export async function readResumePoint(dir: string): Promise<ResumePoint> {
  const run = await openRun(dir);
  const status = run.summary.status ?? 'complete';
  const settings = (run.meta.settings ?? run.project.training) as Project['training'];
  const epochsCompleted = num(run.meta.epochsCompleted, run.history.length);
  if (!RESUMABLE.has(status)) {
    throw new NotResumableError(`${run.dir} is a ${status} run, not an interrupted or stopped one: train a new run instead`, coded('runs.error.notResumable', { dir: run.dir, status }));
  }
  if (!(await pathExists(join(run.dir, RUN_FILES.model)))) {
    throw new NotResumableError(`${run.dir} has no checkpoint (${RUN_FILES.model}) to resume from`, coded('runs.error.noCheckpoint', { dir: run.dir }));
  }
  if (epochsCompleted >= settings.epochs && run.evaluation) {
    throw new NotResumableError(`${run.dir} has trained all its ${settings.epochs} epochs`, coded('runs.error.allEpochsDone', { dir: run.dir, epochs: settings.epochs }));
  }
  if (!isNormalization(run.meta.normalization)) throw new RunReadError(`${join(run.dir, RUN_FILES.meta)} has no input standardisation (normalization): the run cannot be resumed exactly`);
  // history.json's learning rates and durations (openRun keeps only what the app shows).
  const rows = await readRegularText(join(run.dir, RUN_FILES.history)).then((t) => JSON.parse(t) as Array<Record<string, unknown>>).catch(() => []);
  const full = new Map((Array.isArray(rows) ? rows : []).map((h) => [h?.epoch, h]));
  const history: HistoryEntry[] = run.history.filter((h) => h.epoch <= epochsCompleted).map((h) => ({
    ...h, learningRate: num(full.get(h.epoch)?.learningRate, settings.learningRate), durationMs: num(full.get(h.epoch)?.durationMs, 0),
  }));
  return {
    runDir: run.dir,
    project: { ...run.project, training: settings },
    name: typeof run.meta.name === 'string' ? run.meta.name : run.project.meta.name,
    seed: num(run.meta.seed, 1),
    normalization: run.meta.normalization,
    epochsCompleted,
    history,
    meta: run.meta,
  };
}
