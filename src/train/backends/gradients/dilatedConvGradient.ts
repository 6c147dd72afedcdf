/**
 * The Conv2D gradient for dilation > 1, which every tfjs backend refuses ("dilation rates greater than
 * 1 are not yet supported in gradients"). Both gradients are ordinary convolutions (tfjs forbids stride
 * and dilation both above 1, so the stride is 1 here):
 * - dx: dy convolved with the filter rotated by 180° and its channel axes swapped, at the same dilation;
 * - dW: xᵀ ([Ci, H, W, B]) convolved with dyᵀ ([OH, OW, B, Co]) at stride = dilation, cut to the kernel.
 * Undilated convolutions keep tfjs's own gradient.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { GradConfig, NamedAttrMap, Tensor, Tensor4D } from '@tensorflow/tfjs-core';

type Pad = 'valid' | 'same' | number | [[number, number], [number, number], [number, number], [number, number]];

function pair(v: number | number[]): [number, number] {
  return typeof v === 'number' ? [v, v] : [v[0], v[1]];
}

export function dilatedConvGradients(x: Tensor4D, filter: Tensor4D, dy: Tensor4D, strides: number | number[], pad: Pad, dilations: number | number[], dimRoundingMode?: 'floor' | 'round' | 'ceil'): [Tensor4D, Tensor4D] {
  const [sh, sw] = pair(strides);
  if (sh !== 1 || sw !== 1) throw new Error('LayerLoom dilated Conv2D gradient: stride must be 1 when dilation is above 1');
  const info = tf.backend_util.computeConv2DInfo(x.shape, filter.shape, 1, dilations as [number, number], pad, dimRoundingMode);
  const { inHeight: h, inWidth: w, outHeight: oh, outWidth: ow, filterHeight: kh, filterWidth: kw, inChannels: ci, outChannels: co } = info;
  const { dilationHeight: dh, dilationWidth: dw } = info;
  const { top, left } = info.padInfo;
  const flipped = tf.transpose(tf.reverse(filter, [0, 1]), [0, 1, 3, 2]) as Tensor4D;
  const dx = tf.conv2d(dy, flipped, 1, [[0, 0], [(kh - 1) * dh - top, h + top - oh], [(kw - 1) * dw - left, w + left - ow], [0, 0]], 'NHWC', [dh, dw]);
  const bottom = Math.max(0, (kh - 1) * dh + oh - h - top);
  const right = Math.max(0, (kw - 1) * dw + ow - w - left);
  const corr = tf.conv2d(tf.transpose(x, [3, 1, 2, 0]) as Tensor4D, tf.transpose(dy, [1, 2, 0, 3]) as Tensor4D, [dh, dw],
    [[0, 0], [top, bottom], [left, right], [0, 0]]);
  const dW = tf.transpose(tf.slice(corr, [0, 0, 0, 0], [ci, kh, kw, co]), [1, 2, 0, 3]) as Tensor4D;
  return [dx, dW];
}

export function conv2dGradConfig(stock: GradConfig): GradConfig {
  return {
    kernelName: 'Conv2D',
    inputsToSave: ['x', 'filter'],
    gradFunc: (dy: Tensor | Tensor[], saved: Tensor[], attrs: NamedAttrMap) => {
      const { dilations, strides, pad, dimRoundingMode, dataFormat } = attrs as unknown as {
        dilations: number | number[]; strides: number | number[]; pad: Pad; dimRoundingMode?: 'floor' | 'round' | 'ceil'; dataFormat: string;
      };
      const [dh, dw] = pair(dilations ?? 1);
      if ((dh === 1 && dw === 1) || dataFormat === 'NCHW') return stock.gradFunc(dy, saved, attrs);
      const [x, filter] = saved as Tensor4D[];
      const [dx, dW] = dilatedConvGradients(x, filter, dy as Tensor4D, strides, pad, dilations, dimRoundingMode);
      return { x: () => dx, filter: () => dW };
    },
  };
}
