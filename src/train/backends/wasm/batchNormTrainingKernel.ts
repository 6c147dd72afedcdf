/**
 * A training batch norm in two kernels on wasm, replacing tfjs-layers' composition (moments: Mean, Sub,
 * Square, Mean; then FusedBatchNorm; and backward through all of it: 11 kernels and 5 full-size
 * gradient sums per batch norm).
 * - `LayerLoomBatchNormTraining`: x [.., C], scale, offset → y, the batch mean, the batch (biased)
 *   variance; two passes for the statistics, one to normalize.
 * - `LayerLoomBatchNormTrainingGrad`: x, dy, mean, variance, scale → dx, dScale, dOffset, the whole
 *   gradient through the batch statistics: dx = g·(dy − mean(dy) − (x − μ)·mean(dy·(x − μ))/(σ² + ε)),
 *   g = scale/√(σ² + ε); one pass for the two sums, one for dx.
 */
import type { KernelBackend, KernelConfig, KernelFunc, TensorInfo } from '@tensorflow/tfjs-core';
import { makeOutput, pointer, simdKernels, view } from './simdKernels';

export const BATCH_NORM_TRAINING = 'LayerLoomBatchNormTraining';
export const BATCH_NORM_TRAINING_GRAD = 'LayerLoomBatchNormTrainingGrad';

const size = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);

const forward: KernelFunc = ({ inputs, attrs, backend }) => {
  const { x, scale, offset } = inputs as { x: TensorInfo; scale: TensorInfo; offset: TensorInfo };
  const { varianceEpsilon } = attrs as { varianceEpsilon: number };
  const kb = backend as KernelBackend;
  const cols = x.shape[x.shape.length - 1];
  const rows = size(x.shape) / cols;
  const k = simdKernels(kb);
  const [mean, variance, gainT] = [0, 1, 2].map(() => makeOutput(kb, [cols]));
  const y = makeOutput(kb, x.shape);
  k.channelMoments(pointer(kb, x), rows, cols, pointer(kb, mean), pointer(kb, variance));
  const [v, s, gain] = [variance, scale, gainT].map((t) => view(kb, t));
  for (let c = 0; c < cols; c++) gain[c] = s[c] / Math.sqrt(v[c] + varianceEpsilon);
  k.normalizeChannels(pointer(kb, x), pointer(kb, mean), pointer(kb, gainT), pointer(kb, offset), rows, cols, pointer(kb, y));
  kb.disposeData(gainT.dataId);
  return [y, mean, variance];
};

const gradient: KernelFunc = ({ inputs, attrs, backend }) => {
  const { x, dy, mean, variance, scale } = inputs as Record<string, TensorInfo>;
  const { varianceEpsilon } = attrs as { varianceEpsilon: number };
  const kb = backend as KernelBackend;
  const cols = mean.shape[0];
  const rows = size(x.shape) / cols;
  const k = simdKernels(kb);
  const [dScale, dOffset, aT, bT, kT] = [0, 1, 2, 3, 4].map(() => makeOutput(kb, [cols]));
  k.batchNormGradSums(pointer(kb, x), pointer(kb, dy), pointer(kb, mean), rows, cols, pointer(kb, dOffset), pointer(kb, dScale));
  // Per-channel factors on C numbers (views after every allocation: memory may have grown).
  const [m, v, s, ds, sumDy, a, b, kk] = [mean, variance, scale, dScale, dOffset, aT, bT, kT].map((t) => view(kb, t));
  for (let c = 0; c < cols; c++) {
    const inv = 1 / Math.sqrt(v[c] + varianceEpsilon);
    const g = s[c] * inv;
    const sumDyXm = ds[c];
    a[c] = g;
    b[c] = (-g * sumDyXm * inv * inv) / rows;
    kk[c] = (-g * sumDy[c]) / rows - b[c] * m[c];
    ds[c] = sumDyXm * inv;
  }
  const dx = makeOutput(kb, x.shape);
  k.channelAffine2(pointer(kb, dy), pointer(kb, x), pointer(kb, aT), pointer(kb, bT), pointer(kb, kT), rows, cols, pointer(kb, dx));
  for (const t of [aT, bT, kT]) kb.disposeData(t.dataId);
  return [dx, dScale, dOffset];
};

export const batchNormTrainingConfig: KernelConfig = { kernelName: BATCH_NORM_TRAINING, backendName: 'wasm', kernelFunc: forward };
export const batchNormTrainingGradConfig: KernelConfig = { kernelName: BATCH_NORM_TRAINING_GRAD, backendName: 'wasm', kernelFunc: gradient };
