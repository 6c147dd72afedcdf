/**
 * Softmax cross-entropy from logits in one kernel call on wasm, and its gradient in one more: tfjs's
 * op is ~25 small kernel calls forward and backward (max, sub, exp, sum, log, div, mul, one-hot, mean…),
 * each costing more in the engine than in the kernel at [64, 10]. Plain JavaScript over the backend's
 * memory, in double precision: per row the log-sum-exp with the row's max, so ±80 logits stay finite.
 * `LayerLoomCountCorrect` counts the rows whose first largest logit is the label (argMax, equal, cast,
 * sum in one call). Labels are int32 class indices; a label outside [0, k) is a row of zeros one-hot,
 * as tf.oneHot gives (its loss 0, its gradient the softmax).
 *
 * attrs.clip > 0: the loss of the Output block with softmax on, −log(clip(softmax(x)[label], clip,
 * 1 − clip)) (loss.ts's probabilities path, taking the logits under the softmax): the label's
 * probability rounded to float32 and clipped as tfjs's float32 ops do, and a row whose probability the
 * clip moved gets no gradient (the clip's gradient is zero there), nor does a row without a label.
 */
import type { KernelBackend, KernelConfig, KernelFunc, TensorInfo } from '@tensorflow/tfjs-core';
import { backendMemory, makeOutput, pointer, view } from './simdKernels';

export const SOFTMAX_CROSS_ENTROPY = 'LayerLoomSoftmaxCrossEntropy';
export const SOFTMAX_CROSS_ENTROPY_GRAD = 'LayerLoomSoftmaxCrossEntropyGrad';
export const COUNT_CORRECT = 'LayerLoomCountCorrect';

interface Rows {
  readonly x: Float32Array;
  readonly labels: Int32Array;
  readonly n: number;
  readonly k: number;
}

function check(kernel: string, logits: TensorInfo, labels: TensorInfo): void {
  if (logits.dtype !== 'float32' || logits.shape.length !== 2 || labels.dtype !== 'int32' || labels.shape.join() !== `${logits.shape[0]}`) {
    throw new Error(`${kernel}: needs float32 logits [n, k] and int32 labels [n] (got ${logits.dtype} [${logits.shape}] and ${labels.dtype} [${labels.shape}])`);
  }
}

/** Views of the logits and labels (valid until the wasm memory grows). */
function rows(kernel: string, kb: KernelBackend, logits: TensorInfo, labels: TensorInfo): Rows {
  check(kernel, logits, labels);
  const [n, k] = logits.shape;
  return { x: view(kb, logits), labels: new Int32Array(backendMemory(kb).buffer, pointer(kb, labels), n), n, k };
}

/** The largest of row i's logits. */
function rowMax(x: Float32Array, at: number, k: number): number {
  let m = x[at];
  for (let j = 1; j < k; j++) if (x[at + j] > m) m = x[at + j];
  return m;
}

/** Σ exp(x − m) over row i. */
function rowExpSum(x: Float32Array, at: number, k: number, m: number): number {
  let s = 0;
  for (let j = 0; j < k; j++) s += Math.exp(x[at + j] - m);
  return s;
}

/** The label's softmax probability as float32, and whether `clip` leaves it where it is. */
function clipped(p: number, clip: number): { p: number; inside: boolean } {
  const [lo, hi, pf] = [Math.fround(clip), Math.fround(1 - clip), Math.fround(p)];
  return { p: pf < lo ? lo : pf > hi ? hi : pf, inside: pf >= lo && pf <= hi };
}

/** Mean over rows of log Σ exp(x) − x[label] (or, with a clip, −log of the clipped probability). */
const forward: KernelFunc = ({ inputs, backend, attrs }) => {
  const kb = backend as KernelBackend;
  const { x, labels, n, k } = rows(SOFTMAX_CROSS_ENTROPY, kb, (inputs as { logits: TensorInfo }).logits, (inputs as { labels: TensorInfo }).labels);
  const clip = (attrs as { clip?: number } | undefined)?.clip ?? 0;
  let total = 0;
  for (let i = 0, at = 0; i < n; i++, at += k) {
    const y = labels[i];
    if (y < 0 || y >= k) continue;
    const m = rowMax(x, at, k);
    const s = rowExpSum(x, at, k, m);
    total += clip > 0 ? -Math.log(clipped(Math.exp(x[at + y] - m) / s, clip).p) : m + Math.log(s) - x[at + y];
  }
  const out = makeOutput(kb, []);
  view(kb, out)[0] = n > 0 ? total / n : 0;
  return out;
};

/** (softmax(x) − onehot(label)) · dy / n (with a clip: zero rows where it applies, and rows without a label). */
const gradient: KernelFunc = ({ inputs, backend, attrs }) => {
  const kb = backend as KernelBackend;
  const { logits, labels: l, dy } = inputs as { logits: TensorInfo; labels: TensorInfo; dy: TensorInfo };
  check(SOFTMAX_CROSS_ENTROPY_GRAD, logits, l);
  const out = makeOutput(kb, logits.shape); // first: it may grow the memory, which would detach earlier views
  const { x, labels, n, k } = rows(SOFTMAX_CROSS_ENTROPY_GRAD, kb, logits, l);
  const scale = view(kb, dy)[0] / n;
  const clip = (attrs as { clip?: number } | undefined)?.clip ?? 0;
  const dx = view(kb, out);
  for (let i = 0, at = 0; i < n; i++, at += k) {
    const y = labels[i];
    const labelled = y >= 0 && y < k;
    const m = rowMax(x, at, k);
    const s = rowExpSum(x, at, k, m);
    if (clip > 0 && !(labelled && clipped(Math.exp(x[at + y] - m) / s, clip).inside)) {
      dx.fill(0, at, at + k);
      continue;
    }
    const g = scale / s;
    for (let j = 0; j < k; j++) dx[at + j] = Math.exp(x[at + j] - m) * g;
    if (labelled) dx[at + y] -= scale;
  }
  return out;
};

/** Rows whose first largest logit is at the label, as a float32 scalar. */
const countCorrect: KernelFunc = ({ inputs, backend }) => {
  const kb = backend as KernelBackend;
  const { x, labels, n, k } = rows(COUNT_CORRECT, kb, (inputs as { logits: TensorInfo }).logits, (inputs as { labels: TensorInfo }).labels);
  let correct = 0;
  for (let i = 0, at = 0; i < n; i++, at += k) {
    let best = 0;
    for (let j = 1; j < k; j++) if (x[at + j] > x[at + best]) best = j;
    if (best === labels[i]) correct++;
  }
  const out = makeOutput(kb, []);
  view(kb, out)[0] = correct;
  return out;
};

export const softmaxCrossEntropyConfig: KernelConfig = { kernelName: SOFTMAX_CROSS_ENTROPY, backendName: 'wasm', kernelFunc: forward };
export const softmaxCrossEntropyGradConfig: KernelConfig = { kernelName: SOFTMAX_CROSS_ENTROPY_GRAD, backendName: 'wasm', kernelFunc: gradient };
export const countCorrectConfig: KernelConfig = { kernelName: COUNT_CORRECT, backendName: 'wasm', kernelFunc: countCorrect };
