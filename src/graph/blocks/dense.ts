import { text } from '../localized';
import { seededKernel } from './initialWeights';
import { defineBlock } from './blockDefinition';
import { activationFlopsPerElement, withActivation } from './activationLayer';
import { vectorInput } from './inputChecks';
import { activationParam, biasParam, intParam } from './paramSpecs';

export const dense = defineBlock({
  kind: 'Dense',
  category: 'dense',
  title: text('Dense', '全连接'),
  doc: text(
    'A Dense (fully connected) layer connects every input value to every one of its units: each unit computes a weighted sum of the whole input vector, adds a bias and applies the activation. It is how a network combines the features found by the convolutions into decisions, usually in the last few layers. It needs a flat vector, so put Flatten or GlobalAveragePool before it. Parameters: inputs × units weights, plus one bias per unit; after a large Flatten this is by far the biggest block.',
    '全连接层把每个输入值连到它的每一个单元：每个单元对整个输入向量做加权求和，加上偏置，再经过激活函数。网络通常在最后几层用它把卷积找到的特征组合成判断。它需要一维向量，因此要在它之前放 Flatten 或全局平均池化。参数量：输入数 × 单元数个权重，加上每个单元一个偏置；接在很大的 Flatten 之后时，它往往是参数最多的块。',
  ),
  params: {
    units: intParam(128, 1, 65536, text('Units', '单元数'), text('Number of outputs (neurons).', '输出（神经元）的数量。'), { key: true }),
    activation: activationParam('relu'),
    bias: biasParam(true),
  },
  inputs: { min: 1, max: 1 },
  hasOutput: true,
  inferShape(p, inputs) {
    vectorInput(inputs, 'Dense');
    return [p.units];
  },
  paramCount: (p, inputs) => ({ trainable: inputs[0][0] * p.units + (p.bias ? p.units : 0), nonTrainable: 0 }),
  macs: (p, inputs) => p.units * inputs[0][0],
  flops: (p, inputs) => p.units * (2 * inputs[0][0] + activationFlopsPerElement(p.activation)),
  receptiveField: () => ({ type: 'global' }),
  toTfjs: (p, [x], ctx) =>
    withActivation(ctx.tf, p.activation, ctx.name, 'dense', (layerName, activation) =>
      ctx.tf.layers.dense({ name: layerName, units: p.units, activation, useBias: p.bias, ...seededKernel(ctx) }).apply(x) as typeof x),
});
