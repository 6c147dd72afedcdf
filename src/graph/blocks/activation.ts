import { text } from '../localized';
import { defineBlock, product } from './blockDefinition';
import { activationFlopsPerElement, applyUnfusedActivation } from './activationLayer';
import { singleInput } from './inputChecks';
import { enumParam, type ActivationName } from './paramSpecs';

const FUNCTIONS = ['relu', 'leakyRelu', 'elu', 'gelu', 'sigmoid', 'tanh', 'softmax'] as const satisfies readonly ActivationName[];

export const activation = defineBlock({
  kind: 'Activation',
  category: 'activation',
  title: text('Activation', '激活'),
  doc: text(
    'An Activation block applies a non-linear function to every value on its own. Without non-linearities a stack of layers would collapse into a single linear map, however deep. ReLU (max(0, x)) is the usual choice; leaky ReLU, ELU and GELU keep a little signal for negative inputs; sigmoid and tanh squash values into (0, 1) and (−1, 1); softmax turns the last axis into probabilities that sum to 1. Use a separate Activation when something must sit between a layer and its non-linearity, e.g. Conv2D → BatchNorm → Activation. It has no parameters and keeps the shape.',
    '激活块对每个数值单独施加一个非线性函数。没有非线性，再深的层堆叠也会退化成一个线性映射。ReLU（max(0, x)）是最常用的选择；Leaky ReLU、ELU 和 GELU 对负输入保留一点信号；sigmoid 和 tanh 把数值压缩到 (0, 1) 和 (−1, 1)；softmax 把最后一个轴变成和为 1 的概率。当层与其非线性之间还需要放别的东西时使用单独的激活块，例如 卷积 → 批归一化 → 激活。它没有参数，也不改变形状。',
  ),
  params: {
    activation: enumParam('relu', FUNCTIONS, text('Function', '函数'),
      text('The function applied to every value (softmax: over the last axis).', '作用于每个数值的函数（softmax 作用于最后一个轴）。'), { key: true }),
  },
  inputs: { min: 1, max: 1 },
  hasOutput: true,
  inferShape: (_p, inputs) => singleInput(inputs, 'Activation'),
  paramCount: () => ({ trainable: 0, nonTrainable: 0 }),
  flops: (p, _inputs, output) => activationFlopsPerElement(p.activation) * product(output),
  receptiveField: () => ({ type: 'identity' }),
  // Leaky ReLU gets its own layer named for the block; every other function is a tfjs Activation layer.
  toTfjs: (p, [x], { tf, name }) => p.activation === 'leakyRelu'
    ? applyUnfusedActivation(tf, p.activation, x, name)
    : tf.layers.activation({ activation: p.activation, name }).apply(x) as typeof x,
});
