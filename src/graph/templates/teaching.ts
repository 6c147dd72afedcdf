/**
 * Small networks for 32×32 colour images (CIFAR-10 size) that train in minutes on a CPU:
 * - minivgg: three VGG stages of two 3×3 convolutions (16, 32, 64 filters) and a 2×2 max pool,
 *   then dense 128 → dropout → 10.
 * - resnet20 (He et al. 2016, CIFAR): conv 16@3×3 → 3 stages × 3 basic blocks (16, 32, 64; stride 2
 *   at the first block of stages 2 and 3, 1×1 conv + BN projection there) → global average pool → 10.
 *   272,474 parameters, the same network as scripts/bench/torch_reference.py's resnet20.
 */
import { text } from '../localized';
import { GraphBuilder } from './graphBuilder';
import { basicBlock, convBn, relu, stage } from './residualBlocks';
import { resolveOptions, type Template } from './template';

const SPEC = { inputShape: [32, 32, 3] as const, classes: 10 };

export const minivgg: Template = {
  name: 'minivgg',
  title: text('Mini VGG', '迷你 VGG'),
  description: text(
    'A small VGG for 32×32 colour images: three stages of two 3×3 convolutions (16, 32, 64 filters) each followed by a 2×2 max pool, then a 128-unit dense layer with dropout. Trains in minutes on a CPU.',
    '适用于 32×32 彩色图像的小型 VGG：三个阶段，每个阶段两个 3×3 卷积（16、32、64 个滤波器）后接 2×2 最大池化，然后是带 Dropout 的 128 单元全连接层。在 CPU 上几分钟即可训练完。',
  ),
  ...SPEC,
  build(options) {
    const o = resolveOptions(SPEC, options);
    const b = new GraphBuilder();
    b.add('input', 'Input', o.input);
    [16, 32, 64].forEach((filters, s) => {
      for (let i = 1; i <= 2; i++) {
        b.add(`conv${s + 1}_${i}`, 'Conv2D', { filters, kernel: 3, stride: 1, padding: 'same', activation: 'relu', bias: true });
      }
      b.add(`pool${s + 1}`, 'MaxPool2D', { pool: 2, stride: 2, padding: 'valid' });
    });
    b.add('flatten', 'Flatten');
    b.add('fc', 'Dense', { units: 128, activation: 'relu', bias: true });
    b.add('dropout', 'Dropout', { rate: 0.5 });
    b.add('output', 'Output', o.output);
    return b.build();
  },
};

export const resnet20: Template = {
  name: 'resnet20',
  title: text('ResNet-20', 'ResNet-20'),
  description: text(
    'He et al.’s residual network for CIFAR-size images: a 3×3 convolution, three stages of three basic blocks (16, 32, 64 filters) with shortcuts, global average pooling and 10 classes (272,474 parameters).',
    'He 等人为 CIFAR 尺寸图像设计的残差网络：一个 3×3 卷积，三个阶段各三个带捷径的基本模块（16、32、64 个滤波器），全局平均池化，10 个类别（272,474 个参数）。',
  ),
  ...SPEC,
  build(options) {
    const o = resolveOptions(SPEC, options);
    const b = new GraphBuilder();
    b.add('input', 'Input', o.input);
    convBn(b, '', 1, 16, 3, 1);
    relu(b, 'relu');
    [16, 32, 64].forEach((planes, s) => stage(b, basicBlock, `layer${s + 1}`, 3, planes, s === 0 ? 1 : 2));
    b.add('avgpool', 'GlobalAveragePool');
    b.add('fc', 'Output', o.output);
    return b.build();
  },
};
