/**
 * ResNet-18/34/50 (and the hidden ResNet-152, for benchmarks) exactly as torchvision defines them:
 * conv1 7×7/2 (padding 3) → BN → ReLU → 3×3/2 max pool (padding 1) → four stages → global average pool → fc.
 * Bottleneck blocks stride on their 3×3 convolution (torchvision's "v1.5"). Trainable parameters
 * equal torchvision's: 11,689,512 / 21,797,672 / 25,557,032 / 60,192,808.
 */
import { text } from '../localized';
import type { Graph } from '../types';
import { GraphBuilder } from './graphBuilder';
import { basicBlock, bottleneck, relu, stage, type Block } from './residualBlocks';
import { resolveOptions, type Template, type TemplateOptions } from './template';

const SPEC = { inputShape: [224, 224, 3] as const, classes: 1000 };
const STAGE_PLANES = [64, 128, 256, 512] as const;

function buildResNet(block: Block, blocksPerStage: readonly number[], options?: TemplateOptions): Graph {
  const o = resolveOptions(SPEC, options);
  const b = new GraphBuilder();
  b.add('input', 'Input', o.input);
  b.add('conv1', 'Conv2D', { filters: 64, kernel: 7, stride: 2, padding: 'explicit', pad: 3, activation: 'linear', bias: false });
  b.add('bn1', 'BatchNorm', { momentum: 0.9, epsilon: 1e-5 });
  relu(b, 'relu');
  // torchvision: MaxPool2d(3, stride=2, padding=1), one pixel of padding on every side. tfjs's "same" would pad
  // 0 before and 1 after (even sizes): the same output size, different values. Zeros equal torch's −∞
  // padding here because the input comes from a ReLU (≥ 0); the PyTorch export emits nn.MaxPool2d(3, 2, 1).
  b.add('maxpool_pad', 'ZeroPadding2D', { top: 1, bottom: 1, left: 1, right: 1 });
  b.add('maxpool', 'MaxPool2D', { pool: 3, stride: 2, padding: 'valid' });
  blocksPerStage.forEach((n, s) => stage(b, block, `layer${s + 1}`, n, STAGE_PLANES[s], s === 0 ? 1 : 2));
  b.add('avgpool', 'GlobalAveragePool');
  b.add('fc', 'Output', o.output);
  return b.build();
}

function resnet(depth: number, block: Block, blocksPerStage: readonly number[], params: string, paramsZh: string): Template {
  const kind = block === bottleneck ? 'bottleneck' : 'basic';
  return {
    name: `resnet${depth}`,
    title: text(`ResNet-${depth}`, `ResNet-${depth}`),
    description: text(
      `He et al. 2015, ${depth} layers: four stages of ${kind === 'basic' ? 'two 3×3 convolutions' : '1×1 → 3×3 → 1×1 bottleneck'} blocks (${blocksPerStage.join(', ')}) with shortcuts that add each block’s input to its output; a 1×1 projection appears where the shape changes (${params} parameters).`,
      `He 等人 2015 年提出的 ${depth} 层残差网络：四个阶段，分别有 ${blocksPerStage.join('、')} 个${kind === 'basic' ? '由两个 3×3 卷积组成的' : '1×1 → 3×3 → 1×1 瓶颈'}模块，捷径把模块的输入加到输出上；形状变化处自动出现 1×1 投影（${paramsZh}个参数）。`,
    ),
    ...SPEC,
    build: (options) => buildResNet(block, blocksPerStage, options),
  };
}

export const resnet18 = resnet(18, basicBlock, [2, 2, 2, 2], '11.7 M', '1170 万');
export const resnet34 = resnet(34, basicBlock, [3, 4, 6, 3], '21.8 M', '2180 万');
export const resnet50 = resnet(50, bottleneck, [3, 4, 6, 3], '25.6 M', '2560 万');
/** Not in the gallery: a 500-block graph for the analysis benchmark. */
export const resnet152 = resnet(152, bottleneck, [3, 8, 36, 3], '60.2 M', '6020 万');
