/**
 * Crash recovery: the editor sends its document every few seconds; the engine keeps the last one in the
 * config folder (written atomically) and hands it back after a crash, until it is cleared on save.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../files/atomicWrite';
import { parseProject, type Project } from '../graph/projectFile';

export interface Autosave {
  readonly project: Project;
  readonly path: string | null;
  readonly savedAt: string;
}

export class AutosaveStore {
  constructor(private readonly configDir: string) {}

  private get file(): string {
    return join(this.configDir, 'autosave.json');
  }

  async write(project: Project, path: string | null): Promise<{ savedAt: string }> {
    const savedAt = new Date().toISOString();
    await writeFileAtomic(this.file, JSON.stringify({ savedAt, path, project }));
    return { savedAt };
  }

  /** The last autosave, or null if there is none or it cannot be read as a project. */
  async recover(): Promise<Autosave | null> {
    let raw: { savedAt?: unknown; path?: unknown; project?: unknown };
    try {
      raw = JSON.parse(await readFile(this.file, 'utf8'));
    } catch {
      return null;
    }
    try {
      return {
        project: parseProject(raw.project),
        path: typeof raw.path === 'string' ? raw.path : null,
        savedAt: typeof raw.savedAt === 'string' ? raw.savedAt : new Date(0).toISOString(),
      };
    } catch {
      return null;
    }
  }

  async clear(): Promise<void> {
    await rm(this.file, { force: true });
  }
}
