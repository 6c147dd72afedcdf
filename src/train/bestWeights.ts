/**
 * The weights of the best epoch so far, kept off the backend as plain arrays, so early stopping can
 * give the run the best validation epoch's model rather than the last one (Keras's
 * `EarlyStopping(restore_best_weights=True)`). Copies, not views: the wasm optimizer updates
 * variables in place, and a held tensor would also change the backend's tensor count.
 */
import type * as tfjs from '@tensorflow/tfjs';

interface Snapshot {
  readonly epoch: number;
  readonly values: readonly tfjs.TypedArray[];
  readonly shapes: readonly number[][];
  readonly dtypes: readonly tfjs.DataType[];
}

export class BestWeights {
  private snapshot: Snapshot | null = null;

  /** The epoch captured last (null before the first capture). */
  get epoch(): number | null {
    return this.snapshot?.epoch ?? null;
  }

  /** Copies every weight of the model (trainable and not: batch-norm statistics too). */
  async capture(model: tfjs.LayersModel, epoch: number): Promise<void> {
    const weights = model.getWeights();
    const values = await Promise.all(weights.map(async (w) => (await w.data()).slice()));
    this.snapshot = { epoch, values, shapes: weights.map((w) => [...w.shape]), dtypes: weights.map((w) => w.dtype) };
  }

  /** Puts the captured weights back into the model; false when nothing was captured. */
  restore(tf: typeof tfjs, model: tfjs.LayersModel): boolean {
    const s = this.snapshot;
    if (!s) return false;
    const tensors = s.values.map((v, i) => tf.tensor(v, s.shapes[i], s.dtypes[i]));
    try {
      model.setWeights(tensors);
    } finally {
      for (const t of tensors) t.dispose();
    }
    return true;
  }
}
