import { text } from '../localized';
import { seededKernel } from './initialWeights';
import { defineBlock, product } from './blockDefinition';
import { applyBatchNorm, BATCH_NORM_FLOPS_PER_ELEMENT, batchNormParamCount, TORCH_BATCH_NORM } from './batchNormLayer';
import { boolParam, enumParam } from './paramSpecs';
import { windowMaps } from './receptiveMaps';
import { planAdd } from './residualProjection';

export const add = defineBlock({
  kind: 'Add',
  category: 'merge',
  title: text('Add (residual)', '相加（残差）'),
  doc: text(
    'Add sums its inputs element by element. Its main use is the residual shortcut of ResNet: a block’s input skips over a few layers and is added to their output, so those layers only have to learn a correction, and very deep networks still train. When the branch changes the size or the number of channels (stride 2, more filters), the shortcut no longer fits; with projection "auto" LayerLoom then inserts, exactly as ResNet does, a 1×1 convolution with the right stride and channel count on the shortcut, followed by a BatchNorm. The sum itself has no parameters; each projection adds input channels × output channels weights, plus 4 × output channels for its BatchNorm (half of them trained).',
    '相加把各输入逐元素求和。它主要用于 ResNet 的残差捷径：一个模块的输入跳过几层，与这几层的输出相加，于是这几层只需学习一个修正量，很深的网络也能训练。当分支改变了尺寸或通道数（步幅 2、更多滤波器）时，捷径就对不上了；投影设为 "auto" 时，LayerLoom 会像 ResNet 一样在捷径上插入一个步幅和通道数合适的 1×1 卷积，后接批归一化。求和本身没有参数；每个投影增加 输入通道数 × 输出通道数 个权重，其批归一化再加 4 × 输出通道数（其中一半参与训练）。',
  ),
  params: {
    projection: enumParam('auto', ['auto', 'none'] as const, text('Projection', '投影'),
      text('"auto": when input shapes differ, project the others onto the smallest one with a strided 1×1 convolution. "none": the shapes must already be equal.',
        '"auto"：输入形状不同时，用带步幅的 1×1 卷积把其他输入投影到最小的那个。"none"：形状必须已经相同。'), { key: true }),
    projectionBatchNorm: boolParam(true, text('BatchNorm after projection', '投影后批归一化'),
      text('Follow each 1×1 projection with a BatchNorm, as torchvision’s ResNet does.', '在每个 1×1 投影之后接一个批归一化，与 torchvision 的 ResNet 相同。'),
      { visibleWhen: { param: 'projection', values: ['auto'] } }),
  },
  inputs: { min: 2, max: 8 },
  hasOutput: true,
  inferShape: (p, inputs) => planAdd(inputs, p.projection).output,
  paramCount(p, inputs) {
    let trainable = 0;
    let nonTrainable = 0;
    for (const proj of planAdd(inputs, p.projection).projections) {
      trainable += proj.inChannels * proj.outChannels;
      if (!p.projectionBatchNorm) continue;
      const bn = batchNormParamCount(proj.outChannels);
      trainable += bn.trainable;
      nonTrainable += bn.nonTrainable;
    }
    return { trainable, nonTrainable };
  },
  /** Each projection: one multiply-add per output element and input channel. */
  macs: (p, inputs, output) => planAdd(inputs, p.projection).projections.reduce((sum, proj) => sum + product(output) * proj.inChannels, 0),
  flops(p, inputs, output) {
    const n = product(output);
    const projections = planAdd(inputs, p.projection).projections;
    const perProjection = (inChannels: number) => n * (2 * inChannels + (p.projectionBatchNorm ? BATCH_NORM_FLOPS_PER_ELEMENT : 0));
    return (inputs.length - 1) * n + projections.reduce((sum, proj) => sum + perProjection(proj.inChannels), 0);
  },
  receptiveField(p, inputs) {
    // A projected shortcut is a 1×1 convolution with its stride: it sees every stride-th pixel.
    const { projections } = planAdd(inputs, p.projection);
    if (!projections.length) return { type: 'identity' };
    return { type: 'inputs', maps: inputs.map((_, i) => {
      const proj = projections.find((x) => x.index === i);
      return proj ? windowMaps(1, proj.stride, 1, 0, 0) : null;
    }) };
  },
  toTfjs(p, xs, ctx) {
    const { tf, name, inputShapes } = ctx;
    const matched = [...xs];
    for (const proj of planAdd(inputShapes, p.projection).projections) {
      const projName = `${name}__proj${proj.index}`;
      const conv = tf.layers.conv2d({
        name: projName, filters: proj.outChannels, kernelSize: 1, strides: proj.stride, padding: 'valid', useBias: false,
        ...seededKernel(ctx, `proj${proj.index}`),
      }).apply(xs[proj.index]) as (typeof xs)[number];
      matched[proj.index] = p.projectionBatchNorm ? applyBatchNorm(tf, conv, `${projName}_bn`, TORCH_BATCH_NORM) : conv;
    }
    return tf.layers.add({ name }).apply(matched) as (typeof xs)[number];
  },
});
