/**
 * Reading files users point at (projects, images, run folders) safely: only regular files are read.
 *
 * A FIFO opened for reading blocks until a writer appears — in Node that blocks one of libuv's four
 * threads, and four of them block every file operation of the process — and a device such as
 * /dev/zero never ends. So a path is `stat`ed first (which opens nothing: opening a device can have
 * effects of its own), refused unless it is a regular file, then opened with O_NONBLOCK (a FIFO swapped
 * in meanwhile cannot block the open) and checked again on the open descriptor. Reads are capped, so a
 * huge file is refused with its size instead of filling memory.
 */
import fs, { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { constants as constants_buffer } from 'node:buffer';
import { promisify } from 'node:util';

/** Why a path is not a file LayerLoom reads: a stable code, and its English wording. */
export type FileKind = 'folder' | 'fifo' | 'character-device' | 'block-device' | 'socket' | 'other';

const KIND_TEXT: Readonly<Record<FileKind, string>> = {
  folder: 'a folder',
  fifo: 'a named pipe (FIFO)',
  'character-device': 'a character device',
  'block-device': 'a block device',
  socket: 'a socket',
  other: 'a special file',
};

/** "a named pipe (FIFO)": what a path is, in a sentence. */
export function describeFileKind(kind: FileKind): string {
  return KIND_TEXT[kind];
}

/** What `fs.Stats` and `fs.Dirent` both tell. */
export interface FileTypeTests {
  isFile(): boolean;
  isDirectory(): boolean;
  isFIFO(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSocket(): boolean;
}

export function fileKindOf(s: FileTypeTests): FileKind | 'file' {
  if (s.isFile()) return 'file';
  if (s.isDirectory()) return 'folder';
  if (s.isFIFO()) return 'fifo';
  if (s.isCharacterDevice()) return 'character-device';
  if (s.isBlockDevice()) return 'block-device';
  if (s.isSocket()) return 'socket';
  return 'other';
}

/** A path that exists but is not a regular file. `code` is 'ENOTREG' so callers can tell it from errno codes. */
export class NotRegularFileError extends Error {
  readonly code = 'ENOTREG';
  constructor(readonly path: string, readonly kind: FileKind) {
    super(`${path} is ${KIND_TEXT[kind]}, not a regular file; LayerLoom reads only regular files`);
    this.name = 'NotRegularFileError';
  }

  /** "is a named pipe (FIFO)": the reason without the path, for lists of skipped files. */
  get reason(): string {
    return `is ${KIND_TEXT[this.kind]}, not a regular file`;
  }
}

/** A regular file larger than the caller reads. `code` is 'EFBIG'. */
export class FileTooLargeError extends Error {
  readonly code = 'EFBIG';
  constructor(readonly path: string, readonly bytes: number, readonly maxBytes: number) {
    super(`${path} is ${formatBytes(bytes)}; LayerLoom reads files of this kind up to ${formatBytes(maxBytes)}`);
    this.name = 'FileTooLargeError';
  }
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let v = n / 1024;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v >= 100 ? v.toFixed(0) : v.toFixed(1)} ${units[u]}`;
}

/** `s` (a path's or an open descriptor's stats) as a regular file's; NotRegularFileError for anything else. */
function regularStats<S extends FileTypeTests>(path: string, s: S): S {
  const kind = fileKindOf(s);
  if (kind !== 'file') throw new NotRegularFileError(path, kind);
  return s;
}

// O_NONBLOCK does not exist on Windows, where FIFOs are not files one can open by path anyway.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/**
 * Stats a path (following symlinks) without opening it; rejects with NotRegularFileError unless it is
 * a regular file, and with the file system's error (ENOENT, EACCES, ELOOP …) when it cannot be stat'ed.
 */
export async function checkRegularFile(path: string): Promise<Stats> {
  return regularStats(path, await stat(path));
}

/** Opens a regular file for reading, never blocking on what is not one. The caller closes the handle. */
export async function openRegularFile(path: string): Promise<{ handle: FileHandle; size: number }> {
  await checkRegularFile(path);
  const handle = await open(path, OPEN_FLAGS);
  try {
    const s = regularStats(path, await handle.stat());
    return { handle, size: s.size };
  } catch (err) {
    await handle.close();
    throw err;
  }
}

/** Reads a whole regular file of at most `maxBytes` (it is refused, unread, when larger). */
export async function readRegularFile(path: string, maxBytes: number): Promise<Buffer> {
  const { handle, size } = await openRegularFile(path);
  try {
    if (size > maxBytes) throw new FileTooLargeError(path, size, maxBytes);
    // Read what is there (the file may change while read) but never past the limit.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const want = Math.min(Math.max(size - total, 64 * 1024), maxBytes + 1 - total);
      const buf = Buffer.allocUnsafe(want);
      const { bytesRead } = await handle.read(buf, 0, want, total);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) throw new FileTooLargeError(path, total, maxBytes);
      chunks.push(bytesRead === want ? buf : buf.subarray(0, bytesRead));
    }
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

/**
 * Reads the first bytes of a path {@link checkRegularFile} has just accepted (the caller keeps its errors
 * and size): opened with O_NONBLOCK and checked again on the descriptor, as {@link openRegularFile} does;
 * `firstBytes`, then, when `needMore(bytes)` asks and the file is longer, the rest up to `maxBytes`. For
 * readers that answer from a header, a file at a time over a whole folder: plain descriptors cost less CPU
 * than FileHandles (stat, open, fstat, read and close: ~130 µs a file instead of ~170).
 */
export async function readCheckedPrefix(path: string, firstBytes: number, maxBytes: number, needMore: (prefix: Buffer) => boolean): Promise<Buffer> {
  const fd = await fdOpen(path, OPEN_FLAGS);
  try {
    const s = regularStats(path, await fdStat(fd));
    let bytes = await readAt(fd, 0, Math.min(s.size, firstBytes));
    if (bytes.length < maxBytes && bytes.length < s.size && needMore(bytes)) {
      bytes = Buffer.concat([bytes, await readAt(fd, bytes.length, Math.min(s.size, maxBytes) - bytes.length)]);
    }
    return bytes;
  } finally {
    await fdClose(fd);
  }
}

const fdOpen = promisify(fs.open);
const fdStat = promisify(fs.fstat);
const fdRead = promisify(fs.read);
const fdClose = promisify(fs.close);

/** Up to `length` bytes from `position` (fewer when the file ends sooner). */
async function readAt(fd: number, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.allocUnsafe(length);
  let total = 0;
  while (total < length) {
    const { bytesRead } = await fdRead(fd, buf, total, length - total, position + total);
    if (bytesRead === 0) break;
    total += bytesRead;
  }
  return total === length ? buf : buf.subarray(0, total);
}

/** Model weights: as much as one Buffer holds. */
export const MAX_BINARY_FILE_BYTES = constants_buffer.MAX_LENGTH;

/** Project files, run metadata, histories: JSON documents a person or LayerLoom wrote. */
export const MAX_TEXT_FILE_BYTES = 256 * 1024 * 1024;

/** Reads a UTF-8 regular file of at most `maxBytes` (default {@link MAX_TEXT_FILE_BYTES}). */
export async function readRegularText(path: string, maxBytes = MAX_TEXT_FILE_BYTES): Promise<string> {
  return (await readRegularFile(path, maxBytes)).toString('utf8');
}

/**
 * The blocking twin of {@link readRegularFile} for small files, for a thread that may block (a decode worker:
 * five synchronous calls cost ~0.03 ms of CPU where the asynchronous ones cost ~0.15, each a trip through
 * libuv's pool). Answers undefined, unread, for a file over `maxBytes`: the caller lets libvips read it.
 * Same safety: stat first, open with O_NONBLOCK, the descriptor checked again.
 */
export function readSmallRegularFileSync(path: string, maxBytes: number): { bytes: Buffer | undefined; size: number } {
  const s = regularStats(path, statSync(path));
  if (s.size > maxBytes) return { bytes: undefined, size: s.size };
  const fd = openSync(path, OPEN_FLAGS);
  try {
    const opened = regularStats(path, fstatSync(fd));
    if (opened.size > maxBytes) return { bytes: undefined, size: opened.size };
    // Read what is there, one byte past the size to see a file that grew (then libvips reads it instead).
    const buf = Buffer.allocUnsafe(opened.size + 1);
    let total = 0;
    for (let n; total < buf.length && (n = readSync(fd, buf, total, buf.length - total, total)) > 0;) total += n;
    if (total > opened.size) return { bytes: undefined, size: total };
    return { bytes: buf.subarray(0, total), size: total };
  } finally {
    closeSync(fd);
  }
}
