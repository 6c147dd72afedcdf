/** The messages between decodeWorkers.ts (main side) and decodeWorkerMain.ts (the worker). */
import type { TextParams } from '../messages/index.ts';
import type { SkipCode } from './skipReasons.ts';
import type { InputShape, ResizeMode } from './types.ts';

export interface DecodeRequest {
  readonly id: number;
  readonly path: string;
  readonly input: InputShape;
  readonly resize: ResizeMode;
}

/** The worker has loaded (first message); then one reply per request: the image, or why the file cannot be used. */
export type DecodeReply =
  | { readonly ready: true }
  | { readonly id: number; readonly image: Float32Array }
  | { readonly id: number; readonly code: SkipCode; readonly params?: TextParams };
