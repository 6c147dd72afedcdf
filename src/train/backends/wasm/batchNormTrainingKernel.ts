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
 * no separate ReLU pass forward or backward, and no tensor kept for it. With every gain positive that sign is
 * one comparison of x with a per-channel threshold (reluThreshold.ts: same mask, fewer instructions).
 * The gradient writes dx (with y: the ReLU's gradient) over dy where nothing else holds dy's data (overDy).
 * Each pass is split over the batch on every kernel thread for a large enough tensor (batchSplit.ts):
 * the statistics per thread's piece, combined by Chan's formula; the sums as partial sums.
 */
import type { KernelBackend, KernelConfig, KernelFunc, TensorInfo } from '@tensorflow/tfjs-core';
import { memoryPass, PASS_THREAD_FROM, runSplitByBatch, type Piece } from './batchSplit';
import { floatHeap, makeOutput, pointer } from './simdKernels';
import { reluThreshold } from './reluThreshold';

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

/**
 * The per-channel loops index the backend's float heap (floatHeap: take it after the last allocation, memory
 * may have grown) at a tensor's first float (`at`), not typed-array views: the views, the arrays mapping
 * tensors to them and the arguments' destructuring were the most JavaScript garbage of any kernel in a
 * ResNet-20 step.
 */
function at(kb: KernelBackend, t: TensorInfo): number {
  return pointer(kb, t) >> 2;
}

/** A per-channel input every thread reads whole. */
function whole(pointerAt: number, floats: number) {
  return { at: pointerAt, floats };
}

/** moving − (moving − batch)·(1 − momentum), each operation rounded to float32 as tfjs's Sub, Mul, Sub. */
function movingAverage(kb: KernelBackend, moving: TensorInfo, batch: TensorInfo, momentum: number): TensorInfo {
  const out = makeOutput(kb, moving.shape);
  const h = floatHeap(kb);
  const o = at(kb, out), m = at(kb, moving), b = at(kb, batch);
  const f = Math.fround(1 - momentum);
  for (let c = 0; c < moving.shape[0]; c++) h[o + c] = h[m + c] - Math.fround(Math.fround(h[m + c] - h[b + c]) * f);
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
  const mean = makeOutput(kb, [cols]), variance = makeOutput(kb, [cols]), gainT = makeOutput(kb, [cols]);
  const y = makeOutput(kb, x.shape);
  // Per piece: its mean and variance; combined (Chan et al.): the pooled mean, and the pieces'
  // squared deviations plus their means' deviations from it.
  const combine = (pieces: readonly Piece[]) => {
    const h = floatHeap(kb);
    const m = at(kb, mean), v = at(kb, variance);
    let total = 0;
    for (let i = 0; i < pieces.length; i++) total += pieces[i].images * rowsPer;
    for (let c = 0; c < cols; c++) {
      let mu = 0;
      for (let i = 0; i < pieces.length; i++) mu += pieces[i].images * rowsPer * h[(pieces[i].at >> 2) + c];
      mu /= total;
      let m2 = 0;
      for (let i = 0; i < pieces.length; i++) {
        const p = pieces[i].at >> 2;
        m2 += pieces[i].images * rowsPer * (h[p + cols + c] + (h[p + c] - mu) ** 2);
      }
      h[m + c] = mu;
      h[v + c] = m2 / total;
    }
  };
  runSplitByBatch(kb, 'channelMoments', batch, elements, {
    batched: [{ at: pointer(kb, x), perImage }], whole: [], out: { perPiece: 2 * cols, combine }, scratch: 0, threadFrom: PASS_THREAD_FROM, piecesPerThread: PIECES_PER_THREAD,
  }, (p, images) => [p[0], images * rowsPer, cols, p[1], p[1] + cols * 4]);
  fillGain(kb, at(kb, gainT), variance, scale, varianceEpsilon);
  const factors = [whole(pointer(kb, mean), cols), whole(pointer(kb, gainT), cols), whole(pointer(kb, offset), cols)];
  const split = memoryPass(elements);
  if (shortcut) {
    runSplitByBatch(kb, 'normalizeChannelsAddRelu', batch, elements, {
      batched: [{ at: pointer(kb, x), perImage }, { at: pointer(kb, shortcut), perImage }], whole: factors, out: { at: pointer(kb, y), perImage }, ...split,
    }, (p, images) => [p[0], p[2], p[3], p[4], p[1], images * rowsPer, cols, p[5]]);
  } else {
    runSplitByBatch(kb, relu ? 'normalizeChannelsRelu' : 'normalizeChannels', batch, elements, {
      batched: [{ at: pointer(kb, x), perImage }], whole: factors, out: { at: pointer(kb, y), perImage }, ...split,
    }, (p, images) => [p[0], p[1], p[2], p[3], images * rowsPer, cols, p[4]]);
  }
  kb.disposeData(gainT.dataId);
  if (!movingMean || !movingVariance || momentum === undefined) return [y, mean, variance];
  return [y, mean, variance, movingAverage(kb, movingMean, mean, momentum), movingAverage(kb, movingVariance, variance, momentum)];
};

/**
 * gain[c] = scale[c]/√(variance[c] + ε) as float32, at float `gain` of the heap: the forward's factor (the
 * fused ReLU's gradient recomputes y with it).
 */
function fillGain(kb: KernelBackend, gain: number, variance: TensorInfo, scale: TensorInfo, varianceEpsilon: number): void {
  const h = floatHeap(kb);
  const v = at(kb, variance), s = at(kb, scale);
  for (let c = 0; c < variance.shape[0]; c++) h[gain + c] = h[s + c] / Math.sqrt(h[v + c] + varianceEpsilon);
}

/** fillThresholds' channels until all have one (no array per call). */
let thresholds = new Float32Array(64);

/**
 * The fused ReLU's threshold per channel (reluThreshold.ts) at float `to` of the heap, from the gain that
 * fillGain wrote there: false (the gains left in place) if a channel has none.
 */
function fillThresholds(kb: KernelBackend, to: number, mean: TensorInfo, offset: TensorInfo): boolean {
  const h = floatHeap(kb);
  const m = at(kb, mean), o = at(kb, offset), cols = mean.shape[0];
  if (thresholds.length < cols) thresholds = new Float32Array(cols);
  const t = thresholds;
  for (let c = 0; c < cols; c++) {
    const tc = reluThreshold(h[m + c], h[to + c], h[o + c]);
    if (tc === undefined) return false;
    t[c] = tc;
  }
  for (let c = 0; c < cols; c++) h[to + c] = t[c];
  return true;
}

/** Let the gradient write over dy in place (LAYERLOOM_BN_INPLACE=0: never; for an A/B of the two). */
const IN_PLACE = () => process.env.LAYERLOOM_BN_INPLACE !== '0';

/**
 * dy as an output written over it in place (its data then held by one more tensor), where nothing else holds
 * that data (the backend's count of tensors on it is 1): the gradient of a batch norm's output, which tfjs's
 * tape hands to that batch norm's gradient alone; one shared with another tensor (a reshape, a clone, an Add's
 * gradient to both its inputs) has a count above 1 and is left as it is. A pass that writes over what it has
 * just read needs no line fetched for the write: the dx pass at 64×32×32×16 took 0.39 → 0.26 ms on one thread
 * on cold data, the masked sums pass 0.40 → 0.36.
 */
function overDy(kb: KernelBackend, dy: TensorInfo): TensorInfo | undefined {
  if (!IN_PLACE() || dy.dtype !== 'float32' || kb.refCount(dy.dataId) !== 1) return undefined;
  kb.incRef(dy.dataId);
  return { dataId: dy.dataId, shape: dy.shape, dtype: 'float32' };
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
  const dScale = makeOutput(kb, [cols]), dOffset = makeOutput(kb, [cols]);
  // One buffer for the per-channel work: Σdy and Σdy·(x − μ) side by side (so that the pieces' partials add
  // up), then dx's factors a, b and k, then (a fused ReLU's) the forward's gain.
  const work = makeOutput(kb, [(relu ? 6 : 5) * cols]);
  const sums = pointer(kb, work), a = sums + 8 * cols, b = sums + 12 * cols, k = sums + 16 * cols, gain = sums + 20 * cols;
  if (relu) fillGain(kb, gain >> 2, variance, scale, varianceEpsilon);
  // The ReLU's mask as x ≥ a threshold where every channel has one (a positive gain), in `gain`'s place.
  const above = relu === true && fillThresholds(kb, gain >> 2, mean, offset);
  const meanAt = pointer(kb, mean);
  // The fused ReLU's mask recomputed: mean, gain and offset (what the forward normalized with).
  const reluFactors = relu && !above ? [whole(meanAt, cols), whole(gain, cols), whole(pointer(kb, offset), cols)] : [];
  // With y (an Add and a ReLU after the batch norm, LayerLoomBatchNormAddRelu): the ReLU's gradient g, written
  // by the sums pass and returned (the shortcut's gradient); the rest of the gradient is of g.
  const over = overDy(kb, dy);
  const g = y ? (over ?? makeOutput(kb, x.shape)) : undefined;
  const sumsOperands = { out: { at: sums, sum: 2 * cols }, scratch: 0, threadFrom: PASS_THREAD_FROM, piecesPerThread: PIECES_PER_THREAD };
  const xIn = { at: pointer(kb, x), perImage }, dyIn = { at: pointer(kb, dy), perImage };
  if (g) {
    runSplitByBatch(kb, 'batchNormMaskGradSums', batch, elements, {
      batched: [xIn, dyIn, { at: pointer(kb, y), perImage }, { at: pointer(kb, g), perImage }],
      whole: [whole(meanAt, cols)], ...sumsOperands,
    }, (p, images) => [p[0], p[1], p[2], p[4], images * rowsPer, cols, p[5], p[5] + cols * 4, p[3]]);
  } else if (above) {
    runSplitByBatch(kb, 'batchNormAboveGradSums', batch, elements, {
      batched: [xIn, dyIn], whole: [whole(meanAt, cols), whole(gain, cols)], ...sumsOperands,
    }, (p, images) => [p[0], p[1], p[2], p[3], images * rowsPer, cols, p[4], p[4] + cols * 4]);
  } else if (relu) {
    runSplitByBatch(kb, 'batchNormReluGradSums', batch, elements, {
      batched: [xIn, dyIn], whole: reluFactors, ...sumsOperands,
    }, (p, images) => [p[0], p[1], p[2], p[3], p[4], images * rowsPer, cols, p[5], p[5] + cols * 4]);
  } else {
    runSplitByBatch(kb, 'batchNormGradSums', batch, elements, {
      batched: [xIn, dyIn], whole: [whole(meanAt, cols)], ...sumsOperands,
    }, (p, images) => [p[0], p[1], p[2], images * rowsPer, cols, p[3], p[3] + cols * 4]);
  }
  // Per-channel factors on C numbers (the heap taken after every allocation: memory may have grown).
  const h = floatHeap(kb);
  const m = meanAt >> 2, v = at(kb, variance), sc = at(kb, scale), ds = at(kb, dScale), sumDy = at(kb, dOffset);
  const s0 = sums >> 2, a0 = a >> 2, b0 = b >> 2, k0 = k >> 2;
  for (let c = 0; c < cols; c++) {
    const inv = 1 / Math.sqrt(h[v + c] + varianceEpsilon);
    const gc = h[sc + c] * inv;
    const sumDyXm = h[s0 + cols + c];
    h[sumDy + c] = h[s0 + c];
    h[a0 + c] = gc;
    h[b0 + c] = (-gc * sumDyXm * inv * inv) / rows;
    h[k0 + c] = (-gc * h[sumDy + c]) / rows - h[b0 + c] * h[m + c];
    h[ds + c] = sumDyXm * inv;
  }
  const dx = (!y && over) || makeOutput(kb, x.shape);
  // dx = a·dy + b·x + k (dy masked by the ReLU: by threshold or recomputed): the kernels take dy, x, the per-channel
  // factors, rows, channels, the output.
  runSplitByBatch(kb, above ? 'channelAffine2Above' : relu ? 'channelAffine2Relu' : 'channelAffine2', batch, elements, {
    batched: [{ at: pointer(kb, g ?? dy), perImage }, xIn],
    whole: [...(above ? [whole(gain, cols)] : reluFactors), whole(a, cols), whole(b, cols), whole(k, cols)],
    out: { at: pointer(kb, dx), perImage }, ...memoryPass(elements),
  }, (p, images) => {
    // One array per chunk (this runs for every chunk of every batch norm gradient): p's pointers, the output's last.
    const row = p.slice(0, -1);
    row.push(images * rowsPer, cols, p[p.length - 1]);
    return row;
  });
  kb.disposeData(work.dataId);
  return g ? [dx, dScale, dOffset, g] : [dx, dScale, dOffset];
};

export const batchNormTrainingConfig: KernelConfig = { kernelName: BATCH_NORM_TRAINING, backendName: 'wasm', kernelFunc: forward };
export const batchNormAddReluConfig: KernelConfig = { kernelName: BATCH_NORM_ADD_RELU, backendName: 'wasm', kernelFunc: forward };
export const batchNormTrainingGradConfig: KernelConfig = { kernelName: BATCH_NORM_TRAINING_GRAD, backendName: 'wasm', kernelFunc: gradient };
