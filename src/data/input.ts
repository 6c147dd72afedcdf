/** Checks of the model input and dataset options; errors name the option and the value received. */
import type { InputShape, ResizeMode } from './types.ts';

export const RESIZE_MODES: readonly ResizeMode[] = ['stretch', 'crop', 'letterbox'];

export function checkInput(input: InputShape): void {
  const [h, w, c] = input ?? [];
  const dim = (v: number) => Number.isInteger(v) && v >= 1 && v <= 4096;
  if (!Array.isArray(input) || input.length !== 3 || !dim(h) || !dim(w) || (c !== 1 && c !== 3)) {
    throw new RangeError(`input must be [height, width, channels] with sizes 1…4096 and 1 or 3 channels (got ${JSON.stringify(input)})`);
  }
}

export function checkResize(mode: ResizeMode): void {
  if (!RESIZE_MODES.includes(mode)) {
    throw new RangeError(`resize must be one of ${RESIZE_MODES.join(', ')} (got ${JSON.stringify(mode)})`);
  }
}

export function pixelCount([h, w, c]: InputShape): number {
  return h * w * c;
}
