import { text } from '../localized';
import { defineBlock, product } from './blockDefinition';
import { singleInput } from './inputChecks';

export const flatten = defineBlock({
  kind: 'Flatten',
  category: 'resize',
  title: text('Flatten', '展平'),
  doc: text(
    'Flatten lays every value of an H×W×C feature map out in one long row of H·W·C numbers, so that Dense layers, which only take vectors, can follow. Nothing is computed or learned; only the arrangement changes (row by row, channels last). Use it between the convolutional part of a network and its Dense classifier, as LeNet, AlexNet and VGG do; the Dense layer after it then has one weight per value per unit, which is where most of those networks’ parameters are. An input that is already flat passes through unchanged.',
    '展平把 H×W×C 特征图中的每个数值排成一行共 H·W·C 个数，使只接受向量的全连接层可以接在后面。它不做计算也不学习，只改变排列方式（逐行，通道在最后）。像 LeNet、AlexNet 和 VGG 那样，把它放在网络的卷积部分和全连接分类器之间；其后的全连接层对每个数值、每个单元都有一个权重，这些网络的大部分参数就在那里。已经是一维的输入原样通过。',
  ),
  params: {},
  inputs: { min: 1, max: 1 },
  hasOutput: true,
  inferShape: (_p, inputs) => [product(singleInput(inputs, 'Flatten'))],
  paramCount: () => ({ trainable: 0, nonTrainable: 0 }),
  flops: () => 0,
  receptiveField: () => ({ type: 'global' }),
  // tfjs' Flatten wants at least a 2-D sample; an already-flat input gets a no-op reshape so the block still has its own layer.
  toTfjs: (_p, [x], { tf, name, outputShape }) =>
    (x.shape.length > 2 ? tf.layers.flatten({ name }) : tf.layers.reshape({ targetShape: [...outputShape], name })).apply(x) as typeof x,
});
