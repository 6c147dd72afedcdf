/**
 * "Why this number": for each block kind, the output-size arithmetic and the parameter count written out
 * with the block's own values. A table keyed by kind (like the exporters' tables): a new kind without an
 * explainer is a compile error, and a test holds every result equal to analyze()'s numbers.
 */
import type { BlockKind } from '../blocks/index';
import { planAdd } from '../blocks/residualProjection';
import { effectiveKernel, windowOutput, type Padding } from '../blocks/windowShape';
import type { Params, Shape } from '../types';
import { axisLines, line, L, times, type ArithmeticLine, type BlockExplanation } from './arithmetic';

type Explainer = (p: Params, inputs: readonly Shape[], output: Shape) => BlockExplanation;

const num = (v: unknown) => Number(v);
const noParams = (): readonly ArithmeticLine[] => [line(L.params, '0', '', 0, { en: 'Nothing to learn: this block has no weights.', zh: '没有需要学习的量：这个块没有权重。' })];
const unchanged = (output: Shape): ArithmeticLine[] =>
  [line({ en: 'Output shape', zh: '输出形状' }, 'input shape', '', output.reduce((a, b) => a * b, 1),
    { en: `Element by element: the output keeps the input's shape, ${output.join('×')}.`, zh: `逐元素计算：输出保持输入的形状 ${output.join('×')}。` })];

/** ⌊(n + 2p − k) / s⌋ + 1 and its variants for a sliding window (convolution or pooling). */
function windowLines(input: Shape, w: { kernel: number; stride: number; dilation: number; padding: Padding; pad: number }): ArithmeticLine[] {
  const lines: ArithmeticLine[] = [];
  const k = effectiveKernel(w);
  const kSym = w.dilation > 1 ? "k'" : 'k';
  if (w.dilation > 1) lines.push(line(L.effective, "k' = d·(k − 1) + 1", `${w.dilation}·(${w.kernel} − 1) + 1`, k));
  lines.push(...axisLines(input, (n) => {
    const out = windowOutput(n, w, 'height').size;
    if (w.padding === 'same') {
      const total = Math.max((out - 1) * w.stride + k - n, 0);
      const before = Math.floor(total / 2);
      return {
        formula: '⌈n / s⌉', values: `⌈${n} / ${w.stride}⌉`, result: out,
        note: total === 0
          ? { en: '"same" needs no padding here.', zh: '这里 "same" 不需要填充。' }
          : { en: `"same" pads (out − 1)·s + ${kSym} − n = ${total} zeros: ${before} before (top/left), ${total - before} after (bottom/right), as TensorFlow does.`,
            zh: `"same" 共填充 (out − 1)·s + ${kSym} − n = ${total} 个零：前面（上/左）${before} 个，后面（下/右）${total - before} 个，与 TensorFlow 相同。` },
      };
    }
    if (w.padding === 'explicit') return { formula: `⌊(n + 2p − ${kSym}) / s⌋ + 1`, values: `⌊(${n} + 2·${w.pad} − ${k}) / ${w.stride}⌋ + 1`, result: out };
    return { formula: `⌊(n − ${kSym}) / s⌋ + 1`, values: `⌊(${n} − ${k}) / ${w.stride}⌋ + 1`, result: out };
  }));
  return lines;
}

function kernelParams(p: Params, inputs: readonly Shape[], filters: number): ArithmeticLine[] {
  const k = num(p.kernel);
  const cin = inputs[0][2];
  const bias = p.bias !== false;
  const weights = k * k * cin * filters;
  return [line(L.params, bias ? 'k·k·C_in·C_out + C_out' : 'k·k·C_in·C_out', bias ? `${times(k, k, cin, filters)} + ${filters}` : times(k, k, cin, filters), weights + (bias ? filters : 0),
    bias ? undefined : { en: 'No bias: the BatchNorm after it has its own shift.', zh: '没有偏置：其后的批归一化自带偏移。' })];
}

const channelsLine = (filters: number): ArithmeticLine =>
  line(L.channels, 'C_out = filters', '', filters, { en: 'One feature map per filter.', zh: '一个滤波器产生一张特征图。' });

const denseParams = (nIn: number, units: number, bias: boolean): ArithmeticLine[] =>
  [line(L.params, bias ? 'N_in·units + units' : 'N_in·units', bias ? `${times(nIn, units)} + ${units}` : times(nIn, units), nIn * units + (bias ? units : 0))];

const pool: Explainer = (p, inputs, output) => ({
  outputSize: [...windowLines(inputs[0], { kernel: num(p.pool), stride: num(p.stride), dilation: 1, padding: p.padding as Padding, pad: 0 }),
    line(L.channels, 'C_out = C_in', '', output[2], { en: 'Pooling works on each channel separately.', zh: '池化对每个通道分别计算。' })],
  params: noParams(),
});

export const EXPLAINERS = {
  Input: (_p, _inputs, output) => ({
    outputSize: [line({ en: 'Output shape', zh: '输出形状' }, 'height × width × channels', output.join(' × '), output.reduce((a, b) => a * b, 1))],
    params: noParams(),
  }),
  Conv2D: (p, inputs, output) => ({
    outputSize: [...windowLines(inputs[0], { kernel: num(p.kernel), stride: num(p.stride), dilation: num(p.dilation), padding: p.padding as Padding, pad: num(p.pad) }), channelsLine(output[2])],
    params: kernelParams(p, inputs, output[2]),
  }),
  Conv2DTranspose: (p, inputs, output) => ({
    outputSize: [...axisLines(inputs[0], (n) => {
      const k = num(p.kernel);
      const s = num(p.stride);
      return p.padding === 'same'
        ? { formula: 'n·s', values: times(n, s), result: n * s }
        : { formula: '(n − 1)·s + max(k, s)', values: `(${n} − 1)·${s} + ${Math.max(k, s)}`, result: (n - 1) * s + Math.max(k, s) };
    }), channelsLine(output[2])],
    params: kernelParams(p, inputs, output[2]),
  }),
  MaxPool2D: pool,
  AvgPool2D: pool,
  GlobalAveragePool: (_p, inputs) => ({
    outputSize: [line(L.length, 'C', `${inputs[0].join('×')} → ${inputs[0][2]}`, inputs[0][2], { en: 'One average per feature map.', zh: '每张特征图取一个平均值。' })],
    params: noParams(),
  }),
  Flatten: (_p, inputs, output) => ({
    outputSize: [line(L.length, inputs[0].length === 3 ? 'H·W·C' : 'N', times(...inputs[0]), output[0])],
    params: noParams(),
  }),
  Dense: (p, inputs) => ({
    outputSize: [line(L.length, 'units', '', num(p.units))],
    params: denseParams(inputs[0][0], num(p.units), p.bias !== false),
  }),
  Dropout: (_p, _inputs, output) => ({ outputSize: unchanged(output), params: noParams() }),
  BatchNorm: (_p, _inputs, output) => {
    const c = output[output.length - 1];
    return {
      outputSize: unchanged(output),
      params: [line(L.params, '4·C', times(4, c), 4 * c,
        { en: `2·${c} learned (scale γ, shift β) and 2·${c} tracked, not trained (moving mean and variance).`, zh: `2·${c} 个参与训练（缩放 γ、偏移 β），2·${c} 个只是跟踪、不参与训练（滑动均值和方差）。` })],
    };
  },
  Activation: (_p, _inputs, output) => ({ outputSize: unchanged(output), params: noParams() }),
  Add: (p, inputs, output) => {
    const plan = planAdd(inputs, p.projection === 'none' ? 'none' : 'auto');
    if (!plan.projections.length) return { outputSize: unchanged(output), params: noParams() };
    const bn = p.projectionBatchNorm !== false;
    const outputSize: ArithmeticLine[] = [];
    const params: ArithmeticLine[] = [];
    for (const pr of plan.projections) {
      const n = inputs[pr.index][0];
      const label = { en: `Shortcut ${pr.index + 1}: 1×1 projection, stride ${pr.stride}`, zh: `捷径 ${pr.index + 1}：1×1 投影，步幅 ${pr.stride}` };
      outputSize.push(line(label, '⌊(n − 1) / s⌋ + 1', `⌊(${n} − 1) / ${pr.stride}⌋ + 1`, Math.floor((n - 1) / pr.stride) + 1,
        { en: `Input ${pr.index + 1} (${inputs[pr.index].join('×')}) does not fit ${output.join('×')}, so it is projected with a 1×1 convolution, ${pr.inChannels} → ${pr.outChannels} channels.`,
          zh: `输入 ${pr.index + 1}（${inputs[pr.index].join('×')}）与 ${output.join('×')} 不一致，于是用 1×1 卷积投影，通道 ${pr.inChannels} → ${pr.outChannels}。` }));
      params.push(line(label, bn ? '1·1·C_in·C_out + 4·C_out' : '1·1·C_in·C_out', bn ? `${times(1, 1, pr.inChannels, pr.outChannels)} + ${times(4, pr.outChannels)}` : times(1, 1, pr.inChannels, pr.outChannels),
        pr.inChannels * pr.outChannels + (bn ? 4 * pr.outChannels : 0), bn ? { en: 'The 4·C_out belong to the BatchNorm after the projection.', zh: '4·C_out 属于投影之后的批归一化。' } : undefined));
    }
    return { outputSize, params };
  },
  Concatenate: (_p, inputs, output) => ({
    outputSize: [line(L.channels, 'C₁ + C₂ + …', inputs.map((s) => s[s.length - 1]).join(' + '), output[output.length - 1])],
    params: noParams(),
  }),
  UpSampling2D: (p, inputs, output) => ({
    outputSize: [...axisLines(inputs[0], (n) => ({ formula: 'n·f', values: times(n, num(p.factor)), result: n * num(p.factor) })),
      line(L.channels, 'C_out = C_in', '', output[2])],
    params: noParams(),
  }),
  ZeroPadding2D: (p, inputs, output) => ({
    outputSize: [
      line(L.height, 'n + top + bottom', `${inputs[0][0]} + ${num(p.top)} + ${num(p.bottom)}`, output[0]),
      line(L.width, 'n + left + right', `${inputs[0][1]} + ${num(p.left)} + ${num(p.right)}`, output[1]),
    ],
    params: noParams(),
  }),
  Output: (p, inputs) => ({
    outputSize: [line(L.length, 'classes', '', num(p.classes))],
    params: denseParams(inputs[0][0], num(p.classes), true),
  }),
} as const satisfies Record<BlockKind, Explainer>;
