/**
 * Walking an image folder: finds the layout, the classes and every candidate file, without decoding.
 *
 * Layouts: `root/<class>/**` or `root/{train,val,test}/<class>/**` (split folder names in any letter
 * case; `valid` and `validation` also mean val). Hidden and system entries (names starting with a dot,
 * which covers .DS_Store and ._x, Thumbs.db, desktop.ini, __MACOSX) are passed over silently and only
 * counted. Files that are not images by extension, or not inside a class folder, are listed as skipped.
 *
 * What is followed, so that a folder's images stay its class's and a walk stays inside the data:
 * - below a class folder, a symbolic link to a folder is followed only when it leads to a folder inside
 *   that class folder and not back above it (`cat/loop -> ..` would pour every class into "cat";
 *   `cat/all -> /` would walk the disk); a link to a file is followed when the file is in the class
 *   folder or outside the data folder altogether (data sets built from links into a photo library),
 *   not when it is another class's file;
 * - another file system mounted inside the data (/proc under /) is not entered;
 * - only regular files are candidates: FIFOs, devices and sockets are skipped with the reason.
 * The walk checks `signal` between folders and gives up on a folder that is plainly not image data
 * (thousands of files, hardly any images: a half-typed path such as `/`).
 */
import type { Dirent, Stats } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join, relative, isAbsolute, sep } from 'node:path';
import { fileKindOf, type FileKind } from '../files/regularFile.ts';
import { datasetError } from './datasetError.ts';
import { IMAGE_EXTENSIONS, isImageExtension } from './decode.ts';
import type { TextParams } from '../messages/index.ts';
import { NOT_REGULAR, skipped, type SkipCode } from './skipReasons.ts';
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

export interface ScanOptions {
  readonly signal?: AbortSignal;
  /** Files found so far (called after each folder). */
  readonly onProgress?: (filesFound: number) => void;
}

/** A walk that has met this many files that are not images, and almost no images, stops (see {@link scanFolder}). */
export const NOT_IMAGE_DATA_FILES = 5000;

export const SYSTEM_NAMES = new Set(['thumbs.db', 'desktop.ini', '__macosx', 'ehthumbs.db']);
const SPLIT_NAMES: Record<string, SplitName> = { train: 'train', val: 'val', valid: 'val', validation: 'val', test: 'test' };

export function isHiddenName(name: string): boolean {
  return name.startsWith('.') || SYSTEM_NAMES.has(name.toLowerCase());
}

/** True when `path` is `dir` or below it (both real, absolute paths). */
export function isWithin(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

interface Entry {
  readonly name: string;
  readonly path: string;
  readonly kind: 'dir' | 'file' | 'other';
  /** Set for symbolic links: where they lead. */
  readonly target?: string;
  /** What a non-regular entry is. */
  readonly special?: FileKind;
}

class Walker {
  readonly skipped: SkippedFile[] = [];
  hidden = 0;
  files = 0;
  images = 0;
  private readonly seenDirs = new Set<string>();
  /** Real path of every file listed → the path it was listed under. */
  private readonly seenFiles = new Map<string, string>();

  constructor(private readonly root: string, private readonly realRoot: string, private readonly o: ScanOptions) {}

  skip(path: string, code: SkipCode, params?: TextParams): void {
    this.skipped.push(skipped(path, code, params));
  }

  async list(dir: string): Promise<Entry[]> {
    this.o.signal?.throwIfAborted();
    let dirents: Dirent[];
    try {
      dirents = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      const errno = (err as NodeJS.ErrnoException).code ?? String(err);
      if (errno === 'EACCES' || errno === 'EPERM') this.skip(dir, 'data.skip.folderPermissionDenied');
      else this.skip(dir, 'data.skip.folderUnreadable', { errno });
      return [];
    }
    const entries: Entry[] = [];
    for (const d of dirents) {
      if (isHiddenName(d.name)) {
        this.hidden++;
        continue;
      }
      const path = join(dir, d.name);
      if (!d.isSymbolicLink()) {
        const kind = fileKindOf(d);
        entries.push(kind === 'folder' ? { name: d.name, path, kind: 'dir' } : kind === 'file' ? { name: d.name, path, kind: 'file' } : { name: d.name, path, kind: 'other', special: kind });
        continue;
      }
      let target: string;
      let s: Stats;
      try {
        target = await realpath(path);
        s = await stat(target);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'ELOOP') this.skip(path, 'data.skip.symlinkLoop');
        else if (code === 'ENOENT') this.skip(path, 'data.skip.symlinkBroken');
        else this.skip(path, 'data.skip.unreadable', { errno: code ?? String(err) });
        continue;
      }
      const kind = fileKindOf(s);
      entries.push({ name: d.name, path, target, ...(kind === 'folder' ? { kind: 'dir' } : kind === 'file' ? { kind: 'file' } : { kind: 'other', special: kind }) });
    }
    return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  /**
   * Every regular file below a class folder (any depth), by the rules in this module's comment. Real
   * folders are walked before linked ones, so a file reached both ways is listed under its real path.
   */
  async filesBelow(classDir: string, out: string[]): Promise<void> {
    const classReal = await realpath(classDir).catch(() => classDir);
    const classDev = (await stat(classReal).catch(() => undefined))?.dev;
    const folders: { dir: string; real: string }[] = [{ dir: classDir, real: classReal }];
    const linked: { dir: string; real: string }[] = [];
    for (let next = folders.pop(); next; next = folders.pop() ?? linked.pop()) {
      const { dir, real } = next;
      if (this.seenDirs.has(real)) continue;
      this.seenDirs.add(real);
      for (const e of await this.list(dir)) {
        if (e.kind === 'other') {
          this.skip(e.path, NOT_REGULAR[e.special ?? 'other']);
        } else if (e.kind === 'file') {
          this.addFile(e, join(real, e.name), classReal, out);
        } else if (e.target !== undefined) {
          // A link to a folder: only down, within the class folder.
          if (isWithin(e.target, real)) this.skip(e.path, 'data.skip.symlinkLoop');
          else if (!isWithin(classReal, e.target)) this.skip(e.path, 'data.skip.symlinkOutside', { target: e.target });
          else linked.push({ dir: e.path, real: e.target });
        } else {
          const sub = join(real, e.name);
          const dev = (await stat(sub).catch(() => undefined))?.dev;
          if (classDev !== undefined && dev !== undefined && dev !== classDev) this.skip(e.path, 'data.skip.otherFileSystem');
          else folders.push({ dir: e.path, real: sub });
        }
      }
      this.o.onProgress?.(this.files);
      this.checkLooksLikeImageData();
    }
  }

  private addFile(e: Entry, real: string, classReal: string, out: string[]): void {
    const target = e.target ?? real;
    if (e.target !== undefined && !isWithin(classReal, target) && isWithin(this.realRoot, target)) {
      this.skip(e.path, 'data.skip.symlinkOutside', { target });
      return;
    }
    // One file reached twice (a link beside its target, one library photo linked from two classes) is
    // used once: twice, it could land in both the training and the test split.
    const first = this.seenFiles.get(target);
    if (first !== undefined) {
      this.skip(e.path, 'data.skip.sameFile', { other: first });
      return;
    }
    this.seenFiles.set(target, e.path);
    this.files++;
    if (isImageExtension(e.path)) this.images++;
    out.push(e.path);
  }

  /** Stops a walk through something that is not an image data set (a home folder, `/`, a source tree). */
  private checkLooksLikeImageData(): void {
    const others = this.files - this.images;
    if (others >= NOT_IMAGE_DATA_FILES && this.images * 20 < others) {
      throw datasetError('data.error.notImageData', { path: this.root, others, files: this.files });
    }
  }
}

const nfc = (s: string) => s.normalize('NFC');

/**
 * Scans a data folder. Rejects with a DatasetError naming the folder and the fix (missing, a file, no
 * class folders, plainly not image data), and with the signal's reason when aborted.
 */
export async function scanFolder(root: string, o: ScanOptions = {}): Promise<FolderCatalog> {
  const info = await stat(root).catch(() => undefined);
  if (!info) throw datasetError('data.error.folderMissing', { path: root });
  if (!info.isDirectory()) {
    throw datasetError('data.error.notAFolder', { path: root });
  }
  const realRoot = await realpath(root);
  const walker = new Walker(root, realRoot, o);
  const top = await walker.list(root);
  const topDirs = top.filter((e) => e.kind === 'dir');
  const splitDirs = topDirs.filter((e) => SPLIT_NAMES[e.name.toLowerCase()]);
  const layout = splitDirs.length > 0 && splitDirs.length === topDirs.length ? 'splits' : 'classes';
  if (layout === 'splits' && !splitDirs.some((e) => SPLIT_NAMES[e.name.toLowerCase()] === 'train')) {
    throw datasetError('data.error.noTrainFolder', { path: root, splits: splitDirs.map((e) => e.name).join('/'), example: join(root, 'train', '<class>') });
  }
  const groups: { dir: string; split?: SplitName; entries: Entry[] }[] =
    layout === 'classes' ? [{ dir: root, entries: top }] : [];
  if (layout === 'splits') {
    for (const e of splitDirs) groups.push({ dir: e.path, split: SPLIT_NAMES[e.name.toLowerCase()], entries: await walker.list(e.path) });
    for (const e of top) if (e.kind !== 'dir') walker.skip(e.path, 'data.skip.outsideSplit');
  }
  const classByKey = new Map<string, string>();
  const found: { path: string; key: string; split?: SplitName }[] = [];
  for (const g of groups) {
    const classReals = new Map<string, string>();
    for (const e of g.entries) {
      if (e.kind !== 'dir') {
        if (g.split) walker.skip(e.path, 'data.skip.outsideSplitClass', { split: g.split });
        else walker.skip(e.path, 'data.skip.outsideClass');
        continue;
      }
      const problem = await classFolderProblem(e, realRoot, info.dev, classReals);
      if (problem) {
        walker.skip(e.path, problem.code, problem.params);
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
    throw datasetError('data.error.noClassFolders', { path: where, example: join(where, 'cat', '1.jpg') });
  }
  const keys = [...classByKey.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const labelOf = new Map(keys.map((k, i) => [k, i]));
  const files: CatalogFile[] = [];
  for (const f of found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    if (!isImageExtension(f.path)) {
      const ext = extname(f.path);
      const expected = IMAGE_EXTENSIONS.join(' ');
      if (ext) walker.skip(f.path, 'data.skip.notImage', { ext, expected });
      else walker.skip(f.path, 'data.skip.noExtension', { expected });
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

/**
 * A class folder is used unless it loops (a link to the data folder or above it), is the same folder as
 * another class's, or is a different file system mounted in the data folder (a link to a folder on
 * another disk is fine: the user made it).
 */
async function classFolderProblem(e: Entry, realRoot: string, rootDev: number, seen: Map<string, string>): Promise<{ code: SkipCode; params?: TextParams } | null> {
  const real = e.target ?? (await realpath(e.path).catch(() => e.path));
  if (isWithin(real, realRoot)) return { code: 'data.skip.symlinkLoop' };
  const other = seen.get(real);
  if (other !== undefined) return { code: 'data.skip.duplicateClass', params: { other } };
  seen.set(real, e.name);
  if (e.target === undefined) {
    const dev = (await stat(real).catch(() => undefined))?.dev;
    if (dev !== undefined && dev !== rootDev) return { code: 'data.skip.otherFileSystem' };
  }
  return null;
}
