/**
 * Why a file was not used: a stable code with its parameters (the UI words it in the user's language)
 * and one English line (the CLI, logs and older UIs). Every skipped file comes from {@link skipped}.
 */
import type { SkippedFile } from './types.ts';

/** Every reason a file is not used. */
export const SKIP_CODES = [
  'outside-class', 'outside-split', 'not-image', // beside the class folders; not an image by its extension
  'not-regular', 'symlink-outside', 'symlink-loop', 'symlink-broken', 'other-file-system', // what a walk does not follow
  'folder-unreadable', 'duplicate-class', 'same-file',
  'empty', 'unreadable', 'vanished', 'format', 'corrupt', 'too-many-pixels', // what reading the file found
] as const;
export type SkipCode = (typeof SKIP_CODES)[number];

export type SkipParams = Readonly<Record<string, string | number>>;

const ERRNO_TEXT: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EIO: 'input/output error',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'name too long',
};

/** English wording of each code (parameters in braces). Kept short: one line in a list. */
export function skipReasonText(code: SkipCode, p: SkipParams = {}): string {
  switch (code) {
    case 'outside-class':
      return p.split ? `not inside a class folder of ${p.split}` : 'not inside a class folder';
    case 'outside-split':
      return 'not inside a split and class folder';
    case 'not-image':
      return `not an image file (${p.ext ? `extension ${p.ext}` : 'no extension'}; expected ${p.expected})`;
    case 'not-regular':
      return `is ${p.kind}, not a regular file`;
    case 'symlink-outside':
      return `symbolic link leads outside its class folder (to ${p.target}); not followed`;
    case 'symlink-loop':
      return 'symbolic link loops back to a folder above it; not followed';
    case 'symlink-broken':
      return 'symbolic link to nothing';
    case 'other-file-system':
      return 'another file system is mounted here; not scanned';
    case 'folder-unreadable':
      return `cannot read folder: ${ERRNO_TEXT[p.errno] ?? p.errno}`;
    case 'duplicate-class':
      return `the same folder as class "${p.other}"; not used twice`;
    case 'same-file':
      return `the same file as ${p.other}; used once`;
    case 'empty':
      return 'empty file (0 bytes)';
    case 'unreadable':
      return `cannot read file: ${ERRNO_TEXT[p.errno] ?? p.errno}`;
    case 'vanished':
      return 'cannot read file: file disappeared';
    case 'format':
      return 'not a readable image: unrecognised format';
    case 'corrupt':
      return 'not a readable image: corrupt or truncated data';
    case 'too-many-pixels':
      return `not a readable image: too many pixels (${p.pixels ?? 'over the limit'}; LayerLoom reads up to ${p.limit})`;
  }
}

export function skipped(path: string, code: SkipCode, params?: SkipParams): SkippedFile {
  const reason = skipReasonText(code, params);
  return params && Object.keys(params).length ? { path, reason, code, params } : { path, reason, code };
}

/** A failure while reading a file, carrying its code (the Error's message is the English reason). */
export class SkipError extends Error {
  constructor(readonly code: SkipCode, readonly params?: SkipParams) {
    super(skipReasonText(code, params));
    this.name = 'SkipError';
  }

  at(path: string): SkippedFile {
    return skipped(path, this.code, this.params);
  }
}
