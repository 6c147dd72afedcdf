import { text } from '../localized';
import { defineBlock } from './blockDefinition';
import { dense } from './dense';
import { vectorInput } from './inputChecks';
import { boolParam, intParam } from './paramSpecs';

/** The Output block is a Dense layer with one unit per class: these are its Dense parameters. */
const asDense = (p: { classes: number; softmax: boolean }) =>
  ({ units: p.classes, activation: p.softmax ? 'softmax' : 'linear', bias: true }) as const;

export const output = defineBlock({
  kind: 'Output',
  category: 'io',
  title: text('Output', '输出'),
  doc: text(
    'The Output block ends a classifier: a Dense layer with one unit per class whose scores, passed through softmax, become probabilities that add up to 1; the prediction is the class with the highest one. Every model ends with exactly one, and nothing may follow it. It needs a flat vector, so put Flatten or GlobalAveragePool before it. Parameters: inputs × classes weights plus one bias per class.',
    '输出块是分类器的结尾：一个每个类别对应一个单元的全连接层，其分数经过 softmax 变成和为 1 的概率；预测结果就是概率最高的类别。每个模型恰好以一个输出块结束，之后不能再接任何块。它需要一维向量，因此要在它之前放 Flatten 或全局平均池化。参数量：输入数 × 类别数个权重，加上每个类别一个偏置。',
  ),
  params: {
    classes: intParam(10, 1, 100000, text('Classes', '类别数'), text('Number of categories to tell apart (10 for MNIST digits).', '要区分的类别数量（MNIST 数字为 10）。'), { key: true }),
    softmax: boolParam(true, text('Softmax', '使用 Softmax'),
      text('Turn the scores into probabilities. Off gives raw scores (logits).', '把分数转换为概率。关闭则输出原始分数（logits）。')),
  },
  inputs: { min: 1, max: 1 },
  hasOutput: false,
  inferShape(p, inputs) {
    vectorInput(inputs, 'Output');
    return [p.classes];
  },
  paramCount: (p, inputs, out) => dense.paramCount(asDense(p), inputs, out),
  flops: (p, inputs, out) => dense.flops(asDense(p), inputs, out),
  macs: (p, inputs) => p.classes * inputs[0][0],
  receptiveField: () => ({ type: 'global' }),
  toTfjs: (p, xs, ctx) => dense.toTfjs(asDense(p), xs, ctx),
});
