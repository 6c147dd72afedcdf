/** MaxPool2D and AvgPool2D differ only in what they compute inside the window: one definition serves both. */
import { text, type Localized } from '../localized';
import { defineBlock, product } from './blockDefinition';
import { imageInput } from './inputChecks';
import { boolParam, intParam, paddingParam, strideParam } from './paramSpecs';
import { ceilModePooling } from './ceilModePooling';
import { windowEffect } from './receptiveMaps';
import { windowOutputHW, type Window, type WindowName } from './windowShape';

const POOL_NAME: WindowName = { param: 'pool', en: 'pool size', zh: '池化窗口' };

const poolParams = {
  pool: intParam(2, 1, 31, text('Pool size', '池化窗口'),
    text('Height and width of the square window summarised into one output pixel.', '汇总为一个输出像素的方形窗口的高和宽。'), { key: true }),
  stride: strideParam(2),
  padding: paddingParam('valid', ['valid', 'same'] as const),
  ceilMode: boolParam(false, text('Ceil mode', '向上取整'),
    text('When the windows do not tile the input exactly, add one more output row and column whose windows cover what is left (PyTorch\'s ceil_mode=True, used by GoogLeNet and SqueezeNet). Off: the leftover pixels are dropped, as Keras does.',
      '当窗口不能恰好铺满输入时，多输出一行和一列，其窗口覆盖剩余的像素（即 PyTorch 的 ceil_mode=True，GoogLeNet 和 SqueezeNet 使用）。关闭时丢弃剩余像素，与 Keras 相同。'),
    { key: true, visibleWhen: { param: 'padding', values: ['valid'] } }),
};

interface PoolParams { readonly pool: number; readonly stride: number; readonly padding: 'valid' | 'same'; readonly ceilMode: boolean }

/** Ceil mode only changes "valid" pooling: "same" already keeps ceil(input / stride) outputs. */
const poolWindow = (p: PoolParams): Window => ({ kernel: p.pool, stride: p.stride, dilation: 1, padding: p.padding, pad: 0, ceil: p.ceilMode && p.padding === 'valid' });

export function definePool2D<const K extends string>(spec: {
  kind: K;
  title: Localized;
  doc: Localized;
  layer: 'maxPooling2d' | 'averagePooling2d';
}) {
  return defineBlock({
    kind: spec.kind,
    category: 'pooling',
    title: spec.title,
    doc: spec.doc,
    params: poolParams,
    inputs: { min: 1, max: 1 },
    hasOutput: true,
    inferShape(p, inputs) {
      const [h, w, c] = imageInput(inputs, spec.kind);
      const out = windowOutputHW([h, w], poolWindow(p), POOL_NAME);
      return [out.h, out.w, c];
    },
    paramCount: () => ({ trainable: 0, nonTrainable: 0 }),
    /** One comparison (max) or addition (average) per window element. */
    flops: (p, _inputs, output) => product(output) * p.pool * p.pool,
    receptiveField(p, inputs) {
      const { padTop, padLeft } = windowOutputHW(inputs[0], poolWindow(p), POOL_NAME);
      return windowEffect(p.pool, p.stride, 1, padTop, padLeft);
    },
    toTfjs(p, [x], { tf, name, inputShapes, outputShape }) {
      if (poolWindow(p).ceil) return ceilModePooling(tf, spec.layer, p, x, { name, input: inputShapes[0], output: outputShape });
      return tf.layers[spec.layer]({ name, poolSize: p.pool, strides: p.stride, padding: p.padding }).apply(x) as typeof x;
    },
  });
}
