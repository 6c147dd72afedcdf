/**
 * `LayerLoomBatchNormGrad` (wasm): every gradient of FusedBatchNorm with per-channel statistics in two
 * SIMD passes over the data — one for the two per-channel sums, one for dx — instead of tfjs's
 * Tile-based composition. Inputs x, dy, mean, variance, scale (optional); outputs dx, dMean, dVariance,
 * dScale, dOffset.
 */
import type { KernelBackend, KernelConfig, KernelFunc, TensorInfo } from '@tensorflow/tfjs-core';
import { makeOutput, pointer, simdKernels, view } from './simdKernels';

export const BATCH_NORM_GRAD = 'LayerLoomBatchNormGrad';

const batchNormGrad: KernelFunc = ({ inputs, attrs, backend }) => {
  const { x, dy, mean, variance, scale } = inputs as Record<string, TensorInfo | undefined> as {
    x: TensorInfo; dy: TensorInfo; mean: TensorInfo; variance: TensorInfo; scale?: TensorInfo;
  };
  const { varianceEpsilon } = attrs as { varianceEpsilon: number };
  const kb = backend as KernelBackend;
  const cols = mean.shape[0];
  const rows = x.shape.reduce((a, b) => a * b, 1) / cols;
  const k = simdKernels(kb);
  const [dMean, dVariance, dScale, dOffset, gainT] = [0, 1, 2, 3, 4].map(() => makeOutput(kb, [cols]));
  const sumDyXm = makeOutput(kb, [cols]);
  k.batchNormGradSums(pointer(kb, x), pointer(kb, dy), pointer(kb, mean), rows, cols, pointer(kb, dOffset), pointer(kb, sumDyXm));
  // Per-channel arithmetic on C numbers (views are taken after every allocation: memory may have grown).
  const v = view(kb, variance);
  const s = scale ? view(kb, scale) : undefined;
  const [gm, gv, gs, go, gain, sxm] = [dMean, dVariance, dScale, dOffset, gainT, sumDyXm].map((t) => view(kb, t));
  for (let c = 0; c < cols; c++) {
    const inv = 1 / Math.sqrt(v[c] + varianceEpsilon);
    const g = s ? s[c] * inv : inv;
    gain[c] = g;
    gm[c] = -go[c] * g;
    gv[c] = -0.5 * sxm[c] * g * inv * inv;
    gs[c] = sxm[c] * inv;
  }
  const dx = makeOutput(kb, x.shape);
  k.scaleChannels(pointer(kb, dy), pointer(kb, gainT), rows, cols, pointer(kb, dx));
  kb.disposeData(gainT.dataId);
  kb.disposeData(sumDyXm.dataId);
  return [dx, dMean, dVariance, dScale, dOffset];
};

export const batchNormGradConfig: KernelConfig = { kernelName: BATCH_NORM_GRAD, backendName: 'wasm', kernelFunc: batchNormGrad };
