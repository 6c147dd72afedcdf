import { text } from '../localized';
import type { Shape } from '../types';
import { seededKernel } from './initialWeights';
import { BlockError, defineBlock, product } from './blockDefinition';
import { activationFlopsPerElement, applyUnfusedActivation, fusedActivation } from './activationLayer';
import { dilatedConv2d } from './dilatedConvLayer';
import { imageInput } from './inputChecks';
import { activationParam, biasParam, intParam, kernelParam, paddingParam, strideParam } from './paramSpecs';
import { windowEffect } from './receptiveMaps';
import { windowOutputHW } from './windowShape';

/**
 * True when the convolution is built with 'same' padding: asked for, or explicit padding that equals it
 * (stride 1, every side padded by dilation·(kernel − 1)/2), which then needs no separate padding layer
 * (a full copy of the input each way, forward and backward). The exports follow the same rule.
 */
export function convPadsAsSame(p: { padding: string; pad: number; stride: number; dilation: number; kernel: number }): boolean {
  return p.padding === 'same' || (p.padding === 'explicit' && p.stride === 1 && 2 * p.pad === p.dilation * (p.kernel - 1));
}

/** One multiply-add per output element, kernel tap and input channel. */
const convMacs = (kernel: number, inputs: readonly Shape[], output: Shape) => product(output) * kernel * kernel * inputs[0][2];

export const conv2d = defineBlock({
  kind: 'Conv2D',
  category: 'convolution',
  title: text('Conv2D', '二维卷积'),
  doc: text(
    'A 2-D convolution slides small learned filters over the image. Each filter looks at a kernel×kernel patch across all input channels and produces one output channel (a feature map) that lights up where its pattern appears. Stride skips positions to shrink the output; padding keeps the borders; dilation spreads the kernel out to see wider without more weights. Parameters: kernel² × input channels × filters, plus one bias per filter.',
    '二维卷积在图像上滑动一组可学习的小滤波器。每个滤波器查看所有输入通道上 kernel×kernel 的区域，生成一个输出通道（特征图），在出现其图案的位置响应强烈。步幅跳过部分位置以缩小输出；填充保留边缘；膨胀让卷积核分散开，不增加权重也能看得更广。参数量：卷积核² × 输入通道数 × 滤波器数，加上每个滤波器一个偏置。',
  ),
  params: {
    filters: intParam(32, 1, 4096, text('Filters', '滤波器数'), text('Number of output channels (feature maps).', '输出通道（特征图）的数量。'), { key: true }),
    kernel: kernelParam(3),
    stride: strideParam(1),
    padding: paddingParam('same', ['valid', 'same', 'explicit'] as const),
    pad: intParam(1, 0, 64, text('Padding amount', '填充量'), text('Zeros added on every side when padding is "explicit".', '填充方式为 "explicit" 时四周各补零的数量。'),
      { visibleWhen: { param: 'padding', values: ['explicit'] } }),
    dilation: intParam(1, 1, 16, text('Dilation', '膨胀率'),
      text('Spacing between kernel taps; 2 sees a 5×5 area with a 3×3 kernel. Needs stride 1. tfjs has no gradient for dilated convolutions: LayerLoom adds one, so they train with any activation (tested on the wasm and cpu backends).',
        '卷积核采样点之间的间隔；为 2 时 3×3 卷积核可覆盖 5×5 区域。步幅须为 1。tfjs 没有膨胀卷积的梯度：LayerLoom 补上了它，因此可搭配任何激活函数训练（已在 wasm 和 cpu 后端上测试）。')),
    activation: activationParam('relu'),
    bias: biasParam(true),
  },
  inputs: { min: 1, max: 1 },
  hasOutput: true,
  inferShape(p, inputs) {
    const [h, w] = imageInput(inputs, 'Conv2D');
    if (p.stride > 1 && p.dilation > 1) {
      // tfjs refuses the combination ("Either strides or dilations must be 1"), as TensorFlow and Keras do.
      throw new BlockError(
        text(`Stride ${p.stride} and dilation ${p.dilation} cannot be combined: a convolution can skip positions or spread its kernel, not both.`,
          `步幅 ${p.stride} 与膨胀率 ${p.dilation} 不能同时大于 1：卷积只能跳过位置或展开卷积核，不能两者兼有。`),
        text('Set the stride to 1 (and downsample with a pooling block or a strided convolution before or after), or set the dilation to 1.',
          '把步幅设为 1（用池化块或前后另一个带步幅的卷积来下采样），或把膨胀率设为 1。'),
        'dilation',
        { kind: 'setParams', params: { dilation: 1 } },
      );
    }
    const out = windowOutputHW([h, w], p);
    return [out.h, out.w, p.filters];
  },
  paramCount(p, inputs) {
    const cin = inputs[0][2];
    return { trainable: p.kernel * p.kernel * cin * p.filters + (p.bias ? p.filters : 0), nonTrainable: 0 };
  },
  macs: (p, inputs, output) => convMacs(p.kernel, inputs, output),
  flops: (p, inputs, output) => 2 * convMacs(p.kernel, inputs, output) + product(output) * activationFlopsPerElement(p.activation),
  receptiveField(p, inputs) {
    const { padTop, padLeft } = windowOutputHW(inputs[0], p);
    return windowEffect(p.kernel, p.stride, p.dilation, padTop, padLeft);
  },
  toTfjs(p, [x], ctx) {
    const { tf, name } = ctx;
    const same = convPadsAsSame(p);
    const padded = p.padding === 'explicit' && p.pad > 0 && !same
      ? (tf.layers.zeroPadding2d({ padding: p.pad, name: `${name}__pad` }).apply(x) as typeof x)
      : x;
    const config = {
      name: p.activation === 'leakyRelu' ? `${name}__conv` : name,
      filters: p.filters,
      padding: same ? 'same' as const : 'valid' as const,
      activation: fusedActivation(p.activation),
      ...seededKernel(ctx),
    };
    const layer = p.dilation > 1
      ? dilatedConv2d(tf, { ...config, kernel: p.kernel, dilation: p.dilation, bias: p.bias })
      : tf.layers.conv2d({ ...config, kernelSize: p.kernel, strides: p.stride, useBias: p.bias });
    const conv = layer.apply(padded) as typeof x;
    return applyUnfusedActivation(tf, p.activation, conv, name);
  },
});
