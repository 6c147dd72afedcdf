import { text } from '../localized';
import { defineBlock, product } from './blockDefinition';
import { imageInput } from './inputChecks';

export const globalAveragePool = defineBlock({
  kind: 'GlobalAveragePool',
  category: 'pooling',
  title: text('GlobalAveragePool', '全局平均池化'),
  doc: text(
    'Global average pooling turns each whole feature map into a single number, its average, so an H×W×C tensor becomes a vector of C values: one score per feature, wherever in the image it appeared. Modern networks such as ResNet use it instead of Flatten before the final Dense layer, because it needs far fewer weights afterwards and works for any input size. It has no parameters.',
    '全局平均池化把每一整张特征图变成一个数——它的平均值，于是 H×W×C 的张量变成 C 个数的向量：每个特征一个分数，无论它出现在图像的什么位置。ResNet 等现代网络在最后的全连接层之前用它代替 Flatten，因为之后需要的权重少得多，而且适用于任意输入尺寸。它没有参数。',
  ),
  params: {},
  inputs: { min: 1, max: 1 },
  hasOutput: true,
  inferShape: (_p, inputs) => [imageInput(inputs, 'GlobalAveragePool')[2]],
  paramCount: () => ({ trainable: 0, nonTrainable: 0 }),
  flops: (_p, inputs) => product(inputs[0]),
  receptiveField: () => ({ type: 'global' }),
  toTfjs: (_p, [x], { tf, name }) => tf.layers.globalAveragePooling2d({ name }).apply(x) as typeof x,
});
