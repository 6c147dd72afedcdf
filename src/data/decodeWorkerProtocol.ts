/** The messages between decodeWorkers.ts (main side) and decodeWorkerMain.ts (the worker). */
import type { TextParams } from '../messages/index.ts';
import type { AugmentDraw } from './augment.ts';
import type { SkipCode } from './skipReasons.ts';
import type { InputShape, ResizeMode } from './types.ts';

/** A file to decode, or a batch of images to augment (`draws[i]` for image i, back to back in `x`). */
export type DecodeRequest =
  | { readonly id: number; readonly path: string; readonly input: InputShape; readonly resize: ResizeMode }
  | { readonly id: number; readonly augment: { readonly x: Float32Array; readonly shape: InputShape; readonly draws: readonly AugmentDraw[] } };

/**
 * The worker has loaded (first message); then one reply per request: the image (or augmented batch), why the
 * file cannot be used, or an error no request should meet (`failed`: the caller does the work itself).
 */
export type DecodeReply =
  | { readonly ready: true }
  | { readonly id: number; readonly image: Float32Array }
  | { readonly id: number; readonly code: SkipCode; readonly params?: TextParams }
  | { readonly id: number; readonly failed: string };
