/**
 * Why a file was not used: a catalogued code with its parameters (src/messages/dataTexts.ts: the UI
 * renders it in the user's language) and its English line, the `reason` the CLI and logs print.
 */
import { renderText, type TextParams } from '../messages/index.ts';
import type { DATA_TEXTS } from '../messages/dataTexts.ts';
import type { SkippedFile } from './types.ts';

/** Every reason a file is not used: the data catalogue's `data.skip.*` codes. */
export type SkipCode = Extract<keyof typeof DATA_TEXTS, `data.skip.${string}`>;

export function skipReasonText(code: SkipCode, params?: TextParams): string {
  return renderText({ code, params }, 'cli') ?? code;
}

export function skipped(path: string, code: SkipCode, params?: TextParams): SkippedFile {
  const reason = skipReasonText(code, params);
  return params && Object.keys(params).length ? { path, reason, code, params } : { path, reason, code };
}

/** A failure while reading a file, carrying its code (the Error's message is the English reason). */
export class SkipError extends Error {
  constructor(readonly code: SkipCode, readonly params?: TextParams) {
    super(skipReasonText(code, params));
    this.name = 'SkipError';
  }

  at(path: string): SkippedFile {
    return skipped(path, this.code, this.params);
  }
}

/** The code for a path that is not a regular file, by what it is (src/files/regularFile.ts's FileKind). */
export const NOT_REGULAR: Readonly<Record<string, SkipCode>> = {
  fifo: 'data.skip.fifo',
  'character-device': 'data.skip.characterDevice',
  'block-device': 'data.skip.blockDevice',
  socket: 'data.skip.socket',
  folder: 'data.skip.folder',
  other: 'data.skip.specialFile',
};

