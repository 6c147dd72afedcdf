/**
 * How Add matches inputs of different shapes: the ResNet shortcut projection. The target is the input with
 * the smallest height (then the most channels); every other input that differs from it gets a 1×1
 * convolution without bias, with the stride that brings it to the target's size, and C_target filters
 * (torchvision's `downsample`: conv1x1 then BatchNorm).
 */
import { text } from '../localized';
import type { Shape } from '../types';
import { BlockError, type BlockFix } from './blockDefinition';
import { describeInput } from './inputChecks';

export interface Projection {
  /** Index of the projected input (0-based, as in the inputs array and the layer name `__proj{index}`). */
  readonly index: number;
  readonly stride: number;
  readonly inChannels: number;
  readonly outChannels: number;
}

export interface AddPlan {
  readonly output: Shape;
  readonly projections: readonly Projection[];
}

const sameShape = (a: Shape, b: Shape) => a.length === b.length && a.every((v, i) => v === b[i]);

type Words = { en: string; zh: string };

function mismatch(i: number, a: Shape, j: number, b: Shape, why: Words, fix: Words, param?: string, action?: BlockFix): BlockError {
  const x = describeInput(i, a);
  const y = describeInput(j, b);
  return new BlockError(
    text(`Add cannot match ${x.en} with ${y.en}: ${why.en}`, `相加无法匹配${x.zh}与${y.zh}：${why.zh}`),
    text(fix.en, fix.zh),
    param,
    action,
  );
}

/** Index of the shape every other input is brought to: the smallest height, then the most channels. */
function targetIndex(inputs: readonly Shape[]): number {
  let best = 0;
  inputs.forEach((s, i) => {
    const b = inputs[best];
    if (s[0] < b[0] || (s[0] === b[0] && s[2] > b[2])) best = i;
  });
  return best;
}

/**
 * The stride of a 1×1 valid convolution that takes `from` to the target's height and width. Whole ratios
 * (56 → 28: stride 2) always work; odd sizes work as in ResNet when ceil(H / s) reaches the target (7 → 4: stride 2).
 */
function projectionStride(from: Shape, to: Shape): number | null {
  const s = Math.max(1, Math.round(from[0] / to[0]));
  return Math.ceil(from[0] / s) === to[0] && Math.ceil(from[1] / s) === to[1] ? s : null;
}

export function planAdd(inputs: readonly Shape[], projection: 'auto' | 'none'): AddPlan {
  if (inputs.length < 2) {
    throw new BlockError(
      text(`Add needs at least two inputs but gets ${inputs.length}.`, `相加至少需要两个输入，但只收到 ${inputs.length} 个。`),
      text('Connect the shortcut and the branch output to it.', '把捷径和分支的输出都连接到它。'),
    );
  }
  if (inputs.every((s) => sameShape(s, inputs[0]))) return { output: inputs[0], projections: [] };
  if (projection === 'none') {
    const j = inputs.findIndex((s) => !sameShape(s, inputs[0]));
    throw mismatch(0, inputs[0], j, inputs[j],
      { en: 'the shapes differ and projection is "none".', zh: '形状不同，且投影设为 "none"。' },
      { en: 'Set projection to "auto" to insert a 1×1 convolution on the shortcut, or give both branches the same stride and number of filters.',
        zh: '把投影设为 "auto"，在捷径上插入 1×1 卷积；或让两个分支使用相同的步幅和滤波器数。' },
      'projection', { kind: 'setParams', params: { projection: 'auto' } });
  }
  const ranks = inputs.findIndex((s) => s.length !== 3);
  if (ranks >= 0) {
    const j = ranks === 0 ? 1 : 0;
    throw mismatch(ranks, inputs[ranks], j, inputs[j],
      { en: 'only image-shaped inputs (height × width × channels) of different sizes can be projected.', zh: '只有图像形状（高 × 宽 × 通道）的不同输入才能投影。' },
      { en: 'Add the inputs before Flatten / GlobalAveragePool, or make their lengths equal with a Dense block.',
        zh: '在 Flatten / 全局平均池化之前相加，或用全连接块使它们长度相同。' });
  }
  const t = targetIndex(inputs);
  const target = inputs[t];
  const projections: Projection[] = [];
  inputs.forEach((s, i) => {
    if (sameShape(s, target)) return;
    const stride = projectionStride(s, target);
    if (stride === null) {
      throw mismatch(i, s, t, target,
        { en: `no whole-number stride takes ${s[0]}×${s[1]} to ${target[0]}×${target[1]}.`, zh: `没有整数步幅能把 ${s[0]}×${s[1]} 变为 ${target[0]}×${target[1]}。` },
        { en: 'Make the branch downsample by a whole factor (e.g. stride 2 with padding "same"), or pad/crop so that the sizes divide evenly.',
          zh: '让分支按整数倍下采样（例如步幅 2 并使用 "same" 填充），或填充/裁剪使尺寸能整除。' });
    }
    projections.push({ index: i, stride, inChannels: s[2], outChannels: target[2] });
  });
  return { output: target, projections };
}
