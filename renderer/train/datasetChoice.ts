/** The project's `training.data` string read as a choice, and the data shape the model should fit. */
import type { DataShape } from '../../src/graph/editing/index';
import type { Result } from '../../src/protocol/api';

export type SourceKind = 'mnist' | 'synthetic' | 'folder';

export function sourceKind(data: string): SourceKind {
  return data === 'mnist' || data === 'synthetic' ? data : 'folder';
}

/** Beyond this side the native size is not a sensible Input size (photos): only the channels are compared. */
const MAX_SUGGESTED_SIDE = 256;

/**
 * What the Input and Output blocks should say for this data: the images' own size when it is known and
 * small (MNIST's 28×28×1), else the model's current size with the data's channels; the class count.
 */
export function dataShapeFor(info: Pick<Result<'dataset.inspect'>, 'nativeInput' | 'input' | 'classes'>): DataShape | null {
  if (info.classes.length === 0) return null;
  const native = info.nativeInput;
  let input: [number, number, number] = [info.input[0], info.input[1], info.input[2]];
  if (native) {
    const small = native[0] <= MAX_SUGGESTED_SIDE && native[1] <= MAX_SUGGESTED_SIDE;
    const channels = native[2] === 1 ? 1 : 3;
    input = small ? [native[0], native[1], channels] : [info.input[0], info.input[1], channels];
  }
  return { input, classes: info.classes.length };
}
