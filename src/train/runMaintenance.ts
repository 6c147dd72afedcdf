/**
 * Keeping a runs folder tidy: staging folders left by processes that died (`kill -9`, a crash, a power
 * cut) become interrupted runs with their last checkpoint, or go when they have none; a run the user
 * deletes goes, and only a run folder does.
 */
import { lstat, readdir, readFile, rm, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { isTemporaryName } from '../files/atomicWrite';
import { RunFolder, RUN_FILES, STAGING_PATTERN } from './runFolder';
import { OWNER_FILE, ownerAlive, parseOwner } from './runOwner';
import { RunReadError } from './runCatalog';

/**
 * A staging folder without an owner file (written by an older version of the app or of an exported script)
 * counts as abandoned once untouched this long: a day, longer than any epoch between two checkpoints.
 */
export const UNOWNED_GRACE_MS = 24 * 60 * 60 * 1000;

export interface Recovered {
  /** Run folders made from abandoned staging folders (status `interrupted`). */
  readonly recovered: string[];
  /** Abandoned staging folders without a checkpoint, removed. */
  readonly removed: string[];
}

async function newestChange(dir: string): Promise<number> {
  let newest = (await stat(dir)).mtimeMs;
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const s = await lstat(join(dir, name)).catch(() => null);
    if (s) newest = Math.max(newest, s.mtimeMs);
  }
  return newest;
}

/** Whether nobody is writing this staging folder any more. */
async function abandoned(dir: string, now: number): Promise<boolean> {
  const text = await readFile(join(dir, OWNER_FILE), 'utf8').catch(() => null);
  const owner = text === null ? null : parseOwner(text);
  if (owner) return !ownerAlive(owner);
  return now - (await newestChange(dir)) > UNOWNED_GRACE_MS;
}

/**
 * Turns the abandoned staging folders in `root` into interrupted runs (their last checkpoint kept, under
 * their run's name or the next free one) or removes them when no epoch had finished. Folders a live
 * process is writing are left alone. Never throws for one folder: another process may be tidying too.
 */
export async function recoverAbandonedRuns(root: string, now = Date.now()): Promise<Recovered> {
  const out: Recovered = { recovered: [], removed: [] };
  const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
  for (const d of entries) {
    if (!d.isDirectory() || !STAGING_PATTERN.test(d.name)) continue;
    const dir = join(root, d.name);
    try {
      if (!(await abandoned(dir, now))) continue;
      const folder = RunFolder.adopt(dir);
      const kept = folder.interruptSync('interrupted');
      if (kept) out.recovered.push(kept);
      else out.removed.push(dir);
    } catch {
      // Gone meanwhile (another process recovered it), or unreadable: the next listing tries again.
    }
  }
  return out;
}

/** Files a run folder may hold: deleting anything else is not ours to do. */
const RUN_FOLDER_FILES = new Set<string>([...Object.values(RUN_FILES), OWNER_FILE]);

/**
 * Deletes a saved run. Only a folder that holds a run (meta.json or model.json) and nothing but a run's
 * files: a folder with anything else in it is refused, so a mistaken path never deletes someone's files.
 * `live` says whether a session in this engine is writing it (refused too).
 */
export async function deleteRun(dir: string, live: (dir: string) => boolean = () => false): Promise<{ dir: string }> {
  const abs = resolve(dir);
  const info = await lstat(abs).catch(() => null);
  if (!info) throw new RunReadError(`run folder not found: ${abs}; it may have been deleted already (refresh the runs list)`);
  if (!info.isDirectory()) throw new RunReadError(`${abs} is not a run folder (it is ${info.isSymbolicLink() ? 'a link' : 'a file'}); nothing was deleted`);
  if (live(abs) || STAGING_PATTERN.test(basename(abs))) throw new RunReadError(`${abs} is being written by a training run; stop it first`);
  const entries = await readdir(abs, { withFileTypes: true });
  const names = new Set(entries.map((e) => e.name));
  if (!names.has(RUN_FILES.meta) && !names.has(RUN_FILES.model)) throw new RunReadError(`${abs} holds no run (no ${RUN_FILES.meta} or ${RUN_FILES.model}); nothing was deleted`);
  const foreign = entries.filter((e) => !e.isFile() || !(RUN_FOLDER_FILES.has(e.name) || isTemporaryName(e.name))).map((e) => e.name);
  if (foreign.length) {
    throw new RunReadError(`${abs} holds files that are not part of a run (${foreign.slice(0, 3).join(', ')}${foreign.length > 3 ? ', …' : ''}); nothing was deleted — delete the folder yourself if you mean to`);
  }
  await rm(abs, { recursive: true, force: true });
  return { dir: abs };
}
