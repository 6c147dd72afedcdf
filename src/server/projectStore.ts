/**
 * Project files on disk: read with validation (errors name the field), write atomically (temporary
 * name, then rename), and the list of recently used files kept in the config folder.
 */
import { readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { writeFileAtomic } from '../files/atomicWrite';
import { readRegularText } from '../files/regularFile';
import { parseProject, ProjectFileError, serializeProject, type Project } from '../graph/projectFile';
import { RpcError, type RecentFile } from '../protocol';
import { projectErrorText } from '../messages/index';

const MAX_RECENT = 12;

function fileError(err: unknown, path: string, doing: string): RpcError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new RpcError('not-found', `${path}: no such file`);
  if (code === 'EISDIR') return new RpcError('failed', `${path}: is a folder, not a file`);
  // Not a regular file (a FIFO, a device) or too large: the message names the path and what it is.
  if (code === 'ENOTREG' || code === 'EFBIG') return new RpcError('failed', (err as Error).message);
  if (code === 'EACCES' || code === 'EPERM') return new RpcError('failed', `${path}: permission denied while ${doing}`);
  return new RpcError('failed', `${path}: ${doing} failed: ${(err as Error).message}`);
}

export class ProjectStore {
  constructor(private readonly configDir: string) {}

  private get recentPath(): string {
    return join(this.configDir, 'recent.json');
  }

  async read(path: string): Promise<{ path: string; project: Project }> {
    const full = resolve(path);
    let text: string;
    try {
      text = await readRegularText(full);
    } catch (err) {
      throw fileError(err, full, 'reading');
    }
    let project: Project;
    try {
      project = parseProject(text);
    } catch (err) {
      if (err instanceof ProjectFileError) throw new RpcError('invalid-project', `${basename(full)}: ${err.message}`, err.field, projectErrorText(err, basename(full)));
      throw err;
    }
    await this.touchRecent(full);
    return { path: full, project };
  }

  async write(path: string, project: Project): Promise<{ path: string; bytes: number }> {
    const full = resolve(path);
    const text = serializeProject(project);
    try {
      await writeFileAtomic(full, text);
    } catch (err) {
      throw fileError(err, full, 'saving');
    }
    await this.touchRecent(full);
    return { path: full, bytes: Buffer.byteLength(text) };
  }

  async recent(): Promise<RecentFile[]> {
    try {
      const data = JSON.parse(await readFile(this.recentPath, 'utf8')) as unknown;
      if (!Array.isArray(data)) return [];
      return data.filter((f): f is RecentFile => typeof f?.path === 'string' && typeof f?.name === 'string' && typeof f?.openedAt === 'string').slice(0, MAX_RECENT);
    } catch {
      return []; // missing or damaged: start afresh
    }
  }

  async clearRecent(): Promise<void> {
    await writeFileAtomic(this.recentPath, '[]\n');
  }

  private async touchRecent(path: string): Promise<void> {
    const files = (await this.recent()).filter((f) => f.path !== path);
    files.unshift({ path, name: basename(path), openedAt: new Date().toISOString() });
    try {
      await writeFileAtomic(this.recentPath, `${JSON.stringify(files.slice(0, MAX_RECENT), null, 2)}\n`);
    } catch {
      // The recent list is a convenience; failing to update it never fails the open or save.
    }
  }
}
