/**
 * Crash recovery: each editor window sends its document every few seconds; the engine keeps the last one
 * of every window in the config folder (written atomically, one file per window) and hands them back after
 * a crash, until the window clears its own on save. One slot per window: a second window (or browser tab)
 * neither overwrites nor clears the first one's, and a window that starts can tell a live window's unsaved
 * work from a closed one's (the UI asks which windows are still open).
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../files/atomicWrite';
import { parseProject, type Project } from '../graph/projectFile';

export interface Autosave {
  readonly project: Project;
  readonly path: string | null;
  readonly savedAt: string;
  /** The window that wrote it (absent for an autosave from before windows had slots). */
  readonly owner?: string;
}

/** Window ids name files: letters, digits, '-' and '_' only. */
export const OWNER_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
/** Slots kept: the oldest beyond this go when a window writes (windows that closed cleanly cleared theirs). */
export const MAX_SLOTS = 8;

const SLOT_FILE = /^autosave(?:-([A-Za-z0-9_-]{1,64}))?\.json$/;

export class AutosaveStore {
  constructor(private readonly configDir: string) {}

  private file(owner?: string): string {
    if (owner !== undefined && !OWNER_PATTERN.test(owner)) throw new Error(`autosave: "${owner}" is not a window id`);
    return join(this.configDir, owner ? `autosave-${owner}.json` : 'autosave.json');
  }

  async write(project: Project, path: string | null, owner?: string): Promise<{ savedAt: string }> {
    const savedAt = new Date().toISOString();
    await writeFileAtomic(this.file(owner), JSON.stringify({ savedAt, path, project, ...(owner ? { owner } : {}) }));
    await this.prune();
    return { savedAt };
  }

  /** Every readable autosave, the newest first. Damaged ones are left out, not errors. */
  async list(): Promise<Autosave[]> {
    let names: string[];
    try {
      names = await readdir(this.configDir);
    } catch {
      return [];
    }
    const found = await Promise.all(names.map((name) => {
      const m = SLOT_FILE.exec(name);
      return m ? this.read(join(this.configDir, name), m[1]) : null;
    }));
    return found.filter((a): a is Autosave => a !== null).sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  /** The newest autosave of any window, or null. */
  async recover(): Promise<Autosave | null> {
    return (await this.list())[0] ?? null;
  }

  /** Clears one window's slot (the slot without an owner when none is named). */
  async clear(owner?: string): Promise<void> {
    await rm(this.file(owner), { force: true });
  }

  private async read(file: string, owner: string | undefined): Promise<Autosave | null> {
    let raw: { savedAt?: unknown; path?: unknown; project?: unknown };
    try {
      raw = JSON.parse(await readFile(file, 'utf8'));
    } catch {
      return null;
    }
    try {
      return {
        project: parseProject(raw.project),
        path: typeof raw.path === 'string' ? raw.path : null,
        savedAt: typeof raw.savedAt === 'string' ? raw.savedAt : new Date(0).toISOString(),
        ...(owner ? { owner } : {}),
      };
    } catch {
      return null;
    }
  }

  private async prune(): Promise<void> {
    const names = (await readdir(this.configDir).catch(() => [] as string[])).filter((n) => SLOT_FILE.test(n));
    if (names.length <= MAX_SLOTS) return;
    const all = await this.list();
    const keep = new Set(all.slice(0, MAX_SLOTS).map((a) => (a.owner ? `autosave-${a.owner}.json` : 'autosave.json')));
    await Promise.all(names.filter((n) => !keep.has(n)).map((n) => rm(join(this.configDir, n), { force: true })));
  }
}
