/** The project's `training.data` string read as a choice, and the data shape the model should fit. */
import type { DataShape } from '../../src/graph/editing/index';
import type { Result } from '../../src/protocol/api';

export type SourceKind = 'mnist' | 'synthetic' | 'folder';

export function sourceKind(data: string): SourceKind {
  return data === 'mnist' || data === 'synthetic' ? data : 'folder';
}

/** Beyond this side an image size is not a sensible Input size (photos). */
const MAX_NATIVE_SIDE = 256;

type Info = Pick<Result<'dataset.inspect'>, 'nativeInput' | 'suggestedInput' | 'input' | 'classes'> & {
  readonly images?: Pick<NonNullable<Result<'dataset.inspect'>['images']>, 'median'> | null;
};

/**
 * What the Input and Output blocks should say for this data (the engine's `dataset.inspect` answer):
 * - images all of one small size (MNIST's 28×28×1): exactly that;
 * - otherwise the model's own height × width, unless it throws most of the images' detail away (under
 *   half the suggested size) or blows them up (over twice their median size) — then the suggested size
 *   (the median, at most 128 on the longer side) — the same rules as the engine's notices;
 * - 3 channels when any image has colour, else 1; the class count.
 */
export function dataShapeFor(info: Info): DataShape | null {
  if (info.classes.length === 0) return null;
  const classes = info.classes.length;
  const native = info.nativeInput;
  if (native && native[0] <= MAX_NATIVE_SIDE && native[1] <= MAX_NATIVE_SIDE) {
    return { input: [native[0], native[1], native[2] === 1 ? 1 : 3], classes };
  }
  const [h, w, c] = info.input;
  const s = info.suggestedInput;
  if (!s) return { input: [h, w, c], classes };
  const median = info.images?.median;
  const lost = h < s[0] / 2 || w < s[1] / 2;
  const blownUp = !!median && h > 2 * median.height && w > 2 * median.width;
  return { input: lost || blownUp ? [s[0], s[1], s[2]] : [h, w, s[2]], classes };
}
