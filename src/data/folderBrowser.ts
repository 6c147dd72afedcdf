/**
 * Browsing to a data folder from the browser UI (which cannot see the disk): one folder's sub-folders at a
 * time, never a walk. Each call reads the folder asked for (one directory listing) and, to help recognise
 * a data set, counts the images directly inside it and inside at most MAX_COUNTED of its sub-folders
 * (stopping at COUNT_CAP entries each). Path completion asks for names starting with what was typed, with no
 * counting. Hidden folders are left out. The engine answers only its own token-holding pages (serve) or
 * windows (Electron).
 */
import { opendir, readdir, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, parse, resolve } from 'node:path';
import { isImageExtension } from './decode.ts';
import { datasetError } from './datasetError.ts';

export interface FolderEntry {
  readonly name: string;
  /** Images directly inside (null: not counted); `more` when counting stopped at the cap. */
  readonly images: number | null;
  readonly more?: boolean;
}

export interface FolderListing {
  /** The folder listed, absolute. */
  readonly path: string;
  /** Its parent, or null at a root. */
  readonly parent: string | null;
  readonly home: string;
  readonly folders: readonly FolderEntry[];
  /** Images directly in this folder. */
  readonly images: number;
  /** More sub-folders than were listed. */
  readonly truncated: boolean;
}

export interface ListFolderParams {
  /** Absolute, relative to the engine's folder, or starting with "~"; empty: the home folder. */
  readonly path?: string;
  /** Only sub-folders whose name starts with this (case-insensitive): path completion. Nothing is counted then. */
  readonly prefix?: string;
  readonly limit?: number;
}

export const MAX_FOLDERS = 1000;
export const MAX_COUNTED = 60;
export const COUNT_CAP = 5000;

function expand(path: string | undefined): string {
  const p = (path ?? '').trim();
  if (p === '' || p === '~') return homedir();
  if (p.startsWith('~/') || p.startsWith('~\\')) return join(homedir(), p.slice(2));
  return isAbsolute(p) ? resolve(p) : resolve(process.cwd(), p);
}

/** Images directly in a folder, counting at most COUNT_CAP entries. */
async function countImages(folder: string, signal?: AbortSignal): Promise<{ images: number; more: boolean }> {
  let images = 0;
  let seen = 0;
  const dir = await opendir(folder);
  try {
    for await (const entry of dir) {
      if (signal?.aborted || ++seen > COUNT_CAP) return { images, more: true };
      if ((entry.isFile() || entry.isSymbolicLink()) && isImageExtension(entry.name)) images += 1;
    }
  } catch {
    // A folder that stops reading part-way: what was counted.
  }
  return { images, more: false };
}

export async function listFolder(params: ListFolderParams, signal?: AbortSignal): Promise<FolderListing> {
  const path = expand(params.path);
  let entries;
  try {
    entries = await readdir(path, { withFileTypes: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw datasetError('data.error.folderMissing', { path });
    if (code === 'ENOTDIR') throw datasetError('data.error.notAFolder', { path });
    throw datasetError('data.error.folderUnreadable', { path, why: code ?? (err as Error).message });
  }
  const prefix = params.prefix?.toLowerCase();
  const limit = Math.min(params.limit ?? MAX_FOLDERS, MAX_FOLDERS);
  const names: string[] = [];
  let images = 0;
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    let folder = e.isDirectory();
    // A link to a folder is a folder (one stat per link, only for links).
    if (!folder && e.isSymbolicLink()) folder = await stat(join(path, e.name)).then((s) => s.isDirectory(), () => false);
    if (folder) {
      if (!prefix || e.name.toLowerCase().startsWith(prefix)) names.push(e.name);
    } else if (isImageExtension(e.name)) {
      images += 1;
    }
  }
  names.sort((a, b) => a.localeCompare(b, undefined, { numeric: true, sensitivity: 'base' }));
  const shown = names.slice(0, limit);
  const counted = prefix !== undefined ? [] : await Promise.all(shown.slice(0, MAX_COUNTED).map((n) => countImages(join(path, n), signal).catch(() => null)));
  const folders = shown.map((name, i) => {
    const c = counted[i];
    return c ? { name, images: c.images, ...(c.more ? { more: true } : {}) } : { name, images: null };
  });
  const root = parse(path).root === path;
  return { path, parent: root ? null : dirname(path), home: homedir(), folders, images, truncated: names.length > shown.length };
}
