/**
 * Walking an image folder: finds the layout, the classes and every candidate file, without decoding.
 *
 * Layouts: `root/<class>/**` or `root/{train,val,test}/<class>/**` (split folder names in any letter
 * case; `valid` and `validation` also mean val). Hidden and system entries (names starting with a dot,
 * which covers .DS_Store and ._x, Thumbs.db, desktop.ini, __MACOSX) are passed over silently and only
 * counted. Files that are not images by extension, or not inside a class folder, are listed as skipped.
 */
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { DatasetError } from './datasetError.ts';
import { coded } from '../messages/index.ts';
import { IMAGE_EXTENSIONS, isImageExtension } from './decode.ts';
import type { SkippedFile, SplitName } from './types.ts';

export interface CatalogFile {
  readonly path: string;
  readonly label: number;
  /** Set in the train/val/test layout. */
  readonly split?: SplitName;
}

export interface FolderCatalog {
  readonly root: string;
  readonly layout: 'classes' | 'splits';
  /** Folder names exactly as written, ordered by their NFC form. */
  readonly classes: string[];
  /** Candidate image files (by extension), ordered by path. */
  readonly files: CatalogFile[];
  readonly skipped: SkippedFile[];
  readonly hiddenIgnored: number;
  /** Splits present as folders, in the splits layout. */
  readonly presentSplits: readonly SplitName[];
}

const SYSTEM_NAMES = new Set(['thumbs.db', 'desktop.ini', '__macosx', 'ehthumbs.db']);
const SPLIT_NAMES: Record<string, SplitName> = { train: 'train', val: 'val', valid: 'val', validation: 'val', test: 'test' };

export function isHiddenName(name: string): boolean {
  return name.startsWith('.') || SYSTEM_NAMES.has(name.toLowerCase());
}

interface Entry {
  readonly name: string;
  readonly path: string;
  readonly kind: 'dir' | 'file' | 'other';
}

class Walker {
  readonly skipped: SkippedFile[] = [];
  hidden = 0;
  private readonly seenDirs = new Set<string>();

  async list(dir: string): Promise<Entry[]> {
    let dirents: Dirent[];
    try {
      dirents = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      this.skipped.push({ path: dir, reason: `cannot read folder: ${(err as NodeJS.ErrnoException).code ?? String(err)}` });
      return [];
    }
    const entries: Entry[] = [];
    for (const d of dirents) {
      if (isHiddenName(d.name)) {
        this.hidden++;
        continue;
      }
      const path = join(dir, d.name);
      let kind: Entry['kind'] = d.isDirectory() ? 'dir' : d.isFile() ? 'file' : 'other';
      if (d.isSymbolicLink()) {
        const s = await stat(path).catch(() => undefined);
        kind = s?.isDirectory() ? 'dir' : s?.isFile() ? 'file' : 'other';
      }
      entries.push({ name: d.name, path, kind });
    }
    return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  /** Every file below `dir` (any depth), following symlinks once. */
  async filesBelow(dir: string, out: string[]): Promise<void> {
    const real = await realpath(dir).catch(() => dir);
    if (this.seenDirs.has(real)) return;
    this.seenDirs.add(real);
    for (const e of await this.list(dir)) {
      if (e.kind === 'dir') await this.filesBelow(e.path, out);
      else if (e.kind === 'file') out.push(e.path);
      else this.skipped.push({ path: e.path, reason: 'not a regular file' });
    }
  }
}

const nfc = (s: string) => s.normalize('NFC');

export async function scanFolder(root: string): Promise<FolderCatalog> {
  const info = await stat(root).catch(() => undefined);
  if (!info) throw new DatasetError(`data folder "${root}" does not exist; check the path (or use mnist or synthetic)`, coded('data.error.folderMissing', { path: root }));
  if (!info.isDirectory()) {
    throw new DatasetError(`"${root}" is a file, not a folder; point to a folder with one sub-folder of images per class`, coded('data.error.notAFolder', { path: root }));
  }
  const walker = new Walker();
  const top = await walker.list(root);
  const topDirs = top.filter((e) => e.kind === 'dir');
  const splitDirs = topDirs.filter((e) => SPLIT_NAMES[e.name.toLowerCase()]);
  const layout = splitDirs.length > 0 && splitDirs.length === topDirs.length ? 'splits' : 'classes';
  if (layout === 'splits' && !splitDirs.some((e) => SPLIT_NAMES[e.name.toLowerCase()] === 'train')) {
    const splits = splitDirs.map((e) => e.name).join('/');
    const example = join(root, 'train', '<class>');
    throw new DatasetError(`folder "${root}" has ${splits} folders but no train folder; add ${example} folders of images`, coded('data.error.noTrainFolder', { path: root, splits, example }));
  }
  const groups: { dir: string; split?: SplitName; entries: Entry[] }[] =
    layout === 'classes'
      ? [{ dir: root, entries: top }]
      : await Promise.all(splitDirs.map(async (e) => ({ dir: e.path, split: SPLIT_NAMES[e.name.toLowerCase()], entries: await walker.list(e.path) })));

  if (layout === 'splits') {
    for (const e of top) if (e.kind !== 'dir') walker.skipped.push({ path: e.path, reason: 'not inside a split and class folder' });
  }
  const classByKey = new Map<string, string>();
  const found: { path: string; key: string; split?: SplitName }[] = [];
  for (const g of groups) {
    for (const e of g.entries) {
      if (e.kind !== 'dir') {
        walker.skipped.push({ path: e.path, reason: layout === 'classes' ? 'not inside a class folder' : `not inside a class folder of ${g.split}` });
        continue;
      }
      const key = nfc(e.name);
      if (!classByKey.has(key)) classByKey.set(key, e.name);
      const files: string[] = [];
      await walker.filesBelow(e.path, files);
      for (const path of files) found.push({ path, key, split: g.split });
    }
  }
  if (classByKey.size === 0) {
    const where = layout === 'classes' ? root : join(root, 'train');
    const example = join(where, 'cat', '1.jpg');
    throw new DatasetError(`folder "${where}" has no class sub-folders; put each class's images in its own sub-folder, e.g. ${example}`, coded('data.error.noClassFolders', { path: where, example }));
  }
  const keys = [...classByKey.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const labelOf = new Map(keys.map((k, i) => [k, i]));
  const files: CatalogFile[] = [];
  for (const f of found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    if (!isImageExtension(f.path)) {
      const ext = extname(f.path);
      walker.skipped.push({ path: f.path, reason: `not an image file (${ext ? `extension ${ext}` : 'no extension'}; expected ${IMAGE_EXTENSIONS.join(' ')})` });
      continue;
    }
    files.push(f.split ? { path: f.path, label: labelOf.get(f.key)!, split: f.split } : { path: f.path, label: labelOf.get(f.key)! });
  }
  return {
    root,
    layout,
    classes: keys.map((k) => classByKey.get(k)!),
    files,
    skipped: walker.skipped,
    hiddenIgnored: walker.hidden,
    presentSplits: [...new Set(splitDirs.map((e) => SPLIT_NAMES[e.name.toLowerCase()]))],
  };
}
