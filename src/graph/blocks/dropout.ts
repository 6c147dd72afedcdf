import { text } from '../localized';
import { defineBlock } from './blockDefinition';
import { singleInput } from './inputChecks';
import { floatParam } from './paramSpecs';

export const dropout = defineBlock({
  kind: 'Dropout',
  category: 'regularisation',
  title: text('Dropout', '随机失活'),
  doc: text(
    'Dropout fights overfitting: during training it sets a random fraction (the rate) of its inputs to zero at every step and scales the rest up to keep the average, so the network cannot rely on any single feature and must spread what it learns. At test and prediction time it does nothing. Put it before large Dense layers (AlexNet and VGG use 0.5 there). It has no parameters and does not change the shape.',
    '随机失活用来对抗过拟合：训练时每一步随机把一部分（比例为 rate）输入置零，并把其余的放大以保持平均值，使网络无法依赖任何单一特征，只能把学到的东西分散开。测试和预测时它什么也不做。把它放在大的全连接层之前（AlexNet 和 VGG 在那里用 0.5）。它没有参数，也不改变形状。',
  ),
  params: {
    rate: floatParam(0.5, 0, 0.95, text('Rate', '失活比例'),
      text('Fraction of values zeroed at each training step (0 disables dropout).', '每个训练步中被置零的数值比例（0 表示不失活）。'), { key: true, step: 0.05 }),
  },
  inputs: { min: 1, max: 1 },
  hasOutput: true,
  inferShape: (_p, inputs) => singleInput(inputs, 'Dropout'),
  paramCount: () => ({ trainable: 0, nonTrainable: 0 }),
  flops: () => 0,
  receptiveField: () => ({ type: 'identity' }),
  toTfjs: (p, [x], { tf, name }) => tf.layers.dropout({ rate: p.rate, name }).apply(x) as typeof x,
});
