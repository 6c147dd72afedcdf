/**
 * AlexNet exactly as torchvision defines it (the single-GPU variant of Krizhevsky et al. 2012 from
 * "One weird trick"): five convolutions, three 3×3/2 max pools, 6×6×256 features, then
 * dropout → 4096 → dropout → 4096 → 1000. 61,100,840 parameters.
 */
import { text } from '../localized';
import { GraphBuilder } from './graphBuilder';
import { resolveOptions, type Template } from './template';

const conv = (filters: number, kernel: number, stride: number, pad: number) =>
  ({ filters, kernel, stride, padding: 'explicit', pad, activation: 'relu', bias: true }) as const;
const maxPool = { pool: 3, stride: 2, padding: 'valid' } as const;

const SPEC = { inputShape: [224, 224, 3] as const, classes: 1000 };

export const alexnet: Template = {
  name: 'alexnet',
  title: text('AlexNet', 'AlexNet'),
  description: text(
    'The 2012 ImageNet winner that started the deep-learning boom: large 11×11 and 5×5 filters, ReLU, max pooling, dropout and two 4096-unit dense layers (61.1 M parameters, most of them in the dense layers).',
    '2012 年 ImageNet 冠军，开启了深度学习热潮：11×11 和 5×5 的大卷积核、ReLU、最大池化、Dropout 和两个 4096 单元的全连接层（6110 万个参数，大部分在全连接层）。',
  ),
  ...SPEC,
  build(options) {
    const o = resolveOptions(SPEC, options);
    const b = new GraphBuilder();
    b.add('input', 'Input', o.input);
    b.add('conv1', 'Conv2D', conv(64, 11, 4, 2));
    b.add('pool1', 'MaxPool2D', maxPool);
    b.add('conv2', 'Conv2D', conv(192, 5, 1, 2));
    b.add('pool2', 'MaxPool2D', maxPool);
    b.add('conv3', 'Conv2D', conv(384, 3, 1, 1));
    b.add('conv4', 'Conv2D', conv(256, 3, 1, 1));
    b.add('conv5', 'Conv2D', conv(256, 3, 1, 1));
    b.add('pool5', 'MaxPool2D', maxPool);
    b.add('flatten', 'Flatten');
    b.add('dropout6', 'Dropout', { rate: 0.5 });
    b.add('fc6', 'Dense', { units: 4096, activation: 'relu', bias: true });
    b.add('dropout7', 'Dropout', { rate: 0.5 });
    b.add('fc7', 'Dense', { units: 4096, activation: 'relu', bias: true });
    b.add('output', 'Output', o.output);
    return b.build();
  },
};
