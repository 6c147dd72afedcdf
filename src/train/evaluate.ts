/**
 * Evaluation of a trained model on a split: accuracy and loss, per-class precision/recall/F1, the
 * confusion matrix (rows = true class, columns = predicted), and the most confident mistakes.
 * The maths is in plain functions over a confusion matrix, so it is testable without tfjs.
 */
import type * as tfjs from '@tensorflow/tfjs';
import type { DataSplit } from '../data/index';
import { EPSILON, probabilities } from './loss';
import { IDENTITY, normalize, type Normalization } from './normalization';
import { yieldToEventLoop } from './yieldToEventLoop';

export interface ClassMetrics {
  readonly className: string;
  /** Of the images predicted as this class, the share that are (0 when none was predicted). */
  readonly precision: number;
  /** Of the images of this class, the share predicted as it (0 when the class has no images). */
  readonly recall: number;
  readonly f1: number;
  /** Images of this class. */
  readonly support: number;
}

export interface Mistake {
  /** Index within the split. */
  readonly index: number;
  /** The image file, for folders. */
  readonly path?: string;
  readonly trueClass: string;
  readonly predictedClass: string;
  /** The probability given to the wrong class. */
  readonly confidence: number;
}

export interface ConfusionMetrics {
  readonly accuracy: number;
  readonly perClass: readonly ClassMetrics[];
  /** Unweighted means over classes. */
  readonly macro: { readonly precision: number; readonly recall: number; readonly f1: number };
}

export interface Evaluation extends ConfusionMetrics {
  readonly split: string;
  readonly images: number;
  /** Mean cross-entropy. */
  readonly loss: number;
  readonly classes: readonly string[];
  /** confusion[true][predicted] = images. */
  readonly confusion: readonly (readonly number[])[];
  /** Most confident first. */
  readonly mistakes: readonly Mistake[];
  /**
   * Per image of the split, by its index within the split: [actual, predicted] class indices, so a UI
   * can show the images of a confusion cell; predicted is -1 for an image that could not be read.
   * Absent for merged evaluations (their indices would span splits).
   */
  readonly predictions?: readonly (readonly [number, number])[];
}

export function metricsFromConfusion(confusion: readonly (readonly number[])[], classes: readonly string[]): ConfusionMetrics {
  const k = classes.length;
  let correct = 0;
  let total = 0;
  const perClass: ClassMetrics[] = [];
  for (let c = 0; c < k; c++) {
    const tp = confusion[c][c];
    let support = 0;
    let predicted = 0;
    for (let j = 0; j < k; j++) {
      support += confusion[c][j];
      predicted += confusion[j][c];
    }
    correct += tp;
    total += support;
    const precision = predicted ? tp / predicted : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    perClass.push({ className: classes[c], precision, recall, f1, support });
  }
  const mean = (f: (m: ClassMetrics) => number) => (k ? perClass.reduce((s, m) => s + f(m), 0) / k : 0);
  return {
    accuracy: total ? correct / total : 0,
    perClass,
    macro: { precision: mean((m) => m.precision), recall: mean((m) => m.recall), f1: mean((m) => m.f1) },
  };
}

export interface EvaluateOptions {
  readonly classes: readonly string[];
  /** The Output block has softmax off: the model outputs raw scores. */
  readonly fromLogits: boolean;
  readonly batchSize?: number;
  /** How many of the most confident mistakes to keep (default 10). */
  readonly mistakes?: number;
  /** The input standardisation the model was trained with (default none). */
  readonly normalization?: Normalization;
  /** Aborting it ends the evaluation after the current batch (it rejects with the signal's reason). */
  readonly signal?: AbortSignal;
}

/** Runs the model over every image of the split once (inference mode). Leaves no tensors behind. */
export async function evaluateSplit(tf: typeof tfjs, model: tfjs.LayersModel, split: DataSplit, options: EvaluateOptions): Promise<Evaluation> {
  const k = options.classes.length;
  const keep = options.mistakes ?? 10;
  const [, h, w, c] = model.inputs[0].shape as number[];
  const confusion = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const mistakes: Mistake[] = [];
  const predictions: [number, number][] = new Array(split.size);
  let lossSum = 0;
  let images = 0;
  for await (const batch of split.batches(options.batchSize ?? 128)) {
    if (!batch.n) continue;
    const probs = tf.tidy(() => probabilities(tf, model.predict(normalize(tf, tf.tensor4d(batch.x, [batch.n, h, w, c]), options.normalization ?? IDENTITY)) as tfjs.Tensor, options.fromLogits));
    const p = (await probs.data()) as Float32Array;
    probs.dispose();
    for (let i = 0; i < batch.n; i++) {
      const row = p.subarray(i * k, (i + 1) * k);
      let best = 0;
      for (let j = 1; j < k; j++) if (row[j] > row[best]) best = j;
      const truth = batch.y[i];
      confusion[truth][best] += 1;
      predictions[batch.indices[i]] = [truth, best];
      lossSum -= Math.log(Math.min(1 - EPSILON, Math.max(EPSILON, row[truth])));
      if (best !== truth) {
        const index = batch.indices[i];
        mistakes.push({ index, path: split.describe(index).path, trueClass: options.classes[truth], predictedClass: options.classes[best], confidence: row[best] });
        if (mistakes.length > keep * 4) trimMistakes(mistakes, keep);
      }
    }
    images += batch.n;
    // The engine answers between batches: a large split takes minutes.
    await yieldToEventLoop();
    options.signal?.throwIfAborted();
  }
  trimMistakes(mistakes, keep);
  for (let i = 0; i < predictions.length; i++) predictions[i] ??= [split.labels[i], -1];
  return {
    split: split.name, images, loss: images ? lossSum / images : 0, classes: options.classes, confusion,
    mistakes, predictions, ...metricsFromConfusion(confusion, options.classes),
  };
}

function trimMistakes(list: Mistake[], keep: number): void {
  list.sort((a, b) => b.confidence - a.confidence);
  list.length = Math.min(list.length, keep);
}

/** Several evaluations (e.g. the three splits) as one: confusions summed, losses weighted by images. */
export function mergeEvaluations(parts: readonly Evaluation[], split: string, mistakes = 10): Evaluation {
  const classes = parts[0].classes;
  const confusion = classes.map((_, i) => classes.map((__, j) => parts.reduce((s, p) => s + p.confusion[i][j], 0)));
  const images = parts.reduce((s, p) => s + p.images, 0);
  const all = parts.flatMap((p) => p.mistakes);
  trimMistakes(all, mistakes);
  return {
    split, images, classes, confusion, mistakes: all,
    loss: images ? parts.reduce((s, p) => s + p.loss * p.images, 0) / images : 0,
    ...metricsFromConfusion(confusion, classes),
  };
}
