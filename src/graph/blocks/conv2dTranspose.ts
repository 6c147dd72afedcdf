import { text } from '../localized';
import { seededKernel } from './initialWeights';
import { defineBlock, product } from './blockDefinition';
import { activationFlopsPerElement, withActivation } from './activationLayer';
import { imageInput } from './inputChecks';
import { squareEffect, transposedAxis } from './receptiveMaps';
import { activationParam, biasParam, enumParam, filtersParam, kernelParam, strideParam } from './paramSpecs';

/** Output length of a transposed convolution along one axis, as tfjs/Keras compute it. */
function deconvLength(size: number, kernel: number, stride: number, padding: 'valid' | 'same'): number {
  return padding === 'same' ? size * stride : size * stride + Math.max(kernel - stride, 0);
}

export const conv2dTranspose = defineBlock({
  kind: 'Conv2DTranspose',
  category: 'convolution',
  title: text('Conv2DTranspose', '二维转置卷积'),
  doc: text(
    'A transposed convolution (sometimes called a deconvolution) runs a convolution backwards: every input pixel stamps a learned kernel×kernel pattern onto the output, spaced stride pixels apart, and overlapping stamps add up. With stride 2 it doubles the height and width, so it is the learned way to upsample in decoders, segmentation networks and GAN generators (UpSampling2D is the fixed, parameter-free way). Parameters: kernel² × input channels × filters, plus one bias per filter.',
    '转置卷积（有时称为反卷积）把卷积反过来做：每个输入像素在输出上“盖印”一个可学习的 kernel×kernel 图案，印与印之间相隔步幅个像素，重叠部分相加。步幅为 2 时高和宽加倍，因此它是解码器、分割网络和 GAN 生成器中可学习的上采样方式（UpSampling2D 则是固定、无参数的方式）。参数量：卷积核² × 输入通道数 × 滤波器数，加上每个滤波器一个偏置。',
  ),
  params: {
    filters: filtersParam(32),
    kernel: kernelParam(3),
    stride: strideParam(2),
    padding: enumParam('same', ['valid', 'same'] as const, text('Padding', '填充'),
      text('"same": output = input × stride. "valid": output = (input − 1) × stride + kernel (input × stride when the kernel is smaller than the stride).',
        '"same"：输出 = 输入 × 步幅。"valid"：输出 = (输入 − 1) × 步幅 + 卷积核（卷积核小于步幅时为 输入 × 步幅）。'), { key: true }),
    activation: activationParam('relu'),
    bias: biasParam(true),
  },
  inputs: { min: 1, max: 1 },
  hasOutput: true,
  inferShape(p, inputs) {
    const [h, w] = imageInput(inputs, 'Conv2DTranspose');
    return [deconvLength(h, p.kernel, p.stride, p.padding), deconvLength(w, p.kernel, p.stride, p.padding), p.filters];
  },
  paramCount(p, inputs) {
    const cin = inputs[0][2];
    return { trainable: p.kernel * p.kernel * cin * p.filters + (p.bias ? p.filters : 0), nonTrainable: 0 };
  },
  // Every input element is multiplied into a kernel×kernel×filters stamp.
  macs: (p, inputs) => product(inputs[0]) * p.kernel * p.kernel * p.filters,
  flops: (p, inputs, output) => 2 * product(inputs[0]) * p.kernel * p.kernel * p.filters + product(output) * activationFlopsPerElement(p.activation),
  receptiveField(p) {
    // With "same", the full (H−1)·s + k output is cropped by max(k − s, 0), floor(half) of it before.
    const cropBefore = p.padding === 'same' ? Math.floor(Math.max(p.kernel - p.stride, 0) / 2) : 0;
    return squareEffect(transposedAxis(p.kernel, p.stride, cropBefore));
  },
  toTfjs: (p, [x], ctx) =>
    withActivation(ctx.tf, p.activation, ctx.name, 'deconv', (layerName, activation) =>
      ctx.tf.layers.conv2dTranspose({
        name: layerName, filters: p.filters, kernelSize: p.kernel, strides: p.stride, padding: p.padding, activation, useBias: p.bias, ...seededKernel(ctx),
      }).apply(x) as typeof x),
});
