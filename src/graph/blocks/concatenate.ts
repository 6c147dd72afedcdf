import { text } from '../localized';
import type { Shape } from '../types';
import { BlockError, defineBlock } from './blockDefinition';
import { describeInput } from './inputChecks';

function concatShape(inputs: readonly Shape[]): Shape {
  if (inputs.length < 2) {
    throw new BlockError(
      text(`Concatenate needs at least two inputs but gets ${inputs.length}.`, `拼接至少需要两个输入，但只收到 ${inputs.length} 个。`),
      text('Connect every branch to be joined to it.', '把每个要合并的分支都连接到它。'),
    );
  }
  const first = inputs[0];
  const rank = first.length === 1 ? 1 : 3;
  inputs.forEach((s, i) => {
    if (s.length === rank && (rank === 1 || (s[0] === first[0] && s[1] === first[1]))) return;
    const a = describeInput(0, first);
    const b = describeInput(i, s);
    const ranks = s.length !== rank;
    throw new BlockError(
      ranks
        ? text(`Concatenate cannot join ${a.en} with ${b.en}: both must be images (height × width × channels) or both flat vectors.`,
          `拼接无法合并${a.zh}与${b.zh}：两者必须都是图像（高 × 宽 × 通道）或都是一维向量。`)
        : text(`Concatenate joins along channels, so height and width must match, but ${a.en} and ${b.en} differ.`,
          `拼接沿通道方向合并，高和宽必须相同，但${a.zh}与${b.zh}不同。`),
      ranks
        ? text('Flatten or GlobalAveragePool the image input first, or concatenate before flattening.', '先对图像输入做展平或全局平均池化，或在展平之前拼接。')
        : text('Bring them to the same size: pool (or use a stride) on the larger one, UpSampling2D the smaller one, or pad with ZeroPadding2D.',
          '把它们变为相同尺寸：对较大的做池化（或使用步幅），对较小的做 UpSampling2D 上采样，或用 ZeroPadding2D 填充。'),
    );
  });
  const total = inputs.reduce((sum, s) => sum + s[s.length - 1], 0);
  return rank === 1 ? [total] : [first[0], first[1], total];
}

export const concatenate = defineBlock({
  kind: 'Concatenate',
  category: 'merge',
  title: text('Concatenate', '拼接'),
  doc: text(
    'Concatenate stacks its inputs’ feature maps side by side along the channel axis: two 14×14 inputs with 32 and 64 channels give one 14×14×96 output. Unlike Add it keeps every input’s features separate and lets later layers decide how to combine them. Use it to join parallel branches (Inception modules, DenseNet) or to bring encoder features back into a decoder (U-Net skip connections). Height and width must match. Flat vectors can be concatenated too. It has no parameters.',
    '拼接沿通道轴把各输入的特征图并排叠放：两个 14×14、分别有 32 和 64 个通道的输入得到一个 14×14×96 的输出。与相加不同，它保留每个输入各自的特征，由后面的层决定如何组合。用它合并并行分支（Inception 模块、DenseNet），或把编码器的特征送回解码器（U-Net 跳跃连接）。高和宽必须相同。一维向量也可以拼接。它没有参数。',
  ),
  params: {},
  inputs: { min: 2, max: 8 },
  hasOutput: true,
  inferShape: (_p, inputs) => concatShape(inputs),
  paramCount: () => ({ trainable: 0, nonTrainable: 0 }),
  flops: () => 0,
  receptiveField: () => ({ type: 'identity' }),
  toTfjs: (_p, xs, { tf, name }) => tf.layers.concatenate({ axis: -1, name }).apply([...xs]) as (typeof xs)[number],
});
