/**
 * The optimizer's state in a checkpoint (`optimizer.json` + `optimizer.bin`): its step count and its
 * slots (Adam's two moments, RMSprop's mean squares, momentum's accumulations), so a resumed run goes on
 * as if it had never stopped instead of restarting Adam's moments at zero. Written with the model's
 * weights (with early stopping: the best epoch's), read back into a fresh optimizer of the same kind.
 */
import { join } from 'node:path';
import type * as tfjs from '@tensorflow/tfjs';
import { MAX_BINARY_FILE_BYTES, readRegularFile, readRegularText } from '../files/regularFile';
import { json, RUN_FILES } from './runFolder';

interface Slot {
  readonly name: string;
  readonly shape: number[];
  readonly dtype: 'float32' | 'int32';
  readonly offset: number;
  readonly bytes: number;
}

interface StateFile {
  readonly format: 'layerloom/optimizer';
  readonly className: string;
  readonly slots: Slot[];
}

/** The checkpoint files of the optimizer's state; none for an optimizer that cannot say it. */
export async function optimizerStateFiles(optimizer: tfjs.Optimizer): Promise<Array<[string, string | Uint8Array]>> {
  let weights: Array<{ name: string; tensor: tfjs.Tensor }>;
  try {
    weights = await optimizer.getWeights();
  } catch {
    return [];
  }
  try {
    const slots: Slot[] = [];
    const parts: Uint8Array[] = [];
    let offset = 0;
    for (const w of weights) {
      const data = await w.tensor.data();
      const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength).slice();
      slots.push({ name: w.name, shape: [...w.tensor.shape], dtype: w.tensor.dtype === 'int32' ? 'int32' : 'float32', offset, bytes: bytes.byteLength });
      parts.push(bytes);
      offset += bytes.byteLength;
    }
    const bin = new Uint8Array(offset);
    parts.reduce((at, p) => (bin.set(p, at), at + p.byteLength), 0);
    const file: StateFile = { format: 'layerloom/optimizer', className: optimizer.getClassName(), slots };
    return [[RUN_FILES.optimizerWeights, bin], [RUN_FILES.optimizer, json(file)]];
  } finally {
    // The step count comes as a new scalar; the slots are the optimizer's own variables.
    for (const w of weights) if (w.name === 'iter') w.tensor.dispose();
  }
}

/**
 * Puts a checkpoint's optimizer state into `optimizer` (same kind, fresh). Returns the steps it had
 * taken, or null when the checkpoint has no state for this kind of optimizer (an older run).
 */
export async function restoreOptimizerState(tf: typeof tfjs, optimizer: tfjs.Optimizer, dir: string): Promise<number | null> {
  let file: StateFile;
  let bin: Buffer;
  try {
    file = JSON.parse(await readRegularText(join(dir, RUN_FILES.optimizer))) as StateFile;
    bin = await readRegularFile(join(dir, RUN_FILES.optimizerWeights), MAX_BINARY_FILE_BYTES);
  } catch {
    return null;
  }
  if (file?.format !== 'layerloom/optimizer' || file.className !== optimizer.getClassName() || !Array.isArray(file.slots)) return null;
  const tensors = file.slots.map((s) => {
    const bytes = bin.subarray(s.offset, s.offset + s.bytes);
    const copy = new Uint8Array(bytes).buffer;
    const values = s.dtype === 'int32' ? new Int32Array(copy) : new Float32Array(copy);
    return { name: s.name, tensor: tf.tensor(values, s.shape, s.dtype) };
  });
  try {
    await optimizer.setWeights(tensors);
  } finally {
    // setWeights keeps the slots as variables of its own (sharing the data, counted by reference).
    for (const t of tensors) t.tensor.dispose();
  }
  return optimizer.iterations;
}
