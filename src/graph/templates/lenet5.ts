/**
 * LeNet-5 (LeCun et al. 1998): C1 conv 6@5×5 → S2 average pool → C3 conv 16@5×5 (full connectivity) →
 * S4 average pool → C5 conv 120@5×5 → F6 dense 84 → 10 classes, tanh throughout. The 28×28 MNIST
 * digit is padded to the paper's 32×32 by C1's padding of 2. 61,706 parameters.
 */
import { text } from '../localized';
import { GraphBuilder } from './graphBuilder';
import { resolveOptions, type Template } from './template';

const SPEC = { inputShape: [28, 28, 1] as const, classes: 10 };

export const lenet5: Template = {
  name: 'lenet5',
  title: text('LeNet-5', 'LeNet-5'),
  description: text(
    'LeCun’s 1998 digit reader: two 5×5 convolutions with average-pooling subsampling, then 120 → 84 → 10. Tiny (61,706 parameters) and trains on MNIST in a minute.',
    'LeCun 1998 年的手写数字识别网络：两个 5×5 卷积加平均池化下采样，然后 120 → 84 → 10。很小（61,706 个参数），在 MNIST 上一分钟即可训练完。',
  ),
  ...SPEC,
  build(options) {
    const o = resolveOptions(SPEC, options);
    const b = new GraphBuilder();
    b.add('input', 'Input', o.input);
    b.add('c1', 'Conv2D', { filters: 6, kernel: 5, stride: 1, padding: 'explicit', pad: 2, activation: 'tanh', bias: true });
    b.add('s2', 'AvgPool2D', { pool: 2, stride: 2, padding: 'valid' });
    b.add('c3', 'Conv2D', { filters: 16, kernel: 5, stride: 1, padding: 'valid', activation: 'tanh', bias: true });
    b.add('s4', 'AvgPool2D', { pool: 2, stride: 2, padding: 'valid' });
    b.add('c5', 'Conv2D', { filters: 120, kernel: 5, stride: 1, padding: 'valid', activation: 'tanh', bias: true });
    b.add('flatten', 'Flatten');
    b.add('f6', 'Dense', { units: 84, activation: 'tanh', bias: true });
    b.add('output', 'Output', o.output);
    return b.build();
  },
};
