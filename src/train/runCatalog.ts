/**
 * Reading saved runs for the app's runs table and results view: a summary of every run in a folder
 * (newest first) and one run's whole record. Runs come from this version or older ones and may be
 * half-written or damaged by hand: nothing here throws for a damaged run while listing — it is listed
 * with status `damaged: <what is wrong>` instead.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { checkJsonDepth } from '../graph/jsonDepth';
import { parseProject, type Project } from '../graph/projectFile';
import { RUN_FILES } from './runFolder';
import { readRegularText } from '../files/regularFile';

/**
 * Where runs are saved when no folder is given: `runs/` in the working folder, as `layerloom train` does
 * (defaultRunDir), so the app and the CLI list the same runs. LAYERLOOM_RUNS_DIR overrides it for a host
 * whose working folder is no place for files (a desktop app started from a launcher has `/`).
 */
export function defaultRunsRoot(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  return resolve(cwd, env.LAYERLOOM_RUNS_DIR || 'runs');
}

export interface RunSummary {
  dir: string;
  name: string;
  createdAt: string;
  projectName: string;
  status?: string;
  epochs: number;
  testAccuracy: number | null;
  backend?: string;
  settings?: Record<string, unknown>;
  params?: number;
  imagesPerSec?: number;
  valAccuracy?: number | null;
  valLoss?: number | null;
}

export interface HistoryRow {
  epoch: number;
  loss: number;
  accuracy: number | null;
  valLoss: number | null;
  valAccuracy: number | null;
}

export interface RunDetail {
  dir: string;
  summary: RunSummary;
  project: Project;
  history: HistoryRow[];
  labels: string[];
  evaluation: Record<string, unknown> | null;
  meta: Record<string, unknown>;
}

/** A run folder that cannot be opened; the message names the folder or file and what to do. */
export class RunReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RunReadError';
  }
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const numOrNull = (v: unknown): number | null => num(v) ?? null;

/** A JSON file of the run: its value, `undefined` when absent, or a RunReadError when unreadable. */
async function readJson(dir: string, file: string): Promise<unknown> {
  const path = join(dir, file);
  let text: string;
  try {
    text = await readRegularText(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new RunReadError(`cannot read ${path}: ${(err as Error).message}`);
  }
  // A file nested thousands of levels deep would overflow the stack when the answer is sent.
  checkJsonDepth(text, (message) => new RunReadError(`${path}: ${message}`));
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new RunReadError(`${path} is not valid JSON (${(err as Error).message})`);
  }
}

function historyRows(raw: unknown): HistoryRow[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(isObject).flatMap((h) => {
    const epoch = num(h.epoch);
    const loss = num(h.loss);
    if (epoch === undefined || loss === undefined || !Number.isInteger(epoch) || epoch < 1) return [];
    return [{ epoch, loss, accuracy: numOrNull(h.accuracy), valLoss: numOrNull(h.valLoss), valAccuracy: numOrNull(h.valAccuracy) }];
  });
}

/** `2026-11-28T16-40-07-lenet5` → the ISO time in its name (defaultRunDir's stamp), if it has one. */
export function timeFromRunName(name: string): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})/.exec(name);
  if (!m) return undefined;
  const t = new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}Z`);
  return Number.isNaN(t.getTime()) ? undefined : t.toISOString();
}

function summarize(dir: string, meta: Json, history: HistoryRow[], evaluation: Json | null, createdAt: string, projectName?: string): RunSummary {
  const last = history.at(-1);
  const backend = isObject(meta.backend) ? meta.backend.name : meta.backend;
  const settings = isObject(meta.settings) ? meta.settings : undefined;
  const epochs = num(meta.epochsCompleted) ?? history.length;
  const params = num(meta.params);
  const imagesPerSec = num(meta.imagesPerSec);
  return {
    dir,
    name: basename(dir),
    createdAt,
    projectName: projectName ?? (typeof meta.name === 'string' ? meta.name : basename(dir)),
    // A run folder (not staging) whose status says it is training was left by a process that died: interrupted.
    ...(typeof meta.status === 'string' ? { status: meta.status === 'training' ? 'interrupted' : meta.status } : {}),
    epochs: Number.isInteger(epochs) && epochs >= 0 ? epochs : history.length,
    testAccuracy: num(meta.testAccuracy) ?? num(evaluation?.accuracy) ?? null,
    ...(typeof backend === 'string' ? { backend } : {}),
    ...(settings ? { settings } : {}),
    ...(params !== undefined && Number.isInteger(params) && params >= 0 ? { params } : {}),
    ...(imagesPerSec !== undefined && imagesPerSec >= 0 ? { imagesPerSec } : {}),
    valAccuracy: last?.valAccuracy ?? null,
    valLoss: last?.valLoss ?? null,
  };
}

async function createdAtOf(dir: string): Promise<string> {
  const fromName = timeFromRunName(basename(dir));
  if (fromName) return fromName;
  const s = await stat(dir);
  return (s.birthtimeMs > 0 ? s.birthtime : s.mtime).toISOString();
}

/** The summary of one run folder; throws RunReadError when it is not a readable run. */
export async function readRunSummary(dir: string): Promise<RunSummary> {
  const meta = await readJson(dir, RUN_FILES.meta);
  if (meta === undefined) throw new RunReadError(`${dir} has no ${RUN_FILES.meta}: it is not a LayerLoom run folder (or its training has not finished an epoch)`);
  if (!isObject(meta)) throw new RunReadError(`${join(dir, RUN_FILES.meta)} is not a JSON object`);
  const history = historyRows(await readJson(dir, RUN_FILES.history).catch(() => undefined));
  // evaluation.json is only needed when meta.json lacks the test accuracy (older runs).
  const evaluation = num(meta.testAccuracy) === undefined ? await readJson(dir, RUN_FILES.evaluation).catch(() => undefined) : undefined;
  return summarize(dir, meta, history, isObject(evaluation) ? evaluation : null, await createdAtOf(dir));
}

/** Files that make a folder look like a run, even when meta.json is missing or damaged. */
const RUN_MARKERS: readonly string[] = [RUN_FILES.meta, RUN_FILES.model, RUN_FILES.history, RUN_FILES.project];

/**
 * Every run in `root`, newest first. Folders that are not runs (and hidden ones, such as a run still
 * being written) are passed over; a damaged run is listed with status `damaged: <reason>`.
 */
export async function listRuns(root: string, { required = false } = {}): Promise<RunSummary[]> {
  let names: string[];
  try {
    names = (await readdir(root, { withFileTypes: true })).filter((d) => d.isDirectory() && !d.name.startsWith('.')).map((d) => d.name);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !required) return [];
    if (code === 'ENOENT') throw new RunReadError(`runs folder not found: ${root}; train a model first, or choose the folder your runs are in`);
    if (code === 'ENOTDIR') throw new RunReadError(`${root} is a file, not a runs folder; choose the folder that holds your run folders`);
    throw new RunReadError(`cannot read the runs folder ${root}: ${(err as Error).message}`);
  }
  // A run folder chosen instead of the folder holding runs: that run alone.
  if (await stat(join(root, RUN_FILES.meta)).catch(() => null)) {
    const self = await readRunSummary(root).catch(() => null);
    if (self) return [self];
  }
  const runs = await Promise.all(names.map(async (name): Promise<RunSummary | null> => {
    const dir = join(root, name);
    const files = new Set(await readdir(dir).catch(() => [] as string[]));
    if (!RUN_MARKERS.some((f) => files.has(f))) return null;
    try {
      return await readRunSummary(dir);
    } catch (err) {
      const createdAt = await createdAtOf(dir).catch(() => new Date(0).toISOString());
      return { dir, name, createdAt, projectName: name, status: `damaged: ${(err as Error).message}`, epochs: 0, testAccuracy: null };
    }
  }));
  return runs
    .filter((r): r is RunSummary => r !== null)
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
}

/** evaluation.json when it has the fields the app needs (older or damaged files give null). */
function usableEvaluation(raw: unknown): Json | null {
  if (!isObject(raw)) return null;
  const ok = Array.isArray(raw.classes) && Array.isArray(raw.confusion) && Array.isArray(raw.perClass) && Array.isArray(raw.mistakes)
    && num(raw.accuracy) !== undefined && num(raw.loss) !== undefined && isObject(raw.macro);
  return ok ? raw : null;
}

/** One run's whole record; throws RunReadError naming the folder or the file at fault. */
export async function openRun(dir: string): Promise<RunDetail> {
  const abs = resolve(dir);
  const info = await stat(abs).catch(() => null);
  if (!info) throw new RunReadError(`run folder not found: ${abs}; choose a folder from the runs list (or one written by layerloom train)`);
  if (!info.isDirectory()) throw new RunReadError(`${abs} is a file, not a run folder`);
  const meta = await readJson(abs, RUN_FILES.meta);
  if (!isObject(meta)) throw new RunReadError(`${join(abs, RUN_FILES.meta)} is ${meta === undefined ? 'missing' : 'not a JSON object'}: is ${abs} a LayerLoom run folder?`);
  const projectRaw = await readJson(abs, RUN_FILES.project);
  if (projectRaw === undefined) throw new RunReadError(`${join(abs, RUN_FILES.project)} is missing: the run's network cannot be shown`);
  let project: Project;
  try {
    project = parseProject(projectRaw);
  } catch (err) {
    throw new RunReadError(`${join(abs, RUN_FILES.project)}: ${(err as Error).message}`);
  }
  const labels = await readJson(abs, RUN_FILES.labels);
  if (!Array.isArray(labels) || !labels.every((l) => typeof l === 'string')) throw new RunReadError(`${join(abs, RUN_FILES.labels)} is missing or not a list of class names`);
  const history = historyRows(await readJson(abs, RUN_FILES.history));
  const evaluation = usableEvaluation(await readJson(abs, RUN_FILES.evaluation).catch(() => undefined));
  const summary = summarize(abs, meta, history, evaluation, await createdAtOf(abs), project.meta.name);
  return { dir: abs, summary, project, history, labels, evaluation, meta };
}
