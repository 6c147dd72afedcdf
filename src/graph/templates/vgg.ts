/**
 * VGG-11/16/19 (Simonyan & Zisserman 2014) exactly as torchvision defines them, from one table of
 * stages like torchvision's `cfgs`: 3×3 convolutions with padding 1 and ReLU, a 2×2 max pool after
 * each stage, then 4096 → dropout → 4096 → dropout → 1000.
 */
import { text } from '../localized';
import { GraphBuilder } from './graphBuilder';
import { resolveOptions, type Template, type TemplateOptions } from './template';
import type { Graph } from '../types';

/** Convolutions per stage; the stages have 64, 128, 256, 512, 512 filters. */
const STAGE_FILTERS = [64, 128, 256, 512, 512] as const;
const CONFIGS = {
  vgg11: [1, 1, 2, 2, 2],
  vgg16: [2, 2, 3, 3, 3],
  vgg19: [2, 2, 4, 4, 4],
} as const;

type VggName = keyof typeof CONFIGS;

const SPEC = { inputShape: [224, 224, 3] as const, classes: 1000 };

function buildVgg(name: VggName, options?: TemplateOptions): Graph {
  const o = resolveOptions(SPEC, options);
  const b = new GraphBuilder();
  b.add('input', 'Input', o.input);
  CONFIGS[name].forEach((convs, s) => {
    for (let i = 1; i <= convs; i++) {
      b.add(`conv${s + 1}_${i}`, 'Conv2D', { filters: STAGE_FILTERS[s], kernel: 3, stride: 1, padding: 'explicit', pad: 1, activation: 'relu', bias: true });
    }
    b.add(`pool${s + 1}`, 'MaxPool2D', { pool: 2, stride: 2, padding: 'valid' });
  });
  b.add('flatten', 'Flatten');
  b.add('fc6', 'Dense', { units: 4096, activation: 'relu', bias: true });
  b.add('dropout6', 'Dropout', { rate: 0.5 });
  b.add('fc7', 'Dense', { units: 4096, activation: 'relu', bias: true });
  b.add('dropout7', 'Dropout', { rate: 0.5 });
  b.add('output', 'Output', o.output);
  return b.build();
}

function vgg(name: VggName, layers: number, params: string, paramsZh: string): Template {
  return {
    name,
    title: text(`VGG-${layers}`, `VGG-${layers}`),
    description: text(
      `VGG with ${layers} weight layers: only 3×3 convolutions in five stages, each ending in a 2×2 max pool, doubling the filters from 64 to 512; then three dense layers (${params} parameters).`,
      `${layers} 个权重层的 VGG：五个阶段全部使用 3×3 卷积，每个阶段以 2×2 最大池化结束，滤波器数从 64 倍增到 512；然后是三个全连接层（${paramsZh}个参数）。`,
    ),
    ...SPEC,
    build: (options) => buildVgg(name, options),
  };
}

export const vgg11 = vgg('vgg11', 11, '132.9 M', '1.329 亿');
export const vgg16 = vgg('vgg16', 16, '138.4 M', '1.384 亿');
export const vgg19 = vgg('vgg19', 19, '143.7 M', '1.437 亿');
