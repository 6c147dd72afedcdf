/**
 * The per-axis maps blocks describe their receptive-field effect with: for output index o, the interval of
 * input indices it reads, on the infinite lattice (padding included, as receptive fields are usually
 * quoted). Each catalog entry picks the one that is exactly what its tfjs layer computes.
 */
import type { AxisMap } from '../axisMap';
import type { LocalMaps, ReceptiveFieldEffect } from './blockDefinition';

/** A sliding window: output o reads o·stride − padBefore … + dilation·(kernel − 1). */
export function windowAxis(kernel: number, stride: number, dilation: number, padBefore: number): AxisMap {
  const lo = 0 - padBefore; // never -0
  return { period: 1, shift: stride, spans: [{ lo, hi: lo + dilation * (kernel - 1) }] };
}

/** Nearest-neighbour upsampling by `factor`: output o copies input floor(o / factor). */
export function nearestUpsampleAxis(factor: number): AxisMap {
  return { period: factor, shift: 1, spans: Array.from({ length: factor }, () => ({ lo: 0, hi: 0 })) };
}

/**
 * TensorFlow's bilinear resize as tfjs's UpSampling2D calls it (align_corners and half_pixel_centers off):
 * output o samples input o / factor, so phase 0 copies one input and every other phase blends two.
 */
export function bilinearUpsampleAxis(factor: number): AxisMap {
  return { period: factor, shift: 1, spans: Array.from({ length: factor }, (_, r) => ({ lo: 0, hi: r === 0 ? 0 : 1 })) };
}

/**
 * A transposed convolution: input i stamps its kernel onto full-output positions i·stride … i·stride + k − 1,
 * and the output is the full one cropped by `cropBefore`. Output o reads the inputs whose stamp covers it
 * (none when kernel < stride leaves a gap).
 */
export function transposedAxis(kernel: number, stride: number, cropBefore: number): AxisMap {
  return {
    period: stride,
    shift: 1,
    spans: Array.from({ length: stride }, (_, r) => ({
      lo: Math.ceil((r + cropBefore - kernel + 1) / stride) + 0, // + 0: never -0
      hi: Math.floor((r + cropBefore) / stride),
    })),
  };
}

const both = (rows: AxisMap, cols: AxisMap): LocalMaps => ({ rows, cols });

/** A square window with the padding added before the first row and before the first column. */
export function windowMaps(kernel: number, stride: number, dilation: number, padTop: number, padLeft: number): LocalMaps {
  return both(windowAxis(kernel, stride, dilation, padTop), windowAxis(kernel, stride, dilation, padLeft));
}

export function windowEffect(kernel: number, stride: number, dilation: number, padTop: number, padLeft: number): ReceptiveFieldEffect {
  return { type: 'map', window: { kernel, stride, dilation }, ...windowMaps(kernel, stride, dilation, padTop, padLeft) };
}

/** The same map on both axes. */
export function squareEffect(axis: AxisMap): ReceptiveFieldEffect {
  return { type: 'map', rows: axis, cols: axis };
}
