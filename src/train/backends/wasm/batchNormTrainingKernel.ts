/**
 * A training batch norm in two kernels on wasm, replacing tfjs-layers' composition (moments: Mean, Sub,
 * Square, Mean; then FusedBatchNorm; and backward through all of it: 11 kernels and 5 full-size
 * gradient sums per batch norm).
 * - `LayerLoomBatchNormTraining`: x [.., C], scale, offset → y, the batch mean, the batch (biased)
 *   variance; two passes for the statistics, one to normalize. Given movingMean and movingVariance
 *   (and attr momentum) it also returns their updates, tfjs-layers' moving −= (moving − batch)·(1 −
 *   momentum) in float32 as tfjs computes it: one kernel call instead of six ops per batch norm.
 * - `LayerLoomBatchNormTrainingGrad`: x, dy, mean, variance, scale → dx, dScale, dOffset, the whole
 *   gradient through the batch statistics: dx = g·(dy − mean(dy) − (x − μ)·mean(dy·(x − μ))/(σ² + ε)),
 *   g = scale/√(σ² + ε); one pass for the two sums, one for dx. Given y, the output of an Add and a ReLU
 *   after the batch norm (LayerLoomBatchNormAddRelu's), dy is masked by y > 0 in the sums pass, which
 *   also writes the masked dy as a fourth output (the shortcut's gradient): no ReLU-gradient pass.
 * With the attribute `relu`, a ReLU after the batch norm is part of it: the forward writes max(y, 0) in
 * its normalizing pass, and the gradient (which then takes `offset` too) counts dy only where the ReLU
 * let the value through, recomputing y's sign from x with the forward's own arithmetic (same bits) —
 * no separate ReLU pass forward or backward, and no tensor kept for it.
 * Each pass is split over the batch on every kernel thread for a large enough tensor (batchSplit.ts):
 * the statistics per thread's piece, combined by Chan's formula; the sums as partial sums.
 */
import type { KernelBackend, KernelConfig, KernelFunc, TensorInfo } from '@tensorflow/tfjs-core';
import { memoryPass, PASS_THREAD_FROM, runSplitByBatch, type Piece } from './batchSplit';
import { makeOutput, pointer, view, viewAt } from './simdKernels';

export const BATCH_NORM_TRAINING = 'LayerLoomBatchNormTraining';
/**
 * `LayerLoomBatchNormAddRelu`: LayerLoomBatchNormTraining with an input `shortcut` of x's shape, y =
 * max(batchNorm(x) + shortcut, 0): a residual block's last batch norm, its Add and the ReLU after in one
 * normalizing pass (the batch norm's output is never written nor read back). Same outputs otherwise.
 */
export const BATCH_NORM_ADD_RELU = 'LayerLoomBatchNormAddRelu';
export const BATCH_NORM_TRAINING_GRAD = 'LayerLoomBatchNormTrainingGrad';

/**
 * The statistics and sums go in 4 pieces per thread: with one, a worker that its core's other work
 * delayed held the whole pass up (on this shared machine at load 4, ResNet-20's 21 forward batch norms
 * took 300 ms of wall time per step on two threads against 12 on one).
 */
const PIECES_PER_THREAD = 4;

/** x viewed as [batch, perImage] images of [rows, cols] pixels-by-channels. */
function layout(x: TensorInfo, cols: number) {
  const batch = x.shape.length > 1 ? x.shape[0] : 1;
  const elements = x.shape.reduce((a, b) => a * b, 1);
  return { batch, elements, perImage: elements / batch, rowsPer: elements / batch / cols };
}

/** moving − (moving − batch)·(1 − momentum), each operation rounded to float32 as tfjs's Sub, Mul, Sub. */
function movingAverage(kb: KernelBackend, moving: TensorInfo, batch: TensorInfo, momentum: number): TensorInfo {
  const out = makeOutput(kb, moving.shape);
  const [o, m, b] = [out, moving, batch].map((t) => view(kb, t));
  const f = Math.fround(1 - momentum);
  for (let c = 0; c < o.length; c++) o[c] = m[c] - Math.fround(Math.fround(m[c] - b[c]) * f);
  return out;
}

const forward: KernelFunc = ({ inputs, attrs, backend }) => {
  const { x, scale, offset, movingMean, movingVariance, shortcut } = inputs as Record<string, TensorInfo | undefined> as {
    x: TensorInfo; scale: TensorInfo; offset: TensorInfo; movingMean?: TensorInfo; movingVariance?: TensorInfo; shortcut?: TensorInfo;
  };
  if (shortcut && (shortcut.dtype !== 'float32' || shortcut.shape.join() !== x.shape.join())) {
    throw new Error(`${BATCH_NORM_ADD_RELU}: the shortcut must be float32 of x's shape [${x.shape}] (got ${shortcut.dtype} [${shortcut.shape}])`);
  }
  const { varianceEpsilon, relu, momentum } = attrs as { varianceEpsilon: number; relu?: boolean; momentum?: number };
  const kb = backend as KernelBackend;
  const cols = x.shape[x.shape.length - 1];
  const { batch, elements, perImage, rowsPer } = layout(x, cols);
  const [mean, variance, gainT] = [0, 1, 2].map(() => makeOutput(kb, [cols]));
  const y = makeOutput(kb, x.shape);
  // Per piece: its mean and variance; combined (Chan et al.): the pooled mean, and the pieces'
  // squared deviations plus their means' deviations from it.
  const combine = (pieces: readonly Piece[]) => {
    const [m, v] = [mean, variance].map((t) => view(kb, t));
    const parts = pieces.map((p) => ({ n: p.images * rowsPer, stats: viewAt(kb, p.at, 2 * cols) }));
    const total = parts.reduce((n, p) => n + p.n, 0);
    for (let c = 0; c < cols; c++) {
      let mu = 0;
      for (const p of parts) mu += p.n * p.stats[c];
      mu /= total;
      let m2 = 0;
      for (const p of parts) m2 += p.n * (p.stats[cols + c] + (p.stats[c] - mu) ** 2);
      m[c] = mu;
      v[c] = m2 / total;
    }
  };
  runSplitByBatch(kb, 'channelMoments', batch, elements, {
    batched: [{ at: pointer(kb, x), perImage }], whole: [], out: { perPiece: 2 * cols, combine }, scratch: 0, threadFrom: PASS_THREAD_FROM, piecesPerThread: PIECES_PER_THREAD,
  }, ([xp, o], images) => [xp, images * rowsPer, cols, o, o + cols * 4]);
  fillGain(kb, gainT, variance, scale, varianceEpsilon);
  const whole = [mean, gainT, offset].map((t) => ({ at: pointer(kb, t), floats: cols }));
  const split = memoryPass(elements);
  if (shortcut) {
    runSplitByBatch(kb, 'normalizeChannelsAddRelu', batch, elements, {
      batched: [x, shortcut].map((t) => ({ at: pointer(kb, t), perImage })), whole, out: { at: pointer(kb, y), perImage }, ...split,
    }, ([xp, sp, m, g, o, yp], images) => [xp, m, g, o, sp, images * rowsPer, cols, yp]);
  } else {
    runSplitByBatch(kb, relu ? 'normalizeChannelsRelu' : 'normalizeChannels', batch, elements, {
      batched: [{ at: pointer(kb, x), perImage }], whole, out: { at: pointer(kb, y), perImage }, ...split,
    }, ([xp, m, g, o, yp], images) => [xp, m, g, o, images * rowsPer, cols, yp]);
  }
  kb.disposeData(gainT.dataId);
  if (!movingMean || !movingVariance || momentum === undefined) return [y, mean, variance];
  return [y, mean, variance, movingAverage(kb, movingMean, mean, momentum), movingAverage(kb, movingVariance, variance, momentum)];
};

/** gain[c] = scale[c]/√(variance[c] + ε) as float32: the forward's factor (the fused ReLU's gradient recomputes y with it). */
function fillGain(kb: KernelBackend, gainT: TensorInfo, variance: TensorInfo, scale: TensorInfo, varianceEpsilon: number): void {
  const [v, s, gain] = [variance, scale, gainT].map((t) => view(kb, t));
  for (let c = 0; c < gain.length; c++) gain[c] = s[c] / Math.sqrt(v[c] + varianceEpsilon);
}

const gradient: KernelFunc = ({ inputs, attrs, backend }) => {
  const { x, dy, mean, variance, scale, offset, y } = inputs as Record<string, TensorInfo>;
  const { varianceEpsilon, relu } = attrs as { varianceEpsilon: number; relu?: boolean };
  if (relu && !offset) throw new Error(`${BATCH_NORM_TRAINING_GRAD}: a fused ReLU's gradient needs the offset`);
  if (relu && y) throw new Error(`${BATCH_NORM_TRAINING_GRAD}: a ReLU of its own (attribute relu) or the output y of an Add and ReLU after it, not both`);
  const kb = backend as KernelBackend;
  const cols = mean.shape[0];
  const { batch, elements, perImage, rowsPer } = layout(x, cols);
  const rows = elements / cols;
  const [dScale, dOffset, aT, bT, kT] = [0, 1, 2, 3, 4].map(() => makeOutput(kb, [cols]));
  // The fused ReLU's mask: mean, gain and offset (what the forward normalized with).
  const gainT = relu ? makeOutput(kb, [cols]) : undefined;
  if (gainT) fillGain(kb, gainT, variance, scale, varianceEpsilon);
  const reluFactors = gainT ? [mean, gainT, offset].map((t) => ({ at: pointer(kb, t), floats: cols })) : [];
  // With y (an Add and a ReLU after the batch norm, LayerLoomBatchNormAddRelu): the ReLU's gradient g, written
  // by the sums pass and returned (the shortcut's gradient); the rest of the gradient is of g.
  const g = y ? makeOutput(kb, x.shape) : undefined;
  // Σdy and Σdy·(x − μ) per channel, side by side in one buffer so that the pieces' partials add up.
  const sums = makeOutput(kb, [2 * cols]);
  const sumsOperands = { out: { at: pointer(kb, sums), sum: 2 * cols }, scratch: 0, threadFrom: PASS_THREAD_FROM, piecesPerThread: PIECES_PER_THREAD };
  if (g) {
    runSplitByBatch(kb, 'batchNormMaskGradSums', batch, elements, {
      batched: [x, dy, y, g].map((t) => ({ at: pointer(kb, t), perImage })), whole: [{ at: pointer(kb, mean), floats: cols }], ...sumsOperands,
    }, ([xp, dp, yp, gp, m, o], images) => [xp, dp, yp, m, images * rowsPer, cols, o, o + cols * 4, gp]);
  } else {
    runSplitByBatch(kb, relu ? 'batchNormReluGradSums' : 'batchNormGradSums', batch, elements, {
      batched: [{ at: pointer(kb, x), perImage }, { at: pointer(kb, dy), perImage }],
      whole: relu ? reluFactors : [{ at: pointer(kb, mean), floats: cols }], ...sumsOperands,
    }, (p, images) => {
      const o = p[p.length - 1];
      return [...p.slice(0, -1), images * rowsPer, cols, o, o + cols * 4];
    });
  }
  // Per-channel factors on C numbers (views after every allocation: memory may have grown).
  const [m, v, s, ds, sumDy, a, b, kk, both] = [mean, variance, scale, dScale, dOffset, aT, bT, kT, sums].map((t) => view(kb, t));
  for (let c = 0; c < cols; c++) {
    const inv = 1 / Math.sqrt(v[c] + varianceEpsilon);
    const g = s[c] * inv;
    const sumDyXm = both[cols + c];
    sumDy[c] = both[c];
    a[c] = g;
    b[c] = (-g * sumDyXm * inv * inv) / rows;
    kk[c] = (-g * sumDy[c]) / rows - b[c] * m[c];
    ds[c] = sumDyXm * inv;
  }
  const dx = makeOutput(kb, x.shape);
  runSplitByBatch(kb, relu ? 'channelAffine2Relu' : 'channelAffine2', batch, elements, {
    batched: [{ at: pointer(kb, g ?? dy), perImage }, { at: pointer(kb, x), perImage }],
    whole: [...reluFactors, ...[aT, bT, kT].map((t) => ({ at: pointer(kb, t), floats: cols }))],
    out: { at: pointer(kb, dx), perImage }, ...memoryPass(elements),
  }, (p, images) => [...p.slice(0, -1), images * rowsPer, cols, p[p.length - 1]]);
  for (const t of [aT, bT, kT, sums, ...(gainT ? [gainT] : [])]) kb.disposeData(t.dataId);
  return g ? [dx, dScale, dOffset, g] : [dx, dScale, dOffset];
};

export const batchNormTrainingConfig: KernelConfig = { kernelName: BATCH_NORM_TRAINING, backendName: 'wasm', kernelFunc: forward };
export const batchNormAddReluConfig: KernelConfig = { kernelName: BATCH_NORM_ADD_RELU, backendName: 'wasm', kernelFunc: forward };
export const batchNormTrainingGradConfig: KernelConfig = { kernelName: BATCH_NORM_TRAINING_GRAD, backendName: 'wasm', kernelFunc: gradient };
