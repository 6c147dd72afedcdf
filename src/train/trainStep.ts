/**
 * One optimizer step on a batch: forward, cross-entropy, backward, update. The loss and the number of
 * correct predictions come back in one read (one GPU/wasm sync per batch, nothing else).
 */
import type * as tfjs from '@tensorflow/tfjs';
import type { Batch } from '../data/index';
import { coded, renderText, type CodedText } from '../messages/index';
import { throwIfDeviceFailed } from './backends/deviceHealth';
import { patchForTraining } from './backends/trainingPatches';
import { countCorrect, crossEntropy } from './loss';
import { normalize, type Normalization } from './normalization';
import { seedDropout } from './seededDropout';

export interface StepResult {
  readonly loss: number;
  readonly correct: number;
}

export interface TrainStep {
  (batch: Batch): Promise<StepResult>;
}

/**
 * `seed`: the run's, for the dropout masks (without one, tfjs draws them from Math.random); `firstStep`: the
 * training steps taken before this one (a resumed run's), so its masks go on as if it had not stopped.
 */
export function makeTrainStep(
  tf: typeof tfjs, model: tfjs.LayersModel, optimizer: tfjs.Optimizer, classes: number, fromLogits: boolean, norm: Normalization, seed?: number, firstStep = 0,
): TrainStep {
  const [, h, w, c] = model.inputs[0].shape as number[];
  patchForTraining(tf, model);
  if (seed !== undefined) seedDropout(model, seed, firstStep);
  return async (batch) => {
    const stats = tf.tidy(() => {
      const xs = normalize(tf, tf.tensor4d(batch.x, [batch.n, h, w, c]), norm);
      const ys = tf.tensor1d(batch.y, 'int32');
      let correct: tfjs.Scalar | undefined;
      const loss = optimizer.minimize(() => {
        const out = model.apply(xs, { training: true }) as tfjs.Tensor;
        correct = tf.keep(countCorrect(tf, out, ys));
        return crossEntropy(tf, out, ys, classes, fromLogits);
      }, true) as tfjs.Scalar;
      const both = tf.stack([loss, correct!]);
      correct!.dispose(); // kept past minimize's own tidy
      return both;
    });
    const [loss, correct] = (await stats.data()) as Float32Array;
    stats.dispose();
    // A GPU that ran out of memory reports it after the fact and reads back zeros: never train on those.
    throwIfDeviceFailed();
    return { loss, correct };
  };
}

/** The loss became NaN or infinite: where, and what to try. */
export class DivergedError extends Error {
  readonly hint: string;
  readonly hintCode: CodedText;
  readonly messageCode: CodedText;
  constructor(readonly loss: number, readonly epoch: number, readonly batch: number, readonly batches: number, learningRate: number) {
    const value = Number.isNaN(loss) ? 'NaN' : loss > 0 ? 'Infinity' : '-Infinity';
    super(`the loss became ${value} at epoch ${epoch}, batch ${batch} of ${batches}; training stopped`);
    this.name = 'DivergedError';
    this.messageCode = coded('train.error.diverged', { value, epoch, batch, batches });
    this.hintCode = coded('hint.train.diverged', { lr: learningRate, suggested: +(learningRate / 10).toPrecision(3) });
    this.hint = renderText(this.hintCode, 'cli')!;
  }
}
